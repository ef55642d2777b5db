import Foundation
import XCTest
@testable import PlanCheckKit

/// End-to-end tests of `plancheck check`: exit codes, unreadable inputs, malformed rules, baseline,
/// configuration and parents. Reports are written with `--output` to a temporary folder.
final class RuleCheckCommandTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = try TestDirectory.make("check")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
        L10n.current = .vi
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    func run(_ args: [String]) -> (code: Int32, output: String) {
        let out = dir.appendingPathComponent("out-\(UUID().uuidString).txt").path
        let code = CLI.run(["check", "--rules", RuleFixtures.rulesRoot.path, "--no-config", "--output", out] + args)
        return (code, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
    }

    let badPlan = """
    ỦY BAN NHÂN DÂN PHƯỜNG A
    KẾ HOẠCH
    Cải cách hành chính phường A năm 2026
    Căn cứ Nghị định số 118/NĐ-CP ngày 09/6/2025 của Chính phủ;
    """

    let cleanPlan = """
    ỦY BAN NHÂN DÂN PHƯỜNG B
    KẾ HOẠCH
    Cải cách hành chính phường B năm 2026
    Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;
    """

    func testExitCodesFollowFailOn() throws {
        let bad = try write("a.txt", badPlan)
        XCTAssertEqual(run([bad]).code, 1)
        XCTAssertEqual(run(["--fail-on", "never", bad]).code, 0)
        let clean = try write("b.txt", cleanPlan)
        XCTAssertEqual(run([clean]).code, 0)
        XCTAssertEqual(run(["--format", "yaml", clean]).code, 2)
        XCTAssertEqual(run([]).code, 2)
    }

    func testUnreadableFileDoesNotHideOthers() throws {
        let bad = try write("a.txt", badPlan)
        let r = run(["--format", "json", bad, dir.appendingPathComponent("missing.txt").path])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.output.contains("CCHC-CITE-003"))
        XCTAssertTrue(r.output.contains("missing.txt"))
    }

    func testMalformedRulePackStopsWithExit2() throws {
        let pack = dir.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        _ = try write("pack/x.ini", "[rule X-1]\nkind = nope\n")
        let plan = try write("a.txt", badPlan)
        XCTAssertEqual(run(["--rules", pack.path, plan]).code, 2)
    }

    func testBaselineReportsOnlyNewFindings() throws {
        let plan = try write("a.txt", badPlan)
        let baseline = dir.appendingPathComponent("baseline.json").path
        XCTAssertEqual(run(["--write-baseline", baseline, plan]).code, 1)
        let text = try String(contentsOfFile: baseline, encoding: .utf8)
        XCTAssertTrue(text.contains("CCHC-CITE-003"))
        XCTAssertEqual(run(["--baseline", baseline, plan]).code, 0)
        // A new defect elsewhere is still reported; the old one stays suppressed although its line moved.
        _ = try write("a.txt", "Dòng mới\n" + badPlan + "\nNghị định số 45/NĐ-CP ngày 01/01/2025;")
        let r = run(["--baseline", baseline, "--format", "json", plan])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.output.contains("45/NĐ-CP"))
        XCTAssertFalse(r.output.contains("118/NĐ-CP"))
    }

    func testConfigDisablesRulesAndOverridesSeverity() throws {
        let plan = try write("a.txt", badPlan)
        let cfg = try write(".plancheck.ini", "[check settings]\nfail-on = warning\n\n[rule CCHC-CITE-003]\nseverity = info\n")
        var r = run(["--config", cfg, "--format", "json", plan])
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.output.contains("\"severity\": \"info\""))
        let off = try write("off.ini", "[check settings]\ndisable = CCHC-CITE-003\n")
        r = run(["--config", off, "--format", "json", plan])
        XCTAssertFalse(r.output.contains("CCHC-CITE-003"))
        let typo = try write("typo.ini", "[rule CCHC-NOPE-1]\nenabled = no\n")
        XCTAssertEqual(run(["--config", typo, plan]).code, 2)
        let bad = try write("bad.ini", "[check settings]\nfail-on = sometimes\n")
        XCTAssertEqual(run(["--config", bad, plan]).code, 2)
    }

    func testParentFromOptionAndConfigFolder() throws {
        let parent = try write("parents/tinh.txt", """
        ỦY BAN NHÂN DÂN TỈNH
        KẾ HOẠCH
        Cải cách hành chính tỉnh năm 2026
        I. MỤC TIÊU
        - Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính đạt tối thiểu 80%.
        """)
        let plan = try write("xa/a.txt", """
        ỦY BAN NHÂN DÂN XÃ A
        KẾ HOẠCH
        Cải cách hành chính xã A năm 2026
        I. MỤC TIÊU
        - Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính đạt tối thiểu 60%.
        """)
        var r = run(["--parent", parent, "--format", "json", plan])
        XCTAssertTrue(r.output.contains("target-below-parent"), r.output)
        let cfg = try write(".plancheck.ini", "[folder xa]\nparent = parents/tinh.txt\n")
        r = run(["--config", cfg, "--format", "json", plan])
        XCTAssertTrue(r.output.contains("target-below-parent"), r.output)
        XCTAssertEqual(run(["--parent", dir.appendingPathComponent("nope.txt").path, plan]).code, 2)
    }

    func testGitHubFormatAppendsStepSummary() throws {
        let plan = try write("a.txt", badPlan)
        let summary = try write("summary.md", "# earlier step\n")
        setenv("GITHUB_STEP_SUMMARY", summary, 1)
        defer { unsetenv("GITHUB_STEP_SUMMARY") }
        let r = run(["--format", "github", plan])
        XCTAssertTrue(r.output.contains("::error file="), r.output)
        let text = try String(contentsOfFile: summary, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# earlier step\n"))
        XCTAssertTrue(text.contains("| CCHC-CITE-003") || text.contains("CCHC-CITE-003"))
    }

    func testSARIFOfARealRunIsValid() throws {
        let plan = try write("a.txt", badPlan)
        let r = run(["--format", "sarif", plan])
        XCTAssertEqual(try SARIFValidator.validate(Data(r.output.utf8)), [])
    }

    func testFolderInputStandsForItsPlans() throws {
        _ = try write("plans/a.txt", badPlan)
        _ = try write("plans/sub/b.md", badPlan)
        _ = try write("plans/notes.ini", "[x y]\n")
        let r = run(["--format", "json", dir.appendingPathComponent("plans").path])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.output.contains("a.txt") && r.output.contains("b.md"))
        XCTAssertFalse(r.output.contains("notes.ini"))
    }

    func testHelpInBothLanguages() {
        L10n.current = .vi
        XCTAssertTrue(CheckCommand.help().contains("Cách dùng"))
        L10n.current = .en
        XCTAssertTrue(CheckCommand.help().contains("Usage"))
    }

    func testRelativePaths() {
        let cwd = FileManager.default.currentDirectoryPath
        XCTAssertEqual(CheckCommand.relativePath(cwd + "/plans/a.txt"), "plans/a.txt")
        XCTAssertEqual(CheckCommand.relativePath("./plans/a.txt"), "plans/a.txt")
    }
}
