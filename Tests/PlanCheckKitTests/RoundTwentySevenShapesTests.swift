import XCTest
@testable import PlanCheckKit

/// Shapes of the twenty-seventh round of keyed plans (2026-12-07, Hưng Yên, Phú Thọ and Lào Cai 2027).
final class RoundTwentySevenShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ LÂM THAO") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "09/KH-UBND", date: "ngày 08 tháng 01 năm 2027")
    }

    func testWordsHiddenHyphensAndCellMarks() {
        XCTAssertEqual(TextDecoding.replacingControls("Nghị quyết số 76/NQ\u{1E}CP ngày 15/7/2021;\u{0B}tuy\u{1F}ến\u{07}"),
                       "Nghị quyết số 76/NQ-CP ngày 15/7/2021; tuyến ")
    }

    func testFiguresByLevelAfterALabelAndTheProvincesFigureBesideTheCommunes() {
        let parent = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính tỉnh Phú Thọ năm 2027
        - Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến trên tổng số hồ sơ: cấp tỉnh đạt tối thiểu 85%, cấp xã đạt tối thiểu 70%.
        - Chỉ số cải cách hành chính của các xã, phường đạt từ 80 điểm trở lên.
        """)
        XCTAssertEqual(parent.targets.map(\.indicator), ["tthc.online-dossiers", "tthc.online-dossiers", "dir.par-index-score"])
        XCTAssertEqual(parent.targets.map(\.forLevel), ["tinh", "xa", "xa"], "the communes' score binds the communes")
        let ward = plan("""
        II. CHỈ TIÊU
        - Chỉ số CCHC của phường: tỉnh 80 điểm, phường 85 điểm.
        - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: tỉnh 98%, phường 99%.
        - Chỉ số CCHC của xã đạt tối thiểu 82/
        100 điểm.
        """, issuer: "PHƯỜNG VĨNH YÊN")
        XCTAssertEqual(ward.targets.map(\.value), [85, 99, 82], "the province's figure beside the ward's is the parent's")
        XCTAssertEqual(ward.targets.map(\.indicator), ["dir.par-index-score", "tthc.on-time", "dir.par-index-score"])
    }

    func testATemplatesInstructionsAreNotThePlans() {
        XCTAssertEqual(TemplateNotes.stripping("- [Hướng dẫn: nêu mục đích riêng] Tập trung nâng cao tỷ lệ hồ sơ trực tuyến."),
                       "-  Tập trung nâng cao tỷ lệ hồ sơ trực tuyến.")
        let p = plan("""
        II. CHỈ TIÊU
        [Hướng dẫn: Ghi theo dạng "tỉnh …%, xã …%". Ví dụ: Tỷ lệ hồ sơ giải quyết đúng hạn: tỉnh 98%, xã 98,5%]
        - Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến đạt tối thiểu 72%. [Hướng dẫn: ghi rõ
        """)
        XCTAssertEqual(p.targets.map(\.value), [72])
    }

    func testAUnitsTableNamingTheTasksEachLeadsByNumber() {
        let p = plan("""
        II. NHIỆM VỤ CỤ THỂ
        1. Công tác chỉ đạo, điều hành
        1.1. Ban hành Kế hoạch kiểm tra CCHC năm 2027.
        1.2. Tự đánh giá, chấm điểm Chỉ số CCHC.
        2. Cải cách thể chế
        2.1. Rà soát văn bản quy phạm pháp luật.
        3. Cải cách thủ tục hành chính
        3.1. Số hóa hồ sơ, kết quả giải quyết TTHC.
        III. TỔ CHỨC THỰC HIỆN
        TT\tĐơn vị\tChủ trì nhiệm vụ\tPhối hợp nhiệm vụ
        1\tVăn phòng HĐND và UBND xã\t1.1, 1.2, 2.1\t3.1
        2\tTrung tâm Phục vụ hành chính công xã\t3.1\t1.2
        """)
        XCTAssertEqual(p.areas.first { $0.area == .chiDao }?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.areas.first { $0.area == .theChe }?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.areas.first { $0.area == .tthc }?.leads.first?.unit, "Trung tâm Phục vụ hành chính công")
    }

    func testBareOfficeCodesLeadAnArea() {
        let p = plan("""
        III. NHIỆM VỤ
        1. Công tác chỉ đạo, điều hành
        Giao VP chủ trì; P.VHXH, TTPVHCC phối hợp.
        - Tham mưu ban hành kế hoạch kiểm tra CCHC năm 2027.
        2. Cải cách thủ tục hành chính
        Giao TTPVHCC chủ trì; VP phối hợp.
        - Số hóa hồ sơ, kết quả giải quyết TTHC.
        """, issuer: "XÃ MÙ CANG CHẢI")
        XCTAssertEqual(p.areas.first { $0.area == .chiDao }?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.areas.first { $0.area == .tthc }?.leads.first?.unit, "Trung tâm Phục vụ hành chính công")
    }

    func testAPipeTablesSecondHeaderRowNamesTheParentsColumn() {
        let p = plan("""
        II. CHỈ TIÊU
        | TT | Chỉ tiêu | Năm 2027 | |
        |:--:|:---|:--:|:--:|
        | | | Tỉnh giao | Xã đăng ký |
        | 1 | Chỉ số cải cách hành chính của xã (điểm) | ≥ 80 | ≥ 83 |
        | 2 | Văn bản QPPL được cập nhật lên Cơ sở dữ liệu quốc gia về pháp luật đúng thời hạn | 100% | 100% |
        """, issuer: "XÃ TIỀN HẢI")
        XCTAssertEqual(p.targets.map(\.value), [83, 100], "the province's column is the parent's figure")
        XCTAssertEqual(p.targets.map(\.indicator), ["dir.par-index-score", "inst.lawdocs-national-database"])
    }

    func testMeasuresSaidRespectively() {
        let p = plan("""
        7. Xây dựng chính quyền điện tử, chính quyền số
        - Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình, tỷ lệ thanh toán trực tuyến và tỷ lệ hồ sơ công việc xử lý trên môi trường mạng lần lượt đạt tối thiểu 70%, 65% và 95%.
        - Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC và tỷ lệ thanh toán trực tuyến lần lượt đạt 90% và 60%.
        """, issuer: "PHƯỜNG TRẦN HƯNG ĐẠO")
        XCTAssertEqual(Array(p.targets.map(\.indicator).prefix(3)), ["tthc.online-dossiers", "tthc.online-payment", "digital.work-files-online"])
        XCTAssertEqual(Array(p.targets.map(\.comparator).prefix(3)), [.atLeast, .atLeast, .atLeast], "`tối thiểu` said once binds the list")
        XCTAssertEqual(p.targets.count, 5)
    }
}
