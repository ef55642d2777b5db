import XCTest
@testable import PlanCheckKit

/// Hand-made versions of one plan (the shape of Thành Đông 2026), so the diff can be checked
/// independently of the extractors.
enum DiffFixture {
    static func unit(_ name: String, _ id: String?, line: Int) -> UnitRef { UnitRef(unit: name, unitID: id, text: name, line: line) }

    static let vhxh = unit("Phòng Văn hóa - Xã hội", "vhxh", line: 0)
    static let vp = unit("Văn phòng HĐND và UBND", "vp", line: 0)
    static let pcm = unit("Các phòng chuyên môn", nil, line: 0)
    static let pvhcc = unit("Trung tâm Phục vụ hành chính công", "pvhcc", line: 0)

    /// The draft: line numbers as in a real file.
    static var draft: Plan {
        var p = Plan(file: "plans/hai-phong/thanh-dong-2026.txt")
        p.issuer = "UBND phường Thành Đông"
        p.level = .phuong
        p.period = Period(year: 2026)
        p.number = "/KH-UBND"
        p.draft = true
        p.parentCited = Citation(kind: "Quyết định", number: "5256/QĐ-UBND", date: "2025-12-26", issuer: "Ủy ban nhân dân thành phố",
                                 line: 18, text: "Quyết định số 5256/QĐ-UBND ngày 26/12/2025")
        p.areas = [
            AreaPresence(area: .theChe, line: 60, isHeading: true, headingText: "1. Cải cách thể chế", leads: [vp]),
            AreaPresence(area: .tthc, line: 80, isHeading: true, headingText: "2. Cải cách thủ tục hành chính", leads: [pvhcc, vhxh]),
            AreaPresence(area: .so, line: 120, isHeading: true, headingText: "6. Xây dựng chính quyền điện tử, chính quyền số", leads: [vhxh]),
        ]
        p.targets = [
            Target(line: 88, value: 80, valueMax: nil, unit: "%", comparator: .atLeast, period: Period(year: 2026), area: .tthc,
                   indicator: "tthc.online-dossiers", text: "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận đạt tối thiểu 80%",
                   figure: "tối thiểu 80%"),
            Target(line: 92, value: 100, valueMax: nil, unit: "%", comparator: .equal, period: Period(year: 2026), area: .tthc,
                   indicator: "tthc.e-results", text: "100% kết quả giải quyết thủ tục hành chính được số hoá", figure: "100%"),
            Target(line: 125, value: 90, valueMax: nil, unit: "%", comparator: .atLeast, period: Period(year: 2026), area: .so,
                   indicator: nil, text: "Tỷ lệ cán bộ, công chức được tập huấn kỹ năng số đạt từ 90% trở lên", figure: "90%"),
        ]
        p.tasks = [
            PlanTask(line: 240, area: .chiDao, group: "I", sequence: "1", text: "Xây dựng và triển khai Kế hoạch cải cách hành chính năm 2026",
                     lead: vhxh, coordinators: [pcm, pvhcc], deadline: "Trước ngày 15/01/2026", product: "Kế hoạch của UBND phường"),
            PlanTask(line: 241, area: .chiDao, group: "I", sequence: "2", text: "Thực hiện chế độ báo cáo cải cách hành chính định kỳ",
                     lead: vhxh, coordinators: [pcm], deadline: "Hằng quý", product: "Báo cáo của UBND phường"),
        ]
        p.citations = [
            Citation(kind: "Nghị quyết", number: "76/NQ-CP", date: "2021-07-15", issuer: "Chính phủ", line: 14, text: "Nghị quyết số 76/NQ-CP"),
            Citation(kind: "Quyết định", number: "5256/QĐ-UBND", date: "2025-12-26", issuer: "Ủy ban nhân dân thành phố", line: 18, text: "Quyết định số 5256/QĐ-UBND"),
            Citation(kind: "Nghị quyết", number: "76/NQ-CP", date: "2021-07-15", issuer: "Chính phủ", line: 52, text: "Nghị quyết số 76/NQ-CP"),
        ]
        return p
    }

    /// The signed version with changes of substance: the online-dossier target lowered to 75% (and moved
    /// two lines down), the training target dropped, task 1 reassigned, Nghị quyết 76 re-dated, signed.
    static var signed: Plan {
        var p = draft
        p.number = "16/QĐ-UBND"
        p.date = "2026-01-14"
        p.draft = false
        p.targets[0].line = 90
        p.targets[0].value = 75
        p.targets[0].figure = "tối thiểu 75%"
        p.targets[0].text = "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận đạt tối thiểu 75%"
        p.targets[1].line = 94
        p.targets.remove(at: 2)
        p.tasks[0].lead = vp
        p.citations[0].date = "2022-07-15"
        p.citations[2].date = "2022-07-15"
        return p
    }

