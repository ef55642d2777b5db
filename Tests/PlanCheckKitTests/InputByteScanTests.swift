import XCTest
@testable import PlanCheckKit

/// The loader's byte scans against the scalar definitions they stand in for.
final class InputByteScanTests: XCTestCase {
    /// `mayHoldStrayOrInvisible` holds exactly for the texts `replacingControls` changes, for every scalar
    /// of the Basic Multilingual Plane (outside the surrogates) between two letters.
    func testStrayOrInvisibleByteTestMatchesTheScalarRule() {
        var disagreements: [String] = []
        for v in UInt32(0)..<0x10000 {
            guard let u = Unicode.Scalar(v), v != 0x0A, v != 0x0D else { continue }
            // Short (byte by byte) and inside longer text (eight bytes at a time), at every alignment.
            for pad in ["", "Kế hoạch năm 2027 ", "Kế hoạch năm 2027 x", "Kế hoạch năm 2027 xy", "Kế hoạch năm 2027 xyz"] {
                let text = pad + "ạ" + String(Character(u)) + "b tối thiểu 95% hồ sơ"
                let changed = TextDecoding.replacingControls(text) != text
                let flagged = text.withBytes(TextDecoding.mayHoldStrayOrInvisible)
                if changed != flagged { disagreements.append(String(format: "U+%04X after %d bytes", v, pad.utf8.count)) }
            }
        }
        XCTAssertEqual(disagreements, [])
        // At the very end of the text, where a sequence's later bytes are missing from the view.
        XCTAssertTrue("a\u{AD}".withBytes(TextDecoding.mayHoldStrayOrInvisible))
        XCTAssertTrue("a\u{FEFF}".withBytes(TextDecoding.mayHoldStrayOrInvisible))
        XCTAssertFalse("a\u{A0}".withBytes(TextDecoding.mayHoldStrayOrInvisible))
    }

    func testLinesSplitOnEveryBreakKind() {
        XCTAssertEqual(SourceDocument.splitLines("a\nb"), ["a", "b"])
        XCTAssertEqual(SourceDocument.splitLines("a\r\nb\rc\n"), ["a", "b", "c", ""])
        XCTAssertEqual(SourceDocument.splitLines("\n\nđạt 95%"), ["", "", "đạt 95%"])
        XCTAssertEqual(SourceDocument.splitLines("\r\r\n"), ["", "", ""])
        XCTAssertEqual(SourceDocument.splitLines(""), [""])
    }

    func testDecomposedTextIsComposed() {
        let nfd = "to\u{302}\u{301}i thie\u{302}\u{309}u"  // tối thiểu typed with combining marks
        XCTAssertEqual(SourceDocument(path: "x", text: nfd + "\n").lines, ["tối thiểu", ""])
    }

    /// The validator's eight-byte ASCII steps do not hide a bad byte at any position.
    func testBrokenUTF8IsFoundAtEveryOffset() {
        let base = Array("Kế hoạch cải cách hành chính năm 2027 của UBND xã".utf8)
        for k in 0..<base.count where base[k] < 0x80 {
            var bytes = base
            bytes[k] = 0xFF
            XCTAssertEqual(UTF8Validation.scan(bytes[...]).firstInvalidOffset, k, "offset \(k)")
        }
        XCTAssertNil(UTF8Validation.scan(base[...]).firstInvalidOffset)
    }

    func testLegacyFontCountsOnBytes() {
        // TCVN3 read as Latin-1 (`KÕ ho¹ch c¶i c¸ch`): many Latin-1 letters, no Unicode Vietnamese.
        let legacy = Array(repeating: "KÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2027 cña UBND x·", count: 3)
        XCTAssertNotNil(LegacyEncodingDetector.legacyFontEncoding(in: legacy))
        XCTAssertNil(LegacyEncodingDetector.legacyFontEncoding(in: ["Kế hoạch cải cách hành chính năm 2027 của UBND xã Đăk Hà, ưu tiên"]))
    }
}

extension InputByteScanTests {
    /// The eight-byte step of the stray-character test skips no control at any offset of a word.
    func testStrayControlFoundAtEveryOffsetOfTheFastStep() {
        for k in 0..<24 {
            for c: UInt8 in [0x00, 0x01, 0x0B, 0x0C, 0x1F, 0x7F] {
                var bytes = Array("Ke hoach nam 2027 cua xa".utf8)
                bytes[k] = c
                XCTAssertTrue(bytes.withUnsafeBufferPointer(TextDecoding.mayHoldStrayOrInvisible), "byte \(c) at \(k)")
            }
            var tab = Array("Ke hoach nam 2027 cua xa".utf8)
            tab[k] = 0x09
            XCTAssertFalse(tab.withUnsafeBufferPointer(TextDecoding.mayHoldStrayOrInvisible))
        }
    }

    func testFirstIndexOfCharacterMatchesTheGenericSearch() {
        let texts = ["Cải cách (thể chế): đạt 95%", "không có dấu", "", "(đầu", "cuối)", "Điều 1. Phạm vi, đối tượng"]
        for text in texts {
            for c: Character in ["(", ")", ":", ",", ".", "đ", "Đ"] {
                XCTAssertEqual(text.firstIndex(of: c), text.firstIndex(where: { $0 == c }), "\(c) in \(text)")
                let sub = text.dropFirst(min(2, text.count))
                XCTAssertEqual(sub.firstIndex(of: c), sub.firstIndex(where: { $0 == c }), "\(c) in \(sub)")
            }
        }
    }
}
