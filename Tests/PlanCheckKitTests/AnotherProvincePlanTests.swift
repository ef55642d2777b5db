import XCTest
@testable import PlanCheckKit

/// A commune plan in the style of another province (Word table letterhead, a numbered chỉ tiêu list, areas under
/// "Nhiệm vụ, giải pháp", leads in "Tổ chức thực hiện"), checked against the national baseline as a reviewer
/// would without the province's parent: the clean text gives no error or warning, and each defect a reviewer
/// finds in such plans, planted one at a time, is reported on its line.
final class AnotherProvincePlanTests: XCTestCase {
    static let plan = """
    ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    XÃ SƠN HÀ\tĐộc lập - Tự do - Hạnh phúc
    Số: 21/KH-UBND\tSơn Hà, ngày 12 tháng 01 năm 2026

    KẾ HOẠCH
    Cải cách hành chính nhà nước năm 2026 trên địa bàn xã Sơn Hà

    Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;
    Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;
    Thực hiện Kế hoạch số 305/KH-UBND ngày 25/12/2025 của UBND tỉnh Quảng Ngãi về cải cách hành chính nhà nước năm 2026;
    Ủy ban nhân dân xã Sơn Hà ban hành Kế hoạch cải cách hành chính năm 2026, cụ thể như sau:

    I. MỤC ĐÍCH, YÊU CẦU
    1. Mục đích
    - Triển khai có hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 trên địa bàn xã.
    - Nâng cao Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng (SIPAS) của xã.
    2. Yêu cầu
    - Xác định rõ nhiệm vụ, thời gian hoàn thành, trách nhiệm của từng cơ quan, đơn vị.

    II. CHỈ TIÊU
    1. Tỷ lệ hồ sơ giải quyết thủ tục hành chính đúng hạn đạt trên 98%.
    2. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính đạt tối thiểu 70%.
    3. Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%.
    4. 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa theo quy định.
    5. 100% văn bản quy phạm pháp luật do HĐND, UBND xã ban hành đúng thẩm quyền, trình tự, thủ tục.
    6. Mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến đạt tối thiểu 95%.

    III. NHIỆM VỤ, GIẢI PHÁP
    1. Công tác chỉ đạo, điều hành
    - Tổ chức kiểm tra công tác cải cách hành chính ít nhất 01 lần/năm.
    - Đẩy mạnh tuyên truyền cải cách hành chính trên hệ thống truyền thanh của xã.
    2. Cải cách thể chế
    - Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành.
    3. Cải cách thủ tục hành chính
    - Công khai đầy đủ, kịp thời thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.
    - UBND xã Sơn Hà tổ chức tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính.
    4. Cải cách tổ chức bộ máy
    - Rà soát chức năng, nhiệm vụ của các phòng chuyên môn theo quy định.
    5. Cải cách chế độ công vụ
    - Đánh giá, xếp loại cán bộ, công chức theo quy định.
    6. Cải cách tài chính công
    - Thực hiện công khai ngân sách theo quy định.
    7. Xây dựng và phát triển chính quyền điện tử, chính quyền số
    - Tiếp tục triển khai Đề án 06 trên địa bàn xã.

    IV. TỔ CHỨC THỰC HIỆN
    1. Văn phòng HĐND và UBND xã là cơ quan thường trực, chủ trì tham mưu triển khai Kế hoạch cải cách hành chính; chủ trì thực hiện cải cách thể chế.
    2. Trung tâm Phục vụ hành chính công xã chủ trì thực hiện cải cách thủ tục hành chính, xây dựng chính quyền số.
    3. Phòng Văn hóa - Xã hội chủ trì thực hiện cải cách tổ chức bộ máy, cải cách chế độ công vụ.
    4. Phòng Kinh tế chủ trì thực hiện cải cách tài chính công.

    Nơi nhận:
    - UBND tỉnh;
    - Lưu: VT.
    TM. ỦY BAN NHÂN DÂN
    CHỦ TỊCH
    """