    /// The draft reformatted: lines shifted (a paragraph inserted above), facts listed in another order,
    /// `hoá` → `hóa`, spacing and wrapping changed, coordinators listed the other way round.
    static var reformatted: Plan {
        var p = draft
        p.issuer = "UBND  phường Thành  Đông"
        p.areas = p.areas.reversed().map { var a = $0; a.line += 7; a.leads.reverse(); return a }
        p.targets = p.targets.reversed().map { var t = $0; t.line += 7; t.text = t.text.replacingOccurrences(of: "hoá", with: "hóa")
            .replacingOccurrences(of: " ", with: "  "); return t }
        p.tasks = p.tasks.reversed().map { var t = $0; t.line += 9; t.coordinators.reverse(); t.text += " "; return t }
        p.citations = p.citations.map { var c = $0; c.line += 7; return c }
        p.parentCited?.line += 7
        return p
    }

    static func indicatorName(_ id: String) -> String? {
        ["tthc.online-dossiers": "Tỷ lệ hồ sơ trực tuyến", "tthc.e-results": "Tỷ lệ kết quả TTHC điện tử"][id]
    }
}

final class DiffComputeTests: XCTestCase {
    func testSignedVersionGivesTheExactSemanticDiff() {
        let d = PlanDiff.compute(old: DiffFixture.draft, new: DiffFixture.signed)
        XCTAssertEqual(d.metadata, [
            .init(field: "number", old: "/KH-UBND", new: "16/QĐ-UBND"),
            .init(field: "date", old: nil, new: "2026-01-14"),
            .init(field: "status", old: "draft", new: "signed"),
        ])
        XCTAssertTrue(d.areas.isEmpty)
        XCTAssertEqual(d.targets.changed.count, 1)
        XCTAssertEqual(d.targets.changed.first?.fields, ["value"])
        XCTAssertEqual(d.targets.changed.first?.old.line, 88)
        XCTAssertEqual(d.targets.changed.first?.new.line, 90)
        XCTAssertEqual(d.targets.removed.map(\.line), [125])
        XCTAssertTrue(d.targets.added.isEmpty)
        XCTAssertEqual(d.tasks.changed.map(\.fields), [["lead"]])
        XCTAssertTrue(d.tasks.added.isEmpty && d.tasks.removed.isEmpty)
        XCTAssertEqual(d.citations.changed.map(\.new.number), ["76/NQ-CP"])
        XCTAssertEqual(d.citations.changed.first?.old.dates, ["2021-07-15"])
        XCTAssertEqual(d.citations.changed.first?.new.dates, ["2022-07-15"])
        XCTAssertEqual(d.citations.changed.first?.new.lines, [14, 52])
        XCTAssertNil(d.findings)

        let text = DiffReport.text([FileDiff(path: "thanh-dong-2026.txt", old: "HEAD", new: "bản đang sửa", diff: d)],
                                   presentation: DiffPresentation(lang: .vi, indicatorName: DiffFixture.indicatorName))
        XCTAssertEqual(text, """
        thanh-dong-2026.txt: HEAD → bản đang sửa
          Thông tin chung
            ~ Số văn bản: /KH-UBND → 16/QĐ-UBND
            ~ Ngày ban hành: — → 14/1/2026
            ~ Trạng thái: dự thảo → đã ký ban hành
          Chỉ tiêu
            ~ Tỷ lệ hồ sơ trực tuyến: tối thiểu 80% → tối thiểu 75% (dòng 88 → 90)
            - Tỷ lệ cán bộ, công chức được tập huấn kỹ năng số đạt từ 90% trở lên: tối thiểu 90%, kỳ 2026 (dòng 125)
          Nhiệm vụ
            ~ Xây dựng và triển khai Kế hoạch cải cách hành chính năm 2026: chủ trì Phòng Văn hóa - Xã hội → Văn phòng HĐND và UBND (dòng 240)
          Văn bản dẫn chiếu
            ~ Nghị quyết 76/NQ-CP: ngày 15/7/2021 → 15/7/2022 (dòng 14, 52)
          Tóm tắt — Thông tin chung: 3, Chỉ tiêu: 2, Nhiệm vụ: 1, Văn bản dẫn chiếu: 1
          (chưa so sánh phát hiện: bộ quy tắc không chạy)

        """)
    }

    func testReformattedVersionHasNoChange() {
        let d = PlanDiff.compute(old: DiffFixture.draft, new: DiffFixture.reformatted)
        XCTAssertTrue(d.isEmpty, "\(d)")
        XCTAssertTrue(PlanDiff.compute(old: DiffFixture.reformatted, new: DiffFixture.draft).isEmpty)
    }

    func testSameVersionHasNoChange() {
        XCTAssertTrue(PlanDiff.compute(old: DiffFixture.signed, new: DiffFixture.signed).isEmpty)
    }

