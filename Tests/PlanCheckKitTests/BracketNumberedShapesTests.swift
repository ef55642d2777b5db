import XCTest
@testable import PlanCheckKit

/// Shapes of the eighth round of keyed plans (2026-12-07, Hà Nội): targets numbered in brackets `(1)` …
/// `(17)`, parts `a1)` / `a2)` under them or over them, lead-ins nested two deep, and each target's source
/// given in a bracket after it, with the parent's figure and past results.
final class BracketNumberedShapesTests: XCTestCase {
    func plan(_ body: String) -> Plan {
        ExtractionFixtures.plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG BA ĐÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
                                + "Số: 18/KH-UBND\tBa Đình, ngày 05 tháng 02 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030\n\n" + body)
    }

    func testNumbersInBracketsAndLettersWithNumbersAreMarkers() {
        let p = OutlineMarker.parse("(16) Về tỷ lệ hồ sơ trực tuyến:")
        XCTAssertEqual(p?.kind, .parenthesized)
        XCTAssertEqual(p?.ordinal, 16)
        let a = OutlineMarker.parse("a1) Đến hết năm 2027:")
        XCTAssertEqual(a?.kind, .letter)
        XCTAssertEqual(a?.text, "a1)")
        XCTAssertLessThan(p!.depth, a!.depth)
        XCTAssertNil(OutlineMarker.parse("(2025) kết quả"), "a year in brackets")
        XCTAssertNil(OutlineMarker.parse("(theo Kế hoạch)"))
    }

    func testNestedLeadInsGiveTheSubjectAndTheStage() {
        let p = plan("""
        II. CHỈ TIÊU
        (16) Về tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến:
        a1) Đến hết năm 2027:
        - Không ít hơn 85% hồ sơ (theo Kế hoạch 25/KH-UBND là 80%; năm 2025 phường đạt 78,6%);
        a2) Đến năm 2030:
        - Không ít hơn 90% hồ sơ (theo Nghị quyết số 76/NQ-CP).
        (17) Hằng năm, văn bản trao đổi giữa các cơ quan hành chính dưới dạng điện tử bảo đảm 100%.
        """)
        XCTAssertEqual(p.targets.map(\.value), [85, 90, 100], "no figure of a source bracket: \(p.targets.map(\.figure))")
        XCTAssertEqual(p.targets.prefix(2).map(\.indicator), ["tthc.online-dossiers", "tthc.online-dossiers"])
        XCTAssertEqual(p.targets.map(\.period), [Period(year: 2027), Period(year: 2030), Period(from: 2026, to: 2030)],
                       "the stage ends at the next item of another kind")
    }

    func testALetteredStageOverItemsNumberedInBrackets() {
        let p = plan("""
        II. CHỈ TIÊU
        a1) Các chỉ tiêu hằng năm:
        (7) Tỷ lệ người dân, doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến đạt tối thiểu 95%.
        a2) Các chỉ tiêu đến hết năm 2027:
        (8) Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận và giải quyết thủ tục hành chính không ít hơn 92%.
        (9) Kết quả giải quyết thủ tục hành chính được số hóa, cấp bản điện tử đạt tỷ lệ 100% (theo Quyết định số 06/QĐ-TTg ngày 06/01/2022).
        (12) Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công không ít hơn 65% (Thành phố giao 60%; năm 2025 phường đạt 58,9%).
        """)
        XCTAssertEqual(p.targets.map(\.value), [95, 92, 100, 65])
        XCTAssertEqual(p.targets.map(\.period), [Period(from: 2026, to: 2030)] + Array(repeating: Period(year: 2027), count: 3))
        XCTAssertEqual(p.targets.map(\.line), [10, 12, 13, 14], "`(9) Kết quả …` is an item, not a review of results")
    }

    func testAUnitLeadsOnlyTheAreasOfItsChuTriDuties() {
        let p = plan("""
        IV. TỔ CHỨC THỰC HIỆN
        2. Văn phòng HĐND và UBND phường: (1) Chủ trì tham mưu cải cách thể chế; (2) Chủ trì triển khai xây dựng chính quyền điện tử, chính quyền số; (3) Phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị trong các nội dung cải cách tài chính công của phường.
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.area(.so)?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.area(.taiChinh)?.leads ?? [], [], "a `Phối hợp` duty leads nothing")
    }

    func testAYearlyLevelIsNotHeldToAMilestoneThePlanSetsItsOwnFigureFor() {
        let parent = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ HỒ CHÍ MINH
        Số: 1186/KH-UBND\tThành phố Hồ Chí Minh, ngày 06 tháng 3 năm 2026

        KẾ HOẠCH
        Cải cách hành chính giai đoạn 2026 - 2030

        II. CHỈ TIÊU
        - Hằng năm, tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 97,5%; đến năm 2028 đạt tối thiểu 98,5%.
        """, path: "parent.txt")
        let child = plan("""
        II. CHỈ TIÊU
        1. Chỉ tiêu năm 2026 (duy trì hằng năm)
        a) Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 97,5%.
        2. Chỉ tiêu đến năm 2028
        a) Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98,5%.
        """)
        XCTAssertEqual(child.targets.map(\.everyYear), [true, nil])
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        let below = engine.run(plans: [child]) { _ in parent }.filter { $0.category == "target-below-parent" }
        XCTAssertTrue(below.isEmpty, "97,5% every year is not the 2028 figure: \(below.map(\.message))")
    }
}
