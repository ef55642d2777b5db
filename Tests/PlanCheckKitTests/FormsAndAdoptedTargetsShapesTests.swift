import XCTest
@testable import PlanCheckKit

/// Shapes of the twenty-fifth round of keyed plans (2026-12-07, Tây Ninh, Ninh Bình and An Giang 2027): a
/// registration form with check boxes, a document portal's page, targets adopted from the parent by reference,
/// mid-year milestones beside the year's figure, and Word's field codes left beside their results.
final class FormsAndAdoptedTargetsShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ TÂN THẠNH") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "05/KH-UBND", date: "ngày 08 tháng 01 năm 2027")
    }

    func testARegistrationFormsTickedLinesOnly() {
        let p = plan("""
        II. CHỈ TIÊU
        ☒ 1.2. Tỷ lệ phòng, đơn vị thuộc UBND xã được kiểm tra công tác CCHC trong năm (mức tỉnh giao: ≥ 30%) - Xã đăng ký: ≥ 50%
        [x] 3.1. Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn (mức tỉnh giao: ≥ 98%) - Xã đăng ký: ≥ 99%
        ☐ 6.1. Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch vốn được giao (mức tỉnh giao: ≥ 95%) - Xã đăng ký: ........
        [ ] 7.6. Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (mức tỉnh giao: ≥ 90%) - Xã đăng ký: 90%
        """)
        XCTAssertEqual(p.targets.map(\.value), [50, 99], "the province's levels and the unticked lines are no targets")
        XCTAssertEqual(p.targets.map(\.indicator), ["dir.units-inspected", "tthc.on-time"])
    }

    func testADocumentPortalsFieldsGiveTheNumberAndDate() {
        let p = ExtractionFixtures.plan("""
        Trang chủ » Văn bản » Văn bản chỉ đạo, điều hành
        Số ký hiệu: 09/KH-UBND
        Ngày ban hành: 12/01/2027
        Cơ quan ban hành: Ủy ban nhân dân phường Tân Ninh
        Trích yếu: Kế hoạch cải cách hành chính nhà nước phường Tân Ninh năm 2027
        KẾ HOẠCH
        Cải cách hành chính nhà nước phường Tân Ninh năm 2027
        """)
        XCTAssertEqual(p.number, "09/KH-UBND")
        XCTAssertEqual(p.date, "2027-01-12")
    }

    func testTargetsAdoptedFromTheParentByReference() throws {
        var parent = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính tỉnh Ninh Bình năm 2027\nII. CHỈ TIÊU\n"
            + "- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98%.\n- Tỷ lệ thanh toán trực tuyến đạt tối thiểu 60%.\n"
            + "- 100% hồ sơ, kết quả giải quyết TTHC được số hóa.\n")
        parent.file = "parent.txt"
        let plan = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính xã Hải Hậu năm 2027\nII. CHỈ TIÊU\n"
            + "Thực hiện đầy đủ các chỉ tiêu tại Mục II Kế hoạch số 286/KH-UBND của UBND tỉnh.\n"
            + "Riêng các chỉ tiêu sau, xã đăng ký:\n- Tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%.\n")
        XCTAssertEqual(plan.adoptsParentTargetsAt, 4)
        let resolved = RelativeTargets.resolve(plan, parent: parent)
        XCTAssertEqual(resolved.targets.map(\.value), [98, 100, 50], "each parent target not restated, at the adopting line")
        XCTAssertEqual(resolved.targets.map(\.line), [4, 4, 6])
        let missing = try ParentTargetKind(RuleFixtures.params(["mode": ["missing"]]))
        XCTAssertTrue(missing.check(RuleFixtures.context(resolved, parent: parent)).isEmpty)
        // A purpose, or the province's general level for what a plan does not list, adopts nothing.
        for sentence in ["Thực hiện đầy đủ các chỉ tiêu, nhiệm vụ cải cách hành chính năm 2027 của Thành phố.",
                         "Áp dụng mức chỉ tiêu cho xã vùng III; các chỉ tiêu khác thực hiện theo mức chung của tỉnh."] {
            XCTAssertNil(ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính xã A năm 2027\n" + sentence + "\n").adoptsParentTargetsAt, sentence)
        }
    }

    func testAMidYearMilestoneIsNotTheYearsFigure() {
        let p = plan("""
        II. CHỈ TIÊU
        b) Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ: 6 tháng đầu năm đạt tối thiểu 65%; cả năm đạt tối thiểu 80%.
        c) Tỷ lệ thanh toán trực tuyến: đến 30/6/2027 đạt 55%, đến 31/12/2027 đạt từ 72% trở lên.
        - Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng: đến ngày 30/6/2027 đạt tối thiểu 80%, đến ngày 31/12/2027 đạt tối thiểu 95%.
        """, issuer: "ĐẶC KHU PHÚ QUỐC")
        XCTAssertEqual(p.targets.map(\.value), [80, 72, 95])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.online-dossiers", "tthc.online-payment", "digital.work-files-online"])
    }

    func testWordsFieldCodesAreDroppedAndTheirResultsKept() {
        XCTAssertEqual(WordFieldCodes.stripped(##"- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn không dưới  MERGEFIELD CT_DUNG_HAN \# "0" 98%."##),
                       "- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn không dưới 98%.")
        XCTAssertEqual(WordFieldCodes.stripped(#"Căn cứ  HYPERLINK "https://sonoivu.angiang.gov.vn/398-kh-ubnd-21-12-2026.pdf" \o "Kế hoạch CCHC tỉnh An Giang năm 2027" Kế hoạch số 398/KH-UBND"#),
                       "Căn cứ Kế hoạch số 398/KH-UBND")
        XCTAssertEqual(WordFieldCodes.stripped("Số:  FORMTEXT 05/KH-UBND"), "Số: 05/KH-UBND")
        XCTAssertEqual(WordFieldCodes.stripped(#"tại mục  REF _Ref187402215 \r \h  \* MERGEFORMAT II của Kế hoạch này"#), "tại mục II của Kế hoạch này")
        XCTAssertEqual(WordFieldCodes.stripping("- Đơn vị chủ trì: theo phân công tại điểm Lỗi! Không tìm thấy nguồn tham chiếu. của Kế hoạch này."),
                       "- Đơn vị chủ trì: theo phân công tại điểm của Kế hoạch này.", "Word's error for a broken cross-reference")
        let p = plan("""
        III. NHIỆM VỤ
        6. Cải cách tài chính công
        - Đơn vị chủ trì: theo phân công tại điểm của Kế hoạch này.
        - Quản lý, sử dụng ngân sách xã tiết kiệm, hiệu quả.
        """, issuer: "XÃ VĨNH HƯNG")
        XCTAssertEqual(p.area(.taiChinh)?.leads ?? [], [], "a reference is no unit")
        let plain = "Căn cứ Kế hoạch số 398/KH-UBND ngày 21/12/2026 (REF: văn bản \"gốc\")"
        XCTAssertEqual(WordFieldCodes.stripping(plain), plain, "no field's code, nothing changed")
    }
}
