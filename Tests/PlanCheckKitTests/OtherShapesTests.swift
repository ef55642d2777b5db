import XCTest
@testable import PlanCheckKit

/// A commune plan and its provincial parent written in shapes the bundled plans do not have: Word's
/// two-column header kept as a table, figures after a colon label, a staged target, area headings under the
/// 2011–2020 programme's names, leads given as "Giao Phòng X là cơ quan thường trực …; chủ trì …", and an
/// appendix table whose group rows hold the numeral alone. The plan is clean; each test plants one defect
/// (as `scripts/planted-defects.py` does) and expects it found at the right line.
final class OtherShapesTests: XCTestCase {
    static let parent = """
    ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc
    Số: 210/KH-UBND\tQuảng Ngãi, ngày 20 tháng 12 năm 2025

    KẾ HOẠCH
    Cải cách hành chính nhà nước tỉnh Quảng Ngãi năm 2026

    I. MỤC TIÊU, CHỈ TIÊU
    1. Tỷ lệ hồ sơ giải quyết thủ tục hành chính đúng hạn đạt trên 98%.
    2. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ thủ tục hành chính đạt tối thiểu 80%.
    3. Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên 92%.
    4. Tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%.
    5. Tỷ lệ thôn, tổ dân phố có tổ hòa giải hoạt động hiệu quả đạt 90%.
    """

    static let plan = """
    ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    XÃ LONG PHỤNG\tĐộc lập - Tự do - Hạnh phúc
    Số: 25/KH-UBND\tLong Phụng, ngày 15 tháng 01 năm 2026

    KẾ HOẠCH
    Cải cách hành chính nhà nước năm 2026 trên địa bàn xã Long Phụng

    Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;
    Căn cứ Kế hoạch số 210/KH-UBND ngày 20/12/2025 của UBND tỉnh Quảng Ngãi về cải cách hành chính nhà nước năm 2026;
    Ủy ban nhân dân xã ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 như sau:

    I. CHỈ TIÊU
    Phấn đấu đạt các chỉ tiêu sau:
    - Tỷ lệ hồ sơ giải quyết đúng hạn: trên 98%;
    - Tỷ lệ thanh toán trực tuyến: không dưới 50%;
    - Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước: trên 92%;
    - Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ đến năm 2026 đạt 80%, đến năm 2030 đạt 100%.
    - Tỷ lệ thôn có tổ hòa giải hoạt động hiệu quả: 90%.

    II. NHIỆM VỤ
    1. Công tác chỉ đạo, điều hành
    Tăng cường kiểm tra công tác cải cách hành chính.
    2. Cải cách thể chế
    Rà soát văn bản quy phạm pháp luật.
    3. Cải cách thủ tục hành chính
    Thực hiện cơ chế một cửa, một cửa liên thông.
    4. Cải cách tổ chức bộ máy hành chính nhà nước
    Sắp xếp tổ chức bộ máy tinh gọn.
    5. Cải cách chế độ công chức, công vụ
    Nâng cao chất lượng đội ngũ cán bộ, công chức.
    6. Đổi mới cơ chế quản lý tài chính đối với cơ quan hành chính và đơn vị sự nghiệp công lập
    Thực hiện cơ chế tự chủ tài chính.
    7. Hiện đại hóa nền hành chính
    Ứng dụng công nghệ thông tin, chuyển đổi số.

    III. TỔ CHỨC THỰC HIỆN
    1. Giao Phòng VH&XH là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; chủ trì tham mưu công tác chỉ đạo, điều hành, cải cách tổ chức bộ máy, cải cách chế độ công vụ và chính quyền số.
    2. VP HĐND&UBND chủ trì thực hiện cải cách thể chế.
    3. Phòng Kinh tế chủ trì thực hiện cải cách tài chính công.
    4. Trung tâm Phục vụ hành chính công xã chủ trì thực hiện cải cách thủ tục hành chính.

    Phụ lục
    TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm
    I\tCải cách thủ tục hành chính\t\t\t\t
    1\tCông khai thủ tục hành chính\tTrung tâm Phục vụ hành chính công\tCác phòng chuyên môn\tQuý I\tDanh mục thủ tục
    2\tSố hóa hồ sơ\tTrung tâm Phục vụ hành chính công\tPhòng Văn hóa - Xã hội\tQuý II\tHồ sơ số hóa
    """

    func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    func findings(_ planLines: [String]) -> [Finding] {
        let plan = PlanExtractor.extract(SourceDocument(path: "plans/quang-ngai/long-phung.txt", lines: planLines),
                                         catalog: RuleFixtures.catalog)
        let parent = PlanExtractor.extract(SourceDocument(path: "parents/quang-ngai.txt", lines: lines(Self.parent)),
                                           catalog: RuleFixtures.catalog)
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        return engine.run(plans: [plan]) { _ in parent }
    }

