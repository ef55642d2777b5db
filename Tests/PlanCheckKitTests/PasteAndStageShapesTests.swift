import XCTest
@testable import PlanCheckKit

/// Shapes of the fifth round of keyed plans (2026-12-07): tables pasted from a spreadsheet with semicolons,
/// lines indented with tabs, grid tables with one figure per level, stage tables whose area titles are
/// lines of their own, an annual plan beside its medium-term stage, time limits in minutes or with the
/// ceiling after the unit, results and rises said before the target in one sentence, and an annual plan
/// between two of its parent's milestones.
final class PasteAndStageShapesTests: XCTestCase {
    let header = """
    ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    PHƯỜNG LÊ CHÂN\tĐộc lập - Tự do - Hạnh phúc
    Số: 14/KH-UBND\tLê Chân, ngày 12 tháng 01 năm 2026

    KẾ HOẠCH
    Cải cách hành chính năm 2026

    """

    func plan(_ body: String, header: String? = nil) -> Plan {
        ExtractionFixtures.plan((header ?? self.header) + body)
    }

    func target(_ p: Plan, line: Int) -> [Target] { p.targets.filter { $0.line == line } }

    // MARK: semicolon tables

    func testSemicolonFieldsKeepQuotedSemicolons() {
        XCTAssertEqual(DelimitedTable.split("19;\"Hồ sơ (cấp xã; trừ hồ sơ mật)\";%;90;95"),
                       ["19", "Hồ sơ (cấp xã; trừ hồ sơ mật)", "%", "90", "95"])
        XCTAssertEqual(DelimitedTable.split("1;\"Nói \"\"đúng\"\"\";;"), ["1", "Nói \"đúng\"", "", ""])
    }

    func testADelimitedTableIsReadRowByRow() {
        let p = plan("""
        II. CHỈ TIÊU
        STT;Chỉ tiêu;Đơn vị tính;Thành phố giao;Phường đăng ký
        I;CẢI CÁCH THỦ TỤC HÀNH CHÍNH;;;
        5;Hồ sơ TTHC được giải quyết đúng hạn;%;98;98,5
        19;"Hồ sơ công việc được xử lý trên môi trường mạng (cấp xã; trừ hồ sơ mật)";%;90;95
        """)
        // Lines 10 and 11: the ward's column, not the city's.
        XCTAssertEqual(target(p, line: 10).map(\.value), [98.5])
        XCTAssertEqual(target(p, line: 10).first?.indicator, "tthc.on-time")
        XCTAssertEqual(target(p, line: 11).map(\.value), [95])
        XCTAssertEqual(target(p, line: 11).first?.indicator, "digital.work-files-online")
    }

    func testProseWithSemicolonsIsNotATable() {
        var table = DelimitedTable()
        XCTAssertNil(table.cells("Tỷ lệ hồ sơ đúng hạn đạt 98%; hồ sơ trực tuyến đạt 80%; thanh toán trực tuyến đạt 60%."))
        XCTAssertNotNil(table.cells("STT;Chỉ tiêu;Đơn vị tính;Năm 2026"))
        XCTAssertNotNil(table.cells("1;Tỷ lệ hồ sơ đúng hạn;%;98"))
        XCTAssertNil(table.cells("Hết bảng."), "a line without semicolons closes the table")
        XCTAssertNil(table.cells("1;Tỷ lệ hồ sơ đúng hạn;%;98"), "rows need an open table")
    }

    // MARK: tabs that indent

    func testTabsThatOnlyIndentMakeNoCells() {
        let p = plan("II. MỤC TIÊU CỤ THỂ\n\t- TỶ LỆ HỒ SƠ TTHC GIẢI QUYẾT ĐÚNG HẠN: ≥\u{00A0}99%.\n\t- Thời gian chờ bình quân của tổ chức, cá nhân tại TTPVHCC xã: không quá 15 phút.\n")
        XCTAssertEqual(target(p, line: 8).first?.indicator, "tthc.on-time")
        XCTAssertEqual(target(p, line: 8).first?.value, 99)
        let wait = target(p, line: 9).first
        XCTAssertEqual(wait?.unit, "minutes")
        XCTAssertEqual(wait?.comparator, .atMost)
        XCTAssertEqual(wait?.indicator, "tthc.waiting-time")
        XCTAssertTrue(Cleanup.isTabIndented("\t\t- văn bản"))
        XCTAssertFalse(Cleanup.isTabIndented("\tcột 1\tcột 2"))
    }

