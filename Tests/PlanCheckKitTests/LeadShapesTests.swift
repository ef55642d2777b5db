import XCTest
@testable import PlanCheckKit

/// Lead units and outline shapes met in plans written apart from the bundled ones: parts lettered `A.` `B.`,
/// items `a.` and `*`, a bare `Chủ trì:` line, a lead in the heading's parenthesis, `Giao X chủ trì;`, and
/// an appendix whose cells hold line breaks (the row goes on, on the next line, inside the broken cell).
final class LeadShapesTests: XCTestCase {
    func plan(_ text: String) -> Plan { ExtractionFixtures.plan(text) }

    func leads(_ p: Plan, _ area: ReformArea) -> [String] { p.area(area)?.leads.map(\.unit) ?? [] }

    func testMarkersOfCapitalLettersLowerLettersWithADotAndStars() {
        let a = OutlineMarker.parse("A. Công tác chỉ đạo, điều hành")
        XCTAssertEqual([a.map { "\($0.kind)" }, a?.text, a.map { "\($0.length)" }], ["upperLetter", "A.", "3"])
        XCTAssertEqual(OutlineMarker.parse("Đ. Cải cách tài chính công")?.ordinal, 5)
        XCTAssertEqual(OutlineMarker.parse("b. Cải cách thể chế")?.kind, .letter)
        XCTAssertEqual(OutlineMarker.parse("* Đơn vị chủ trì: Phòng Kinh tế")?.kind, .bullet)
        // Nesting: Roman parts hold lettered parts, which hold Arabic items.
        XCTAssertEqual([OutlineMarker.parse("II. X")!, OutlineMarker.parse("A. X")!, OutlineMarker.parse("1. X")!].map(\.depth), [1, 2, 3])
        XCTAssertNil(OutlineMarker.parse("A. công việc"), "a capital letter marks a part only before a capitalised title")
        XCTAssertNil(OutlineMarker.parse("v.v. các nhiệm vụ"))
        XCTAssertNil(OutlineMarker.parse("*Phòng Kinh tế,*"), "Markdown emphasis is not a bullet")
        XCTAssertNil(OutlineMarker.parse("Ab. Nội dung"))
    }

    func testLeadsUnderLetteredPartsGivenAsGiaoXChuTri() {
        let p = plan("""
        III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
        A. Công tác chỉ đạo, điều hành
        Ban hành kế hoạch cải cách hành chính, kế hoạch kiểm tra hằng năm.
        Giao Văn phòng HĐND và UBND xã chủ trì tham mưu;
        phối hợp: các phòng, đơn vị. Thời gian: hằng năm.
        B. Cải cách thể chế
        Rà soát văn bản quy phạm pháp luật.
        Giao Văn phòng HĐND và UBND xã chủ trì;
        phối hợp: Phòng Kinh tế. Thời gian: thường xuyên.
        C. Cải cách thủ tục hành chính
        Công khai thủ tục hành chính.
        Giao Trung tâm Phục vụ hành chính công xã chủ trì;
        phối hợp: Công an xã.
        E. Cải cách tài chính công
        Công khai ngân sách.
        Giao Phòng Kinh tế chủ trì;
        IV. TỔ CHỨC THỰC HIỆN
        """)
        XCTAssertEqual(leads(p, .chiDao), ["Văn phòng HĐND và UBND"])
        XCTAssertEqual(leads(p, .theChe), ["Văn phòng HĐND và UBND"])
        XCTAssertEqual(leads(p, .tthc), ["Trung tâm Phục vụ hành chính công"])
        XCTAssertEqual(leads(p, .taiChinh), ["Phòng Kinh tế"])
        XCTAssertEqual(p.area(.taiChinh)?.line, 14, "the lettered part is the area's heading")
    }

    func testBareChuTriLabelsAndLeadsInTheHeadingsParenthesis() {
        let p = plan("""
        III. nhiệm vụ
        1. chỉ đạo, điều hành
        Chủ trì: Phòng VHXH.
        - Ban hành kế hoạch cải cách hành chính năm 2026.
        2. cải cách thể chế
        * Đơn vị chủ trì: VP HĐND&UBND; phối hợp: các phòng chuyên môn.
        - Rà soát văn bản.
        3.3. Cải cách TTHC (chủ trì: TT PVHCC xã)
        - Công khai thủ tục hành chính.
        3.4. Cải cách tổ chức bộ máy (chủ trì: Phòng Văn hoá - Xã hội)
        - Sắp xếp bộ máy.
        3.5. Cải cách chế độ công vụ
        Chủ trì, phối hợp với các đơn vị: rà soát vị trí việc làm.
        """)
        XCTAssertEqual(leads(p, .chiDao), ["Phòng Văn hóa - Xã hội"])
        XCTAssertEqual(leads(p, .theChe), ["Văn phòng HĐND và UBND"], "the coordinators after ';' are not leads")
        XCTAssertEqual(leads(p, .tthc), ["Trung tâm Phục vụ hành chính công"])
        XCTAssertEqual(leads(p, .boMay), ["Phòng Văn hóa - Xã hội"])
        XCTAssertEqual(leads(p, .congVu), [], "'Chủ trì, phối hợp với …:' introduces tasks, not a unit")
    }

    func testARowGoesOnAfterALineBreakInsideItsCell() {
        let p = plan("""
        PHỤ LỤC
        STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm
        I\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH
        9\tCông khai thủ tục hành chính tại Trung tâm và trên
        Trang thông tin điện tử xã\tTrung tâm Phục vụ hành chính công xã\tVăn phòng HĐND và UBND xã\tThường xuyên\tDanh mục công khai
        10\tRà soát, đề xuất đơn giản hóa thủ tục hành chính\tTrung tâm Phục vụ hành chính công xã\tPhòng Kinh tế\tHằng năm\tBáo cáo
        II\tCẢI CÁCH TỔ CHỨC BỘ MÁY
        13\tRà soát, ban hành quy chế làm việc của UBND xã; quy
        định chức năng, nhiệm vụ các phòng\tPhòng Văn hóa - Xã hội\tVăn phòng HĐND và UBND xã\tNăm 2026\tQuy chế
        """)
        XCTAssertEqual(p.tasks.count, 3, "\(p.tasks.map(\.text))")
        XCTAssertEqual(p.tasks.first?.text, "Công khai thủ tục hành chính tại Trung tâm và trên Trang thông tin điện tử xã")
        XCTAssertEqual(p.tasks.first?.line, 4)
        XCTAssertEqual(p.tasks.map(\.lead?.unitID), ["ttpvhcc", "ttpvhcc", "vhxh"])
        XCTAssertEqual(p.tasks.last?.deadline, "Năm 2026")
        XCTAssertEqual(leads(p, .boMay), ["Phòng Văn hóa - Xã hội"])
        // A group row is narrower than its table too, but the next numbered row starts a row of its own.
        XCTAssertEqual(Cleanup.wrapsCell(["II", "CẢI CÁCH"], next: ["13", "Rà soát"], width: 6), false)
        XCTAssertEqual(Cleanup.wrapsCell(["9", "Công khai"], next: ["Trang", "Trung tâm"], width: 6), true)
        XCTAssertEqual(Cleanup.wrapsCell(["9", "Công khai"], next: ["Trang", "a", "b", "c", "d", "e"], width: 6), false, "wider than the table")
    }
}
