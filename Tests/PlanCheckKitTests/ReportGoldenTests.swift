import Foundation
import XCTest
@testable import PlanCheckKit

/// Golden-file tests of every `check` output format. Expected outputs live in `Golden/check/`; after an
/// intended change, regenerate them with
///
///     PLANCHECK_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests
///
/// and review the diff.
final class ReportGoldenTests: XCTestCase {
    static let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/check")

    static let ruleText = """
    [rule CCHC-CITE-001]
    kind = citation-date
    category = citation-date-conflict
    severity = error
    message.vi = {document} được trích dẫn ngày {date}, nhưng ngày ban hành là {expected} theo {where}
    message.en = {document} is cited as dated {date}, but it is dated {expected} according to {where}
    rationale = A wrong date points at another document.
    reference = Nghị định 30/2020/NĐ-CP
    trigger = a
    pass = b

    [rule CCHC-DOC-001]
    kind = heading-numbering
    category = duplicate-numbering
    severity = warning
    message.vi = Mục "{number}" trùng số thứ tự với mục ở dòng {otherLine}
    message.en = Item "{number}" repeats the number of the item at line {otherLine}
    rationale = A repeated number shifts every later item.
    reference = Nghị định 30/2020/NĐ-CP, Phụ lục I
    trigger = a
    pass = b

    [rule CCHC-TIME-001]
    kind = late-issuance
    category = late-issuance
    severity = info
    message.vi = Ban hành muộn: {date}
    message.en = Issued late: {date}
    rationale = Late plans leave little time.
    reference = Bộ Nội vụ
    trigger = a
    pass = b
    """

    static func report() -> CheckReport {
        let rules = try! RuleLoader.parse(DataFile.parse(ruleText, file: "rules/core/test.ini"))
        let findings = [
            Finding(ruleID: "CCHC-DOC-001", category: "duplicate-numbering", severity: .warning, file: "plans/b/x.txt", line: 240,
                    message: "Mục \"2.\" trùng số thứ tự với mục ở dòng 234 | \"quoted\"", quote: "2. Phòng Kinh tế xã",
                    related: [RelatedLocation(file: "plans/b/x.txt", line: 234, text: "2. Văn phòng HĐND và UBND xã")],
                    fingerprint: Fingerprint.make(rule: "CCHC-DOC-001", file: "plans/b/x.txt", anchor: "heading:V/2")),
            Finding(ruleID: "CCHC-CITE-001", category: "citation-date-conflict", severity: .error, file: "plans\\a\\y.txt", line: 10,
                    message: "Nghị quyết 76/NQ-CP được trích dẫn ngày 15/7/2022, nhưng ngày ban hành là 15/7/2021: 100% đúng, a,b",
                    quote: "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2022",
                    related: [RelatedLocation(file: "plans/b/x.txt", line: 14, text: "Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021")],
                    fingerprint: Fingerprint.make(rule: "CCHC-CITE-001", file: "plans/a/y.txt", anchor: "document:76/nq-cp")),
            Finding(ruleID: "CCHC-TIME-001", category: "late-issuance", severity: .info, file: "./plans/a/y.txt", line: 0,
                    message: "Ban hành muộn: 12/8/2025\nhai dòng", quote: "",
                    fingerprint: Fingerprint.make(rule: "CCHC-TIME-001", file: "plans/a/y.txt", anchor: "plan:date")),
        ]
        return CheckReport(findings: findings, rules: rules, files: ["plans/b/x.txt", "plans/a/y.txt", "plans/a/z.txt"],
                           failures: [(file: "plans/a/z.txt", message: "plans/a/z.txt: không đọc được tệp")], toolVersion: "0.0.0-test")
    }

    func check(_ name: String, _ actual: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.goldenDir.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PLANCHECK_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDir, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: false, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(actual, expected, "\(name) differs; regenerate with PLANCHECK_UPDATE_GOLDEN=1 if intended", file: file, line: line)
    }

    override func tearDown() { L10n.current = .vi }

    func testText() throws {
        try check("report.txt", TextReporter().render(Self.report()))
        try check("report-colour.txt", TextReporter(colour: true).render(Self.report()))
        L10n.current = .en
        try check("report-en.txt", TextReporter().render(Self.report()))
    }

    func testJSON() throws {
        let out = JSONReporter().render(Self.report())
        try check("report.json", out)
        // The fields the gold scorer reads.
        let obj = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
        XCTAssertEqual(obj["schemaVersion"] as? Int, 1)
        let f = (obj["findings"] as! [[String: Any]])[0]
        for key in ["rule", "category", "severity", "file", "line", "message", "related"] { XCTAssertNotNil(f[key], key) }
        XCTAssertEqual(f["file"] as? String, "plans/a/y.txt")
    }

    func testMarkdown() throws {
        try check("report.md", MarkdownReporter().render(Self.report()))
        L10n.current = .en
        try check("report-en.md", MarkdownReporter().render(Self.report()))
    }

    func testSARIF() throws {
        let out = SARIFReporter().render(Self.report())
        try check("report.sarif", out)
        XCTAssertEqual(try SARIFValidator.validate(Data(out.utf8)), [])
    }

    func testGitHub() throws {
        try check("report-github.txt", GitHubReporter().render(Self.report()))
    }

    func testGitHubCapsAnnotations() {
        let base = Self.report()
        var many: [Finding] = []
        for i in 1...25 {
            var f = base.findings.first { $0.severity == .error }!
            f.line = i
            f.fingerprint = "e\(i)"
            many.append(f)
        }
        let out = GitHubReporter().render(CheckReport(findings: many, rules: base.rules, files: ["plans/a/y.txt"]))
        XCTAssertEqual(out.components(separatedBy: "\n").filter { $0.hasPrefix("::error ") }.count, 10)
        XCTAssertTrue(out.contains("::notice::plancheck: còn 15 phát hiện khác"))
    }

