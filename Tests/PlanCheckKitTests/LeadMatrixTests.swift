import XCTest
@testable import PlanCheckKit

/// Shapes of the tenth round of keyed plans (2026-12-07, Khánh Hòa): leads only in a responsibility matrix,
/// targets under `2.3. Hằng năm`, and a label that names a cut before its figure.
final class LeadMatrixTests: XCTestCase {
    func plan(_ body: String) -> Plan {
        ExtractionFixtures.plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ CAM LÂM\tĐộc lập - Tự do - Hạnh phúc\n"
                                + "Số: 47/KH-UBND\tCam Lâm, ngày 14 tháng 4 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030\n\n" + body)
    }

    func testTheLeadsOfAResponsibilityMatrix() {
        let p = plan("""
        II. NHIỆM VỤ
        1. Cải cách thể chế
        - Rà soát văn bản quy phạm pháp luật.
        2. Cải cách tài chính công
        - Quản lý tài sản công.
        III. PHÂN CÔNG
        Lĩnh vực\tVP HĐND-UBND\tPhòng VHXH\tPhòng KT\tTT PVHCC
        1. Cải cách thể chế\tCT\tPH\tPH\t
        2. Cải cách tài chính công\tPH\tPH\tPH\t
        CT: chủ trì; PH: phối hợp
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unit), ["Văn phòng HĐND và UBND"])
        XCTAssertEqual(p.area(.taiChinh)?.leads ?? [], [], "only coordinators: no lead")
        XCTAssertTrue(LeadMatrix.isLead("X (chủ trì)"))
        XCTAssertFalse(LeadMatrix.isLead("x"))
    }

    func testTargetsUnderAYearlyHeadingAndALabelNamingACut() {
        let p = plan("""
        II. CHỈ TIÊU
        2.3. Hằng năm
        - Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 98%.
        - Số đơn vị sự nghiệp công lập thuộc UBND xã giảm so với năm 2025: tối thiểu 10%.
        """)
        XCTAssertEqual(p.targets.first?.everyYear, true)
        XCTAssertEqual(p.targets.last?.comparator, .reduce)
        XCTAssertEqual(p.targets.last?.indicator, "org.public-units-reduced")
    }

    func testEscapedMarkersOfAWebEditorAndAUnitsTableWithANumberColumn() {
        XCTAssertEqual(Cleanup.unescapeMarkdown("**1\\. Công tác chỉ đạo**"), "**1. Công tác chỉ đạo**")
        XCTAssertEqual(Cleanup.unescapeMarkdown("\\- Rà soát"), "- Rà soát")
        let p = plan("""
        **II. NHIỆM VỤ**

        **2\\. Cải cách thể chế**

        \\- Rà soát văn bản quy phạm pháp luật.

        Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với các phòng triển khai thực hiện.

        **3\\. Cải cách tài chính công**

        \\- Quản lý tài sản công.

        PHÂN CÔNG
        TT\tĐơn vị\tNhiệm vụ chủ trì\tNhiệm vụ phối hợp
        1\tPhòng Kinh tế\tCải cách tài chính công\tCải cách thủ tục hành chính
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.area(.taiChinh)?.leads.first?.unit, "Phòng Kinh tế")
        XCTAssertNil(p.area(.tthc)?.leads.first, "a coordinator's area")
    }

    func testYearsOverPairsOfColumnsAndALabelOverItsYears() {
        let p = plan("""
        II. CHỈ TIÊU
        STT\tChỉ tiêu\tNăm 2026\t\tNăm 2028\t
        \t\tTỉnh giao\tXã đăng ký\tTỉnh giao\tXã đăng ký
        1\tTỷ lệ hồ sơ TTHC được giải quyết đúng hạn (%)\t≥ 98\t≥ 99\t≥ 99\t≥ 99,5
        """)
        XCTAssertEqual(p.targets.map(\.value), [99, 99.5], "the commune's columns only")
        XCTAssertEqual(p.targets.map(\.period), [Period(year: 2026), Period(year: 2028)])
        let parent = plan("""
        II. CHỈ TIÊU
        c) Thời gian giải quyết thủ tục đăng ký thành lập hộ kinh doanh: năm 2026: không quá 2 ngày làm việc; năm 2028: không quá 1,5 ngày làm việc.
        a) Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn: năm 2026: từ 98% trở lên; năm 2028: từ 99% trở lên.
        """)
        XCTAssertEqual(parent.targets.map(\.value), [2, 1.5, 98, 99])
        XCTAssertEqual(parent.targets.map(\.period), [2026, 2028, 2026, 2028].map { Period(year: $0) })
        XCTAssertEqual(Set(parent.targets.suffix(2).compactMap(\.indicator)), ["tthc.on-time"])
    }
}
