import XCTest
@testable import PlanCheckKit

/// Shapes of the sixth round of keyed plans (2026-12-07): a report of last year's results bound with this
/// year's plan, a review section titled `Tình hình chung`, stages named right before a figure, a task table
/// whose columns start with the lead and whose groups are lettered with capitals, and abbreviated units.
final class ReportAndStageShapesTests: XCTestCase {
    func plan(_ text: String) -> Plan { ExtractionFixtures.plan(text) }

    /// A plan with the usual header (lines 1–7) and `body` from line 8.
    func plan(issuer: String, number: String, dated: String, title: String, _ body: String) -> Plan {
        plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\(issuer)\tĐộc lập - Tự do - Hạnh phúc\nSố: \(number)\t\(dated)\n\n"
             + "KẾ HOẠCH\n\(title)\n\n" + body)
    }

    func testAReportOfResultsBoundWithAPlanTakesThePlansYear() {
        XCTAssertEqual(MetadataExtractor.period(in: ["Kết quả thực hiện công tác cải cách hành chính năm 2025",
                                                     "và Kế hoạch cải cách hành chính năm 2026"]), Period(year: 2026))
        XCTAssertEqual(MetadataExtractor.period(in: ["Kế hoạch cải cách hành chính năm 2026"]), Period(year: 2026))
        XCTAssertEqual(MetadataExtractor.period(in: ["Báo cáo kết quả cải cách hành chính năm 2025"]), Period(year: 2025),
                       "a report alone keeps its year")
    }

    func testASituationSectionHoldsResults() {
        XCTAssertTrue(Outline.isResultsTitle("TÌNH HÌNH CHUNG"))
        XCTAssertTrue(Outline.isResultsTitle("Thực trạng cải cách hành chính"))
        let p = plan(issuer: "PHƯỜNG CẨM THÀNH", number: "09/KH-UBND", dated: "Cẩm Thành, ngày 12 tháng 01 năm 2026", title: "Cải cách hành chính năm 2026", """
        II. TÌNH HÌNH CHUNG
        Một số chỉ tiêu còn thấp: số hóa kết quả giải quyết TTHC đạt 88.9%.
        III. CHỈ TIÊU CỤ THỂ NĂM 2026
        - Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%.
        """)
        XCTAssertEqual(p.targets.map(\.line), [11])
    }

    func testAStageNamedBeforeTheFigureAndALaterStagePastASemicolon() {
        let p = plan(issuer: "PHƯỜNG TÔ HIỆU", number: "41/KH-UBND", dated: "Tô Hiệu, ngày 27 tháng 3 năm 2026", title: "Cải cách hành chính giai đoạn 2026 - 2030", """
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn giai đoạn 2026 - 2027 đạt tối thiểu 99%; phấn đấu đến năm 2028 đạt 100% và duy trì đến hết năm 2030.
        - Tỷ lệ thanh toán trực tuyến năm 2026 đạt tối thiểu 55%, năm 2027 đạt 60%; phấn đấu đến năm 2028 đạt 70%, đến hết năm 2030 đạt 80%.
        """)
        let onTime = p.targets.filter { $0.line == 9 }
        XCTAssertEqual(onTime.map(\.period), [Period(from: 2026, to: 2027), Period(year: 2028)])
        XCTAssertEqual(Set(onTime.compactMap(\.indicator)), ["tthc.on-time"])
        let payment = p.targets.filter { $0.line == 10 }
        XCTAssertEqual(payment.map(\.period), [2026, 2027, 2028, 2030].map { Period(year: $0) })
        XCTAssertEqual(payment.compactMap(\.indicator).count, 4, "each stage keeps the indicator: \(payment.map(\.indicator))")
    }

    func testALeadFirstTaskTableWithCapitalLetteredGroupsAndAbbreviatedUnits() {
        let p = plan(issuer: "XÃ YÊN SƠN", number: "11/KH-UBND", dated: "Yên Sơn, ngày 14 tháng 01 năm 2026", title: "Cải cách hành chính năm 2026", """
        III. DANH MỤC NHIỆM VỤ
        STT\tCơ quan chủ trì\tNội dung nhiệm vụ\tCơ quan phối hợp\tThời gian hoàn thành
        A. CẢI CÁCH THỂ CHẾ\t\t\t\t
        1\tVP HĐND-UBND\tTự kiểm tra, rà soát văn bản QPPL do HĐND, UBND xã ban hành (đạt 100%)\tCác phòng chuyên môn\tThường xuyên
        B. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\t
        2\tTT.PVHCC\tGiải quyết hồ sơ TTHC đúng hạn (tối thiểu 98%)\tCác phòng chuyên môn\tThường xuyên
        C. CẢI CÁCH TỔ CHỨC BỘ MÁY\t\t\t\t
        3\tP.VHXH\tRà soát chức năng, nhiệm vụ các phòng chuyên môn\tVP HĐND-UBND\tQuý II/2026
        """)
        XCTAssertEqual(p.tasks.map(\.area), [.theChe, .tthc, .boMay])
        XCTAssertEqual(p.area(.theChe)?.leads.first?.unitID, "vp")
        XCTAssertEqual(p.area(.tthc)?.leads.first?.unitID, "ttpvhcc")
        XCTAssertEqual(p.area(.boMay)?.leads.first?.unitID, "vhxh")
        XCTAssertEqual(p.targets.first { $0.line == 13 }?.indicator, "tthc.on-time")
    }

    func testSelfCheckedAndReviewedLegalDocumentsStandInForEachOther() {
        let ind = ExtractionFixtures.catalog.indicators
        XCTAssertEqual(ind.indicator("inst.lawdocs-self-checked")?.standIns, ["inst.lawdocs-reviewed"])
        XCTAssertEqual(ind.indicator("inst.lawdocs-reviewed")?.standIns, ["inst.lawdocs-self-checked"])
    }

    func testYearsSaidAroundTheFigure() {
        let p = plan(issuer: "XÃ YÊN CHÂU", number: "36/KH-UBND", dated: "Yên Châu, ngày 02 tháng 4 năm 2026", title: "Cải cách hành chính giai đoạn 2026 - 2030", """
        II. CHỈ TIÊU
        (2) Kiểm tra công tác CCHC tại tối thiểu 30% cơ quan, đơn vị trên địa bàn xã trong các năm 2026, 2027; phấn đấu đến năm 2028 đạt 35%.
        (14) Tỷ lệ cán bộ, công chức được bồi dưỡng kiến thức, kỹ năng số năm 2026 tối thiểu 80%, năm 2027 tối thiểu 90%.
        (20) Mức độ hài lòng khi sử dụng dịch vụ công trực tuyến năm 2026, 2027 đạt tối thiểu 90%.
        (21) Tối thiểu 95% người dân hài lòng khi sử dụng DVCTT; phấn đấu đến năm 2028 có 95% người dân được cấp tài khoản định danh điện tử.
        """)
        XCTAssertEqual(p.targets.filter { $0.line == 9 }.map(\.period), [Period(from: 2026, to: 2027), Period(year: 2028)])
        XCTAssertEqual(p.targets.filter { $0.line == 10 }.map(\.period), [Period(year: 2026), Period(year: 2027)])
        XCTAssertEqual(p.targets.filter { $0.line == 11 }.map(\.period), [Period(from: 2026, to: 2027)])
        XCTAssertEqual(p.targets.filter { $0.line == 12 }.map(\.period), [Period(from: 2026, to: 2030), Period(year: 2028)],
                       "a deadline after the ';' is the next figure's")
    }

    func testAnEstimatedResultThenTheYearsTarget() {
        let p = plan(issuer: "XÃ MƯỜNG LA", number: "215/KH-UBND", dated: "Mường La, ngày 24 tháng 12 năm 2026", title: "Cải cách hành chính năm 2027", """
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến năm 2026 ước đạt 58,7%; năm 2027 đạt tối thiểu 65%.
        """)
        XCTAssertEqual(p.targets.map(\.value), [65])
        XCTAssertEqual(p.targets.first?.indicator, "tthc.online-dossiers")
    }

    func testATableOfYearsUnderTheLineNamingItsIndicator() {
        XCTAssertTrue(Cleanup.isYearRowsHeader(["Năm", "Chỉ tiêu (%)"]))
        XCTAssertFalse(Cleanup.isYearRowsHeader(["Năm 2026", "Chỉ tiêu"]))
        let p = plan(issuer: "PHƯỜNG TÂN PHONG", number: "27/KH-UBND", dated: "Tân Phong, ngày 20 tháng 3 năm 2026", title: "Cải cách hành chính giai đoạn 2026 - 2030", """
        3. Lộ trình thực hiện
        3.1. Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công
        Năm\tChỉ tiêu (%)
        2026\t60
        2027\tTối thiểu 65
        """)
        let rows = p.targets.filter { $0.line >= 11 }
        XCTAssertEqual(rows.map(\.value), [60, 65])
        XCTAssertEqual(rows.map(\.period), [Period(year: 2026), Period(year: 2027)])
        XCTAssertEqual(Set(rows.compactMap(\.indicator)), ["tthc.online-payment"])
    }

    func testAUnitWithTheAreasItLeadsInBrackets() {
        let p = plan(issuer: "XÃ TUẦN GIÁO", number: "08/KH-UBND", dated: "Tuần Giáo, ngày 12 tháng 01 năm 2026", title: "Cải cách hành chính năm 2026", """
        II. NHIỆM VỤ
        1. Cải cách tổ chức bộ máy: rà soát chức năng, nhiệm vụ các phòng chuyên môn. Sắp xếp đơn vị sự nghiệp.
        2. Cải cách chế độ công vụ: đánh giá cán bộ, công chức theo kết quả. Bồi dưỡng kỹ năng số.
        3. Cải cách tài chính công: công khai ngân sách xã. Quản lý tài sản công.
        III. TỔ CHỨC THỰC HIỆN
        - Phòng Văn hóa - Xã hội (tổ chức bộ máy; chế độ công vụ): chủ trì kiện toàn tổ chức, vị trí việc làm.
        - Phòng Kinh tế (tài chính công): phối hợp cung cấp số liệu.
        """)
        XCTAssertEqual(p.area(.boMay)?.leads.first?.unitID, "vhxh")
        XCTAssertEqual(p.area(.congVu)?.leads.first?.unitID, "vhxh")
        XCTAssertNotNil(p.area(.taiChinh))
        XCTAssertEqual(p.area(.taiChinh)?.leads ?? [], [], "a unit that only coordinates leads nothing")
    }
}
