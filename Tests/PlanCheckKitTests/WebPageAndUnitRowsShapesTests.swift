import XCTest
@testable import PlanCheckKit

/// Shapes of the twentieth round of keyed plans (2026-12-07, Hà Nội, Nghệ An and Hồ Chí Minh 2027): a plan
/// saved from a portal as HTML, a city's table with a column per level, leads in a matrix of units by
/// areas, `=> Chủ trì:` lines, comparators in brackets after the figure, `Lĩnh vực 2:` headings, a table
/// grouped by its first column, and a reference to another document's appendix.
final class WebPageAndUnitRowsShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "PHƯỜNG CẦU GIẤY") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "412/KH-UBND", date: "ngày 28 tháng 12 năm 2026")
    }

    func testAPageSavedAsHTML() {
        let p = plan("""
        <p style="text-align:justify"><strong>II. CHỈ TIÊU CCHC NĂM 2027</strong></p>
        <table border="1"><tbody>
        <tr><td>STT</td><td>Chỉ tiêu</td><td>Năm 2027</td></tr>
        <tr>
        <td>4</td>
        <td>Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn</td>
        <td>&#8805; 99%</td>
        </tr>
        </tbody></table>
        """, issuer: "XÃ SÓC SƠN")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time"])
        XCTAssertEqual(p.targets.first?.comparator, .atLeast)
        XCTAssertEqual(p.targets.first?.line, 14, "on the line of its cell")
        XCTAssertEqual(HTMLText.stripped("<p>Đạt&nbsp;<strong>95%</strong></p>"), "Đạt 95%")
        XCTAssertEqual(HTMLText.decodingEntities("&#8805; 90% &amp; &#x2264; 2%"), "≥ 90% & ≤ 2%")
    }

    func testAColumnPerLevelOfGovernment() {
        let p = plan("""
        PHỤ LỤC I
        STT\tChỉ tiêu\tChỉ tiêu cấp Thành phố\tChỉ tiêu giao cấp xã
        5\tTỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán\t≥ 85%\t≥ 80%
        """, issuer: "THÀNH PHỐ HÀ NỘI")
        XCTAssertEqual(p.targets.map(\.forLevel), ["tinh", "xa"])
        XCTAssertEqual(PlanExtractor.columnLevel("Chỉ tiêu giao cấp xã"), "xa")
    }

    func testAMatrixOfUnitsByNumberedAreas() {
        let p = plan("""
        IV. PHÂN CÔNG THỰC HIỆN
        Đơn vị\t(1)\t(2)\t(3)\t(4)
        Văn phòng HĐND và UBND\tph\tx\tph\tph
        Phòng Văn hóa - Xã hội\tx\tph\tph\tx
        Trung tâm Phục vụ hành chính công phường\tph\t\tx\t
        Ghi chú: x - đơn vị chủ trì; ph - đơn vị phối hợp. Cột (1) Công tác chỉ đạo, điều hành; (2) Cải cách thể chế; (3) Cải cách thủ tục hành chính; (4) Cải cách tổ chức bộ máy.
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"])
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(UnitRowsMatrix.leadCodes(in: "Ghi chú: x - đơn vị chủ trì; ph - đơn vị phối hợp"), ["x"])
    }

    func testArrowLeadsBracketedComparatorsAndNumberedAreaHeadings() {
        let p = plan("""
        II. NHIỆM VỤ
        Lĩnh vực 1: Cải cách thể chế
        - Hồ sơ TTHC giải quyết đúng hạn: 99% (tối thiểu).
        - Thời gian trả lời phản ánh, kiến nghị: 3 ngày (tối đa).
        => Chủ trì: Văn phòng HĐND và UBND phường; Phối hợp: các phòng chuyên môn.
        Lĩnh vực 2: Cải cách thủ tục hành chính
        => Chủ trì: Trung tâm Phục vụ hành chính công phường; Phối hợp: Văn phòng HĐND và UBND phường.
        """, issuer: "PHƯỜNG VINH HƯNG")
        XCTAssertEqual(p.targets.map(\.comparator), [.atLeast, .atMost])
        XCTAssertEqual(p.targets.map(\.unit), ["%", "days"])
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"])
        XCTAssertEqual(OutlineMarker.parse("=> Chủ trì: X")?.kind, .bullet)
        XCTAssertEqual(OutlineMarker.parse("Lĩnh vực 2: Cải cách thủ tục hành chính")?.ordinal, 2)
    }

    func testATableGroupedByItsFirstColumnAndAnotherDocumentsAppendix() {
        let p = plan("""
        II. CHỈ TIÊU
        Nhóm chỉ tiêu\tChỉ tiêu\tNăm 2027
        Cải cách thủ tục hành chính\tTỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn\tTối thiểu 98,5%
        \tTỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận\tTối thiểu 80%
        Phường thực hiện đầy đủ các chỉ tiêu tại Phụ lục I kèm theo Kế hoạch số 356/KH-UBND của UBND Thành phố.
        """, issuer: "THÀNH PHỐ HỒ CHÍ MINH")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-dossiers"], "each row its own")
        XCTAssertEqual(p.appendixRefs.count, 0, "the city's appendix is not this plan's")
    }
}