    func testAddedAndRemovedAreasAndAreaLeads() {
        var new = DiffFixture.draft
        new.areas.removeAll { $0.area == .so }
        new.areas.append(AreaPresence(area: .congVu, line: 100, isHeading: true, headingText: "4. Cải cách chế độ công vụ", leads: [DiffFixture.vhxh]))
        new.areas[0].leads = [DiffFixture.vhxh]
        let d = PlanDiff.compute(old: DiffFixture.draft, new: new)
        XCTAssertEqual(d.areas.added.map(\.area), [.congVu])
        XCTAssertEqual(d.areas.removed.map(\.area), [.so])
        XCTAssertEqual(d.areas.changed.map(\.new.area), [.theChe])
        XCTAssertEqual(d.areas.changed.first?.old.leads, ["Văn phòng HĐND và UBND"])
        XCTAssertEqual(d.areas.changed.first?.new.leads, ["Phòng Văn hóa - Xã hội"])
    }

    func testPeriodAndComparatorChangesKeepTheTargetIdentity() {
        var new = DiffFixture.draft
        new.targets[0].period = Period(year: 2027)
        new.targets[1].comparator = .atLeast
        new.targets[2].text = "Tỷ lệ cán bộ, công chức được tập huấn kỹ năng số đạt từ 95% trở lên"
        new.targets[2].value = 95
        let d = PlanDiff.compute(old: DiffFixture.draft, new: new)
        XCTAssertEqual(d.targets.changed.map(\.fields), [["period"], ["comparator"], ["value"]])
        XCTAssertTrue(d.targets.added.isEmpty && d.targets.removed.isEmpty)
        let lines = DiffPresentation(lang: .en, indicatorName: DiffFixture.indicatorName).sections(d).flatMap(\.entries).map(\.text)
        XCTAssertEqual(lines[0], "Tỷ lệ hồ sơ trực tuyến: period 2026 → 2027 (line 88)")
        XCTAssertEqual(lines[1], "Tỷ lệ kết quả TTHC điện tử: 100% → at least 100% (line 92)")
    }

    func testDuplicatedFigurePairsWithItsTwin() {
        var old = DiffFixture.draft
        var copy = old.targets[0]
        copy.line = 200
        copy.value = 70
        old.targets.append(copy)
        var new = old
        new.targets.remove(at: 3)  // the 70% duplicate goes; the 80% one stays
        new.targets[0].line = 87
        let d = PlanDiff.compute(old: old, new: new)
        XCTAssertTrue(d.targets.changed.isEmpty, "\(d.targets.changed)")
        XCTAssertEqual(d.targets.removed.map(\.value), [70])
    }

    func testTasksAddedRemovedAndReworded() {
        var new = DiffFixture.draft
        new.tasks[1].text = "Thực hiện tốt chế độ báo cáo cải cách hành chính định kỳ"  // reworded only
        new.tasks[1].deadline = "Hằng tháng"
        new.tasks.append(PlanTask(line: 250, area: .so, group: "VI", sequence: "1", text: "Số hóa hồ sơ, kết quả giải quyết TTHC",
                                  lead: DiffFixture.pvhcc, coordinators: [], deadline: "Năm 2026", product: "Hồ sơ số"))
        new.tasks.remove(at: 0)
        let d = PlanDiff.compute(old: DiffFixture.draft, new: new)
        XCTAssertEqual(d.tasks.changed.map(\.fields), [["deadline"]])
        XCTAssertEqual(d.tasks.added.map(\.line), [250])
        XCTAssertEqual(d.tasks.removed.map(\.line), [240])
    }

    func testCitationsAddedAndRemoved() {
        var new = DiffFixture.draft
        new.citations.removeAll { $0.number == "5256/QĐ-UBND" }
        new.citations.append(Citation(kind: "Quyết định", number: "5256 /QĐ-UBND", date: "2025-12-26", issuer: nil, line: 20, text: ""))
        new.citations.append(Citation(kind: "Kế hoạch", number: "228/KH-UBND", date: "2025-12-25", issuer: "UBND tỉnh", line: 21, text: ""))
        let d = PlanDiff.compute(old: DiffFixture.draft, new: new)
        XCTAssertEqual(d.citations.added.map(\.number), ["228/KH-UBND"])
        XCTAssertTrue(d.citations.removed.isEmpty, "a number written with a space is the same document")
        XCTAssertTrue(d.citations.changed.isEmpty)
    }

    func testFindingsDeltaIgnoresMovesAndCountsDuplicates() {
        func f(_ rule: String, _ line: Int, fp: String?) -> Finding {
            Finding(ruleID: rule, category: "c", severity: .warning, file: "x.txt", line: line, message: "m", quote: "q", fingerprint: fp)
        }
        let old = [f("A", 10, fp: "1"), f("B", 20, fp: "2"), f("C", 30, fp: "3"), f("C", 40, fp: "3")]
        let new = [f("A", 15, fp: "1"), f("C", 35, fp: "3"), f("D", 50, fp: "4")]
        let d = FindingsDelta.compute(old: old, new: new)
        XCTAssertEqual(d.introduced.map(\.ruleID), ["D"])
        XCTAssertEqual(d.resolved.map(\.ruleID), ["B", "C"])
        XCTAssertEqual(d.resolved.last?.line, 40)
    }
}