    func findings(_ text: String) -> [Finding] {
        let plan = PlanExtractor.extract(SourceDocument(path: "plans/quang-ngai/son-ha-2026.txt", lines: text.components(separatedBy: "\n")),
                                         catalog: RuleFixtures.catalog)
        // No provincial parent loaded: the national baseline is the parent, as for `plancheck check`.
        let baseline = try? ParentLoader.loadPlan(RuleFixtures.rulesRoot.appendingPathComponent("national/baseline.ini"),
                                                  catalog: RuleFixtures.catalog)
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        return engine.run(plans: [plan]) { _ in baseline }
    }

    func line(_ text: String, _ s: String) throws -> Int {
        try XCTUnwrap(text.components(separatedBy: "\n").firstIndex { $0.contains(s) }) + 1
    }

    func testTheCleanPlanIsReadWholeAndPasses() throws {
        let p = PlanExtractor.extract(SourceDocument(path: "x.txt", lines: Self.plan.components(separatedBy: "\n")), catalog: RuleFixtures.catalog)
        XCTAssertEqual(p.issuer, "UBND xã Sơn Hà")
        XCTAssertEqual(p.number, "21/KH-UBND")
        XCTAssertEqual(p.date, "2026-01-12")
        XCTAssertEqual(p.parentCited?.number, "305/KH-UBND")
        XCTAssertEqual(p.areas.count, ReformArea.allCases.count)
        XCTAssertTrue(p.areas.allSatisfy { !$0.leads.isEmpty }, "\(p.areas.filter { $0.leads.isEmpty }.map(\.area))")
        XCTAssertEqual(p.targets.count, 6)
        XCTAssertTrue(p.targets.allSatisfy { $0.indicator != nil }, "\(p.targets.filter { $0.indicator == nil }.map(\.text))")
        let serious = findings(Self.plan).filter { $0.severity != .info }
        XCTAssertTrue(serious.isEmpty, "\(serious.map { "\($0.line) \($0.ruleID) \($0.message)" })")
    }

    func plant(_ from: String, _ to: String) throws -> (text: String, line: Int) {
        let l = try line(Self.plan, from)
        return (Self.plan.replacingOccurrences(of: from, with: to), l)
    }

    func assertFound(_ planted: (text: String, line: Int), _ rule: String, file: StaticString = #filePath, at l: UInt = #line) {
        let f = findings(planted.text)
        XCTAssertTrue(f.contains { $0.ruleID == rule && abs($0.line - planted.line) <= 2 },
                      "no \(rule) near line \(planted.line); got \(f.map { "\($0.line) \($0.ruleID)" })", file: file, line: l)
    }

    func testEachPlantedDefectIsFoundOnItsLine() throws {
        assertFound(try plant("ngày 15/7/2021 của Chính phủ ban hành", "ngày 15/7/2022 của Chính phủ ban hành"), "CCHC-CITE-001")
        assertFound(try plant("nhà nước giai đoạn 2021-2030 trên địa bàn xã", "nhà nước giai đoạn 2021-2025 trên địa bàn xã"), "CCHC-CITE-005")
        assertFound(try plant("- UBND xã Sơn Hà tổ chức tiếp nhận", "- UBND xã Sơn Tịnh tổ chức tiếp nhận"), "CCHC-TEXT-005")
        // The baseline sets 95% for 2026.
        assertFound(try plant("dịch vụ công trực tuyến đạt tối thiểu 95%", "dịch vụ công trực tuyến đạt tối thiểu 85%"), "CCHC-TARGET-001")
        // A lead removed is reported at the area's heading.
        var removed = try plant("4. Phòng Kinh tế chủ trì thực hiện cải cách tài chính công.", "4. Phòng Kinh tế phối hợp thực hiện.")
        removed.line = try line(Self.plan, "6. Cải cách tài chính công")
        assertFound(removed, "CCHC-AREA-002")
    }
}