    func testATabTableRowContinuedOnAnIndentedLineStaysInTheTable() {
        let blocks = Cleanup.blocks(SourceDocument(path: "t.txt", text: """
        STT\tNội dung\tCơ quan chủ trì\tThời gian
        1\tRà soát văn bản quy phạm pháp luật\tVăn phòng HĐND và UBND\tQuý I
        \tdo HĐND, UBND xã ban hành
        """))
        XCTAssertTrue(blocks.allSatisfy { $0.kind != .paragraph }, "\(blocks.map(\.kind))")
    }

    // MARK: table cells

    func testAGridCellWithAFigurePerLevel() {
        XCTAssertEqual(TableUnits.asPercent("100 (cấp TP) ≥ 90 (cấp xã)"), "100% (cấp TP) ≥ 90% (cấp xã)")
        XCTAssertEqual(TableUnits.asPercent("≥ 90"), "≥ 90%")
        XCTAssertNil(TableUnits.asPercent("95 (2025)"), "a year is not a percentage")
        XCTAssertNil(TableUnits.asPercent("90 (cấp xã)"), "one figure keeps the plain rule: no words but cues")
    }

    func testAValueCellTakesItsIndicatorFromTheRowLabel() {
        let p = plan("""
        III. CHỈ TIÊU
        STT\tChỉ tiêu\tNăm 2026
        1\tSố lượng đơn vị sự nghiệp công lập thuộc phường\tGiảm ít nhất 10% so với năm 2025
        2\tBiên chế sự nghiệp hưởng lương từ ngân sách nhà nước\tGiảm ít nhất 10% so với năm 2025
        3\tThời gian giải quyết thủ tục hành chính bình quân\tGiảm ít nhất 20% so với năm 2025
        """)
        XCTAssertEqual(target(p, line: 9).first?.indicator, "org.public-units-reduced")
        XCTAssertEqual(target(p, line: 10).first?.indicator, "org.staff-reduction")
        XCTAssertEqual(target(p, line: 11).first?.indicator, "tthc.time-cut")
        XCTAssertTrue(TargetExtractor.isValueOnly("giam it nhat 10% so voi nam 2025"))
        XCTAssertFalse(TargetExtractor.isValueOnly("giam 10% bien che"))
    }

    func testAnAnnualPlansYearColumnSetsTheStageColumnAside() {
        let annual = header.replacingOccurrences(of: "năm 2026", with: "năm 2028")
        let p = plan("""
        III. CHỈ TIÊU NĂM 2028
        Chỉ tiêu\tKế hoạch giai đoạn\tNăm 2028
        1. Cải cách thủ tục hành chính\t\t
        Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn\tTối thiểu 99%\tTối thiểu 97%
        """, header: annual)
        XCTAssertEqual(p.period, Period(year: 2028))
        XCTAssertEqual(target(p, line: 10).map(\.value), [97])
        XCTAssertEqual(target(p, line: 10).first?.period, Period(year: 2028))
    }

    func testARomanTitleBetweenRowsKeepsTheStageTable() {
        let p = plan("""
        III. NHIỆM VỤ, CHỈ TIÊU
        STT\tNhiệm vụ/chỉ tiêu\tCơ quan chủ trì\tCơ quan phối hợp\tĐến năm 2027\tĐến năm 2030
        I. CẢI CÁCH THỂ CHẾ
        1\tTỷ lệ dự thảo văn bản quy phạm pháp luật được đăng tải lấy ý kiến theo quy định\tVăn phòng HĐND và UBND\tCác phòng\t100%\t100%
        II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\t\t
        2\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn\tTrung tâm Phục vụ hành chính công\tCác phòng\tTối thiểu 98%\tTối thiểu 99%
        """)
        XCTAssertEqual(target(p, line: 12).map(\.period), [Period(year: 2027), Period(year: 2030)])
        XCTAssertEqual(target(p, line: 12).map(\.value), [98, 99])
        XCTAssertEqual(p.area(.theChe)?.leads.first?.unitID, "vp")
        XCTAssertEqual(p.area(.tthc)?.leads.first?.unitID, "ttpvhcc")
    }

