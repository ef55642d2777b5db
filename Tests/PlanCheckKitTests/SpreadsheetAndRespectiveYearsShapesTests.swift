import XCTest
@testable import PlanCheckKit

/// Shapes of the fourteenth round of keyed plans (2026-12-07, Đồng Nai, Cần Thơ, Bắc Ninh 2026–2030):
/// spreadsheets saved as CSV, responsibility matrices of codes, units' short names, yearly figures said
/// respectively, annex rows of year-labelled cells, and levels a multi-year parent sets without a year.
final class SpreadsheetAndRespectiveYearsShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ LỘC NINH", period: String = "năm 2026") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: period, number: "15/KH-UBND", date: "ngày 20 tháng 01 năm 2026")
    }

    func testAnExcelCSVTableWithALostGroupRow() {
        let p = plan("""
        II. CHỈ TIÊU
        STT,Chỉ tiêu,Chỉ tiêu tỉnh giao,Chỉ tiêu xã đăng ký,Ghi chú
        I,CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH,,,
        1,Tỷ lệ nhiệm vụ trong Kế hoạch CCHC năm 2026 của xã được hoàn thành,100%,100%,
        \tCẢI CÁCH THỦ TỤC HÀNH CHÍNH
        5,"Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn, trước hạn",≥ 98%,"≥ 99,5%",Xã phấn đấu cao hơn
        6,"Tỷ lệ TTHC được rà soát, công khai
        trên CSDL quốc gia về TTHC",100%,đạt 100% (một trăm phần trăm),
        III. NHIỆM VỤ
        - Rà soát, công bố thủ tục hành chính, tổ chức đối thoại, tiếp nhận phản ánh, kiến nghị.
        """)
        XCTAssertEqual(p.targets.map(\.value), [100, 99.5, 100], "the commune's column only, past the lost group row")
        XCTAssertEqual(p.targets.map(\.line), [11, 13, 15], "a quoted cell's line break: the figure's own line")
        XCTAssertEqual(p.targets[1].indicator, "tthc.on-time")
        XCTAssertTrue(p.targets.allSatisfy { $0.period == Period(year: 2026) })
        // Prose with commas is never a table: a space follows its commas.
        var table = DelimitedTable()
        XCTAssertNil(table.cells("Rà soát, công bố, công khai thủ tục hành chính, tổ chức đối thoại"))
        XCTAssertTrue(DelimitedTable.isExcelList("STT,Chỉ tiêu,\"Đơn vị, tính\",Năm 2026"))
        XCTAssertFalse(DelimitedTable.isExcelList("STT, Chỉ tiêu, Năm 2026"))
    }

    func testAResponsibilityMatrixOfCodesWithALegend() {
        let p = plan("""
        II. NHIỆM VỤ
        1. Cải cách thể chế
        - Rà soát văn bản quy phạm pháp luật.
        2. Cải cách tài chính công
        - Công khai ngân sách.
        IV. PHÂN CÔNG THỰC HIỆN
        Lĩnh vực cải cách;Văn phòng HĐND và UBND;Phòng Kinh tế;Phòng Văn hóa - Xã hội;Trung tâm PVHCC;Công an xã
        Cải cách thể chế;C;P;P;;P
        Cải cách tài chính công;P;P;P;P;
        Xây dựng và phát triển chính quyền điện tử, chính quyền số;C;P;P;P;P
        Ghi chú: C - chủ trì; P - phối hợp
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"], "`C` leads as the legend says")
        XCTAssertEqual(p.area(.taiChinh)?.leads ?? [], [], "a row of `P` only has no lead")
        XCTAssertEqual(p.area(.so)?.leads.map(\.unitID), ["vp"], "the area's phrase further into a long title")
    }

    func testShortNamesOfUnitsAndCoordinatorsOfTheVerb() {
        let p = plan("""
        I. MỤC ĐÍCH, YÊU CẦU
        - Bảo đảm phối hợp giữa Văn phòng HĐND và UBND phường (sau đây gọi tắt là Văn phòng) và Trung tâm Phục vụ hành chính công phường (gọi tắt là Trung tâm).
        II. NHIỆM VỤ
        1. Cải cách thể chế
        - Rà soát văn bản.
        Giao Văn phòng chủ trì, phối hợp với các phòng chuyên môn tham mưu thực hiện nội dung cải cách thể chế.
        2. Cải cách thủ tục hành chính
        - Công khai thủ tục hành chính.
        Giao Trung tâm chủ trì, phối hợp với Văn phòng tổ chức thực hiện nội dung cải cách thủ tục hành chính.
        """, issuer: "PHƯỜNG NINH KIỀU")
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"], "not `các phòng chuyên môn`, who only coordinate")
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"], "the short name the plan gave")
    }

    func testYearlyFiguresSaidRespectively() {
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình lần lượt các năm 2026, 2027, 2028, 2029, 2030 đạt 70%, 75%, 80%, 85% và 90%.
        - Chỉ số SIPAS của phường lần lượt các năm 2026, 2027 và 2028 đạt 90%, 92% và 93%; đến năm 2030 mức độ hài lòng về dịch vụ y tế, giáo dục công lập đạt tối thiểu 90%.
        - Tỷ lệ thanh toán trực tuyến năm 2026, 2027 lần lượt là 50%, 55%, 60%.
        """, issuer: "PHƯỜNG KINH BẮC", period: "giai đoạn 2026 - 2030")
        let online = p.targets.filter { $0.line == 9 }
        XCTAssertEqual(online.map(\.value), [70, 75, 80, 85, 90])
        XCTAssertEqual(online.map { $0.period?.to }, [2026, 2027, 2028, 2029, 2030])
        XCTAssertEqual(Set(online.map(\.indicator)), ["tthc.online-dossiers"])
        let sipas = p.targets.filter { $0.line == 10 }
        XCTAssertEqual(sipas.prefix(3).map { $0.period?.to }, [2026, 2027, 2028], "the list ends at the `;`")
        XCTAssertEqual(Set(sipas.prefix(3).map(\.indicator)), ["sat.overall"])
        XCTAssertEqual(sipas.last?.indicator, "sat.health-edu")
        XCTAssertEqual(sipas.last?.period, Period(year: 2030))
        XCTAssertFalse(p.targets.filter { $0.line == 11 }.contains { $0.period?.isSingleYear == true },
                       "two years for three figures: no pairing")
    }

    func testAnAnnexOfYearLabelledCellsUnderTheIndicatorsName() {
        let p = plan("""
        PHỤ LỤC
        LỘ TRÌNH MỘT SỐ CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030
        Chỉ tiêu\tLộ trình thực hiện theo năm
        1. Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn (không vượt quá)
        \t2026: 3%\t2027: 2,5%\t2028: 2%\t2029: 1,5%\t2030: 1%
        2. Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công (tối thiểu)
        \t2026: 50%\t2027: 55%
        """, issuer: "TỈNH BẮC NINH", period: "giai đoạn 2026 - 2030")
        let late = p.targets.filter { $0.indicator == "tthc.late-dossiers" }
        XCTAssertEqual(late.map(\.value), [3, 2.5, 2, 1.5, 1])
        XCTAssertEqual(late.map { $0.period?.to }, [2026, 2027, 2028, 2029, 2030])
        XCTAssertEqual(late.first?.line, 12, "the figures' line, not the name's")
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.online-payment" }.map(\.value), [50, 55])
        XCTAssertNil(PlanExtractor.yearLabelledCells(Block(kind: .tableRow, text: "", spans: [], cells: [
            Block.Cell(text: "Ghi chú", line: 1), Block.Cell(text: "2026: 3%", line: 1)], marker: nil, lineRange: 1...1)), "a cell of other text")
    }

    func testPastResultsInTheGeneralObjective() {
        let p = plan("""
        II. MỤC TIÊU
        1. Mục tiêu chung
        Tiếp tục đẩy mạnh cải cách hành chính; giai đoạn 2021 - 2025 toàn tỉnh đã đạt nhiều kết quả tích cực, riêng năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 64,2%, tỷ lệ hồ sơ giải quyết quá hạn còn 3,6%, Chỉ số SIPAS đạt 88,71%.
        2. Chỉ tiêu cụ thể
        - Thanh toán trực tuyến tăng 15% so với năm 2025 (năm 2025 đạt 47%), đạt 62% trở lên.
        """, issuer: "TỈNH BẮC NINH", period: "giai đoạn 2026 - 2030")
        XCTAssertEqual(p.targets.map(\.value), [62], "the 2025 figures are results; a figure after a closed bracket of results is not")
    }

    func testRangesPercentagesInWordsAndTablesOfUnits() {
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ đạt 70 - 75%.
        - Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt tối thiểu 90% (chín mươi phần trăm).
        - Hoàn thành 100% (một trăm phần trăm) nhiệm vụ đề ra trong Kế hoạch cải cách hành chính năm 2026.
        PHỤ LỤC
        TT\tChỉ tiêu\tĐVT\tThực hiện 2025\tKế hoạch 2026\tSo sánh KH 2026/TH 2025 (%)
        2\tThời gian giải quyết hồ sơ đăng ký hộ kinh doanh\tngày làm việc\t3\t2\t66,7
        8\tSố cuộc đối thoại của Chủ tịch UBND xã với Nhân dân\tcuộc\t3\t4\t133,3
        """, issuer: "XÃ PHONG ĐIỀN")
        let range = p.targets.first { $0.line == 9 }
        XCTAssertEqual(range?.value, 70)
        XCTAssertEqual(range?.valueMax, 75)
        XCTAssertEqual(p.targets.first { $0.line == 10 }?.value, 90)
        XCTAssertEqual(p.targets.first { $0.line == 11 }?.indicator, "dir.plan-tasks-completed", "the subject after the figure in words")
        let days = p.targets.first { $0.line == 14 }
        XCTAssertEqual(days?.value, 2)
        XCTAssertEqual(days?.comparator, .atMost, "a bare number of days under the plan's column is a limit")
        XCTAssertEqual(p.targets.first { $0.line == 15 }?.value, 4)
        XCTAssertFalse(p.targets.contains { $0.value == 66.7 || $0.value == 133.3 }, "the `So sánh` column is a ratio")
        XCTAssertNil(FigureScanner.scan(AlignedFold("Năm 2025 - 75% hồ sơ")).first?.valueMax, "a year opens no range")
    }

    func testANumberedAreaTitleIsNotJoinedToAFigureLine() {
        let p = plan("""
        II. CHỈ TIÊU
        4. Cải cách tổ chức bộ máy hành chính nhà nước
        100% cơ quan, đơn vị thuộc phường được rà soát, kiện toàn chức năng, nhiệm
        vụ theo mô hình chính quyền địa phương 02 cấp.
        5. Cải cách chế độ công vụ
        Tối thiểu 90% cán bộ, công chức phường được bồi dưỡng theo vị trí việc làm.
        """, issuer: "PHƯỜNG TRẤN BIÊN")
        XCTAssertEqual(p.area(.boMay)?.isHeading, true)
        XCTAssertEqual(p.area(.boMay)?.line, 9)
    }

    func testAnUncataloguedSubjectDoesNotTakeTheNextClausesIndicator() {
        let p = plan("""
        II. CHỈ TIÊU
        - Thời gian giải quyết nhóm thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi không quá 05 ngày làm việc; thời gian giải quyết thủ tục đăng ký thành lập hộ kinh doanh không quá 02 ngày làm việc.
        - Trên 95% hồ sơ công việc tại UBND xã được xử lý trên môi trường mạng trong giai đoạn 2026 - 2028; năm 2029 đạt 98% và năm 2030 đạt 100%.
        """, issuer: "XÃ GIA BÌNH", period: "giai đoạn 2026 - 2030")
        XCTAssertEqual(p.targets.filter { $0.line == 9 }.map(\.indicator), [nil, "tthc.household-biz-days"])
        let work = p.targets.filter { $0.line == 10 }
        XCTAssertEqual(work.map(\.period), [Period(from: 2026, to: 2028), Period(year: 2029), Period(year: 2030)])
        XCTAssertEqual(Set(work.map(\.indicator)), ["digital.work-files-online"], "a clause that only names its year goes on")
    }

    func testAnAnnualPlanBelowAYearlessLevelOfItsMultiYearParent() {
        let parent = plan("""
        II. CHỈ TIÊU
        - 100% văn bản QPPL được rà soát, kiểm tra theo quy định.
        - Đến năm 2030, mức độ hài lòng về giải quyết thủ tục hành chính đạt tối thiểu 95%.
        - 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.
        """, issuer: "TỈNH BẮC NINH", period: "giai đoạn 2026 - 2030")
        let annual = plan("""
        II. CHỈ TIÊU
        ☑ 85% văn bản QPPL được rà soát, kiểm tra theo quy định.
        ☑ Mức độ hài lòng trong giải quyết thủ tục hành chính đạt tối thiểu 80%.
        """, issuer: "XÃ SƠN ĐỘNG")
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        let found = engine.run(plans: [annual]) { _ in parent }
        XCTAssertEqual(found.filter { $0.ruleID == "CCHC-TARGET-007" }.map(\.line), [9],
                       "the yearless 100%, not the 2030 milestone (which 2026 may step towards)")
        XCTAssertTrue(found.filter { $0.ruleID == "CCHC-TARGET-001" }.isEmpty)
        let missing = found.first { $0.ruleID == "CCHC-TARGET-002" }
        XCTAssertTrue(missing?.message.contains("số hóa") == true, "a yearless level is one the annual plan should carry")
    }
}
