import XCTest
@testable import PlanCheckKit

/// Shared helpers of the diff command tests: the repository's folders, plan edits, in-process runs.
enum DiffTestSupport {
    /// The package root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var rules: String { root.appendingPathComponent("rules").path }
    static let planPath = "plans/hai-phong/thanh-dong-2026.txt"

    static func planText() throws -> String {
        try String(contentsOf: root.appendingPathComponent(planPath), encoding: .utf8)
    }

    /// Applies textual edits; each `from` must occur (else the test fails, naming it).
    static func edit(_ text: String, _ edits: [(String, String)], file: StaticString = #filePath, line: UInt = #line) -> String {
        var t = text
        for (from, to) in edits {
            if !t.contains(from) { XCTFail("edit not applicable, text not found: \(from.prefix(60))", file: file, line: line) }
            t = t.replacingOccurrences(of: from, with: to)
        }
        return t
    }

    /// The draft the signed Thành Đông plan came from: no number, no day.
    static func draft(_ text: String) -> String {
        edit(text, [("Số: 16/QĐ-UBND", "Số:      /QĐ-UBND"), ("Thành Đông, ngày 14 tháng 01 năm 2026", "Thành Đông, ngày      tháng 01 năm 2026")])
    }

    /// The signed plan with changes of substance: a figure lowered (90% → 85%), a target dropped (the
    /// paragraph `a)` of the objectives, so every later line moves up two), the lead of task I.1 reassigned,
    /// Nghị định 118/NĐ-CP re-dated.
    static func revised(_ text: String) -> String {
        edit(text, [
            ("giáo dục công lập đạt tối thiểu 90%.", "giáo dục công lập đạt tối thiểu 85%."),
            ("a) Hoàn thành 100% nhiệm vụ được UBND thành phố, Chủ tịch UBND thành phố giao bảo đảm tiến độ, chất lượng.\n\n", ""),
            ("năm 2026\tPhòng Văn hóa - Xã hội\tCác phòng chuyên môn; Trung tâm PV HCC\tTrước ngày 15/01/2026",
             "năm 2026\tVăn phòng HĐND và UBND\tCác phòng chuyên môn; Trung tâm PV HCC\tTrước ngày 15/01/2026"),
            ("Nghị định số 118/NĐ-CP ngày 09/6/2025", "Nghị định số 118/NĐ-CP ngày 19/6/2025"),
        ])
    }

    /// The signed plan reformatted without a change of substance: a long line hard-wrapped, a wrapped
    /// citation joined, `hóa` written `hoá`, blank lines added, two paragraphs' texts swapped.
    static func reformatted(_ text: String) -> String {
        let b = "b) Đáp ứng yêu cầu phục vụ, nâng cao mức độ hài lòng của người dân, tổ chức và doanh nghiệp; kịp thời khắc phục những tồn tại, hạn chế, yếu kém trong công tác CCHC."
        let c = "c) Tạo sự thống nhất trong nhận thức và hành động của bộ máy nhà nước, cán bộ, công chức và Nhân dân về đẩy mạnh CCHC; cán bộ, công chức, viên chức và người lao động chấp hành nghiêm kỷ luật, kỷ cương, đạo đức công vụ, ý thức trách nhiệm, tinh thần phục vụ trong việc triển khai công tác CCHC năm 2026 trên địa bàn phường."
        var t = edit(text, [
            ("e) Mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành chính; mức độ",
             "e) Mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục\nhành chính; mức độ"),
            ("của Chính phủ\nban hành Chương trình", "của Chính phủ ban hành Chương trình"),
            ("\n\n- Chủ trì, phối hợp", "\n\n\n- Chủ trì, phối hợp"),
            (b, "@@B@@"), (c, "b)" + c.dropFirst(2)), ("@@B@@", "c)" + b.dropFirst(2)),
        ])
        t = t.replacingOccurrences(of: "hóa", with: "hoá")
        return t
    }


    /// Runs `plancheck diff ARGS --output TMP` in process and returns the exit code and the report.
    static func run(_ args: [String]) throws -> (code: Int32, output: String) {
        let out = try TestDirectory.make("diff").appendingPathComponent("report")
        let code = CLI.run(["diff", "--rules", rules, "--output", out.path] + args)
        let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: out.deletingLastPathComponent())
        return (code, text)
    }

    /// Whether the extractors are functional yet (they fill targets from a real plan).
    static func extractorWorks() throws -> Bool {
        let catalog = try Catalog.load(rulesDir: URL(fileURLWithPath: rules))
        return !PlanExtractor.extract(SourceDocument(path: planPath, text: try planText()), catalog: catalog).targets.isEmpty
    }

    static func decodeJSON(_ s: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }
}

