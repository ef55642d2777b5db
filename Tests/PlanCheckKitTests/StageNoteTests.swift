import XCTest
@testable import PlanCheckKit

/// Shapes of the seventh round of keyed plans (2026-12-07, Lai Châu): a parent's note that each milestone
/// binds every year of its stage, `duy trì hằng năm` said after the figure, and a later stage whose clause
/// names no subject before the next clause names another indicator's.
final class StageNoteTests: XCTestCase {
    static let parent = """
    ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH LAI CHÂU\tĐộc lập - Tự do - Hạnh phúc
    Số: 58/KH-UBND\tLai Châu, ngày 09 tháng 3 năm 2026

    KẾ HOẠCH
    Cải cách hành chính nhà nước tỉnh Lai Châu giai đoạn 2026 - 2030

    I. CHỈ TIÊU
    (Chỉ tiêu "đến năm 2027" là mức phải đạt trong từng năm của giai đoạn 2026 - 2027; chỉ tiêu "đến năm 2030" là mức phải đạt trong từng năm của giai đoạn 2028 - 2030.)
    a) Về cải cách thủ tục hành chính: Đến năm 2027: tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt tối thiểu 60%; đến năm 2030: tỷ lệ thanh toán trực tuyến đạt tối thiểu 80%.
    Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt từ 98% trở lên, duy trì hằng năm.
    b) Về chỉ đạo, điều hành: Đến năm 2027: mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt tối thiểu 92%; đến năm 2030: đạt tối thiểu 95%; mức độ hài lòng về cung cấp dịch vụ y tế, giáo dục công lập đạt tối thiểu 90%.
    c) Về cải cách tổ chức bộ máy: đến năm 2030: giảm tối thiểu 10% số đơn vị sự nghiệp công lập so với năm 2025.
    """

    func testAStageNoteMakesEachMilestoneBindEveryYearOfItsStage() {
        let p = ExtractionFixtures.plan(Self.parent, path: "parent.txt")
        let payment = p.targets.filter { $0.indicator == "tthc.online-payment" }
        XCTAssertEqual(payment.map(\.period), [Period(from: 2026, to: 2027), Period(from: 2028, to: 2030)])
        XCTAssertEqual(payment.map(\.everyYear), [true, true])
        let cut = p.targets.first { $0.comparator == .reduce }
        XCTAssertEqual(cut?.period, Period(year: 2030), "a cut keeps its deadline")
        XCTAssertNil(cut?.everyYear)
    }

    func testWithoutTheNoteAMilestoneStaysADeadline() {
        let p = ExtractionFixtures.plan(Self.parent.replacingOccurrences(of: "là mức phải đạt trong từng năm của", with: "tính cho"),
                                        path: "parent.txt")
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.online-payment" }.map(\.period), [Period(year: 2027), Period(year: 2030)])
        XCTAssertTrue(StageNote.stages(in: Cleanup.blocks(SourceDocument(path: "x", text: "Đến năm 2027 đạt 60%; các năm sau giai đoạn 2028 - 2030 duy trì."))).isEmpty,
                      "a milestone and a stage it does not close")
    }

    func testMaintainedEveryYearSaidAfterTheFigure() {
        let p = ExtractionFixtures.plan(Self.parent, path: "parent.txt")
        let onTime = p.targets.first { $0.indicator == "tthc.on-time" }
        XCTAssertEqual(onTime?.everyYear, true, "`đạt từ 98% trở lên, duy trì hằng năm`")
    }

    func testALaterStageWithoutASubjectKeepsThePreviousIndicator() {
        let p = ExtractionFixtures.plan(Self.parent, path: "parent.txt")
        let line = p.targets.filter { $0.line == 12 }
        XCTAssertEqual(line.map(\.indicator), ["sat.overall", "sat.overall", "sat.health-edu"],
                       "`đến năm 2030: đạt tối thiểu 95%` is the SIPAS figure, not the next clause's")
    }

    func testACommunesFirstYearIsHeldToTheStagesMilestone() {
        let child = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        PHƯỜNG TÂN PHONG\tĐộc lập - Tự do - Hạnh phúc
        Số: 35/KH-UBND\tTân Phong, ngày 02 tháng 4 năm 2026

        KẾ HOẠCH
        Cải cách hành chính phường Tân Phong giai đoạn 2026 - 2030

        Căn cứ Kế hoạch số 58/KH-UBND ngày 09/3/2026 của UBND tỉnh Lai Châu về cải cách hành chính giai đoạn 2026 - 2030;
        I. CHỈ TIÊU
        3.1. Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán
        Năm\tChỉ tiêu
        2026\tTối thiểu 45%
        2027\tTối thiểu 65%
        2028\tTối thiểu 80%
        2029\tTối thiểu 70%
        2030\tTối thiểu 85%
        """, path: "phuong-tan-phong.txt")
        let parent = ExtractionFixtures.plan(Self.parent, path: "parent.txt")
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        let below = engine.run(plans: [child]) { _ in parent }.filter { $0.category == "target-below-parent" }
        XCTAssertEqual(below.map(\.line), [12, 15], "2026 below the 60% of 2026–2027, 2029 below the 80% of 2028–2030: \(below.map(\.message))")
    }
}
