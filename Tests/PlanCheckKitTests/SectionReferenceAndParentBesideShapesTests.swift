import XCTest
@testable import PlanCheckKit

/// Shapes of the eighteenth round of keyed plans (2026-12-07, Ninh Bình, Lai Châu and Đắk Lắk 2026), and
/// of cells the earlier rounds left unread: leads given by the plan's own item numbers, figures set against
/// the parent's (`bằng chỉ tiêu tỉnh giao (100%)`, `tỉnh giao 99%, xã phấn đấu 99,5%`), a comparator column,
/// figures for wards apart from communes, a section of figures for communes only.
final class SectionReferenceAndParentBesideShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ GIA VIỄN", period: String = "năm 2026") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: period, number: "11/KH-UBND", date: "ngày 15 tháng 01 năm 2026")
    }

    func testLeadsGivenByTheNumbersOfThePlansOwnItems() {
        let p = plan("""
        III. NHIỆM VỤ TRỌNG TÂM
        1. Công tác chỉ đạo, điều hành
        - Ban hành kế hoạch kiểm tra cải cách hành chính năm 2026.
        2. Cải cách thể chế
        - Rà soát, hệ thống hóa văn bản quy phạm pháp luật.
        3. Cải cách thủ tục hành chính
        - Công khai đầy đủ thủ tục hành chính.
        4. Cải cách tổ chức bộ máy hành chính nhà nước
        - Ban hành quy chế làm việc.
        5. Cải cách chế độ công vụ
        - Rà soát vị trí việc làm.
        V. TỔ CHỨC THỰC HIỆN
        1. Văn phòng HĐND và UBND xã: chủ trì tham mưu thực hiện các nhiệm vụ tại điểm 1, 2 và 4 Mục III Kế hoạch này; phối hợp thực hiện nhiệm vụ tại điểm 5.
        2. Trung tâm Phục vụ hành chính công xã: chủ trì thực hiện nhiệm vụ tại điểm 3 Mục III Kế hoạch này.
        """)
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"])
        XCTAssertEqual(p.area(.congVu)?.leads ?? [], [], "point 5 is only coordinated")
    }

    func testFiguresSetAgainstTheParentsWithTheirOwnInBrackets() {
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ thủ tục hành chính được công bố, công khai đúng hạn: bằng chỉ tiêu tỉnh giao (100%).
        - Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn: cao hơn chỉ tiêu tỉnh giao 1% (đạt 99%).
        - Tỷ lệ hồ sơ phải yêu cầu bổ sung, hoàn thiện từ 02 lần trở lên: thấp hơn mức tỉnh giao 2% (không quá 3%).
        """, issuer: "XÃ KIM SƠN")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.published", "tthc.on-time", "tthc.resubmissions"])
        XCTAssertEqual(p.targets.map(\.value), [100, 99, 3], "the gap to the parent's figure is no target")
        XCTAssertTrue(TargetExtractor.namesParentFigure("bang chi tieu tinh giao".words))
        XCTAssertFalse(TargetExtractor.namesParentFigure("ho so truc tuyen".words))
    }

    func testTheParentsFigureQuotedBesideThePlans() {
        let p = plan("""
        II. CHỈ TIÊU
        c) Cải cách thủ tục hành chính: tỷ lệ hồ sơ TTHC giải quyết đúng hạn: tỉnh giao tối thiểu 99%, xã phấn đấu 99,5%. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC: Tỉnh giao 93%, xã phấn đấu 95%.
        a) Giảm số lượng văn bản hành chính ban hành so với năm 2025: tỉnh giao giảm tối thiểu 15%, xã phấn đấu giảm 20%.
        """, issuer: "XÃ KRÔNG BÚK")
        XCTAssertEqual(p.targets.map(\.value), [99.5, 95, 20], "the province's figures are quoted, not set")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "sat.tthc", "dir.admin-docs-cut"])
        XCTAssertEqual(p.targets.last?.comparator, .reduce)
    }

    func testAComparatorInAColumnOfItsOwn() {
        let p = plan("""
        III. CHỈ TIÊU NĂM 2026
        STT\tChỉ tiêu\tMức\tGiá trị
        4\tTỷ lệ hồ sơ TTHC giải quyết đúng hạn\tTối thiểu\t95%
        5\tTỷ lệ hồ sơ TTHC trễ hạn trên tổng số hồ sơ tiếp nhận\tTối đa\t2%
        9\tThời gian niêm yết, công khai TTHC sau khi được công bố\tTối đa\t02 ngày làm việc
        """, issuer: "PHƯỜNG TÂN PHONG")
        XCTAssertEqual(p.targets.map(\.comparator), [.atLeast, .atMost, .atMost])
        XCTAssertEqual(p.targets.map(\.unit), ["%", "%", "days"])
        XCTAssertTrue(TableUnits.isComparatorCell("Tối thiểu"))
        XCTAssertTrue(TableUnits.isComparatorCell("Ít nhất"))
        XCTAssertTrue(TableUnits.isComparatorCell("≥"))
        XCTAssertFalse(TableUnits.isComparatorCell("Tỷ lệ hồ sơ"))
    }

    func testCellsThatKeepLastYearsLevelOrGiveTheStepsToTheYears() {
        let p = plan("""
        II. CHỈ TIÊU
        TT\tChỉ tiêu\tMức tỉnh giao\tMức xã đăng ký\tLý do
        6\tTỷ lệ hồ sơ TTHC được giải quyết đúng hạn\t≥ 98%\tGiữ như năm 2025 (98%)\tNăm 2025 xã đạt 98,0%
        """, issuer: "XÃ NGUYÊN BÌNH")
        XCTAssertEqual(p.targets.map(\.value), [98], "the kept level is the plan's, for its year")
        XCTAssertEqual(p.targets.first?.period?.to, 2026)
        XCTAssertEqual(PlanExtractor.fullYearPart("6 tháng: ≥ 50; cả năm: ≥ 70"), "≥ 70")
        XCTAssertNil(PlanExtractor.fullYearPart("≥ 50; ≥ 70"))
    }

    func testFiguresForWardsApartFromCommunes() {
        let parent = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến tại các sở, ban, ngành đạt tối thiểu 85%.
        - Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến tại Ủy ban nhân dân cấp xã (phường: tối thiểu 80%; xã: tối thiểu 65%).
        """, issuer: "TỈNH NINH BÌNH")
        let online = parent.targets.filter { $0.indicator == "tthc.online-dossiers" }
        XCTAssertEqual(online.map(\.value), [85, 80, 65])
        XCTAssertEqual(online.map(\.forLevel), ["tinh", nil, nil], "the departments are the province's own")
        XCTAssertEqual(online.map(\.forKind), [nil, CommuneKind.ward, CommuneKind.rural])
        XCTAssertTrue(online[1].applies(toKind: CommuneKind.ordinary, level: .phuong))
        XCTAssertFalse(online[1].applies(toKind: CommuneKind.ordinary, level: .xa))
        XCTAssertTrue(online[2].applies(toKind: CommuneKind.ordinary, level: .xa))
    }

    func testASectionOfFiguresForCommunesTakesThePlaceOfTheGeneralOnes() {
        let parent = plan("""
        II. CHỈ TIÊU
        1. Chỉ tiêu chung
        - Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận đạt tối thiểu 80%.
        2. Chỉ tiêu riêng đối với UBND cấp xã
        - Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận đạt tối thiểu 70%.
        """, issuer: "TỈNH ĐẮK LẮK")
        XCTAssertEqual(parent.targets.map(\.forLevel), [nil, "xa"])
        let commune = plan("II. CHỈ TIÊU\n- Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận đạt tối thiểu 70%.\n", issuer: "XÃ EA KAR")
        XCTAssertFalse(parent.binds(parent.targets[0], on: commune), "the communes' own figure replaces the general one")
        XCTAssertTrue(parent.binds(parent.targets[1], on: commune))
    }

    func testAdviserLinesAndWrappedLines() {
        let p = plan("""
        II. NHIỆM VỤ
        4. Cải cách tổ chức bộ máy
        - Rà soát, kiện toàn các phòng chuyên môn.
        Cơ quan tham mưu chính: Phòng Văn hóa - Xã hội.
        III. CHỈ TIÊU
        b) Cải cách thể chế: 100% văn bản quy phạm pháp luật của HĐND,
        UBND xã được xây dựng, ban hành đúng trình tự, thủ tục.
        """, issuer: "XÃ PHONG THỔ")
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.targets.map(\.indicator), ["inst.lawdocs-procedure"], "a line ending in a comma goes on")
    }

    func testARowsLabelWrappedBetweenRowsKeepsTheTableATargetsTable() {
        let p = plan("""
        II. CHỈ TIÊU
        TT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu tỉnh giao\tChỉ tiêu xã đăng ký
        14\tMức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành\t%\t≥ 90\t≥ 90
        chính nhà nước
        15\tTỷ lệ bộ phận, đơn vị có quy định chức năng, nhiệm vụ theo mô hình chính quyền 02 cấp\t%\t100\t100
        """)
        XCTAssertEqual(p.tasks, [], "a table of targets is no task table")
    }
}