final class DiffCommandTests: XCTestCase {
    override func tearDown() { L10n.current = .vi }

    func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let u = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: u)
        return u.path
    }

    func testUsageErrors() throws {
        XCTAssertEqual(try DiffTestSupport.run(["only-one.txt"]).code, 2)
        XCTAssertEqual(try DiffTestSupport.run(["a.txt", "b.txt", "--format", "xml"]).code, 2)
        XCTAssertEqual(try DiffTestSupport.run(["/nonexistent/a.txt", "/nonexistent/b.txt"]).code, 2)
        XCTAssertEqual(CLI.run(["diff", "--help"]), 0)
    }

    func testEditedRealPlanGivesTheExactSemanticDiff() throws {
        guard try DiffTestSupport.extractorWorks() else { throw XCTSkip("extractors not functional yet") }
        let dir = try TestDirectory.make("diff")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try DiffTestSupport.planText()
        let old = try write(DiffTestSupport.draft(text), "draft.txt", in: dir)
        let new = try write(DiffTestSupport.revised(text), "signed.txt", in: dir)

        let r = try DiffTestSupport.run([old, new, "--format", "json", "--no-findings", "--lang", "vi"])
        XCTAssertEqual(r.code, 0)
        let root = try DiffTestSupport.decodeJSON(r.output)
        XCTAssertEqual(root["schemaVersion"] as? Int, 1)
        let file = try XCTUnwrap((root["files"] as? [[String: Any]])?.first)
        let diff = try XCTUnwrap(file["diff"] as? [String: Any])
        let data = try JSONSerialization.data(withJSONObject: diff)
        let d = try JSONDecoder().decode(PlanDiff.self, from: data)

        XCTAssertEqual(d.metadata.map(\.field), ["number", "date", "status"])
        XCTAssertEqual(d.metadata.last?.new, "signed")
        XCTAssertEqual(d.targets.changed.map { [$0.old.value, $0.new.value] }, [[90, 85]])
        XCTAssertEqual(d.targets.changed.map { [$0.old.line, $0.new.line] }, [[76, 74]])
        XCTAssertEqual(d.targets.removed.map(\.line), [66])
        XCTAssertEqual(d.targets.added.count, 0)
        XCTAssertEqual(d.tasks.changed.map(\.fields), [["lead"]])
        XCTAssertEqual(d.tasks.changed.first?.new.lead?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(d.tasks.added.count + d.tasks.removed.count, 0)
        XCTAssertEqual(d.citations.changed.map(\.new.number), ["118/NĐ-CP"])
        XCTAssertEqual(d.citations.changed.first?.new.dates, ["2025-06-19"])
        XCTAssertEqual(d.citations.added.count + d.citations.removed.count, 0)
        XCTAssertTrue(d.areas.isEmpty)
    }

    func testReformattedRealPlanGivesAnEmptyDiff() throws {
        guard try DiffTestSupport.extractorWorks() else { throw XCTSkip("extractors not functional yet") }
        let dir = try TestDirectory.make("diff")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try DiffTestSupport.planText()
        let old = try write(text, "a.txt", in: dir)
        let new = try write(DiffTestSupport.reformatted(text), "b.txt", in: dir)
        let r = try DiffTestSupport.run([old, new, "--lang", "vi", "--exit-code"])
        XCTAssertEqual(r.output, "\(new): \(old) → \(new)\n  Không có thay đổi về nội dung.\n")
        XCTAssertEqual(r.code, 0, "--exit-code gives 1 only when something changed")
    }

    func testTextReportAndExitCode() throws {
        guard try DiffTestSupport.extractorWorks() else { throw XCTSkip("extractors not functional yet") }
        let dir = try TestDirectory.make("diff")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try DiffTestSupport.planText()
        let old = try write(text, "a.txt", in: dir)
        let new = try write(DiffTestSupport.revised(text), "b.txt", in: dir)
        let r = try DiffTestSupport.run([old, new, "--exit-code", "--lang", "vi"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.output.contains(": tối thiểu 90% → tối thiểu 85% (dòng 76 → 74)"), r.output)
        XCTAssertTrue(r.output.contains("Nghị định 118/NĐ-CP: ngày 9/6/2025 → 19/6/2025"), r.output)
        let en = try DiffTestSupport.run([old, new, "--lang", "en", "--format", "markdown"])
        XCTAssertEqual(en.code, 0)
        XCTAssertTrue(en.output.contains("**Changed:**"), en.output)
    }
}