    func line(_ text: [String], _ s: String) throws -> Int { try XCTUnwrap(text.firstIndex { $0.contains(s) }) + 1 }

    func assertFound(_ f: [Finding], _ category: String, near line: Int, file: StaticString = #filePath, at l: UInt = #line) {
        XCTAssertTrue(f.contains { $0.category == category && abs($0.line - line) <= 2 },
                      "no \(category) near line \(line); got \(f.map { "\($0.line) \($0.category)" })", file: file, line: l)
    }

    func testTheCleanPlanIsReadWhole() throws {
        let p = PlanExtractor.extract(SourceDocument(path: "x.txt", lines: lines(Self.plan)), catalog: RuleFixtures.catalog)
        XCTAssertEqual(p.number, "25/KH-UBND")
        XCTAssertEqual(p.date, "2026-01-15")
        XCTAssertEqual(p.parentCited?.number, "210/KH-UBND")
        XCTAssertEqual(p.areas.count, ReformArea.allCases.count)
        XCTAssertTrue(p.areas.allSatisfy { !$0.leads.isEmpty }, "\(p.areas.filter { $0.leads.isEmpty }.map(\.area))")
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"])
        XCTAssertEqual(p.tasks.map(\.area), [.tthc, .tthc], "group rows with the numeral alone")
        XCTAssertEqual(p.targets.filter { $0.indicator == nil }.map(\.value), [90], "only the target outside the catalogue")
        let f = findings(lines(Self.plan))
        let categories = Set(f.map(\.category))
        for wrong in ["missing-area", "area-without-lead", "target-below-parent", "citation-date-conflict", "citation-malformed"] {
            XCTAssertFalse(categories.contains(wrong), "\(wrong): \(f.filter { $0.category == wrong }.map(\.message))")
        }
    }

    func testFigureLoweredAfterAColon() throws {
        var text = lines(Self.plan)
        let l = try line(text, "thanh toán trực tuyến: không dưới 50%")
        text[l - 1] = text[l - 1].replacingOccurrences(of: "50%", with: "40%")
        assertFound(findings(text), "target-below-parent", near: l)
    }

    func testStagedFigureLowered() throws {
        var text = lines(Self.plan)
        let l = try line(text, "đến năm 2026 đạt 80%")
        text[l - 1] = text[l - 1].replacingOccurrences(of: "đạt 80%", with: "đạt 70%")
        assertFound(findings(text), "target-below-parent", near: l)
    }

    func testATargetOutsideTheCatalogueLoweredBelowTheParentsOfTheSameSubject() throws {
        var text = lines(Self.plan)
        let l = try line(text, "tổ hòa giải")
        text[l - 1] = text[l - 1].replacingOccurrences(of: "90%", with: "75%")
        let f = findings(text)
        XCTAssertTrue(f.contains { $0.ruleID == "CCHC-TARGET-004" && $0.line == l }, "\(f.map { "\($0.line) \($0.ruleID)" })")
        // Another subject sharing a few words is not paired.
        XCTAssertFalse(try ParentTargetKind(RuleFixtures.params([:])).sameSubject(
            ParentTargetKind.subjectWords("Tỷ lệ hộ gia đình có tủ sách pháp luật"),
            ParentTargetKind.subjectWords("Tỷ lệ thôn có tổ hòa giải hoạt động hiệu quả")))
    }

    func testLeadRemovedFromAParagraphOpeningWithItsUnit() throws {
        var text = lines(Self.plan)
        let l = try line(text, "Giao Phòng VH&XH")
        text[l - 1] = ""
        let f = findings(text)
        XCTAssertTrue(f.contains { $0.category == "area-without-lead" && $0.message.contains("công vụ") }, "\(f.map(\.message))")
    }

    func testCitationNumberAndParentDateChanged() throws {
        var text = lines(Self.plan)
        let decree = try line(text, "118/2025/NĐ-CP")
        text[decree - 1] = text[decree - 1].replacingOccurrences(of: "118/2025", with: "115/2025")
        assertFound(findings(text), "citation-malformed", near: decree)
        text = lines(Self.plan)
        let parentLine = try line(text, "210/KH-UBND ngày 20/12/2025")
        text[parentLine - 1] = text[parentLine - 1].replacingOccurrences(of: "20/12/2025", with: "21/12/2025")
        XCTAssertTrue(findings(text).contains { $0.line == parentLine && $0.ruleID.hasPrefix("CCHC-CITE") },
                      "a parent cited with another date than the loaded parent's")
    }
}