    /// A finding related to a province's hundred plans lists five of them in text and Markdown, and counts the rest.
    func testTextAndMarkdownCapRelatedLocations() {
        let base = Self.report()
        var f = base.findings[0]
        f.related = (1...12).map { RelatedLocation(file: "plans/a/p\($0).txt", line: $0, text: "x") }
        let r = CheckReport(findings: [f], rules: base.rules, files: ["plans/a/y.txt"])
        let text = TextReporter().render(r)
        XCTAssertEqual(text.components(separatedBy: "\n").filter { $0.contains(": note: liên quan:") }.count, 5)
        XCTAssertTrue(text.contains("note: và 7 vị trí liên quan khác"))
        let md = MarkdownReporter().render(r)
        XCTAssertTrue(md.contains("`plans/a/p5.txt:5` và 7 vị trí liên quan khác"))
        XCTAssertFalse(md.contains("p6.txt"))
        XCTAssertTrue(JSONReporter().render(r).contains("plans/a/p12.txt"))
    }

    func testGitLab() throws {
        let out = GitLabReporter().render(Self.report())
        try check("report-gitlab.json", out)
        let arr = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [[String: Any]]
        let fps = arr.map { $0["fingerprint"] as! String }
        XCTAssertEqual(Set(fps).count, fps.count)
        let sevs = Set(arr.map { $0["severity"] as! String })
        XCTAssertTrue(sevs.isSubset(of: ["info", "minor", "major", "critical", "blocker"]))
    }

    func testOutputIsSortedAndPathsRelative() {
        let r = Self.report()
        XCTAssertEqual(r.findings.map(\.file), ["plans/a/y.txt", "plans/a/y.txt", "plans/b/x.txt"])
        XCTAssertEqual(r.findings.map(\.line), [0, 10, 240])
    }
}

/// A minimal structural validator of SARIF 2.1.0 — the parts GitHub code scanning requires.
enum SARIFValidator {
    static func validate(_ data: Data) throws -> [String] {
        var errors: [String] = []
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return ["root is not an object"] }
        if root["version"] as? String != "2.1.0" { errors.append("version must be 2.1.0") }
        if let s = root["$schema"], !(s is String) { errors.append("$schema must be a string") }
        guard let runs = root["runs"] as? [[String: Any]], !runs.isEmpty else { return errors + ["runs must be a non-empty array"] }
        for (ri, run) in runs.enumerated() {
            guard let tool = run["tool"] as? [String: Any], let driver = tool["driver"] as? [String: Any] else {
                errors.append("runs[\(ri)].tool.driver missing"); continue
            }
            if (driver["name"] as? String)?.isEmpty ?? true { errors.append("runs[\(ri)].tool.driver.name missing") }
            let rules = driver["rules"] as? [[String: Any]] ?? []
            let ids = rules.compactMap { $0["id"] as? String }
            if ids.count != rules.count { errors.append("every rule needs an id") }
            if Set(ids).count != ids.count { errors.append("rule ids must be unique") }
            for r in rules {
                if let lvl = (r["defaultConfiguration"] as? [String: Any])?["level"] as? String, !["none", "note", "warning", "error"].contains(lvl) {
                    errors.append("bad default level \(lvl)")
                }
                if let sd = r["shortDescription"], (sd as? [String: Any])?["text"] as? String == nil { errors.append("shortDescription.text missing") }
            }
            guard let results = run["results"] as? [[String: Any]] else { errors.append("runs[\(ri)].results missing"); continue }
            for (i, res) in results.enumerated() {
                let p = "runs[\(ri)].results[\(i)]"
                if (res["message"] as? [String: Any])?["text"] as? String == nil { errors.append("\(p).message.text missing") }
                if let id = res["ruleId"] as? String {
                    if !ids.contains(id) { errors.append("\(p).ruleId \(id) not in driver.rules") }
                    if let idx = res["ruleIndex"] as? Int, idx >= ids.count || ids[idx] != id { errors.append("\(p).ruleIndex mismatch") }
                } else { errors.append("\(p).ruleId missing") }
                if let lvl = res["level"] as? String, !["none", "note", "warning", "error"].contains(lvl) { errors.append("\(p).level \(lvl)") }
                let locs = (res["locations"] as? [[String: Any]] ?? []) + (res["relatedLocations"] as? [[String: Any]] ?? [])
                if (res["locations"] as? [[String: Any]])?.isEmpty ?? true { errors.append("\(p).locations missing") }
                for loc in locs {
                    guard let phys = loc["physicalLocation"] as? [String: Any],
                          let art = phys["artifactLocation"] as? [String: Any], let uri = art["uri"] as? String else {
                        errors.append("\(p) location without physicalLocation.artifactLocation.uri"); continue
                    }
                    if uri.hasPrefix("/") || uri.contains("\\") { errors.append("\(p) uri not relative with forward slashes: \(uri)") }
                    if let region = phys["region"] as? [String: Any] {
                        if let l = region["startLine"] as? Int, l < 1 { errors.append("\(p) startLine < 1") }
                        if region["startLine"] != nil && !(region["startLine"] is Int) { errors.append("\(p) startLine not an integer") }
                    }
                    if let id = loc["id"], (id as? Int).map({ $0 < 0 }) ?? true { errors.append("\(p) related id must be a non-negative integer") }
                }
                if let fp = res["partialFingerprints"] {
                    guard let d = fp as? [String: Any], d.values.allSatisfy({ $0 is String }) else { errors.append("\(p).partialFingerprints must map to strings"); continue }
                }
            }
        }
        return errors
    }
}
