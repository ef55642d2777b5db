import XCTest
@testable import PlanCheckKit

/// Shapes of the twelfth round of keyed plans (2026-12-07, Tuyên Quang, Thái Nguyên 2026–2030, Lào Cai):
/// a parent's table of figures per commune, spreadsheet headers merged over three lines, numbered targets
/// whose figure comes on the next line, editors' marks, and rises in percentage points.
final class CommuneTableAndRecordShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ ĐỒNG VĂN", period: String = "giai đoạn 2026 - 2030") -> Plan {
        ExtractionFixtures.plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\(issuer)\tĐộc lập - Tự do - Hạnh phúc\n"
                                + "Số: 19/KH-UBND\tngày 14 tháng 3 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính \(period)\n\n" + body)
    }

    static let province = """
    II. CHỈ TIÊU
    7. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến: năm 2026 đạt tối thiểu 60%; năm 2030 đạt tối thiểu 80%.
    8. Đến năm 2030, không để xảy ra hồ sơ giải quyết quá hạn ở tất cả các cơ quan, đơn vị.
    Phụ lục II: CHỈ TIÊU GIAO CHO TỪNG XÃ, PHƯỜNG
    Chỉ tiêu năm 2026
    TT\tXã, phường\tTỷ lệ hồ sơ trực tuyến (%)\tGhi chú
    1\tPhường Minh Xuân\t80\t
    2\tXã Đồng Văn\t45\tXã vùng cao
    3\tCác xã, phường còn lại\t60\t
    """

    func testAParentsFiguresPerCommuneBindThatCommuneInPlaceOfTheGeneralOne() {
        let parent = plan(Self.province, issuer: "TỈNH TUYÊN QUANG")
        let rows = parent.targets.filter { $0.forCommune != nil }
        XCTAssertEqual(rows.map(\.forCommune), ["minh xuan", "dong van"], "the row of the rest binds no one by name")
        XCTAssertEqual(rows.map(\.value), [80, 45])
        XCTAssertEqual(rows.first?.period, Period(year: 2026), "the year over the table")
        XCTAssertEqual(parent.targets.first { $0.indicator == "tthc.online-dossiers" && $0.forCommune == nil }?.value, 60,
                       "`Tỷ lệ …: năm 2026 đạt tối thiểu 60%`: a stage and a comparator between the label and its figure")
        let late = parent.targets.first { $0.indicator == "tthc.late-dossiers" }
        XCTAssertEqual(late?.value, 0, "`không để xảy ra hồ sơ … quá hạn`: none at all")
        XCTAssertEqual(late?.comparator, .atMost)

        let mountain = plan("""
        II. CHỈ TIÊU
        1. Tỷ lệ hồ sơ trực tuyến năm 2026 đạt tối thiểu 45% theo chỉ tiêu tỉnh giao tại Phụ lục II.
        """)
        let town = plan("""
        II. CHỈ TIÊU
        1. Tỷ lệ hồ sơ trực tuyến năm 2026 đạt tối thiểu 65%.
        """, issuer: "PHƯỜNG MINH XUÂN")
        XCTAssertEqual(mountain.communeKey, "dong van")
        let general = parent.targets.first { $0.indicator == "tthc.online-dossiers" && $0.forCommune == nil && $0.period == Period(year: 2026) }!
        XCTAssertFalse(parent.binds(general, on: mountain), "its own row takes the place of the province's 60%")
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        let below = engine.run(plans: [mountain, town]) { _ in parent }.filter { $0.category == "target-below-parent" }
        XCTAssertEqual(below.map(\.file), [town.file], "45% meets Đồng Văn's row; 65% is short of Minh Xuân's 80%")
        XCTAssertNil(CommuneTable.rowKey("Các xã, phường còn lại"))
        XCTAssertEqual(CommuneTable.key(ofName: "UBND phường Minh Xuân"), "minh xuan")
    }

    func testLetteredStagesOverItemsNumberedOnThroughThem() {
        let p = plan("""
        II. CHỈ TIÊU
        b) Chỉ tiêu năm 2026
        6. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 98%.
        c) Chỉ tiêu đến năm 2028
        7. Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 99%.
        """)
        XCTAssertEqual(p.targets.map { $0.period?.to }, [2026, 2028])
    }

    func testASpreadsheetHeaderMergedOverThreeLines() {
        let p = plan("""
        II. CHỈ TIÊU
        STT\tChỉ tiêu\tĐơn vị tính\tLộ trình thực hiện\t\t\tGhi chú
        \t\t\tGiai đoạn 2026-2027\t\tGiai đoạn 2028-2030\t
        \t\t\t2026\t2027\t2030\t
        1\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn\t%\t≥ 98%\t\t\tHằng năm
        2\tTỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến\t%\t≥ 60%\t≥ 65%\t≥ 80%\t
        """, issuer: "TỈNH THÁI NGUYÊN")
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.online-dossiers" }.map { $0.period?.to }, [2026, 2027, 2030])
        let onTime = p.targets.first { $0.indicator == "tthc.on-time" }
        XCTAssertEqual(onTime?.everyYear, true, "`Hằng năm` in the note column over a figure merged across the years")
    }

    func testRisesInPointsAndARestatedRoadmapAreNotTargets() {
        let p = plan("""
        I. MỤC TIÊU
        - Theo lộ trình tỉnh giao, đến năm 2030 tỷ lệ hồ sơ trực tuyến tối thiểu 90%.
        II. CHỈ TIÊU NĂM 2028
        - Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến tăng ít nhất 5 điểm phần trăm so với năm 2027, đạt 85%.
        - Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kiến thức, kỹ năng số đạt 88%, tăng 8 điểm phần trăm so với năm 2027.
        """, issuer: "PHƯỜNG TÍCH LƯƠNG", period: "năm 2028")
        XCTAssertEqual(p.targets.map(\.value), [85, 88])
        XCTAssertEqual(p.targets.first?.indicator, "tthc.online-dossiers")
    }

    func testNumberedTargetsWithTheirFigureOnTheNextLine() {
        let p = plan("""
        II. CHỈ TIÊU ĐĂNG KÝ NĂM 2026
        Chỉ tiêu 5 (CT5): Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn
        - Chỉ tiêu tỉnh giao: tối thiểu 98%
        - Mức đăng ký của phường: 99%[1]
        Chỉ tiêu 9 (CT9): Tỷ lệ thanh toán trực tuyến đối với TTHC có nghĩa vụ tài chính²
        - Mức đăng ký: ~~65%~~ 70%
        Chỉ tiêu 6 (CT6): Tỷ lệ hồ sơ đúng hạn đạt [đã sửa: 98%] 97,5%.
        """, issuer: "PHƯỜNG CAM ĐƯỜNG", period: "năm 2026")
        XCTAssertEqual(p.targets.map(\.value), [99, 70, 97.5], "the parent's figure, the struck one and the revised one are not targets")
        XCTAssertEqual(p.targets.first?.indicator, "tthc.on-time")
        XCTAssertEqual(EditorMarks.strip("đạt 95%¹ hồ sơ trực tuyến²"), "đạt 95% hồ sơ trực tuyến")
        XCTAssertEqual(EditorMarks.strip("[Phụ lục] kèm theo"), "[Phụ lục] kèm theo", "a bracket of words stays")
    }

    func testTaskLeadsAsCodesAndCitationsWithTheIssuerBeforeTheNumber() {
        let p = plan("""
        Căn cứ Nghị quyết của Chính phủ số 76/NQ-CP ngày 15/7/2021 ban hành Chương trình tổng thể cải cách hành chính nhà nước;
        Ghi chú viết tắt: VP - Văn phòng HĐND và UBND xã; VHXH - Phòng Văn hóa - Xã hội.
        III. NHIỆM VỤ
        1. Cải cách thể chế
        a) Rà soát văn bản quy phạm pháp luật (CQ chủ trì: VP; hoàn thành: Quý I/2026).
        b) Phổ biến, giáo dục pháp luật (CQ chủ trì: VP; CQ phối hợp: VHXH).
        c) Lấy ý kiến dự thảo văn bản (CQ chủ trì: VHXH).
        """, issuer: "XÃ TRẤN YÊN", period: "năm 2026")
        XCTAssertEqual(p.citations.first?.number, "76/NQ-CP")
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unit), ["Văn phòng HĐND và UBND"], "the unit of most of the section's tasks")
    }

    func testASharePutAsAFraction() {
        let p = plan("""
        II. CHỈ TIÊU
        - Ít nhất 4/5 thôn, tổ dân phố có điểm hỗ trợ người dân thực hiện dịch vụ công trực tuyến.
        - Hoàn thành 9/9 phòng, đơn vị (100%) rà soát chức năng, nhiệm vụ.
        - Ngày 4/5 tổ chức hội nghị.
        - Hằng năm kiểm tra công tác cải cách hành chính tối thiểu 02/05 cơ quan, đơn vị thuộc UBND phường (đạt 40%).
        """)
        XCTAssertEqual(p.targets.map(\.value), [80, 100, 40], "4/5 is 80%; 9/9 and 02/05 say their percentage themselves; a date is no share")
    }
}

