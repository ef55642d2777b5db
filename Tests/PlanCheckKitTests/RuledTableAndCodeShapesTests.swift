import XCTest
@testable import PlanCheckKit

/// Shapes of the eleventh round of keyed plans (2026-12-07, Hải Phòng, An Giang, Huế 2026–2030): tables
/// drawn with box-drawing rules, leads named `Đầu mối:` / `Đơn vị chịu trách nhiệm chính:`, tables keyed by
/// the parent's indicator codes whose cells say `Như tỉnh giao`, and targets stated against the parent's.
final class RuledTableAndCodeShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "PHƯỜNG LÊ CHÂN", period: String = "giai đoạn 2026 - 2030") -> Plan {
        ExtractionFixtures.plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\(issuer)\tĐộc lập - Tự do - Hạnh phúc\n"
                                + "Số: 58/KH-UBND\tngày 14 tháng 4 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính \(period)\n\n" + body)
    }

    func testRuleLinesAndBoxWalls() {
        XCTAssertTrue(RuledTable.isRule("├─────┼──────────┼─────┤"))
        XCTAssertTrue(RuledTable.isRule("+-----+----------+"))
        XCTAssertTrue(RuledTable.isRule("│          ├──────┼──────┤"), "a rule under all but a merged first cell")
        XCTAssertFalse(RuledTable.isRule("-----"), "a line of dashes alone")
        XCTAssertFalse(RuledTable.isRule("│ 1 │ Tỷ lệ │"))
        XCTAssertEqual(RuledTable.withPipeWalls("│ 1   │ Tỷ lệ │"), "| 1   | Tỷ lệ |")
        XCTAssertTrue(Cleanup.isRunningPageLine("Kế hoạch CCHC giai đoạn 2026-2030 – Trang 3"))
        XCTAssertTrue(Cleanup.isRunningPageLine("UBND xã Tiên Lãng | Trang 2/6"))
        XCTAssertFalse(Cleanup.isRunningPageLine("Xem nội dung chi tiết tại trang 3"))
    }

    static let boxTargets = """
    II. CHỈ TIÊU
    ┌─────┬──────────────────────────────┬──────────┬──────────┐
    │ TT  │ Chỉ tiêu                     │ Năm 2026 │ Năm 2030 │
    ├─────┼──────────────────────────────┼──────────┼──────────┤
    │ 1   │ Tỷ lệ hồ sơ thủ tục hành     │ ≥ 60%    │ ≥ 80%    │
    Kế hoạch CCHC giai đoạn 2026-2030 – Trang 2

    │     │ chính được giải quyết trực   │          │          │
    │     │ tuyến trên tổng số hồ sơ     │          │          │
    ├─────┼──────────────────────────────┼──────────┼──────────┤
    │ 2   │ Mức độ hài lòng trong giải   │ ≥ 90%,   │ ≥ 95%,   │
    │     │ quyết thủ tục hành chính     │ trong đó │ trong đó │
    │     │                              │ đất đai, │ đất đai, │
    │     │                              │ xây dựng │ xây dựng │
    │     │                              │ ≥ 85%    │ ≥ 90%    │
    └─────┴──────────────────────────────┴──────────┴──────────┘
    """

    func testABoxDrawnTableWithWrappedCellsAndARunningHeader() {
        let p = plan(Self.boxTargets)
        let online = p.targets.filter { $0.indicator == "tthc.online-dossiers" }
        XCTAssertEqual(online.map(\.value), [60, 80], "the row goes on past the running header")
        XCTAssertEqual(online.map { $0.period?.to }, [2026, 2030], "the year columns hold past the rules")
        XCTAssertEqual(online.first?.line, 12)
        let sat = p.targets.filter { $0.indicator == "sat.tthc" }.map(\.value)
        let land = p.targets.filter { $0.indicator == "sat.land-build" }.map(\.value)
        XCTAssertEqual(sat, [90, 95])
        XCTAssertEqual(land, [85, 90], "`trong đó đất đai, xây dựng` in the cell names the part its later figure is for")
    }

    func testAMergedAreaCellOverRuledRows() {
        let p = plan("""
        II. NHIỆM VỤ
        1. Cải cách thể chế
        - Rà soát văn bản quy phạm pháp luật.
        2. Xây dựng chính quyền số
        - Số hóa hồ sơ.
        III. PHÂN CÔNG THỰC HIỆN
        ┌──────────────────┬───────────────────────────┬──────────────────┐
        │ Lĩnh vực         │ Cơ quan chủ trì           │ Cơ quan phối hợp │
        ├──────────────────┼───────────────────────────┼──────────────────┤
        │ Cải cách thể chế │ Văn phòng HĐND và UBND    │ Các phòng        │
        │                  │ phường                    │                  │
        ├──────────────────┼───────────────────────────┼──────────────────┤
        │ Xây dựng chính   │ Văn phòng HĐND và UBND    │ Công an phường   │
        │ quyền số         │ phường                    │                  │
        │                  ├───────────────────────────┼──────────────────┤
        │                  │ Công an phường (Đề án 06) │ Các phòng        │
        └──────────────────┴───────────────────────────┴──────────────────┘
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unit), ["Văn phòng HĐND và UBND"])
        XCTAssertEqual(p.area(.so)?.leads.first?.unit, "Văn phòng HĐND và UBND",
                       "the wrapped `quyền số` goes on with its row; the row under the partial rule is a row of its own")
    }

    func testLeadsNamedWithoutChuTri() {
        let p = plan("""
        III. NHIỆM VỤ
        1. Công tác chỉ đạo, điều hành
        Đầu mối: Phòng Văn hóa - Xã hội; phối hợp: Văn phòng HĐND và UBND phường.
        - Ban hành kế hoạch cải cách hành chính.
        2. Cải cách thể chế
        b) Đơn vị chịu trách nhiệm chính: Văn phòng HĐND và UBND phường.
        - Rà soát văn bản.
        3. Cải cách thủ tục hành chính
        Đầu mối tham mưu: Trung tâm Phục vụ hành chính công phường; Đơn vị phối hợp: Công an phường.
        IV. TỔ CHỨC THỰC HIỆN
        1. Phòng Kinh tế là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.
        """)
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unit), ["Phòng Văn hóa - Xã hội"], "the section's own line before a standing body named later")
        XCTAssertEqual(p.area(.chiDao)?.leads.first?.line, 10)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unit), ["Văn phòng HĐND và UBND"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unit), ["Trung tâm Phục vụ hành chính công"], "not the coordinator after it")
    }

    func testATableKeyedByTheParentsCodes() {
        let p = plan("""
        II. CHỈ TIÊU
        Mã chỉ tiêu\tNội dung (rút gọn)\tTỉnh giao\tXã đăng ký
        CT01\tHoàn thành nhiệm vụ KH CCHC năm\t100%/năm\tNhư tỉnh giao
        CT09\tHồ sơ tiếp nhận, giải quyết trực tuyến\t≥60% (2027); ≥80% (2030)\t≥ 70% (2027); ≥ 85% (2030)
        CT10\tThanh toán trực tuyến\t≥60% (2027); ≥80% (2030)\tTheo chỉ tiêu tỉnh
        """, issuer: "XÃ ÓC EO")
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.online-dossiers" }.map(\.value), [70, 85],
                       "only the commune's column")
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.online-payment" }.map(\.value), [60, 80],
                       "`Theo chỉ tiêu tỉnh`: the parent's figures of the row")
        let tasks = p.targets.first { $0.indicator == "dir.plan-tasks-completed" }
        XCTAssertEqual(tasks?.value, 100)
        XCTAssertEqual(tasks?.everyYear, true, "`100%/năm` holds every year")
        XCTAssertTrue(PlanExtractor.takesParentFigure("Bằng mức tỉnh giao"))
        XCTAssertFalse(PlanExtractor.takesParentFigure("≥ 95%"))
        XCTAssertFalse(PlanExtractor.takesParentFigure("Phòng Kinh tế"))
    }

    func testAnEveryYearCellUnderAMilestoneColumn() {
        let p = plan("""
        II. CHỈ TIÊU
        Mã\tChỉ tiêu\tĐơn vị tính\tĐến năm 2027\tĐến năm 2030
        CT05\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn\t%\tTối thiểu 98% (hằng năm)\t
        CT09\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến\t%\t≥ 60%\t≥ 80%
        """, issuer: "TỈNH AN GIANG")
        let onTime = p.targets.filter { $0.indicator == "tthc.on-time" }
        XCTAssertEqual(onTime.map { $0.period?.from }, [2026], "every year of the plan, not by 2027")
        XCTAssertEqual(onTime.first?.everyYear, true)
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.online-dossiers" }.map { $0.period?.to }, [2027, 2030])
    }

    func testFiguresStatedAgainstTheParents() {
        let p = plan("""
        II. CHỈ TIÊU
        - Mức độ hài lòng đối với sự phục vụ của cơ quan hành chính nhà nước cao hơn 2% so với chỉ tiêu Thành phố giao, đạt 97%.
        - Mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến bằng mức Thành phố giao (95%).
        - Thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu không vượt quá 15 ngày làm việc.
        """, period: "năm 2027")
        XCTAssertEqual(p.targets.filter { $0.indicator == "sat.overall" }.map(\.value), [97], "the rise is not the target")
        XCTAssertEqual(p.targets.filter { $0.indicator == "sat.online" }.map(\.value), [95])
        XCTAssertTrue(p.relativeTargets.isEmpty, "the level written out in brackets is the target")
        let land = p.targets.first { $0.indicator == "tthc.land-cert-days" }
        XCTAssertEqual(land?.value, 15)
        XCTAssertEqual(land?.comparator, .atMost)
    }

    func testAQuarterlyRoadmapGivesOnlyTheYearsFigure() {
        let p = plan("""
        II. CHỈ TIÊU
        Chỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV/cả năm
        1. Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến\t≥ 50%\t≥ 55%\t≥ 58%\t≥ 60%
        2. Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn\t≤ 5%\t≤ 4%\t≤ 3,5%\t≤ 3%
        """, period: "năm 2026")
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.online-dossiers" }.map(\.value), [60], "the quarters are steps")
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.late-dossiers" }.map(\.value), [3])
        XCTAssertTrue(PlanExtractor.isInterimColumn("Quý II"))
        XCTAssertTrue(PlanExtractor.isInterimColumn("6 tháng đầu năm"))
        XCTAssertFalse(PlanExtractor.isInterimColumn("Quý IV/cả năm"))
    }

    func testRomanItemsInBracketsKeepTheirStage() {
        XCTAssertEqual(OutlineMarker.parse("(iii) Mức độ hài lòng")?.kind, .romanItem)
        XCTAssertEqual(OutlineMarker.parse("(iv) 100% kết quả")?.ordinal, 4)
        XCTAssertNil(OutlineMarker.parse("(ví dụ) nội dung"))
        let p = plan("""
        II. CHỈ TIÊU
        a) Đến năm 2027
        (i) Cải cách thủ tục hành chính
        - Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên 98%.
        (ii) Chính quyền số
        - Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính tối thiểu là 60%.
        b) Đến năm 2030
        (i) Chính quyền số
        - Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính tối thiểu là 75%.
        """)
        XCTAssertEqual(p.targets.map { $0.period?.to }, [2027, 2027, 2030], "`(i)`, `(ii)` are items of the lettered stage")
    }

    func testFiguresOfTheReplacedPlanAreNotTargets() {
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 98%.
        III. NHỮNG ĐIỂM ĐIỀU CHỈNH SO VỚI KẾ HOẠCH SỐ 31/KH-UBND
        1. Chỉ tiêu tỷ lệ hồ sơ giải quyết đúng hạn (trước đây là 95%) được điều chỉnh theo Kế hoạch này.
        - Cắt giảm ít nhất là 30% thời gian giải quyết thủ tục hành chính so với quy định.
        """)
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.on-time" }.map(\.value), [98])
        XCTAssertEqual(p.targets.first { $0.indicator == "tthc.time-cut" }?.comparator, .reduce, "`ít nhất là` before a cut's figure")
    }

    func testACeilingExceededIsSaidToBeAboveIt() {
        let parent = plan("""
        II. CHỈ TIÊU
        - Thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu không quá 12 ngày làm việc.
        """, issuer: "THÀNH PHỐ HUẾ")
        let child = plan("""
        II. CHỈ TIÊU
        - Thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu không vượt quá 15 ngày làm việc.
        """, issuer: "XÃ PHÚ VINH")
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        let below = engine.run(plans: [child]) { _ in parent }.filter { $0.category == "target-below-parent" }
        XCTAssertEqual(below.count, 1)
        XCTAssertTrue(below.first?.message.contains("cao hơn mức trần 12 ngày") == true, below.first?.message ?? "")
    }
}
