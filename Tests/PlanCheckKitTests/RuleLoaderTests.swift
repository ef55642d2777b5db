import XCTest
@testable import PlanCheckKit

/// Malformed rule files stop the run with a located `file:line: message`; nothing is skipped silently.
final class RuleLoaderTests: XCTestCase {
    let good = """
    [rule X-001]
    kind = text-pattern
    category = stray-artifact
    severity = warning
    pattern = THÀNH PHƯỜNG
    message.vi = Thừa chữ: {match}
    message.en = Stray word: {match}
    rationale = r
    reference = ref
    trigger = UBND THÀNH PHƯỜNG A
    pass = UBND PHƯỜNG A
    """

    func load(_ text: String) throws -> [Rule] { try RuleLoader.parse(DataFile.parse(text, file: "r.ini")) }

    func error(_ text: String) -> DataFileError? {
        do { _ = try load(text); return nil } catch { return error as? DataFileError }
    }

    func testGoodRuleLoads() throws {
        let r = try load(good)
        XCTAssertEqual(r.first?.id, "X-001")
        XCTAssertEqual(r.first?.severity, .warning)
        XCTAssertEqual(r.first?.triggers, ["UBND THÀNH PHƯỜNG A"])
    }

    func testUnknownPlaceholderIsLocated() {
        let e = error(good.replacingOccurrences(of: "message.en = Stray word: {match}", with: "message.en = Stray word: {aera}"))
        XCTAssertEqual(e?.file, "r.ini")
        XCTAssertEqual(e?.line, 7)
        XCTAssertTrue(e?.description.hasPrefix("r.ini:7: ") ?? false)
    }

    func testUnknownKindIsLocated() {
        let e = error(good.replacingOccurrences(of: "kind = text-pattern", with: "kind = text-patern"))
        XCTAssertEqual(e?.line, 2)
    }

    func testUnknownCategorySeverityAndKey() {
        XCTAssertEqual(error(good.replacingOccurrences(of: "category = stray-artifact", with: "category = typo"))?.line, 3)
        XCTAssertEqual(error(good.replacingOccurrences(of: "severity = warning", with: "severity = fatal"))?.line, 4)
        XCTAssertEqual(error(good + "\nmonths = 3")?.line, 12)
    }

    func testBadRegexIsLocated() {
        XCTAssertEqual(error(good.replacingOccurrences(of: "pattern = THÀNH PHƯỜNG", with: "pattern = (THÀNH"))?.line, 5)
    }

    func testExamplesAreRequired() {
        XCTAssertNotNil(error(good.replacingOccurrences(of: "pass = UBND PHƯỜNG A", with: "")))
    }

    func testMissingMessageAndOtherSections() {
        XCTAssertNotNil(error(good.replacingOccurrences(of: "message.vi = Thừa chữ: {match}\n", with: "")))
        XCTAssertEqual(error("[indicator x]\nmatch = y")?.line, 1)
    }

    func testDuplicateIDsAcrossFiles() throws {
        let dir = try TestDirectory.make("rules-dup")
        defer { try? FileManager.default.removeItem(at: dir) }
        try good.write(to: dir.appendingPathComponent("a.ini"), atomically: false, encoding: .utf8)
        try good.write(to: dir.appendingPathComponent("b.ini"), atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try RuleLoader.load(packs: [dir])) { e in
            XCTAssertTrue((e as? DataFileError)?.file.hasSuffix("b.ini") ?? false)
        }
    }

    func testEscapes() {
        XCTAssertEqual(RuleLoader.unescape("a\\nb\\tc\\\\d\\x"), "a\nb\tc\\d\\x")
    }

    func testMessageTemplate() {
        let t = MessageTemplate("Thiếu {area} ở dòng {line} {x")
        XCTAssertEqual(t.placeholders, ["area", "line"])
        XCTAssertEqual(t.render(["area": "A", "line": "3"]), "Thiếu A ở dòng 3 {x")
    }

    func testRegistryRejectsBadDates() {
        XCTAssertThrowsError(try DocumentRegistry.parse(DataFile.parse("[document 1/QĐ-TTg]\nkind = Quyết định\ndate = 12/2/2026\nsource = s", file: "d.ini")))
        XCTAssertThrowsError(try DocumentRegistry.parse(DataFile.parse("[document 1/QĐ-TTg]\nkind = Quyết định\ndate = 2026-02-12", file: "d.ini")))
    }

    func testShippedRegistryEntriesHaveSources() {
        for e in RuleFixtures.registry.entries { XCTAssertFalse(e.source.isEmpty, e.number) }
        XCTAssertEqual(RuleFixtures.registry.entry(for: "57- NQ/TW")?.date, "2024-12-22")
    }

    func testFingerprintIgnoresLinesAndIsStable() {
        let a = Fingerprint.make(rule: "R", file: "p/x.txt", anchor: "document:76/nq-cp")
        XCTAssertEqual(a, Fingerprint.make(rule: "R", file: "p/x.txt", anchor: "document:76/NQ-CP"))
        XCTAssertNotEqual(a, Fingerprint.make(rule: "R", file: "p/y.txt", anchor: "document:76/nq-cp"))
        XCTAssertEqual(a.count, 32)
    }
}
