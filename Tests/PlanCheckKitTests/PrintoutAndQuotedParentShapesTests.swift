import XCTest
@testable import PlanCheckKit

/// Shapes of the sixteenth round of keyed plans (2026-12-07, Sơn La, Quảng Ngãi 2026–2030, Cà Mau
/// 2026–2030): printed line numbers, unit names alone over their duties, the parent's targets quoted,
/// reviewers' marks, rises over a base, tables titled for a level, and stage levels with a part.
final class PrintoutAndQuotedParentShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ THUẬN CHÂU", period: String = "năm 2026") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: period, number: "15/KH-UBND", date: "ngày 12 tháng 01 năm 2026")
    }

    func testAPrintoutsLineNumbersAreNotText() {
        var lines = ["KẾ HOẠCH"]
        for k in 1...24 { lines.append(String(format: "%2d  ", k) + (k == 3 ? "Cơ quan chủ trì: Phòng Văn hóa - Xã hội." : "- Nội dung số \(k).")) }
        let stripped = PrintedLineNumbers.stripped(lines)
        XCTAssertEqual(stripped[3], "Cơ quan chủ trì: Phòng Văn hóa - Xã hội.")
        XCTAssertEqual(stripped[0], "KẾ HOẠCH", "an unnumbered line stays")
        // A short numbered list, or numbers that do not count up, are the text's own.
        XCTAssertEqual(PrintedLineNumbers.stripped(Array(lines.prefix(6))), Array(lines.prefix(6)))
        let scattered = (1...24).map { String(format: "%2d  ", ($0 * 7) % 50 + 1) + "Mục \($0)." }
        XCTAssertEqual(PrintedLineNumbers.stripped(scattered), scattered)
    }

    func testAUnitsNameAloneOverItsDuties() {
        let p = plan("""
        II. NHIỆM VỤ
        1. Cải cách thể chế
        - Rà soát văn bản.
        2. Cải cách tổ chức bộ máy hành chính nhà nước
        - Kiện toàn tổ chức.
        IV. PHÂN CÔNG THỰC HIỆN
        **Phòng Văn hóa - Xã hội**
        - Chủ trì: cải cách tổ chức bộ máy hành chính nhà nước.
        - Phối hợp: cải cách thể chế (rà soát văn bản).
        **Văn phòng HĐND và UBND phường**
        - Chủ trì: cải cách thể chế.
        """, issuer: "PHƯỜNG TÔ HIỆU")
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"], "the next unit's name ends the first's duties")
        XCTAssertNil(Outline.unitNamedAlone("Phòng Văn hóa - Xã hội chủ trì tham mưu", catalog: ExtractionFixtures.catalog))
    }

    func testTheParentsTargetsQuotedBeforeThePlansOwn() {
        let p = plan("""
        III. CHỈ TIÊU NĂM 2028
        Chỉ tiêu tỉnh giao (trích Kế hoạch số 58/KH-UBND):
        “- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 99%.
        - Tỷ lệ giao dịch thanh toán trực tuyến năm 2028 đạt tối thiểu 70%.”
        Chỉ tiêu của phường:
        1. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 99%. [Comment CN2: giữ 95% như năm trước]
        2. Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu {-70%-}{+75%+}.
        3. Tỷ lệ hồ sơ nộp qua ứng dụng VNeID tăng tối thiểu 10% so với năm 2027.
        """, issuer: "PHƯỜNG BẠC LIÊU", period: "năm 2028")
        XCTAssertEqual(p.targets.map(\.line), [13, 14, 15], "the quoted block is the parent's")
        XCTAssertEqual(p.targets.map(\.value), [99, 75, 10], "the comment's 95% and the deleted 70% are gone")
        XCTAssertEqual(p.targets.last?.comparator, .rise, "a rise over a base is no level")
        XCTAssertEqual(EditorMarks.strip("đạt {-95%-}{+97%+} [Comment CN1: đề nghị thống nhất]."), "đạt 97%.")
    }

    func testATableTitledForALevelAndAStageLevelWithAPart() {
        let parent = plan("""
        II. CHỈ TIÊU
        - Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính:
        + Giai đoạn 2028 - 2030: đạt tối thiểu 95%, trong đó lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 90%.
        Biểu số 01: Chỉ tiêu đối với các sở, ban, ngành tỉnh (Kèm theo Kế hoạch số 318/KH-UBND)
        | TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2026 |
        |----|----------|-------------|-------------------|
        | 1 | Tỷ lệ hồ sơ công việc của sở, ban, ngành được xử lý trên môi trường mạng | % | ≥ 95 |
        Biểu số 02: Chỉ tiêu đối với UBND các xã, phường
        | TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2026 |
        |----|----------|-------------|-------------------|
        | 1 | Tỷ lệ hồ sơ công việc của UBND xã, phường được xử lý trên môi trường mạng | % | ≥ 90 |
        """, issuer: "TỈNH CÀ MAU", period: "giai đoạn 2026 - 2030")
        let stage = parent.targets.filter { $0.line == 10 }
        XCTAssertEqual(stage.map(\.indicator), ["sat.tthc", "sat.land-build"], "the whole's words before it, the part's after `trong đó`")
        XCTAssertEqual(stage.map(\.period), [Period(from: 2028, to: 2030), Period(from: 2028, to: 2030)], "the part takes the whole's stage")
        let work = parent.targets.filter { $0.indicator == "digital.work-files-online" }
        XCTAssertEqual(work.map(\.forLevel), ["tinh", "xa"], "each table for the level its title names")

        let annual = plan("""
        II. CHỈ TIÊU
        - Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 92%.
        """, issuer: "PHƯỜNG BẠC LIÊU", period: "năm 2028")
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        let found = engine.run(plans: [annual]) { _ in parent }
        XCTAssertEqual(found.filter { $0.ruleID == "CCHC-TARGET-007" }.map(\.line), [9], "below the stage's level, as a warning")
        XCTAssertTrue(found.filter { $0.ruleID == "CCHC-TARGET-007" }.first?.message.contains("2028–2030") == true)
    }
}