    // MARK: sentences

    func testACeilingAfterTheUnitIsATimeLimit() {
        let p = plan("II. CHỈ TIÊU\n100% phản ánh, kiến nghị được xử lý đúng hạn, thời gian xử lý, trả lời bình quân 5 ngày làm việc trở xuống.\n")
        let days = p.targets.first { $0.unit == "days" }
        XCTAssertEqual(days?.value, 5)
        XCTAssertEqual(days?.comparator, .atMost)
        XCTAssertEqual(days?.indicator, "tthc.feedback-days")
    }

    func testResultsAndARiseBeforeTheTargetInOneSentence() {
        let p = plan("II. CHỈ TIÊU\n- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng năm 2025 đạt 82%, năm 2026 tăng 8% so với năm 2025, đạt 90% trở lên.\n- Tỷ lệ thanh toán trực tuyến tăng 15% so với năm 2025 (năm 2025 đạt 47%), đạt 62% trở lên.\n")
        XCTAssertEqual(target(p, line: 8).map(\.value), [90])
        XCTAssertEqual(target(p, line: 8).first?.indicator, "digital.work-files-online")
        XCTAssertEqual(target(p, line: 9).map(\.value), [62])
        XCTAssertEqual(target(p, line: 9).first?.indicator, "tthc.online-payment")
    }

    func testTwoLevelsSaidAfterTheirFigures() {
        let p = plan("II. CHỈ TIÊU\n- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 95% trở lên ở cấp tỉnh, đồng thời đạt 90% trở lên ở cấp xã.\n- Cơ quan được rà soát chức năng, nhiệm vụ: 100% (16/16 cơ quan cấp tỉnh; 129/129 xã, phường).\n")
        XCTAssertEqual(target(p, line: 8).map(\.forLevel), ["tinh", "xa"])
        XCTAssertEqual(target(p, line: 8).map(\.indicator), ["digital.work-files-online", "digital.work-files-online"])
        XCTAssertEqual(target(p, line: 9).first?.value, 100)
        XCTAssertEqual(target(p, line: 9).first?.forLevel, nil, "a count at both levels is for both")
    }

    func testDossiersOfProceduresWithFeesPaidOnline() {
        let p = plan("II. CHỈ TIÊU\n- Tỷ lệ thanh toán trực tuyến đối với hồ sơ TTHC có nghĩa vụ tài chính: ≥ 60%.\n- Tỷ lệ thanh toán trực tuyến đối với TTHC có nghĩa vụ tài chính: 100%.\n- Trên 65% giao dịch thanh toán phí, lệ phí trong giải quyết thủ tục hành chính được thực hiện trực tuyến.\n")
        XCTAssertEqual(target(p, line: 8).first?.indicator, "tthc.online-payment")
        XCTAssertEqual(target(p, line: 9).first?.indicator, "tthc.fee-online-enabled")
        XCTAssertEqual(target(p, line: 10).first?.indicator, "tthc.online-payment")
    }

    func testAUnitLabelCutAtTheEndOfALine() {
        let p = plan("""
        III. NHIỆM VỤ TRỌNG TÂM
        1. Cải cách thủ tục hành chính: Thực hiện cơ chế một cửa, một cửa liên thông. Đơn vị chủ trì:
        Trung tâm Phục vụ hành chính công xã.
        2. Cải cách thể chế: Văn phòng HĐND và UBND phường chủ trì thực hiện nội dung xây dựng và hoàn thiện thể chế.
        """)
        XCTAssertEqual(p.area(.tthc)?.leads.first?.unitID, "ttpvhcc")
        XCTAssertEqual(p.area(.theChe)?.leads.first?.unitID, "vp")
        XCTAssertTrue(Cleanup.endsWithUnitLabel("hằng năm; tự đánh giá Chỉ số CCHC của xã. Đơn vị chủ trì:"))
        XCTAssertFalse(Cleanup.endsWithUnitLabel("Đơn vị chủ trì:"), "a label alone opens a list of units")
    }

