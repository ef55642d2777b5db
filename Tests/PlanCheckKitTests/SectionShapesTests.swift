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
        - Số cuộc họp phải hoãn, dời lịch chiếm không quá 3% tổng số cuộc họp.
        - Tỷ lệ hồ sơ quá hạn dưới 0,5%.
        - Tỷ lệ hồ sơ trễ hạn 1% trở xuống.
        - Tỷ lệ hồ sơ trả lại, yêu cầu bổ sung quá 01 lần: không vượt quá 5%.
        """)
        XCTAssertEqual(p.targets.map(\.comparator), [.atMost, .lessThan, .atMost, .atMost])
        XCTAssertEqual(p.targets.map(\.indicator), [nil, "tthc.late-dossiers", "tthc.late-dossiers", "tthc.resubmissions"])
        var parent = plan("KẾ HOẠCH\nCải cách hành chính năm 2026 tỉnh B\nI. CHỈ TIÊU\n- Số cuộc họp phải hoãn, dời lịch chiếm không quá 5% tổng số cuộc họp.\n")
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
    func testAReportIsCitedLikeAnyNumberedDocument() {
        let p = ExtractionFixtures.plan("Trên cơ sở Báo cáo số 118/BC-UBND ngày 10/12/2025 của UBND xã về kết quả công tác cải cách hành chính năm 2025;\nXây dựng báo cáo kết quả thực hiện hằng quý.\n")
        XCTAssertEqual(p.citations.map(\.kind), ["Báo cáo"])
        XCTAssertEqual(p.citations.map(\.number), ["118/BC-UBND"])
    }

    func testALawCitedWithItsNumberBeforeTheDateKeepsTheNumber() {
        let p = ExtractionFixtures.plan("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n")
        XCTAssertEqual(p.citations.map(\.number), ["72/2025/QH15", ""])
        XCTAssertEqual(p.citations.map(\.date), ["2025-06-16", "2025-06-16"])
    }
}

/// Shapes of PDF exports and of 2026–2030 plans met in plans written apart from the bundled ones.
final class PhasedPlanShapesTests: XCTestCase {
    func testATableLaidOutWithSpacesIsReadByColumn() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính giai đoạn 2026 - 2030 xã A
        2. Chỉ tiêu cụ thể
        TT   Chỉ tiêu                                          Năm 2027    Năm 2030
        1    Tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình   ≥ 75%       ≥ 85%
        2    Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn          > 98%       > 99%
        7    Tỷ lệ văn bản đi được ký số, gửi nhận trên môi      100%        100%
             trường điện tử (trừ văn bản mật)
                                        - 3 -
        Các chỉ tiêu trên được giao cho các phòng.
        """)
        XCTAssertEqual(p.targets.map(\.value), [75, 85, 98, 99, 100, 100])
        XCTAssertEqual(p.targets.map { $0.period?.to }, [2027, 2030, 2027, 2030, 2027, 2030])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.online-dossiers", "tthc.online-dossiers", "tthc.on-time", "tthc.on-time",
                                                    "digital.e-signed", "digital.e-signed"])
        var table = Cleanup.LayoutTable()
        XCTAssertNil(Cleanup.layoutTableCells("Ủy ban nhân dân xã ban hành kế hoạch.", table: &table))
        XCTAssertEqual(Cleanup.layoutTableCells("STT   Nội dung   Chủ trì", table: &table), ["STT", "Nội dung", "Chủ trì"])
        XCTAssertNil(Cleanup.layoutTableCells("                   - 3 -", table: &table), "a page number is no continuation")
        XCTAssertTrue(table.open, "and the table goes on after it")
        XCTAssertEqual(Cleanup.layoutTableCells("Văn bản thường", table: &table), nil)
        XCTAssertFalse(table.open, "an unindented line without a column gap ends the table")
    }

    func testATableWithOneCellPerLineIsReadRowByRow() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính năm 2026 phường A
        II. CHỈ TIÊU
        STT
        Chỉ tiêu
        Đơn vị tính
        Chỉ tiêu năm 2026

        1
        Tỷ lệ hồ sơ TTHC giải quyết đúng hạn
        %
        ≥ 98
        2
        Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC
        %
        60%

        7
        3
        Thời gian giải quyết thủ tục đăng ký hộ kinh doanh
        Ngày làm việc
        ≤ 02
        III. NHIỆM VỤ
        """)
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-payment", "tthc.household-biz-days"])
        XCTAssertEqual(p.targets.map(\.value), [98, 60, 2])
        XCTAssertEqual(p.targets.map(\.line), [12, 16, 22], "each figure at its own cell's line")
        XCTAssertEqual(p.targets.map(\.comparator), [.atLeast, .equal, .atMost])
        XCTAssertEqual(p.targets.last?.unit, "days", "under a column of days")
        let lines = ["STT", "Nội dung", "Chủ trì", "", "1", "Rà soát văn bản", "Phòng VHXH", "9", "2", "Kiểm tra", "Văn phòng"]
        XCTAssertEqual(VerticalTable.read(lines, at: 0)?.rows.map { $0.cells.map(\.line) }, [[1, 2, 3], [5, 6, 7], [9, 10, 11]],
                       "a bare number out of order (a page number) is skipped")
        XCTAssertNil(VerticalTable.read(["STT", "Nội dung", "1. Rà soát văn bản."], at: 0), "two columns make no table")
    }

    func testATargetWrittenAsARecordOfLabelledLinesTakesItsSubjectFromTheContentLine() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính năm 2026 xã A
        PHỤ LỤC CHỈ TIÊU
        CT1.
        - Nội dung chỉ tiêu: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn
        - Mức phấn đấu: ≥ 98%
        - Cơ quan chủ trì: Trung tâm Phục vụ hành chính công
        CT2.
        - Nội dung chỉ tiêu: Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC
        - Mức phấn đấu: ≥ 60%
        CT3.
        - Mức phấn đấu: 100%
        CT4.
        - Nội dung chỉ tiêu: Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC; tỷ lệ hồ sơ giải quyết đúng hạn
        - Mức phấn đấu: 70%; ≥ 99%
        """)
        XCTAssertEqual(p.targets.map(\.value), [98, 60, 100, 70, 99])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-payment", nil, "tthc.online-payment", "tthc.on-time"],
                       "a record without content line has no subject; two subjects take their figures in order")
        XCTAssertEqual(p.targets.map(\.line), [6, 10, 12, 15, 15])
        XCTAssertEqual(p.targets.last?.comparator, .atLeast)
        XCTAssertNil(TargetRecords.field("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn: 98%"), "a long label is a sentence")
    }

    func testALayoutTableWithoutANumberColumnIsReadByYear() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính giai đoạn 2026 - 2030 tỉnh B
        II. MỤC TIÊU, CHỈ TIÊU
        Bảng 1. Lộ trình một số chỉ tiêu chủ yếu
         Chỉ tiêu                                          Đơn vị tính   Năm 2026   Năm 2027   Năm 2030
         Mức độ hài lòng của người dân, doanh nghiệp           %            90         92         95
         trong tiếp nhận, giải quyết TTHC
         Tỷ lệ hồ sơ TTHC giải quyết đúng hạn                  %            98        98,5        99

        III. NHIỆM VỤ
        Các chỉ tiêu trên được giao cho các sở.
        """)
        XCTAssertEqual(p.targets.map(\.value), [90, 92, 95, 98, 98.5, 99])
        XCTAssertEqual(p.targets.map { $0.period?.to }, [2026, 2027, 2030, 2026, 2027, 2030])
        XCTAssertEqual(p.targets.map(\.indicator), ["sat.tthc", "sat.tthc", "sat.tthc", "tthc.on-time", "tthc.on-time", "tthc.on-time"])
        XCTAssertEqual(p.targets.map(\.line), [6, 6, 6, 8, 8, 8])
        var table = Cleanup.LayoutTable()
        XCTAssertEqual(Cleanup.layoutTableCells(" Chỉ tiêu      ĐVT   Năm 2026   Năm 2030", table: &table)?.count, 4)
        XCTAssertFalse(table.numbered)
        XCTAssertEqual(Cleanup.layoutTableCells(" trong tiếp nhận", table: &table), ["trong tiếp nhận"], "a wrapped label")
        XCTAssertNil(Cleanup.layoutTableCells("Văn bản thường", table: &table))
        XCTAssertFalse(table.open)
    }

    func testANumberedPeriodHeadingHoldsItsNumberedSubsections() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính giai đoạn 2026 - 2030 tỉnh B
        2. Chỉ tiêu cụ thể
        2.1. Đến năm 2027
        2.1.1. Về thủ tục hành chính
        a) Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt trên 98%.
        2.2. Đến năm 2030
        2.2.1. Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt tối thiểu 80%.
        3. Nhiệm vụ
        - Số hóa 100% hồ sơ.
        """)
        XCTAssertEqual(p.targets.map { $0.period?.to }, [2027, 2030, 2030])
        XCTAssertEqual(p.targets.map { $0.period?.from }, [2027, 2030, 2026], "a heading at the period heading's level ends it")
    }

    func testAParentMilestoneWithinThePlansPeriodIsAFloorForItsLaterFigures() throws {
        var parent = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030 tỉnh B\n2.1. Đến năm 2027\n- Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt trên 98%.\n")
        parent.file = "parent.txt"
        let plan = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030 xã A\nĐến năm 2030:\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 90%.\n")
        let kind = try ParentTargetKind(RuleFixtures.params(["mode": ["below"]]))
        XCTAssertEqual(kind.check(RuleFixtures.context(plan, parent: parent)).map(\.line), [4])
        // A milestone of an earlier phase (2025, before a 2026 plan) is not a floor.
        XCTAssertNil(PeriodMatch.floor(child: Period(year: 2026), among: [(0, Period(year: 2025))], plan: Period(year: 2026),
                                       horizon: Period(from: 2021, to: 2030)))
        XCTAssertEqual(PeriodMatch.floor(child: Period(year: 2030), among: [(0, Period(year: 2027))], plan: Period(from: 2026, to: 2030),
                                         horizon: Period(from: 2026, to: 2030)), 0)
    }

    func testAParentFigureForEveryYearBindsAnAnnualPlanWithinItsPeriod() throws {
        var parent = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030 tỉnh B\n"
            + "Hằng năm, 100% văn bản quy phạm pháp luật được tự kiểm tra.\nTỷ lệ hồ sơ trực tuyến đạt 80%.\n"
            + "Chỉ tiêu thực hiện hằng năm:\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\n"
            + "Từ năm 2026, 100% văn bản điện tử được ký số.\n")
        parent.file = "parent.txt"
        XCTAssertEqual(parent.targets.map { $0.everyYear ?? false }, [true, false, true, true])
        let plan = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính năm 2027 xã A\n- 85% văn bản quy phạm pháp luật được tự kiểm tra.\n"
            + "- Tỷ lệ hồ sơ trực tuyến đạt 60%.\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%.\n- 90% văn bản điện tử được ký số.\n")
        let kind = try ParentTargetKind(RuleFixtures.params(["mode": ["below"]]))
        XCTAssertEqual(kind.check(RuleFixtures.context(plan, parent: parent)).map(\.line), [3, 5, 6],
                       "a figure due by 2030 does not bind 2027; one for every year does")
    }

    func testYearsInBracketsAndBeforeDatEachSetTheirFiguresYear() {
        let p = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030 xã A\n"
            + "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98% (năm 2026), 98,5% (năm 2028) và 99% (năm 2030).\n"
            + "- Tỷ lệ khai thác, sử dụng lại dữ liệu đã được số hóa năm 2027 đạt tối thiểu 80%, đến năm 2030 đạt 100%.\n")
        XCTAssertEqual(p.targets.map { $0.period?.to }, [2026, 2028, 2030, 2027, 2030])
        let titled = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030 tỉnh A\nI. MỤC TIÊU\n"
            + "Mục tiêu cụ thể đến năm 2027:\n+ Tỷ lệ hồ sơ giải quyết đúng hạn đạt ≥ 98 %.\n"
            + "Mục tiêu cụ thể đến năm 2030:\n+ Giảm tối thiểu 10 % số đơn vị sự nghiệp công lập so với năm 2025.\n")
        XCTAssertEqual(titled.targets.map { $0.period?.to }, [2027, 2030], "a titled lead-in sets its period")
        XCTAssertEqual(titled.targets.last?.indicator, "org.public-units-reduced")
        let rules = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính tỉnh A năm 2026\nI. MỤC TIÊU\n"
            + "a) Tiếp tục giảm tối thiểu 5% số lượng đơn vị sự nghiệp công lập (ĐVSNCL) so với năm 2025.\n"
            + "b) 100% cơ quan chuyên môn thuộc UBND tỉnh ban hành quy chế làm việc phù hợp với chức năng, nhiệm vụ sau sắp xếp.\n")
        XCTAssertEqual(rules.targets.map(\.indicator), ["org.public-units-reduced", "org.work-rules-issued"])
        let cuts = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030 tỉnh A\n"
            + "- Đến năm 2028, giảm tối thiểu 5% biên chế hưởng lương từ ngân sách nhà nước so với năm 2025; đến năm 2030 giảm tối thiểu 10%.\n"
            + "- Số lượng đơn vị sự nghiệp công lập bình quân mỗi năm giảm 5%.\n")
        XCTAssertEqual(cuts.targets.map(\.indicator), ["org.staff-reduction", "org.staff-reduction", "org.public-units-reduced"],
                       "a later stage of a cut keeps its indicator; fewer public-service units are not a time cut")
        let note = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính xã A năm 2026\n"
            + "- Mức độ hài lòng của người dân về dịch vụ y tế, giáo dục công lập: tối thiểu 88%\n(Năm 2025: tỷ lệ hồ sơ đúng hạn đạt 98,6%.)\n")
        XCTAssertEqual(note.targets.map(\.indicator), ["sat.health-edu"], "a note of past results after the figure is not its subject")
        let results = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính năm 2026 xã A\n"
            + "- Cải thiện Chỉ số CCHC so với năm 2025 (năm 2025 xã đạt 84,12 điểm, tỷ lệ hồ sơ đúng hạn 97,9%).\n")
        XCTAssertEqual(results.targets.count, 0, "a bracket opening on a past year holds results")
    }

    func testATargetSetAtTheParentsLevelTakesTheParentsFigure() throws {
        var parent = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính tỉnh B năm 2026\n"
            + "- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.\n- Tỷ lệ thanh toán trực tuyến đạt tối thiểu 60%.\n")
        parent.file = "parent.txt"
        let plan = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính năm 2026 phường A\n"
            + "+ Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến không thấp hơn mức tỉnh giao.\n"
            + "+ Tỷ lệ thanh toán trực tuyến đạt 50%.\n")
        XCTAssertEqual(plan.targets.map(\.value), [50], "no figure of its own until the parent is known")
        let longer = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính năm 2026 phường A\n"
            + "+ Tỷ lệ thanh toán trực tuyến không thấp hơn mức chỉ tiêu tỉnh giao.\n")
        XCTAssertEqual(longer.relativeTargets.map(\.figure), ["không thấp hơn mức chỉ tiêu tỉnh giao"])
        XCTAssertEqual(plan.relativeTargets.map(\.indicator), ["tthc.online-dossiers"])
        XCTAssertEqual(plan.relativeTargets.first?.figure, "không thấp hơn mức tỉnh giao")
        let resolved = RelativeTargets.resolve(plan, parent: parent)
        XCTAssertEqual(resolved.targets.map(\.value), [80, 50])
        XCTAssertEqual(resolved.targets.map(\.line), [3, 4])
        let missing = try ParentTargetKind(RuleFixtures.params(["mode": ["missing"]]))
        XCTAssertTrue(missing.check(RuleFixtures.context(resolved, parent: parent)).isEmpty, "the plan carries the parent's level")
        XCTAssertEqual(RelativeTargets.resolve(plan, parent: nil).targets.count, 1)
    }

    func testTheParentCitedByALettersNumberAfterItsTitleAndNotTheCommunesOwnPlan() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN XÃ ĐỨC TRỌNG
        KẾ HOẠCH
        Cải cách hành chính xã Đức Trọng giai đoạn 2026 - 2030
        Thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Lâm Đồng giai đoạn 2026 - 2030 được ban hành kèm theo văn bản số 86/KH-UBND ngày 27 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh;
        Tiếp theo Kế hoạch số 05/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân xã về cải cách hành chính năm 2026, Ủy ban nhân dân xã ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH
        """)
        XCTAssertEqual(p.parentCited?.number, "86/KH-UBND")
        XCTAssertEqual(PlanExtractor.typeCode("15/2025/QĐ-UBND"), "qd")
    }

    func testTheStandingBodyForTheReformLeadsItsDirection() {
        let p = ExtractionFixtures.plan("""
        III. NHIỆM VỤ
        1. Công tác chỉ đạo, điều hành
        - Ban hành kế hoạch kiểm tra cải cách hành chính.
        V. PHÂN CÔNG TRÁCH NHIỆM
        1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã
        - Là cơ quan thường trực, giúp UBND xã chỉ đạo, điều hành và theo dõi, đôn đốc thực hiện Kế hoạch.
        """)
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unitID), ["vp"])
    }
}

final class ThreeSpacesTests: XCTestCase {
    func testThreeSpacesAnywhereAgreesWithASearch() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let n = Int.random(in: 0...12, using: &rng)
            let s = String((0..<n).map { _ in Bool.random(using: &rng) ? " " : (Bool.random(using: &rng) ? "a" : "ệ") })
            XCTAssertEqual(Cleanup.hasThreeSpaces(s), s.contains("   "), "'\(s)'")
        }
    }
}

/// Shapes met in the last keyed groups (Thanh Hóa, Hồ Chí Minh), written after the fixes above.
final class HeldOutShapesTests: XCTestCase {
    func plan(_ text: String, level: String = "xã A") -> Plan {
        ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính năm 2026 \(level)\n" + text)
    }

    func testItemsUnderALeadInEndingInAColonAreAboutWhatItNames() {
        let p = plan("I. CHỈ TIÊU\n- Tỷ lệ giải quyết hồ sơ đúng hạn, trước hạn:\n+ Phấn đấu đạt trên 98%;\n- Thanh toán trực tuyến đạt 60%.\n")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-payment"])
    }

    func testATaskTableInsideAnAreasSectionLeadsThatArea() {
        let p = plan("""
        II. NHIỆM VỤ
        **1. Công tác chỉ đạo, điều hành**
        - Kiểm tra cải cách hành chính. Đơn vị chủ trì: Văn phòng HĐND và UBND phường.
        **2. Cải cách thể chế**
        | STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
        |---|---|---|---|---|
        | 1 | Xây dựng văn bản QPPL | Văn phòng HĐND và UBND phường | Các phòng | Cả năm |
        | 2 | Theo dõi thi hành pháp luật | Phòng Kinh tế, Hạ tầng và Đô thị | Công an phường | Cả năm |
        | 3 | Rà soát văn bản | Văn phòng HĐND và UBND phường | Các phòng | Quý IV |
        """)
        XCTAssertEqual(p.tasks.map(\.area), [.theChe, .theChe, .theChe])
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
    }

    func testAFigureTheParentSetsForItsOwnLevelDoesNotBindACommune() throws {
        let parent = plan("I. CHỈ TIÊU\n- 100% hồ sơ công việc tại cấp tỉnh và 90% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.\n",
                          level: "tỉnh B")
        XCTAssertEqual(parent.targets.map(\.forLevel), ["tinh", "xa"])
        var commune = plan("I. CHỈ TIÊU\n- Tối thiểu 90% hồ sơ công việc của phường được xử lý trên môi trường mạng.\n")
        commune.level = .phuong
        var p = parent
        p.file = "parent.txt"
        let kind = try ParentTargetKind(RuleFixtures.params(["mode": ["below"]]))
        XCTAssertTrue(kind.check(RuleFixtures.context(commune, parent: p)).isEmpty, "90% meets the communes' 90%, not the province's 100%")
        commune.targets[0].value = 80
        XCTAssertEqual(kind.check(RuleFixtures.context(commune, parent: p)).map(\.line), [4])
    }

    func testASentenceAboutAYearBeforeThePlanReportsResults() {
        let p = plan("""
        Khái quát tình hình thực hiện CCHC năm 2025:
        Trong 6 tháng cuối năm 2025, hồ sơ trực tuyến toàn trình chiếm 76,9%; hồ sơ đúng hạn đạt 98,7%.
        1. MỤC TIÊU
        3.1. Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 73,4%.
        - Giảm 10% thời gian giải quyết so với năm 2025.
        - Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.
        """)
        XCTAssertEqual(p.targets.map(\.value), [10, 80])
    }

    func testOneSatisfactionStandsInForTheOtherWhenTheParentSetsOnlyThatOne() throws {
        var parent = plan("I. CHỈ TIÊU\n- Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính không thấp hơn 95%.\n", level: "tỉnh B")
        parent.file = "parent.txt"
        let commune = plan("I. CHỈ TIÊU\n- Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của chính quyền phường đạt tối thiểu 90%.\n")
        XCTAssertEqual(commune.targets.map(\.indicator), ["sat.overall"])
        let below = try ParentTargetKind(RuleFixtures.params(["mode": ["below"]]))
        XCTAssertEqual(below.check(RuleFixtures.context(commune, parent: parent)).map(\.line), [4])
        let missing = try ParentTargetKind(RuleFixtures.params(["mode": ["missing"]]))
        XCTAssertTrue(missing.check(RuleFixtures.context(commune, parent: parent)).isEmpty, "the stand-in carries the parent's figure")
    }

    func testTheMatrixShowsAStandInHeldToTheParentsFigureAndTheOtherCarried() {
        var parent = plan("I. CHỈ TIÊU\n- Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính không thấp hơn 95%.\n", level: "tỉnh B")
        parent.file = "parent.txt"
        let commune = plan("I. CHỈ TIÊU\n- Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của chính quyền phường đạt tối thiểu 90%.\n")
        let a = Aligner.align(parent: ParentPlan(document: parent), plans: [commune], catalog: RuleFixtures.catalog)
        XCTAssertEqual(a.indicators.first { $0.indicator == "sat.overall" }?.cells.map(\.status), [.below])
        XCTAssertEqual(a.indicators.first { $0.indicator == "sat.tthc" }?.cells.map(\.status), [AlignmentStatus.none], "carried, not missing")
    }

    func testAnApologyForLateDossiersIsNotACeilingOnThem() {
        let p = plan("I. CHỈ TIÊU\n- Thực hiện xin lỗi bằng văn bản đối với 100% hồ sơ trễ hạn.\n- Tỷ lệ hồ sơ trễ hạn dưới 1,5%.\n")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.apology-letters", "tthc.late-dossiers"])
    }
}
