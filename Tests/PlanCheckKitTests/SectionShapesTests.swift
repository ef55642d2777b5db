import XCTest
@testable import PlanCheckKit

/// Sections, tables and ceilings met in the same plans.
final class SectionShapesTests: XCTestCase {
    func plan(_ text: String) -> Plan { ExtractionFixtures.plan(text) }

    func testTwoAreasUnderOneHeadingShareItsSectionAndLead() {
        let p = plan("""
        II. NỘI DUNG, NHIỆM VỤ
        1. Cải cách thể chế
        b) Nhiệm vụ
        - Rà soát văn bản.
        c) Đơn vị chủ trì: Văn phòng HĐND và UBND xã.
        2. Cải cách tổ chức bộ máy và chế độ công vụ
        b) Nhiệm vụ
        - Sắp xếp bộ máy, đánh giá cán bộ.
        c) Đơn vị chủ trì: Văn phòng HĐND và UBND xã.
        3. Cải cách tài chính công
        b) Nhiệm vụ
        - Công khai ngân sách.
        c) Đơn vị chủ trì: Phòng Kinh tế.
        III. TỔ CHỨC THỰC HIỆN
        """)
        XCTAssertEqual(p.area(.congVu)?.line, 6)
        XCTAssertEqual(p.area(.congVu)?.leads.map(\.unitID), ["vp"])
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        let f = engine.run(plans: [p]) { _ in nil }
        XCTAssertFalse(f.contains { $0.category == "area-without-lead" }, "\(f.map(\.message))")
        XCTAssertFalse(f.contains { $0.message.contains("công vụ") && $0.category == "missing-area" }, "\(f.map(\.message))")
    }

    func testAnAreaHeadingOfTheBodyComesBeforeAnObjectiveItemNamingTheArea() {
        let p = plan("""
        I. CHỈ TIÊU
        d) Về chính quyền số: 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình. Số hóa 100% hồ sơ.
        II. NHIỆM VỤ
        3.7. Xây dựng CQĐT, chính quyền số (chủ trì: Phòng Kinh tế)
        - Vận hành trang thông tin điện tử.
        """)
        XCTAssertEqual(p.area(.so)?.line, 4)
        XCTAssertEqual(p.area(.so)?.isHeading, true)
    }

    func testAColumnOfTheParentsFiguresOrOfPastResultsHoldsNoTargets() {
        let p = plan("""
        BIỂU CHỈ TIÊU
        TT\tChỉ tiêu\tĐVT\tChỉ tiêu tỉnh giao\tChỉ tiêu xã phấn đấu\tĐơn vị chủ trì
        1\tTỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn\t%\t>98\t99\tTT PVHCC xã
        2\tTỷ lệ hồ sơ trễ hạn trên tổng số hồ sơ đã giải quyết\t%\t≤1\t≤0,5\tTT PVHCC xã
        """)
        XCTAssertEqual(p.targets.map(\.value), [99, 0.5])
        XCTAssertEqual(p.targets.map(\.comparator), [.equal, .atMost])
        XCTAssertTrue(PlanExtractor.isOtherFigureColumn("Kết quả năm 2025"))
        XCTAssertTrue(PlanExtractor.isOtherFigureColumn("Thực hiện 2025"))
        XCTAssertFalse(PlanExtractor.isOtherFigureColumn("Kết quả phải đạt"))
        XCTAssertFalse(PlanExtractor.isOtherFigureColumn("Kết quả phấn đấu năm 2026"))
        XCTAssertFalse(PlanExtractor.isOtherFigureColumn("Chỉ tiêu thực hiện năm 2026"))
    }

    func testCeilingsAreReadAndAnUncataloguedCeilingIsComparedTheRightWayRound() throws {
        let p = plan("""
        KẾ HOẠCH
        Cải cách hành chính năm 2026 xã A
        I. CHỈ TIÊU
        - Số hồ sơ phải bổ sung, hoàn thiện từ lần thứ hai trở đi chiếm không quá 3% tổng số hồ sơ tiếp nhận.
        - Tỷ lệ hồ sơ quá hạn dưới 0,5%.
        - Tỷ lệ hồ sơ trễ hạn 1% trở xuống.
        """)
        XCTAssertEqual(p.targets.map(\.comparator), [.atMost, .lessThan, .atMost])
        var parent = plan("KẾ HOẠCH\nCải cách hành chính năm 2026 tỉnh B\nI. CHỈ TIÊU\n- Số hồ sơ phải bổ sung, hoàn thiện từ lần thứ hai trở đi chiếm không quá 5% tổng số hồ sơ tiếp nhận.\n")
        parent.file = "parent.txt"
        let kind = try ParentTargetKind(RuleFixtures.params(["mode": ["below-unlisted"]]))
        XCTAssertTrue(kind.check(RuleFixtures.context(p, parent: parent)).isEmpty, "3% is within a ceiling of 5%")
        var lax = p
        lax.targets[0].value = 8
        XCTAssertEqual(kind.check(RuleFixtures.context(lax, parent: parent)).map(\.line), [4])
        XCTAssertEqual(TargetFormat.figure(p.targets[1]), "<0.5%")
    }

    func testATablesTieOfLeadsNamesTheFirstTasksLead() {
        let p = plan("""
        PHỤ LỤC
        STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm
        I\tXÂY DỰNG CHÍNH QUYỀN SỐ
        1\tVận hành hệ thống quản lý văn bản\tVăn phòng HĐND và UBND xã\tCác phòng\tThường xuyên\tVăn bản điện tử
        2\tDuy trì Tổ công nghệ số cộng đồng\tPhòng Văn hóa - Xã hội\tCông an xã\tThường xuyên\tQuyết định
        """)
        XCTAssertEqual(p.area(.so)?.leads.map(\.unitID), ["vp"])
    }
}

final class LawCitationTests: XCTestCase {
    func testALawCitedWithItsNumberBeforeTheDateKeepsTheNumber() {
        let p = ExtractionFixtures.plan("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n")
        XCTAssertEqual(p.citations.map(\.number), ["72/2025/QH15", ""])
        XCTAssertEqual(p.citations.map(\.date), ["2025-06-16", "2025-06-16"])
    }
}