    // MARK: an annual plan between two milestones

    static let stagedParent = """
    ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc
    Số: 58/KH-UBND\tNinh Bình, ngày 05 tháng 3 năm 2026

    KẾ HOẠCH
    Cải cách hành chính tỉnh Ninh Bình giai đoạn 2026 - 2030

    I. CHỈ TIÊU
    STT\tChỉ tiêu\tĐến năm 2027\tĐến năm 2030
    1\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn\tTối thiểu 98%\tTối thiểu 99%
    2\tTỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ\tTối thiểu 70%\tTối thiểu 80%
    3\tTỷ lệ thanh toán trực tuyến\t\tTối thiểu 80%
    """

    func annualPlan(_ year: Int, _ targets: String) -> Plan {
        ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ HẢI HẬU\tĐộc lập - Tự do - Hạnh phúc
        Số: 198/KH-UBND\tHải Hậu, ngày 10 tháng 01 năm \(year)

        KẾ HOẠCH
        Cải cách hành chính năm \(year)

        Căn cứ Kế hoạch số 58/KH-UBND ngày 05/3/2026 của UBND tỉnh Ninh Bình về cải cách hành chính giai đoạn 2026 - 2030;
        I. CHỈ TIÊU
        \(targets)
        """, path: "xa-hai-hau-\(year).txt")
    }

    func parentFindings(_ plan: Plan) -> [Finding] {
        let parent = ExtractionFixtures.plan(Self.stagedParent, path: "parent.txt")
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        return engine.run(plans: [plan]) { _ in parent }
    }

    func testA2028PlanBelowThe2027MilestoneIsBelowItsParent() {
        let f = parentFindings(annualPlan(2028, "- Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 97%.\n- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 75%."))
        let below = f.filter { $0.category == "target-below-parent" }
        XCTAssertEqual(below.map(\.line), [10], "97% is below the 98% of 2027; 75% is not below 70%: \(below.map(\.message))")
    }

    func testA2028PlanWorksTowardsTheParentsNextMilestone() {
        let f = parentFindings(annualPlan(2028, "- Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 99%."))
        let missing = f.filter { $0.category == "target-missing-vs-parent" }.map(\.message).joined(separator: " | ")
        XCTAssertTrue(missing.contains("80%, 2030"), "online dossiers: 70% by 2027, then 80% by 2030: \(missing)")
        XCTAssertFalse(missing.lowercased().contains("thanh toán"), "online payment has no stage before 2030: \(missing)")
    }

    func testA2026PlanIsNotHeldToAFarMilestoneItHasNoStageFor() {
        let f = parentFindings(annualPlan(2026, "- Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 98%.\n- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%."))
        XCTAssertFalse(f.contains { $0.category == "target-missing-vs-parent" && $0.message.lowercased().contains("thanh toán") },
                       "online payment is set for 2030 only: \(f.map(\.message))")
        XCTAssertTrue(PeriodMatch.isOnePhase(Period(from: 2026, to: 2030)))
        XCTAssertFalse(PeriodMatch.isOnePhase(Period(from: 2021, to: 2030)), "the national programme has two phases")
    }

    // MARK: weak phrases, lower-case numerals, shared headings

    func testABroadCutWordDoesNotOutrankTheSubject() {
        let p = plan("II. CHỈ TIÊU\n- Biên chế sự nghiệp hưởng lương từ ngân sách nhà nước giảm ít nhất 10% so với năm 2025.\n- Thời gian giải quyết thủ tục hành chính giảm ít nhất 20% so với năm 2025.\n- Cắt giảm 30% so với năm 2024.\n")
        XCTAssertEqual(target(p, line: 8).first?.indicator, "org.staff-reduction")
        XCTAssertEqual(target(p, line: 9).first?.indicator, "tthc.time-cut")
        XCTAssertEqual(target(p, line: 10).first?.indicator, "tthc.time-cut", "the weak phrase, when nothing else names the subject")
        XCTAssertFalse(ExtractionFixtures.catalog.indicators.indicator("tthc.time-cut")?.weakMatches.isEmpty ?? true)
    }

    func testAnExclusionAfterACommaOnTheWayToTheNextFigureIsThatFiguresOwn() {
        let p = plan("II. CHỈ TIÊU\nđồng thời 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến trên tổng số hồ sơ đạt từ 80% trở lên.\n")
        XCTAssertEqual(target(p, line: 8).map(\.indicator), ["tthc.full-online-services", "tthc.online-dossiers"])
    }

    func testLowerCaseRomanParts() {
        XCTAssertEqual(OutlineMarker.parse("ii. Cải cách thể chế")?.kind, .roman)
        XCTAssertEqual(OutlineMarker.parse("iv. Cải cách chế độ công vụ")?.ordinal, 4)
        XCTAssertEqual(OutlineMarker.parse("i. Cải cách thể chế")?.kind, .letter, "alone, `i.` is a letter")
        XCTAssertNil(OutlineMarker.parse("vi. phạm"), "a numeral needs a capitalised title")
        let p = plan("""
        II. CHỈ TIÊU
        i. Công tác chỉ đạo, điều hành
        1.1. Hoàn thành 100% nhiệm vụ cải cách hành chính đề ra trong Kế hoạch.
        ii. Cải cách thể chế
        2.1. 100% văn bản quy phạm pháp luật được ban hành đúng tiến độ.
        v. Cải cách chế độ công vụ
        5.1. 100% phòng chuyên môn có đề án vị trí việc làm được phê duyệt.
        """)
        XCTAssertEqual(p.area(.congVu)?.line, 12)
        XCTAssertEqual(p.headings.filter { $0.kind == "roman" }.map(\.marker), ["II.", "i.", "ii.", "v."])
    }

    func testAnAreaItemThatPlansWorkCountsAsTheArea() throws {
        // Items of more than one sentence: not headings by their shape, only by what they say.
        let p = plan("III. NHIỆM VỤ, GIẢI PHÁP\n1. Cải cách thể chế: rà soát văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân phường ban hành. Phổ biến, giáo dục pháp luật.\n2. Cải cách thủ tục hành chính: 100% hồ sơ được giải quyết đúng hạn. 100% thủ tục hành chính được công khai.\n")
        XCTAssertEqual(p.area(.theChe)?.isHeading, true, "an item planning work")
        XCTAssertEqual(p.area(.tthc)?.isHeading, false, "an objective item with a figure")
    }

    func testAnAreaWithASectionOfItsOwnDoesNotShareAnothersLead() {
        let p = plan("""
        II. CHỈ TIÊU
        3. Về cải cách tổ chức bộ máy, chế độ công vụ:
        - 100% cơ quan, đơn vị được rà soát chức năng, nhiệm vụ.
        III. NHIỆM VỤ
        4. Cải cách tổ chức bộ máy: Phòng Văn hóa - Xã hội chủ trì rà soát chức năng, nhiệm vụ các phòng.
        5. Cải cách chế độ công vụ: bố trí công chức theo vị trí việc làm.
        """)
        XCTAssertEqual(p.area(.boMay)?.leads.first?.unitID, "vhxh")
        XCTAssertEqual(p.area(.congVu)?.line, 12, "placed at its own section")
        XCTAssertEqual(p.area(.congVu)?.leads ?? [], [], "its own section names no lead")
    }

    func testACutCarriesOverAnItNhatFigure() {
        let p = plan("II. CHỈ TIÊU\n- Cắt giảm ít nhất 30% thời gian giải quyết và ít nhất 30% chi phí tuân thủ thủ tục hành chính so với năm 2025.\n")
        XCTAssertEqual(p.targets.map(\.comparator), [.reduce, .reduce])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.time-cut", "tthc.cost-cut"])
    }
}
