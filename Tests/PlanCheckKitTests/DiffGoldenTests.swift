import XCTest
@testable import PlanCheckKit

/// Golden files of the diff reports (Tests/PlanCheckKitTests/Golden/diff). After an intended change of
/// the report layout, regenerate them with `PLANCHECK_UPDATE_GOLDEN=1 swift test --filter DiffGoldenTests`
/// and review the changes with `git diff`.
final class DiffGoldenTests: XCTestCase {
    static let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/diff")

    /// The signed-version diff of `DiffFixture`, with one finding introduced and one resolved.
    static var files: [FileDiff] {
        var d = PlanDiff.compute(old: DiffFixture.draft, new: DiffFixture.signed)
        let old = Finding(ruleID: "CCHC-META-002", category: "draft-marker", severity: .warning, file: "plans/hai-phong/thanh-dong-2026.txt",
                          line: 3, message: "Kế hoạch chưa có số văn bản", quote: "Số: /KH-UBND", fingerprint: "aaaa")
        let new = Finding(ruleID: "CCHC-CITE-001", category: "citation-date-conflict", severity: .error, file: "plans/hai-phong/thanh-dong-2026.txt",
                          line: 14, message: "Nghị quyết 76/NQ-CP ghi ngày 15/7/2022, đúng là 15/7/2021", quote: "Nghị quyết số 76/NQ-CP ngày 15/7/2022",
                          fingerprint: "bbbb")
        d.findings = FindingsDelta.compute(old: [old], new: [new])
        var same = PlanDiff.compute(old: DiffFixture.draft, new: DiffFixture.reformatted)
        same.findings = FindingsDelta()
        return [FileDiff(path: "plans/hai-phong/thanh-dong-2026.txt", old: "HEAD~1", new: "HEAD", diff: d),
                FileDiff(path: "plans/hai-phong/reformatted.txt", old: "HEAD~1", new: "HEAD", diff: same)]
    }

    func check(_ name: String, _ actual: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.goldenDir.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PLANCHECK_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDir, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing golden file \(url.path); run with PLANCHECK_UPDATE_GOLDEN=1", file: file, line: line)
            return
        }
        XCTAssertEqual(actual, expected, "differs from \(name); regenerate with PLANCHECK_UPDATE_GOLDEN=1 if intended", file: file, line: line)
    }

    func testTextVietnamese() throws {
        try check("signed.vi.txt", DiffReport.text(Self.files, presentation: DiffPresentation(lang: .vi, indicatorName: DiffFixture.indicatorName)))
    }

    func testTextEnglish() throws {
        try check("signed.en.txt", DiffReport.text(Self.files, presentation: DiffPresentation(lang: .en, indicatorName: DiffFixture.indicatorName)))
    }

    func testMarkdown() throws {
        try check("signed.vi.md", DiffReport.markdown(Self.files, presentation: DiffPresentation(lang: .vi, indicatorName: DiffFixture.indicatorName)))
    }

    func testJSON() throws {
        let json = DiffReport.json(Self.files)
        // The tool version changes with every release; the golden file holds a placeholder.
        try check("signed.json", json.replacingOccurrences(of: "\"version\" : \"\(CLI.version)\"", with: "\"version\" : \"VERSION\""))
        // Structure the documentation promises.
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(root["schemaVersion"] as? Int, DiffReport.schemaVersion)
        let files = try XCTUnwrap(root["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["hasChanges"] as? Bool }, [true, false])
        let diff = try XCTUnwrap(files[0]["diff"] as? [String: Any])
        for key in ["metadata", "areas", "targets", "tasks", "citations", "findings"] { XCTAssertNotNil(diff[key], key) }
        let targets = try XCTUnwrap(diff["targets"] as? [String: Any])
        let changed = try XCTUnwrap(targets["changed"] as? [[String: Any]])
        XCTAssertEqual(changed.first?["fields"] as? [String], ["value"])
        XCTAssertEqual((changed.first?["new"] as? [String: Any])?["value"] as? Double, 75)
    }
}
