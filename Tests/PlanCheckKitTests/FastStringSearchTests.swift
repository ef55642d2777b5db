import Foundation
import XCTest
@testable import PlanCheckKit

/// The byte-level `contains` and `trimmedWhitespace` agree with Foundation's NSString versions.
final class FastStringSearchTests: XCTestCase {
    let samples = ["", " ", "\t a \t", "\u{00A0}Cải cách hành chính\u{3000}", "Tổ chức thực hiện: ", "x", "hoá",
                   "ho\u{0301}a", "  Phòng Văn hóa - Xã hội  ", "\u{2003}\u{2003}", "a\u{00A0}b"]

    func testContainsAgreesWithFoundation() {
        let needles = ["", " ", ":", "hóa", "hoá", "a", "Cải cách", "thực hiện: ", "\u{00A0}", "xyz", "Xã hội  "]
        for s in samples {
            for n in needles {
                let foundation = (s as NSString).range(of: n, options: .literal).location != NSNotFound
                XCTAssertEqual(s.contains(n), foundation, "\(s.debugDescription) contains \(n.debugDescription)")
                XCTAssertEqual(Substring(s).contains(n), foundation)
            }
        }
        XCTAssertTrue("Kế hoạch 228/KH-UBND".contains("228/KH"))
        XCTAssertFalse("Kế hoạch".contains("ke hoach"), "no folding: that is what Folding is for")
    }

    func testTrimmedWhitespaceAgreesWithFoundation() {
        for s in samples {
            XCTAssertEqual(s.trimmedWhitespace, s.trimmingCharacters(in: .whitespaces), s.debugDescription)
            XCTAssertEqual(Substring(s).trimmedWhitespace, s.trimmingCharacters(in: .whitespaces))
        }
    }

    func testReplacingAllAgreesWithFoundation() {
        let targets = ["", "a", "hóa", "parent.ini:12", "  ", "\u{00A0}", "xyz"]
        let texts = samples + ["parent.ini:12 và parent.ini:12", "aaa", "parent.ini:123", "hóa hoá hóa"]
        for s in texts {
            for t in targets {
                XCTAssertEqual(s.replacingAll(t, with: "[x]"), s.replacingOccurrences(of: t, with: "[x]", options: .literal),
                               "\(s.debugDescription) with \(t.debugDescription) replaced")
            }
        }
    }

    func testUnitNameTrimmingAgreesWithFoundation() {
        let set = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".;:,"))
        for s in samples + [" Phòng Kinh tế;", ":.,", "UBND xã, ", "\u{00A0}Công an xã.\t", "a.b"] {
            XCTAssertEqual(CharacterSetLite.trimmed(s), s.trimmingCharacters(in: set), s.debugDescription)
        }
    }

    func testScalarCountAgreesWithTheScalarView() {
        var g = SystemRandomNumberGenerator()
        let pieces = ["a", " ", "ệ", "Đ", "\u{0301}", "😀", "\t", "1"]
        for n in [0, 1, 31, 32, 33, 64, 100, 257] {
            let s = (0..<n).map { _ in pieces.randomElement(using: &g)! }.joined()
            XCTAssertEqual(s.scalarCount, s.unicodeScalars.count, s.debugDescription)
        }
    }

    func testByteSearchFindsTheFirstOccurrence() {
        let hay = Array("abcabcab".utf8), needle = Array("cab".utf8)
        let at = hay.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { ByteSearch.find($0, in: h) } }
        XCTAssertEqual(at, 2)
        let none = hay.withUnsafeBufferPointer { h in Array("cabd".utf8).withUnsafeBufferPointer { ByteSearch.find($0, in: h) } }
        XCTAssertNil(none)
    }

    func testShortNameMatchesNSString() {
        for f in ["plans/dong-nai/binh-phuoc-2026.txt", "x.docx", "a/b.c/d", "noext", "dir/", "a.b.txt", "trail."] {
            let base = (f as NSString).lastPathComponent
            let ext = (base as NSString).pathExtension
            XCTAssertEqual(AuditPresentation.shortName(f), ext.isEmpty ? base : String(base.dropLast(ext.count + 1)), f)
        }
    }
}

/// The in-place fold agrees with the scalar-by-scalar one on every line of the bundled plans and on
/// text outside Vietnamese.
final class FoldingPathsTests: XCTestCase {
    func testFastAndSlowFoldsAgree() throws {
        var samples = ["", "  ", "Cải cách HÀNH CHÍNH – 100% (TTHC)", "ho\u{0301}a", "Straße İstanbul Ωmega ١٢٣", "a\u{00A0}b\tc",
                       "28-KL/TW; 66.7/2025/NQ-CP & 3090/SNV-CCHC&VTLT", "\u{1F600} emoji", "𝐀𝐁 math"]
        for f in try FileManager.default.subpathsOfDirectory(atPath: RuleFixtures.repo.appendingPathComponent("plans").path) where f.hasSuffix(".txt") {
            samples += try String(contentsOf: RuleFixtures.repo.appendingPathComponent("plans/\(f)"), encoding: .utf8).components(separatedBy: "\n")
        }
        for s in samples {
            for keep in [false, true] {
                XCTAssertEqual(Folding.foldBytes(s, keepPunctuation: keep), Folding.slowFoldBytes(s, keepPunctuation: keep), s)
            }
        }
    }
}

/// `PhrasePattern.find` (memchr on the needle's second byte) agrees with a plain scan.
final class PhraseFindTests: XCTestCase {
    func naive(_ needle: [UInt8], _ hay: [UInt8], _ from: Int) -> Int? {
        guard !needle.isEmpty, from >= 0, hay.count - needle.count >= from else { return nil }
        return (from...(hay.count - needle.count)).first { Array(hay[$0..<($0 + needle.count)]) == needle }
    }

    func testAgreesWithAPlainScan() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array(" ab".utf8)
        for _ in 0..<3000 {
            let hay = (0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let needle = (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let from = Int.random(in: 0...6, using: &rng)
            XCTAssertEqual(PhrasePattern.find(needle, in: hay, from: from), naive(needle, hay, from), "\(hay) \(needle) \(from)")
        }
    }
}
