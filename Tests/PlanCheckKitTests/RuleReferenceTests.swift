import XCTest
@testable import PlanCheckKit

/// docs/rules.md is the Markdown output of `plancheck rules`; this test fails when it is stale.
/// Regenerate with `swift run plancheck rules --format markdown --output docs/rules.md`
/// (or `PLANCHECK_UPDATE_GOLDEN=1 swift test --filter RuleReferenceTests`).
final class RuleReferenceTests: XCTestCase {
    func testDocsRulesIsCurrent() throws {
        L10n.current = .vi
        let expected = RuleReference.render(RuleFixtures.coreRules, format: "markdown")
        let url = RuleFixtures.repo.appendingPathComponent("docs/rules.md")
        if ProcessInfo.processInfo.environment["PLANCHECK_UPDATE_GOLDEN"] == "1" {
            try expected.write(to: url, atomically: false, encoding: .utf8)
        }
        let actual = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(actual, expected, "docs/rules.md is stale: run `swift run plancheck rules --format markdown --output docs/rules.md`")
    }

    func testEveryCategoryOfTheIssueIsCovered() {
        let covered = Set(RuleFixtures.coreRules.map(\.category))
        for c in RuleCategory.all where c != "other" { XCTAssertTrue(covered.contains(c), "no shipped rule for \(c)") }
    }

    func testEveryKindIsUsedByAShippedRule() {
        let used = Set(RuleFixtures.coreRules.map(\.kindName))
        for k in RuleKinds.all { XCTAssertTrue(used.contains(k.name), "kind \(k.name) has no shipped rule") }
    }

    func testJSONAndTextListEveryRule() throws {
        let json = RuleReference.render(RuleFixtures.coreRules, format: "json")
        let obj = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        XCTAssertEqual((obj["rules"] as! [Any]).count, RuleFixtures.coreRules.count)
        let text = RuleReference.render(RuleFixtures.coreRules, format: "text")
        for r in RuleFixtures.coreRules { XCTAssertTrue(text.contains(r.id)) }
    }

    func testRulesCommand() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        XCTAssertEqual(CLI.run(["rules", "--rules", RuleFixtures.rulesRoot.path, "--format", "json", "--output", out]), 0)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).contains("CCHC-AREA-001"))
        XCTAssertEqual(CLI.run(["rules", "--format", "yaml"]), 2)
        XCTAssertEqual(CLI.run(["rules", "--rules", "/nonexistent-pack", "--output", out]), 2)
    }
}
