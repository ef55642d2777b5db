import XCTest
@testable import PlanCheckKit

/// Shapes of the fifteenth round of keyed plans (2026-12-07, Cao Bằng, Phú Thọ 2026–2030, Hưng Yên
/// 2026–2030): a table written out column by column, `Trách nhiệm chủ trì:` lines, units cells that mark
/// their lead, legends after a footnote mark, and cells with a year's figure in brackets.
final class ColumnMajorAndMarkedLeadShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ TRÀ LĨNH", period: String = "năm 2026") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: period, number: "08/KH-UBND", date: "ngày 09 tháng 01 năm 2026")
    }

    func testATableWrittenOutColumnByColumn() {
        let p = plan("""
        BIỂU ĐĂNG KÝ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026
        Chỉ tiêu
        Tỉnh giao
        Xã đăng ký
        Tỷ lệ hồ sơ TTHC giải quyết đúng hạn
        Tỷ lệ thanh toán trực tuyến đối với hồ sơ có
        nghĩa vụ tài chính
        Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ TTHC
        (áp dụng xã biên giới)
        ≥ 98%
        ≥ 60%
        ≥ 50%
        ≥ 99%
        ≥ 50%
        -
        """)
        XCTAssertEqual(p.targets.map(\.value), [99, 50], "the commune's column only; `-` sets nothing")
        XCTAssertEqual(p.targets.map(\.line), [20, 21], "each figure on its own line")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-payment"])
        // The figures must fill the columns exactly: a list of short lines is not a table.
        XCTAssertNil(ColumnMajorTable.read(["Chỉ tiêu", "Tỉnh giao", "Xã đăng ký", "Tỷ lệ A", "Tỷ lệ B", "95%", "96%", "97%"], at: 0))
        XCTAssertTrue(ColumnMajorTable.isFigureCell("≥ 99,5%"))
        XCTAssertFalse(ColumnMajorTable.isFigureCell("Năm 2026"))
    }

    func testResponsibilityLinesAndAJointAreaHeading() {
        let p = plan("""
        II. CHỈ TIÊU
        1. Cải cách chế độ công vụ
        - 100% cán bộ, công chức được đánh giá, xếp loại.
        III. NHIỆM VỤ
        1. Cải cách thể chế
        - Rà soát văn bản.
        Trách nhiệm chủ trì: Văn phòng HĐND và UBND phường.
        Trách nhiệm phối hợp: các phòng chuyên môn.
        2. Cải cách tổ chức bộ máy và chế độ công vụ
        - Kiện toàn chức năng, nhiệm vụ.
        - Trách nhiệm chủ trì: Phòng Văn hóa - Xã hội;
        """, issuer: "PHƯỜNG TRẦN LÃM")
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.area(.congVu)?.leads.map(\.unitID), ["vhxh"], "the joint section's lead, though công vụ had a heading before")
    }

    func testAUnitsCellMarkingItsLeadUnderAFootnoteLegend() {
        let p = plan("""
        Phụ Lục
        | Lĩnh vực | Nhiệm vụ | Đơn vị thực hiện |
        |---|---|---|
        | Cải cách thể chế | Rà soát văn bản QPPL | VP (chủ trì), P.VHXH |
        | Cải cách thủ tục hành chính | Một cửa, một cửa liên thông | Phòng Kinh tế, Hạ tầng và Đô thị (chủ trì), VP |
        | Cải cách tài chính công | Quản lý ngân sách xã | Các phòng, đơn vị thuộc UBND xã |

        (*) Chữ viết tắt: VP: Văn phòng HĐND và UBND xã; P.VHXH: Phòng Văn hóa - Xã hội.
        """, issuer: "XÃ TIỀN HẢI", period: "giai đoạn 2026 - 2030")
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"], "the code the footnote explains")
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["kthtdt"], "a name with a comma before its mark")
        XCTAssertEqual(p.area(.taiChinh)?.leads ?? [], [], "a table that marks its leads: an unmarked cell names none")
        XCTAssertEqual(UnitLegend.footnoteMarkDropped("(*) Chữ viết tắt: VP"), "Chữ viết tắt: VP")
        XCTAssertEqual(UnitLegend.footnoteMarkDropped("() Ghi chú"), "Ghi chú", "a star the clean-up took for emphasis")
        XCTAssertTrue(UnitLegend.isCode("P.VHXH"))
        XCTAssertFalse(UnitLegend.isCode("P."))
    }

    func testAYearsFigureInACellAndALevelHeld() {
        let p = plan("""
        2. Mục tiêu đến năm 2027
        STT\tChỉ tiêu\tMức phấn đấu
        1\tHồ sơ thủ tục hành chính được số hóa, cấp kết quả giải quyết điện tử\tDuy trì 100%
        2\tTỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công\tTối thiểu 70% (năm 2026: 60%)
        """, issuer: "TỈNH HƯNG YÊN", period: "giai đoạn 2026 - 2030")
        let digitised = p.targets.first { $0.indicator == "tthc.digitization" }
        XCTAssertEqual(digitised?.everyYear, true, "`Duy trì 100%`: held each year")
        let payment = p.targets.filter { $0.indicator == "tthc.online-payment" }
        XCTAssertEqual(payment.map(\.value), [70, 60])
        XCTAssertEqual(payment.map(\.period), [Period(year: 2027), Period(year: 2026)], "`năm 2026: 60%` is that year's")
    }
}
