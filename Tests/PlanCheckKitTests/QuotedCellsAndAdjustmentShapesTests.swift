import XCTest
@testable import PlanCheckKit

/// Shapes of the nineteenth round of keyed plans (2026-12-07, Tây Ninh and Đồng Nai 2026–2030, Thanh Hóa
/// 2027): spreadsheet rows whose quoted cells hold line breaks, rates as Excel fractions, tables laid out with
/// spaces and empty cells, adjusted targets, leads after a dash or as `phụ trách chính`, headings as pipe rows,
/// invisible marks from web pages, and rises compared with rises.
final class QuotedCellsAndAdjustmentShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ BÙ ĐĂNG", period: String = "giai đoạn 2026 - 2030") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: period, number: "52/KH-UBND", date: "ngày 24 tháng 4 năm 2026")
    }

    func testQuotedCellsWithLineBreaksKeepTheirColumnsAndLines() {
        let p = plan("""
        II. CHỈ TIÊU
        TT\tLĩnh vực\tHằng năm (2026 - 2030)\tĐến năm 2027\tĐến năm 2030
        3\tCải cách thủ tục hành chính\t"- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn: ≥ 98%
        - Người dân, doanh nghiệp hài lòng khi sử dụng DVCTT: ≥ 95%"\t"- Tỷ lệ hồ sơ TTHC nộp trực tuyến: ≥ 80%"\t"- Tỷ lệ hồ sơ TTHC nộp trực tuyến: ≥ 90%
        - Tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa: ≥ 90%"
        """, issuer: "TỈNH TÂY NINH")
        let online = p.targets.filter { $0.indicator == "tthc.online-dossiers" }
        XCTAssertEqual(online.map(\.value), [80, 90])
        XCTAssertEqual(online.map { $0.period?.to }, [2027, 2030], "each figure under its column's year")
        XCTAssertEqual(p.targets.first { $0.indicator == "tthc.on-time" }?.everyYear, true)
        XCTAssertEqual(p.targets.first { $0.indicator == "tthc.data-reuse" }?.line, 12, "on the line it stands on")
        XCTAssertEqual(online.map(\.line), [11, 11])
        XCTAssertTrue(QuotedTabRow.opens("3\tCải cách\t\"- Tỷ lệ …: ≥ 98%"))
        XCTAssertFalse(QuotedTabRow.opens("3\tCải cách\t\"Tỷ lệ\"\t95%"))
    }

    func testRatesAsSpreadsheetFractions() {
        let p = plan("""
        Bảng 1. Chỉ tiêu
        STT\tNội dung chỉ tiêu\tChỉ tiêu (tỷ lệ)\t\tGhi chú
        \t\t2026\t2030\t
        6\tTỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến trên tổng số hồ sơ\t0,85\t0,95\t
        """, issuer: "TỈNH ĐỒNG NAI")
        XCTAssertEqual(p.targets.map(\.value), [85, 95])
        XCTAssertEqual(TableUnits.fractionAsPercent("1"), "100%")
        XCTAssertNil(TableUnits.fractionAsPercent("95"))
    }

    func testATableLaidOutWithSpacesKeepsItsEmptyCells() {
        let p = plan("""
        II. CHỈ TIÊU
        STT   Chỉ tiêu                                             2026     2027     2030
                                                                    (%)      (%)      (%)
              A. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
          6   Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến     ≥ 90     ≥ 90     ≥ 95
         10   Tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa trong                   ≥ 90
              giải quyết TTHC
        """, issuer: "PHƯỜNG TRẤN BIÊN")
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.online-dossiers" }.map { $0.period?.to }, [2026, 2027, 2030])
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.data-reuse" }.map { $0.period?.to }, [2030], "the empty cells stay empty")
        XCTAssertEqual(Cleanup.placed(Cleanup.spacedCells("  6   Nhãn      ≥ 95"), under: [0..<3, 6..<14, 18..<22]), ["6", "Nhãn", "≥ 95"])
    }

    func testAnAdjustmentReplacesTheFigureFromItsYear() {
        let p = plan("""
        II. CHỈ TIÊU
        6.1. Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao hằng năm đạt tối thiểu 95%.
        V. ĐIỀU CHỈNH, BỔ SUNG CHỈ TIÊU
        2. Chỉ tiêu tại điểm 6.1 Mục II (tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao) điều chỉnh từ 95% xuống 90% kể từ năm 2028, do nguồn thu dự kiến giảm.
        """)
        let disbursed = p.targets.filter { $0.indicator == "fin.public-investment-disbursed" }
        XCTAssertEqual(disbursed.map(\.value), [95, 90], "the figure adjusted away is not read again")
        XCTAssertEqual(disbursed.last?.period, Period(from: 2028, to: 2030))
        XCTAssertEqual(disbursed.last?.everyYear, true)
        XCTAssertNil(TargetExtractor.fromYear("tu nam 2027 dat", within: Period(from: 2026, to: 2030)), "a bare `từ năm` leads the next figure")
    }

    func testEachYearSpansAndCheckpointsWithinTheYear() {
        XCTAssertEqual(TargetExtractor.eachYearSpan("tu nam 2026 den het nam 2030"), Period(from: 2026, to: 2030))
        XCTAssertEqual(TargetExtractor.eachYearSpan("nam 2026 va nam 2027 toi thieu"), Period(from: 2026, to: 2027))
        XCTAssertNil(TargetExtractor.eachYearSpan("den nam 2030"))
        XCTAssertEqual(TargetExtractor.dueWithinYear("ke hoach von truoc ngay 30/9/2027", year: 2027), 9)
        XCTAssertNil(TargetExtractor.dueWithinYear("truoc ngay 31/01/2027", year: 2027), "an early deadline closes a task done once")
    }

    func testLeadsAfterADashOrSaidAsTheMainResponsibility() {
        let p = plan("""
        III. NHIỆM VỤ
        2. Cải cách thể chế — VP HĐND-UBND
        - Rà soát văn bản quy phạm pháp luật.
        6. Cải cách tài chính công
        - Quản lý ngân sách xã.
        - Phòng Kinh tế phụ trách chính; phối hợp: Văn phòng HĐND và UBND xã.
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"])
    }

    func testHeadingsAsPipeRowsAndInvisibleMarks() {
        let lines = ["| II | CHỈ TIÊU CCHC NĂM 2027 |", "| 1 | Công tác chỉ đạo, điều hành |", "- Hoàn thành 100% nhiệm vụ."]
        XCTAssertEqual(Cleanup.pipeHeading(lines, at: 1), "1. Công tác chỉ đạo, điều hành")
        XCTAssertNil(Cleanup.pipeHeading(["| TT | Nội dung |", "| 1 | Rà soát |"], at: 1), "a table with a header is a table")
        XCTAssertEqual(TextDecoding.replacingControls("trực tuy\u{AD}ến tối\u{200B} thiểu"), "trực tuyến tối thiểu")
    }

    func testARiseIsComparedWithTheParentsRise() throws {
        let parent = plan("II. CHỈ TIÊU\n3.2. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến trên tổng số hồ sơ tăng ít nhất 5% so với năm 2026 (năm 2026 ước đạt 68,4%).\n",
                          issuer: "TỈNH THANH HÓA", period: "năm 2027")
        XCTAssertEqual(parent.targets.map(\.comparator), [.rise], "the estimate in brackets is not the figure the rise leads to")
        let commune = plan("II. CHỈ TIÊU\n- Tỷ lệ hồ sơ tiếp nhận trực tuyến năm 2027 tăng 3% so với năm 2026 (năm 2026 ước đạt 63,5%).\n",
                           issuer: "XÃ NGA SƠN", period: "năm 2027")
        let hits = try ParentTargetKind(RuleFixtures.params(["mode": ["below"]])).check(RuleFixtures.context(commune, parent: parent))
        XCTAssertEqual(hits.map { $0.values["value"] }, ["tăng 3%"])
        XCTAssertEqual(hits.map { $0.values["parentValue"] }, ["tăng 5%"])
    }
}
