import XCTest
@testable import PlanCheckKit

/// Shapes of the twenty-eighth round of keyed plans (2026-12-07, Cao Bằng, Lạng Sơn and Hà Tĩnh 2027).
final class RoundTwentyEightShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ HƯƠNG KHÊ") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "15/KH-UBND", date: "ngày 11 tháng 01 năm 2027")
    }

    func testAnAreaNamedBeforeAFullStopOpensItsSection() {
        let p = plan("""
        III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
        1. Công tác chỉ đạo, điều hành. Ban hành kế hoạch kiểm tra, kế hoạch tuyên truyền CCHC trong
        Quý I/2027. Giao Văn phòng HĐND và UBND xã chủ trì, các phòng, đơn vị phối hợp.
        2. Cải cách thủ tục hành chính. Công khai TTHC; số hóa hồ sơ. Giao Trung tâm Phục vụ hành chính công xã
        chủ trì.
        3. Mục đích. Kế hoạch nhằm bảo đảm thống nhất.
        """)
        XCTAssertEqual(p.areas.first { $0.area == .chiDao }?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.areas.first { $0.area == .tthc }?.leads.first?.unit, "Trung tâm Phục vụ hành chính công")
        XCTAssertNotNil(Outline.runInStop("Công tác chỉ đạo, điều hành. Ban hành kế hoạch"))
        XCTAssertNil(Outline.runInStop("Ban hành kế hoạch kiểm tra trong quý I/2027 và báo cáo định kỳ theo quy định của tỉnh. Giao"))
    }

    func testATargetsTableWithAreaAndLeadColumnsGivesTheAreasLeads() {
        let p = plan("""
        II. CHỈ TIÊU, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN NĂM 2027
        Lĩnh vực\tChỉ tiêu\tMức phấn đấu\tĐơn vị chủ trì\tThời gian
        Cải cách thể chế\tVăn bản quy phạm pháp luật được tự kiểm tra (1,0 điểm)\t100%\tVăn phòng HĐND và UBND phường\tThường xuyên
        Cải cách thủ tục hành chính\tTỷ lệ hồ sơ TTHC giải quyết đúng hạn (2,0 điểm)\t≥ 99%\tTrung tâm Phục vụ hành chính công phường\tCả năm 2027
        """, issuer: "PHƯỜNG THỤC PHÁN")
        XCTAssertEqual(p.areas.first { $0.area == .theChe }?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.areas.first { $0.area == .tthc }?.leads.first?.unit, "Trung tâm Phục vụ hành chính công")
        XCTAssertEqual(p.targets.map(\.value), [100, 99], "the weights in points are no targets")
        XCTAssertTrue(p.tasks.isEmpty, "its rows are targets, not tasks")
    }

    func testASubmissionSlipBeforeThePlanIsNotRead() {
        let lines = ["UBND XÃ HÒA AN", "PHÒNG VĂN HÓA - XÃ HỘI", "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC",
                     "Tóm tắt nội dung: riêng tỷ lệ hồ sơ nộp trực tuyến đề xuất 70%.",
                     "Ý kiến chỉ đạo: Nâng tỷ lệ hồ sơ nộp trực tuyến lên 75%.", "ỦY BAN NHÂN DÂN", "XÃ HÒA AN"]
        XCTAssertEqual(SubmissionSlip.lines(lines), 0..<5)
        XCTAssertEqual(SubmissionSlip.lines(["ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "KẾ HOẠCH"]), 0..<0)
    }

    func testATableWhoseRowsCutTheirCellsEitherWay() {
        let p = plan("""
        BIỂU CHỈ TIÊU CCHC NĂM 2027
        TT | Nội dung chỉ tiêu | Mức phấn đấu năm 2027 | Điểm tối đa
        I | CHỈ ĐẠO, ĐIỀU HÀNH |  |
        1     Tỷ lệ nhiệm vụ trong Kế hoạch CCHC năm 2027 được hoàn thành      100%      1,0 điểm
        2 | Tỷ lệ bộ phận, đơn vị, xóm được kiểm tra công tác CCHC | tối thiểu 30% | 1,0 điểm
        3   Tỷ lệ hồ sơ TTHC nộp trực tuyến trên tổng số hồ sơ tiếp nhận | tối thiểu 70%   2,0 điểm
        """, issuer: "XÃ ĐÀM THỦY")
        XCTAssertEqual(p.targets.map(\.value), [100, 30, 70])
        XCTAssertEqual(p.targets.map(\.indicator), ["dir.plan-tasks-completed", "dir.units-inspected", "tthc.online-dossiers"])
        XCTAssertEqual(LoosePipeTable.rows(["TT | Nội dung | Mức", "1     Tỷ lệ A      100%", "Ghi chú: …"]),
                       [0: ["TT", "Nội dung", "Mức"], 1: ["1", "Tỷ lệ A", "100%"]])
    }

    func testAShareWrittenAsADecimal() {
        let p = plan("""
        II. CHỈ TIÊU
        e) Tỷ lệ văn bản đi được ký số (không kể văn bản mật) không thấp hơn 0,95 trên tổng số văn bản đi.
        - Tỷ lệ hồ sơ TTHC được số hóa khi tiếp nhận đạt tối thiểu 0,95 (số hồ sơ được số hóa/tổng số hồ sơ).
        - Giảm 0,5 ngày so với quy định.
        """, issuer: "PHƯỜNG KỲ LỪA")
        XCTAssertEqual(p.targets.prefix(2).map(\.value), [95, 95])
        XCTAssertEqual(p.targets.prefix(2).map(\.unit), ["%", "%"])
    }
}
