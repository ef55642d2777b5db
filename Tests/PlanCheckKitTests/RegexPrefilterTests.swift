import Foundation
import XCTest
@testable import PlanCheckKit

/// The prefilter may only skip lines that cannot match: checked on hand-made patterns and, for every
/// shipped text rule, on every line and paragraph of the bundled plans.
final class RegexPrefilterTests: XCTestCase {
    func literals(_ pattern: String) -> [String]? {
        RegexPrefilter(pattern: pattern)?.alternatives.map { String(decoding: $0, as: UTF8.self) }
    }

    func needs(_ pattern: String) -> (words: [[String]], bytes: String)? {
        guard let f = RegexPrefilter(pattern: pattern) else { return nil }
        return (f.requirements.map { $0.map { String(decoding: $0, as: UTF8.self) } }, String(decoding: f.bytes, as: UTF8.self))
    }

    func testEveryRequiredPartIsKept() throws {
        let n = try XCTUnwrap(needs(#"\(\s*0?([0-9]{1,2})\s+nhiệm vụ\s*\)"#))
        XCTAssertEqual(n.words, [["nhiem vu"]])
        XCTAssertEqual(n.bytes, "()")
        let t = try XCTUnwrap(needs("chủ trì[^:]{0,40}:\\s*(?:Phòng|Ban)[^.;]*,\\s*$"))
        XCTAssertEqual(t.words, [["chu tri"], ["phong", "ban"]])
        XCTAssertEqual(t.bytes, ",:")
        // Optional punctuation is not required; a class is not read.
        XCTAssertEqual(needs("abc,?[;:]")?.bytes, "")
        XCTAssertTrue(RegexPrefilter(pattern: "chủ trì:")!.admits(Array(Folding.fold("Chủ trì: X").utf8), raw: "Chủ trì: X"))
        XCTAssertFalse(RegexPrefilter(pattern: "chủ trì:")!.admits(Array(Folding.fold("Chủ trì X").utf8), raw: "Chủ trì X"))
    }

    func testDigitsAndPunctuationEveryBranchRequires() throws {
        let areas = try XCTUnwrap(RegexPrefilter(pattern: "\\b0?([0-9])\\s+lĩnh vực|cải cách[^.;]{0,80}?gồm\\s+0?([0-9])\\s+lĩnh vực"))
        XCTAssertTrue(areas.digit)
        XCTAssertFalse(areas.admits(Folding.foldBytes("đủ sáu lĩnh vực cải cách"), raw: "đủ sáu lĩnh vực cải cách"))
        XCTAssertTrue(areas.admits(Folding.foldBytes("đủ 06 lĩnh vực"), raw: "đủ 06 lĩnh vực"))
        XCTAssertFalse(RegexPrefilter(pattern: "lĩnh vực [0-9]?")?.digit ?? false, "an optional digit is not required")
        XCTAssertNil(RegexPrefilter(pattern: "\\d+"), "\\d also matches other scripts' digits")
        XCTAssertEqual(needs("(?:gồm|có):|với:")?.bytes, ":")
        XCTAssertNil(needs("x:|y;"), "no punctuation common to both branches, no literal of two letters")
        // A requirement every branch shares is kept beside the best literal of each branch.
        let both = try XCTUnwrap(needs("[0-9] (?:lĩnh vực|nội dung) của cải cách hành chính|cải cách hành chính gồm [0-9] lĩnh vực"))
        XCTAssertTrue(both.words.contains(["linh vuc", "noi dung"]), "\(both.words)")
    }

    /// The signature never rules out a literal the line contains.
    func testSignatureKeepsEveryLiteralOfTheLine() {
        let lines = ["Phòng Văn hóa – Xã hội, UBND phường\t(05 nhiệm vụ):", "Chương trình tổng thể CCHC 2021-2030", "100% TTHC",
                     "Straße Ελλάδα, 12"]  // letters outside Vietnamese: folded by the slow path
        for l in lines {
            let folded = Folding.foldBytes(l)
            let sig = TextSignature(folded: folded, raw: l)
            for i in 0..<folded.count {
                for j in stride(from: i + 2, through: folded.count, by: 1) {
                    XCTAssertTrue(sig.mayHavePairs(of: TextSignature(literal: Array(folded[i..<j]))), l)
                }
            }
            XCTAssertTrue(sig.hasAllASCII(of: TextSignature(ascii: Array(l.utf8).filter { $0 < 0x80 })))
            // Made while folding, the signature is the same (or has more pairs: the one before a trailing space).
            let fused = TextSignature.folding(l)
            XCTAssertEqual(fused.folded, folded)
            XCTAssertTrue(fused.signature.mayHavePairs(of: sig) && fused.signature.hasAllASCII(of: sig) && sig.hasAllASCII(of: fused.signature), l)
        }
        let sig = TextSignature(folded: Folding.foldBytes("Phòng Nội vụ"), raw: "Phòng Nội vụ")
        XCTAssertFalse(sig.mayHavePairs(of: TextSignature(literal: Folding.foldBytes("cải cách hành chính"))))
        XCTAssertFalse(sig.hasAnyASCII(of: RegexPrefilter.digits))
    }

    func testLiteralRunsGroupsAndAlternations() {
        XCTAssertEqual(literals(#"\(\s*0?([0-9]{1,2})\s+nhiệm vụ\s*\)"#), ["nhiem vu"])
        XCTAssertEqual(literals("(?:nhân dân|UBND)\\s+(?:thành|tỉnh)"), ["nhan dan", "ubnd"])
        // Two branches, each requiring its own words.
        XCTAssertEqual(literals("abc xyz|def[0-9]+"), ["abc xyz", "def"])
        // The longest requirement of a sequence is kept; `\\s+` joins words into one literal, `\\s*` does not.
        XCTAssertEqual(literals("ab\\s+chương trình tổng thể"), ["ab chuong trinh tong the"])
        XCTAssertEqual(literals("Ủy ban\\s*nhân dân tỉnh"), ["nhan dan tinh"])
        XCTAssertEqual(needs("UBND\\s+tỉnh\\s?xã")?.words, [["ubnd tinh"], ["xa"]])
    }

    func testOptionalPartsAreNotRequired() {
        XCTAssertEqual(literals("hóa đơn?"), ["hoa do"])
        XCTAssertEqual(literals("(?:của )?giai đoạn"), ["giai doan"])
        XCTAssertEqual(literals("x{0,3}trình"), ["trinh"])
        XCTAssertNil(literals("(?:^|\\t)\\s*[A-Z]"), "no literal in any branch")
        XCTAssertNil(literals("abc|[0-9]+"), "a branch without literal")
        XCTAssertEqual(literals("(?<!Đề án )\\b[0-9]+"), [], "a lookbehind requires nothing")
        XCTAssertEqual(RegexPrefilter(pattern: "(?<!Đề án )\\b[0-9]+")?.digit, true, "the digits are required")
        XCTAssertNil(literals("(?x) a b c"), "extended mode is not read")
    }

    func testAFilteredLineNeverMatches() throws {
        let patterns = [#"\(\s*0?([0-9]{1,2})\s+nhiệm vụ\s*\)"#, "(?:nhân dân|UBND)\\s+(?:thành|tỉnh)\\s+(?:phường|xã)",
                        "Chương trình tổng thể (?:về )?(?:cải cách hành chính|CCHC)"]
        let lines = ["Nhân Dân tỉnh xã", "(05 NHIỆM VỤ)", "chương trình TỔNG THỂ về CCHC", "không liên quan", "UBND  thành phường"]
        for p in patterns {
            let re = try NSRegularExpression(pattern: p, options: [.caseInsensitive])
            let filter = try XCTUnwrap(RegexPrefilter(pattern: p))
            for l in lines where KindSupport.firstMatch(re, in: l) {
                XCTAssertTrue(filter.admits(Array(Folding.fold(l).utf8), raw: l), "\(p) skipped \(l)")
            }
        }
    }

    /// A paragraph's fold (made on demand, or taken over from the identical line it came from) is its own
    /// fold, and its signature made from its lines' covers the signature of its own text.
    func testParagraphFoldsAndSignaturesCoverTheirOwn() throws {
        let plans = try FileManager.default.subpathsOfDirectory(atPath: RuleFixtures.repo.appendingPathComponent("plans").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { RuleFixtures.plan(try String(contentsOf: RuleFixtures.repo.appendingPathComponent("plans/\($0)"), encoding: .utf8)) }
        for plan in plans {
            let ctx = RuleFixtures.context(plan)
            XCTAssertEqual(ctx.foldedParagraphs, ctx.paragraphs.map { Folding.foldBytes($0.text) })
            for (b, sig) in zip(ctx.paragraphs, ctx.paragraphFolds.signatures) {
                let own = TextSignature.folding(b.text).signature
                XCTAssertTrue(sig.mayHavePairs(of: own) && sig.hasAllASCII(of: own), "line \(b.firstLine): \(b.text.prefix(80))")
            }
        }
    }

    /// Every shipped text-pattern and declared-count rule finds the same matches with and without the filter.
    func testShippedRulesFindTheSameWithTheFilter() throws {
        let plans = try FileManager.default.subpathsOfDirectory(atPath: RuleFixtures.repo.appendingPathComponent("plans").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { RuleFixtures.plan(try String(contentsOf: RuleFixtures.repo.appendingPathComponent("plans/\($0)"), encoding: .utf8)) }
        XCTAssertGreaterThanOrEqual(plans.count, 5)
        var filtered = 0
        for rule in RuleFixtures.coreRules {
            for plan in plans {
                let ctx = RuleFixtures.context(plan)
                if let k = rule.kind as? TextPatternKind {
                    guard k.prefilter != nil else { continue }
                    filtered += 1
                    let texts = k.paragraphs ? ctx.paragraphs.map(\.text) : plan.lines
                    let folds = k.paragraphs ? ctx.paragraphFolds : ctx.lineFolds
                    let with = KindSupport.lineMatches(k.multiline, single: k.pattern, in: texts, prefilter: k.prefilter, folds: folds)
                    let without = KindSupport.lineMatches(k.multiline, single: k.pattern, in: texts)
                    XCTAssertEqual(with.map { "\($0.line):\(texts[$0.line][$0.range])" }, without.map { "\($0.line):\(texts[$0.line][$0.range])" }, rule.id)
                }
                if let k = rule.kind as? DeclaredCountKind, k.prefilter != nil {
                    filtered += 1
                    let with = k.declarations(plan, folds: ctx.lineFolds).map { "\($0.line) \($0.text)" }
                    let without = KindSupport.lineMatches(k.multiline, single: k.pattern, in: plan.lines).map { "\($0.line + 1) \(plan.lines[$0.line][$0.range])" }
                    XCTAssertEqual(with, without, rule.id)
                }
            }
        }
        XCTAssertGreaterThan(filtered, 0, "no shipped rule has a prefilter")
    }
}

/// The per-run cache computes each value once, also when making one value needs another.
final class RuleRunCacheTests: XCTestCase {
    func testNestedValuesAndOneComputation() {
        let cache = RuleRunCache()
        var made = 0
        let outer: Int = cache.value("outer") { cache.value("inner") { made += 1; return 20 } + 1 }
        XCTAssertEqual(outer, 21)
        XCTAssertEqual(cache.value("inner") { made += 1; return 0 }, 20)
        XCTAssertEqual(made, 1)
    }
}

/// Rules are data: a reviewer may write any pattern. On random patterns built from literals, classes,
/// escapes, groups, alternations, lookarounds and quantifiers, the prefilter never rejects a line the
/// expression matches.
final class RegexPrefilterPropertyTests: XCTestCase {
    struct Rng: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
    }

    static let words = ["nhiệm vụ", "Phòng", "cải cách", "UBND", "xã", "100", "%", ",", ":", "(", ")", "chủ trì", "hóa", "hoá", "ban", "a", " "]

    func atom(_ r: inout Rng, depth: Int) -> String {
        switch Int(r.next() % 9) {
        case 0, 1, 2: return Self.words.randomElement(using: &r)!.replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
        case 3: return ["[0-9]", "[^.;]", "\\s", "\\b", "\\d", ".", "\\w", "[,:]"].randomElement(using: &r)!
        case 4 where depth < 3: return "(?:" + alternation(&r, depth: depth + 1) + ")"
        case 5 where depth < 3: return "(" + sequence(&r, depth: depth + 1) + ")"
        case 6 where depth < 3: return ["(?=", "(?!", "(?<=", "(?<!"].randomElement(using: &r)! + Self.words.randomElement(using: &r)! + ")"
        case 7: return ["^", "$"].randomElement(using: &r)!
        default: return Self.words.randomElement(using: &r)!
        }
    }

    func quantified(_ r: inout Rng, depth: Int) -> String {
        let a = atom(&r, depth: depth)
        if a == "^" || a == "$" || a.hasPrefix("(?=") || a.hasPrefix("(?!") || a.hasPrefix("(?<") || a == "\\b" { return a }
        return a + ["", "", "", "?", "*", "+", "{0,3}", "{1,2}", "{2}", "??", "+?"].randomElement(using: &r)!
    }

    func sequence(_ r: inout Rng, depth: Int) -> String {
        (0..<Int(1 + r.next() % 4)).map { _ in quantified(&r, depth: depth) }.joined()
    }

    func alternation(_ r: inout Rng, depth: Int) -> String {
        (0..<Int(1 + r.next() % 3)).map { _ in sequence(&r, depth: depth) }.joined(separator: "|")
    }

    func testTheFilterNeverRejectsAMatchingLine() {
        var r = Rng(state: 0x9E37_79B9_7F4A_7C15)
        let lines = (0..<80).map { _ in (0..<Int(1 + r.next() % 8)).map { _ in Self.words.randomElement(using: &r)! }.joined(separator: r.next() % 2 == 0 ? " " : "") }
        var filtered = 0
        for _ in 0..<150 {
            let pattern = alternation(&r, depth: 0)
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            guard let filter = RegexPrefilter(pattern: pattern) else { continue }
            filtered += 1
            for l in lines where KindSupport.firstMatch(re, in: l) {
                XCTAssertTrue(filter.admits(Folding.foldBytes(l), raw: l), "pattern \(pattern) rejected matching line \(l)")
            }
        }
        XCTAssertGreaterThan(filtered, 20)
    }
}
