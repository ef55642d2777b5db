import XCTest
@testable import PlanCheckKit

/// Shapes of the twenty-second round of keyed plans (2026-12-07, Hải Phòng, Huế and Gia Lai 2027): Word's
/// review balloons exported with the text, run-in area headings in capitals, a city table whose group rows
/// name the measure over `- Cấp xã` sub-rows and a `Phạm vi` column, ditto marks, percentages in words, and a
/// news report of a plan.
final class ReviewMarkupAndGroupedRowShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "PHƯỜNG QUY NHƠN") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "12/KH-UBND", date: "ngày 09 tháng 01 năm 2027")
    }

    func testReviewBalloonsAreNotThePlansText() {
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến đạt tối thiểu 85%.
        Đã xóa: 60%
        Chú thích [NTH3]: Tỉnh giao phường ≥ 85%, năm 2026 mới đạt 79,4%.
        Đã định dạng: Phông: 14 pt, Không Nghiêng
        """)
        XCTAssertEqual(p.targets.map(\.value), [85])
        XCTAssertTrue(ReviewBalloons.isBalloon("Comment [A1]: check"))
        XCTAssertFalse(ReviewBalloons.isBalloon("Chú thích: x - đơn vị chủ trì"), "a legend, not a reviewer's comment")
    }

    func testRunInAreaHeadingsInCapitals() {
        let p = plan("""
        NHIỆM VỤ, GIẢI PHÁP
        CẢI CÁCH THỂ CHẾ. Văn phòng HĐND và UBND xã chủ trì tham mưu xây dựng, ban hành văn bản quy phạm pháp luật.
        Theo dõi tình hình thi hành pháp luật trên địa bàn xã.
        CẢI CÁCH CHẾ ĐỘ CÔNG VỤ. Phòng Văn hóa - Xã hội chủ trì hoàn thiện vị trí việc làm.
        CẢI CÁCH TÀI CHÍNH CÔNG. Quản lý, sử dụng ngân sách tiết kiệm, hiệu quả.
        """, issuer: "XÃ TÂY SƠN")
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.congVu)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.area(.taiChinh)?.leads ?? [], [])
        XCTAssertEqual(p.area(.taiChinh)?.isHeading, true)
        XCTAssertNil(Outline.area(ofCapitalRunIn: "Cải cách thể chế. Văn phòng …", catalog: ExtractionFixtures.catalog), "not in capitals")
    }

    func testANewsReportOfThePlan() {
        let p = plan("""
        Văn phòng HĐND và UBND phường cũng được giao chủ trì các nhiệm vụ cải cách thể chế, trong đó trọng tâm là tự kiểm tra văn bản.
        """, issuer: "PHƯỜNG PHÚ XUÂN")
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
    }

    func testGroupRowsOverLevelSubRowsAndAScopeColumn() {
        let p = plan("""
        II. CHỈ TIÊU
        TT\tChỉ tiêu\tNăm 2027\tPhạm vi
        2\tTỷ lệ cơ quan, đơn vị được kiểm tra công tác CCHC trong năm\t≥ 30%\tTP
        6\tTỷ lệ hồ sơ TTHC được giải quyết đúng hạn\t\t
        \t- Cấp thành phố\t≥ 99%
        \t- Cấp xã\t≥ 98%
        9\tTỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC\t100%\tTP, xã
        """, issuer: "THÀNH PHỐ HUẾ")
        XCTAssertEqual(p.targets.map(\.indicator), ["dir.units-inspected", "tthc.on-time", "tthc.on-time", "tthc.digitization"])
        XCTAssertEqual(p.targets.map(\.forLevel), ["tinh", "tinh", "xa", nil])
        XCTAssertEqual(p.targets.map(\.value), [30, 99, 98, 100])
        XCTAssertTrue(Cleanup.isSubItemRow(["", "- Cấp xã", "≥ 98%"]))
        XCTAssertFalse(Cleanup.isSubItemRow(["", "tiếp nhận trực tuyến", "≥ 98%"]), "a wrapped label goes on with the row above")
    }

    func testDittoMarksTakeTheCellAbove() {
        let p = plan("""
        II. CHỈ TIÊU
        TT\tNội dung chỉ tiêu\tKết quả năm 2026\tChỉ tiêu năm 2027
        10\tTỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC\t100%\t100%
        11\tTỷ lệ cấp kết quả giải quyết TTHC điện tử\t-nt-\t-nt-
        12\tTỷ lệ phản ánh, kiến nghị về TTHC được xử lý đúng hạn\t-nt-\tNhư trên
        """, issuer: "PHƯỜNG THUẬN HÓA")
        XCTAssertEqual(p.targets.map(\.value), [100, 100, 100])
        XCTAssertEqual(p.targets.map(\.line), [10, 11, 12])
    }

    func testPercentagesInWords() {
        XCTAssertEqual(NumberWords.rewrite("đạt tối thiểu chín mươi tám phần trăm;"), "đạt tối thiểu 98 phần trăm;")
        XCTAssertEqual(NumberWords.rewrite("Một trăm phần trăm TTHC"), "100 phần trăm TTHC")
        XCTAssertEqual(NumberWords.rewrite("không dưới tám mươi lăm phần trăm (85%)."), "không dưới 85%.")
        XCTAssertEqual(NumberWords.rewrite("đạt chín mươi tám phẩy năm phần trăm"), "đạt 98,5 phần trăm")
        XCTAssertEqual(NumberWords.rewrite("năm 2027 đạt 90 phần trăm"), "năm 2027 đạt 90 phần trăm", "a year is no number word")
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu chín mươi tám phần trăm.
        - Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ vượt 80%.
        """, issuer: "XÃ A LƯỚI 1")
        XCTAssertEqual(p.targets.map(\.value), [98, 80])
        XCTAssertEqual(p.targets.map(\.comparator), [.atLeast, .greaterThan])
    }

    func testAnAmendingPlansOldFiguresReportsAndRepeals() {
        let p = plan("""
        I. KẾT QUẢ VÀ LÝ DO ĐIỀU CHỈNH
        1. Theo Báo cáo số 97/BC-UBND ngày 30/6/2027 của UBND phường, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%.
        II. NỘI DUNG ĐIỀU CHỈNH
        a) Sửa đổi điểm b khoản 2 Mục II như sau: "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 97%" thành "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 98,5%".
        đ) Bãi bỏ điểm k khoản 2 Mục II ("Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt tối thiểu 90%").
        """, issuer: "PHƯỜNG HẢI DƯƠNG")
        XCTAssertEqual(p.targets.map(\.value), [98.5])
    }

    func testAParagraphOpeningOnAPastYearTellsResults() {
        let p = plan("""
        II. CHỈ TIÊU
        Năm 2026, công tác CCHC của phường đạt nhiều kết quả. Trung tâm tiếp nhận hơn 21.400 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,6%; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 74,8%.
        Năm 2027, phường phấn đấu tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 80%.
        """, issuer: "PHƯỜNG PHÚ XUÂN")
        XCTAssertEqual(p.targets.map(\.value), [80])
    }

    func testAColumnForWardsAndOneForCommunes() {
        let p = plan("""
        Phụ lục: Chỉ tiêu giao cho UBND các xã, phường
        STT\tChỉ tiêu\tPhường\tXã
        2\tTỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến trên tổng số hồ sơ\t≥ 85%\t≥ 70%
        """, issuer: "TỈNH GIA LAI")
        XCTAssertEqual(p.targets.map(\.forKind), [CommuneKind.ward, CommuneKind.rural])
        XCTAssertEqual(PlanExtractor.columnKind("Đối với xã"), CommuneKind.rural)
        XCTAssertNil(PlanExtractor.columnKind("Xã đăng ký"))
    }
}
