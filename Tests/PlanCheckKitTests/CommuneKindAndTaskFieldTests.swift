import XCTest
@testable import PlanCheckKit

/// Shapes of the ninth round of keyed plans (2026-12-07, Gia Lai, Đà Nẵng, Nghệ An): figures a province sets
/// by kind of commune, tasks followed by `Cơ quan thực hiện:` / `Thời gian:` lines under area titles that
/// lost their numbering, and table rows counting meetings and points.
final class CommuneKindAndTaskFieldTests: XCTestCase {
    func plan(_ issuer: String, _ body: String) -> Plan {
        ExtractionFixtures.plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\(issuer)\tĐộc lập - Tự do - Hạnh phúc\n"
                                + "Số: 31/KH-UBND\tngày 03 tháng 3 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\n" + body)
    }

    static let parentBody = """
    II. CHỈ TIÊU
    c) Đối với các phường và xã đồng bằng: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%; đối với các xã miền núi, xã đặc biệt khó khăn: đạt tối thiểu 50%.
    """

    func testAProvincesFiguresByKindOfCommune() {
        let p = plan("TỈNH GIA LAI", Self.parentBody)
        XCTAssertEqual(p.targets.map(\.forKind), [CommuneKind.ordinary, CommuneKind.difficult])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.online-dossiers", "tthc.online-dossiers"], "the second takes the first's subject")
    }

    func testACommuneIsHeldToTheFigureOfItsKind() {
        let parent = plan("TỈNH GIA LAI", Self.parentBody)
        let mountain = plan("XÃ KRÔNG", """
        I. MỤC ĐÍCH
        1. Xã Krông là xã miền núi, xã đặc biệt khó khăn, địa bàn rộng.
        II. CHỈ TIÊU
        6. Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 55%.
        """)
        let plain = plan("XÃ TUY PHƯỚC", """
        II. CHỈ TIÊU
        6. Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 55%.
        """)
        XCTAssertEqual(mountain.communeKind, CommuneKind.difficult)
        XCTAssertEqual(plain.communeKind, CommuneKind.ordinary)
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        let below = engine.run(plans: [mountain, plain]) { _ in parent }.filter { $0.category == "target-below-parent" }
        XCTAssertEqual(below.map(\.file), [plain.file].map { $0 }, "55% meets the mountain communes' 50%, not the others' 70%")
    }

    func testTaskLinesAndAnAreaTitleOnALineOfItsOwn() {
        let p = plan("XÃ HÒA VANG", """
        II. NHIỆM VỤ
        Cải cách thể chế
        Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành
        Cơ quan thực hiện: Văn phòng HĐND và UBND xã
        Cơ quan phối hợp: Các cơ quan, đơn vị thuộc UBND xã
        Thời gian: Thường xuyên
        Cải cách tài chính công
        Quản lý, sử dụng tài sản công đúng quy định
        Cơ quan thực hiện: Phòng Kinh tế
        Thời gian: Hằng năm
        """)
        XCTAssertEqual(p.area(.theChe)?.line, 9)
        XCTAssertEqual(p.area(.theChe)?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.area(.taiChinh)?.leads.first?.unit, "Phòng Kinh tế")
    }

    func testRowsThatCountMeetingsAndPoints() {
        let p = plan("XÃ QUỲNH LƯU", """
        PHỤ LỤC
        TT\tChỉ tiêu\tĐVT\tThực hiện 2025\tKế hoạch 2026
        1\tSố cuộc đối thoại của Chủ tịch UBND xã với Nhân dân\tcuộc\t1\t≥ 2
        2\tChỉ số cải cách hành chính của xã\tđiểm\t84,6\t≥ 87,5
        """)
        XCTAssertEqual(p.targets.map(\.value), [2, 87.5])
        XCTAssertEqual(p.targets.map(\.unit), ["count", "count"])
        XCTAssertEqual(p.targets.map(\.comparator), [.atLeast, .atLeast])
    }

    func testAStepWithinTheYearIsNotTheYearsTarget() {
        let p = plan("PHƯỜNG TAM KỲ", """
        II. CHỈ TIÊU
        i) Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công: quý II/2026 đạt 50%, quý IV/2026 đạt 65%.
        """)
        XCTAssertEqual(p.targets.map(\.value), [65])
        XCTAssertEqual(p.targets.first?.indicator, "tthc.online-payment")
    }

    func testADeadlineTrailingAFigureIsThatFiguresOwn() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ ĐÀ NẴNG
        Số: 46/KH-UBND\tĐà Nẵng, ngày 06 tháng 3 năm 2026

        KẾ HOẠCH
        Cải cách hành chính giai đoạn 2026 - 2030

        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt tối thiểu 70% vào năm 2027 và tối thiểu 85% vào năm 2030.
        """, path: "parent.txt")
        XCTAssertEqual(p.targets.map(\.period), [Period(year: 2027), Period(year: 2030)])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.online-dossiers", "tthc.online-dossiers"])
    }
}
