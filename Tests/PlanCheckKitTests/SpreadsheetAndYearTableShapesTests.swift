import XCTest
@testable import PlanCheckKit

/// Shapes of the eighth round of keyed plans (2026-12-07, Quảng Ninh): a spreadsheet pasted as quoted
/// comma-separated rows, a transposed table of years with a legend, deadlines in row labels, numbered
/// headings of targets by period or for every year, results of a past quarter, and a province's own index.
final class SpreadsheetAndYearTableShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "PHƯỜNG HẠ LONG", period: String = "giai đoạn 2026 - 2030") -> Plan {
        ExtractionFixtures.plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\(issuer)\tĐộc lập - Tự do - Hạnh phúc\n"
                                + "Số: 27/KH-UBND\tHạ Long, ngày 24 tháng 02 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính \(period)\n\n" + body)
    }

    func testQuotedCommaRowsAreATableAndAQuotedCellMayHoldLineBreaks() {
        var table = DelimitedTable()
        XCTAssertNil(table.cells("Kiểm tra 30%, đối thoại 02 cuộc, xử lý 100% kiến nghị."), "prose with commas")
        XCTAssertEqual(table.cells("\"STT\",\"Chỉ tiêu\",\"Đơn vị tính\",\"Tỉnh giao\",\"Phường đăng ký\"")?.count, 5)
        XCTAssertEqual(table.cells("\"4\",\"Chỉ số hài lòng (SIPAS), hằng năm\",\"%\",\"Trên 88\",\"Trên 88,5\""),
                       ["4", "Chỉ số hài lòng (SIPAS), hằng năm", "%", "Trên 88", "Trên 88,5"])
        XCTAssertTrue(table.continues("\"11\",\"Tỷ lệ thanh toán trực tuyến"))
        let p = plan("""
        II. CHỈ TIÊU
        "STT","Chỉ tiêu","Đơn vị tính","Tỉnh giao","Phường đăng ký"
        "7","Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn (hằng năm)","%","Trên 98","Trên 95"
        "11","Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công
        - Đến năm 2027
        - Đến năm 2030","%","Tối thiểu 60
        Tối thiểu 80","Tối thiểu 65
        Tối thiểu 85"
        "12","Mức độ hài lòng trong tiếp nhận, giải quyết TTHC (đến năm 2030)","%","Tối thiểu 95","Tối thiểu 95"
        """)
        XCTAssertEqual(p.targets.map(\.value), [95, 65, 85, 95], "the ward's column only: \(p.targets.map(\.figure))")
        XCTAssertEqual(p.targets.map(\.line), [10, 14, 14, 16], "each cell at the line its field starts on")
        XCTAssertEqual(p.targets.map(\.period), [Period(from: 2026, to: 2030), Period(year: 2027), Period(year: 2030), Period(year: 2030)],
                       "deadlines of the row labels, one each in order")
        XCTAssertEqual(p.targets.first?.indicator, "tthc.on-time")
    }

    func testATransposedTableOfYearsTakesEachColumnsIndicatorFromItsTitleAndLegend() {
        let p = plan("""
        II. CHỈ TIÊU
        Năm\tChỉ số\tHồ sơ TTHC\tThanh toán
        \tSIPAS (1)\tđúng hạn (2)\ttrực tuyến (3)
        2026\t> 88\t> 98\t≥ 50
        2027\t> 89\t≥ 99\t≥ 60
        Ghi chú:
        (1) Chỉ số SIPAS: Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (%).
        (2) Hồ sơ TTHC đúng hạn: tỷ lệ hồ sơ TTHC được giải quyết đúng hạn (%).
        (3) Thanh toán trực tuyến: tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công (%).
        """)
        XCTAssertEqual(p.targets.map(\.value), [88, 98, 50, 89, 99, 60])
        XCTAssertEqual(p.targets.map(\.unit), Array(repeating: "%", count: 6))
        XCTAssertEqual(p.targets.map(\.indicator), ["sat.overall", "tthc.on-time", "tthc.online-payment",
                                                    "sat.overall", "tthc.on-time", "tthc.online-payment"])
        XCTAssertEqual(p.targets.map(\.period), [2026, 2026, 2026, 2027, 2027, 2027].map { Period(year: $0) })
        XCTAssertEqual(p.targets.map(\.line), [11, 11, 11, 12, 12, 12])
    }

    func testNumberedHeadingsSetThePeriodOrEveryYearOfTheTargetsUnderThem() {
        let p = plan("""
        II. CHỈ TIÊU
        1. Chỉ tiêu thực hiện hằng năm (áp dụng cho từng năm trong giai đoạn 2026 - 2030)
        a) Công tác chỉ đạo, điều hành
        - Chỉ số hài lòng (SIPAS) đạt trên 88%.
        2. Chỉ tiêu đến năm 2027
        - 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.
        """)
        XCTAssertEqual(p.targets.map(\.line), [11, 13])
        XCTAssertEqual(p.targets.map(\.everyYear), [true, nil])
        XCTAssertEqual(p.targets.map(\.period), [Period(from: 2026, to: 2030), Period(year: 2027)])
    }

    func testResultsOfAPastQuarterAreNotTargets() {
        let p = plan("""
        I. MỤC ĐÍCH, YÊU CẦU
        3. Phát huy kết quả: quý III/2025, đặc khu tiếp nhận 5.138 hồ sơ, 99,79% hồ sơ được giải quyết đúng hạn; 84,46% kết quả được trả bản điện tử.
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt trên 98%; tối thiểu 90% kết quả giải quyết TTHC được trả bản điện tử.
        """)
        XCTAssertEqual(p.targets.map(\.value), [98, 90])
    }

    func testBeforeAYearReadsAsByThatYear() {
        let p = plan("""
        II. CHỈ TIÊU
        - Số hóa 100% hồ sơ, kết quả giải quyết TTHC trước năm 2028 và duy trì trong các năm tiếp theo.
        """)
        XCTAssertEqual(p.targets.first?.period, Period(year: 2028))
    }

    func testAProvincesOwnIndexScoreBindsNoCommune() {
        let province = plan("""
        II. CHỈ TIÊU
        - Chỉ số CCHC (PAR INDEX) của tỉnh đạt từ 90 điểm trở lên.
        - Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên 98%.
        """, issuer: "TỈNH QUẢNG NINH")
        XCTAssertEqual(province.targets.map(\.forLevel), ["tinh", nil])
        XCTAssertEqual(RuleFixtures.catalog.indicators.indicator("dir.par-index-score")?.ownScope, true)
    }
}
