import XCTest
@testable import PlanCheckKit

/// Shapes of the twenty-first round of keyed plans (2026-12-07, Đà Nẵng, Quảng Ninh and Cần Thơ 2027):
/// running footers of a PDF export, area paragraphs opening on `Về …,`, the 2030 and 2027 figures in one
/// sentence of an annual plan, the parent's figure quoted in brackets or in a clause of its own, `là đơn vị
/// đầu mối` leads, and a table of quarterly steps beside the year's column.
final class RunningFooterAndQuotedParentShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "PHƯỜNG NINH KIỀU") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "05/KH-UBND", date: "ngày 06 tháng 01 năm 2027")
    }

    func testRunningFootersOfAPDFExportAreDropped() {
        let p = plan("""
        I. MỤC ĐÍCH, YÊU CẦU
        1. Khắc phục các hạn chế trong năm 2026 (tỷ lệ hồ sơ đúng hạn đạt 96,4%, tỷ lệ

        UBND phường Ninh Kiều - Kế hoạch CCHC năm 2027
        Trang 1/3
        thanh toán trực tuyến đạt 64%), nhất là hồ sơ đất đai.
        II. CHỈ TIÊU NĂM 2027
        - Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt

        UBND phường Ninh Kiều - Kế hoạch CCHC năm 2027
        Trang 2/3
        tối thiểu 97%.
        - Tối thiểu 75% hồ sơ TTHC có nghĩa vụ tài chính được thanh toán trực tuyến.
        UBND phường Ninh Kiều - Kế hoạch CCHC năm 2027                       Trang 3/3
        """)
        XCTAssertEqual(p.targets.map(\.value), [97, 75], "the 2026 result cut by a footer is not a 2027 target")
        XCTAssertEqual(p.targets.first?.indicator, "tthc.on-time")
        XCTAssertTrue(Cleanup.isRunningPageLine("UBND phường Ninh Kiều - Kế hoạch CCHC năm 2027          Trang 3/5"))
        XCTAssertFalse(Cleanup.isRunningPageLine("hồ sơ được công khai tại trang 3"))
        // A line met once beside a page number is text; a table's header repeated after a page break is kept.
        let lines = ["Tỷ lệ hồ sơ đúng hạn đạt", "Trang 1/2", "tối thiểu 97%.", "STT\tChỉ tiêu\tNăm 2027", "2", "STT\tChỉ tiêu\tNăm 2027"]
        XCTAssertEqual(RunningLines(lines).indices, [])
    }

    func testAreaParagraphsOpeningOnTheirArea() {
        let p = plan("""
        III. CHỈ TIÊU VÀ NHIỆM VỤ NĂM 2027
        1. Về công tác chỉ đạo, điều hành, Ủy ban nhân dân phường hoàn thành 100% nhiệm vụ trong Kế hoạch; kiểm tra công tác cải cách hành chính tối thiểu 30% cơ quan, đơn vị; do Văn phòng HĐND và UBND phường chủ trì tham mưu.
        2. Về thủ tục hành chính, tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 97,5%; do Trung tâm Phục vụ hành chính công phường chủ trì tham mưu.
        3. Về công vụ, tối thiểu 90% cán bộ, công chức được bồi dưỡng; do Phòng Văn hóa - Xã hội chủ trì tham mưu.
        """)
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"])
        XCTAssertEqual(p.area(.congVu)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.area(.tthc)?.isHeading, true, "with its lead, the paragraph is the area's section")
        let catalog = ExtractionFixtures.catalog
        XCTAssertEqual(Outline.area(ofOpeningClause: "Về công tác chỉ đạo, điều hành, Ủy ban nhân dân …", catalog: catalog), .chiDao)
        XCTAssertEqual(Outline.area(ofOpeningClause: "Về thủ tục hành chính, tỷ lệ …", catalog: catalog), .tthc)
        XCTAssertNil(Outline.area(ofOpeningClause: "Về phía người dân, tỷ lệ hài lòng …", catalog: catalog))
    }

    func testTheYearsFigureBesideTheRoadmapOfAnAnnualPlan() {
        let p = plan("""
        II. CHỈ TIÊU NĂM 2027
        c) Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đến năm 2030 đạt tối thiểu 95%, năm 2027 đạt tối thiểu 90%.
        d) Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC năm 2027 đạt tối thiểu 90%, phấn đấu đến năm 2030 đạt 100%.
        """, issuer: "THÀNH PHỐ CẦN THƠ")
        XCTAssertEqual(p.targets.map(\.value), [95, 90, 90, 100])
        XCTAssertEqual(p.targets.map { $0.period?.from }, [2030, 2027, 2027, 2030])
    }

    func testAimsAfterAPastResultInOneSentence() {
        let p = plan("""
        II. CHỈ TIÊU
        Về cải cách thủ tục hành chính, tỷ lệ hồ sơ được giải quyết đúng hạn năm 2026 đạt 97,1%, năm 2027 phấn đấu đạt tối thiểu 98,5%; 100% TTHC thuộc thẩm quyền được công khai đầy đủ, đúng hạn.
        """)
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.published"])
        XCTAssertEqual(p.targets.map(\.value), [98.5, 100])
    }

    func testTheParentsFigureQuotedBesideThePlans() {
        let p = plan("""
        II. CHỈ TIÊU NĂM 2027
        1. Công tác chỉ đạo, điều hành: hoàn thành 100% nhiệm vụ (chỉ tiêu Thành phố: 100%). Thành phố giao kiểm tra tối thiểu 30% cơ quan, đơn vị; xã thực hiện kiểm tra 100% phòng, đơn vị thuộc UBND xã trong năm.
        - Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến: xã phấn đấu đạt tối thiểu 75% (chỉ tiêu Thành phố: 80%).
        """, issuer: "XÃ THĂNG BÌNH")
        XCTAssertEqual(p.targets.map(\.value), [100, 100, 75])
        XCTAssertEqual(p.targets.map(\.indicator), ["dir.tasks-completed", "dir.units-inspected", "tthc.online-dossiers"])
        XCTAssertTrue(TargetExtractor.parentClauseBeforeOwn(head: "thanh pho giao kiem tra toi thieu", between: " cơ quan; xã thực hiện kiểm tra "))
        XCTAssertFalse(TargetExtractor.parentClauseBeforeOwn(head: "thanh pho giao kiem tra toi thieu", between: " cơ quan, đơn vị "))
    }

    func testFocalPointLeadsAndToolsThatNameNoArea() {
        let p = plan("""
        III. NHIỆM VỤ, GIẢI PHÁP
        1. Công tác chỉ đạo, điều hành
        Ban hành Kế hoạch kiểm tra CCHC năm 2027. Phòng Văn hóa - Xã hội là đơn vị đầu mối, giúp UBND xã theo dõi, đôn đốc các phòng, đơn vị.
        5. Cải cách chế độ công vụ
        Hoàn thiện vị trí việc làm; đánh giá, xếp loại công chức hằng tháng.
        7. Xây dựng, phát triển chính quyền số
        Văn phòng HĐND và UBND chủ trì vận hành hệ thống thư điện tử công vụ.
        """, issuer: "XÃ THĂNG BÌNH")
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.area(.so)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.congVu)?.leads ?? [], [], "`thư điện tử công vụ` is a tool, not the civil-service area")
    }

    func testQuarterlyStepsBesideTheYearsColumn() {
        let p = plan("""
        II. CHỈ TIÊU
        STT\tChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm 2027\tCơ quan theo dõi
        1\tTỷ lệ hồ sơ TTHC được giải quyết đúng hạn\t≥ 97%\t≥ 98%\t≥ 98%\t≥ 99%\t≥ 99%\tSở Nội vụ
        """, issuer: "THÀNH PHỐ ĐÀ NẴNG")
        XCTAssertEqual(p.targets.map(\.value), [99])
        XCTAssertTrue(PlanExtractor.isInterimColumn("Quý IV", besideFullYear: true))
        XCTAssertFalse(PlanExtractor.isInterimColumn("Quý IV"))
    }

    func testTheCommuneArrangementResolutionsAreRegistered() {
        let entry = RuleFixtures.registry.entry(for: "1659/NQ-UBTVQH15")
        XCTAssertEqual(entry?.date, "2025-06-16")
        XCTAssertNil(RuleFixtures.registry.entry(for: "1657/NQ-UBTVQH15"), "left out: no public page confirms it")
    }
}
