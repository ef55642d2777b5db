import XCTest
@testable import PlanCheckKit

/// Shapes of the seventh round of keyed plans (2026-12-07, Điện Biên and Hà Tĩnh): a parent's figures told
/// apart by a heading naming the level they bind, numbers followed by the number in words, a past year at
/// the start of a clause, and a preamble lead-in that must not lead the targets.
final class LevelHeadingShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "TỈNH ĐIỆN BIÊN") -> Plan {
        ExtractionFixtures.plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\(issuer)\tĐộc lập - Tự do - Hạnh phúc\n"
                                + "Số: 12/KH-UBND\tĐiện Biên, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\n" + body)
    }

    func testAHeadingNamingALevelGivesItsTargetsThatLevel() {
        let p = plan("""
        II. CHỈ TIÊU
        2.1. Chỉ tiêu chung
        - Tỷ lệ hồ sơ TTHC được số hóa, cấp kết quả giải quyết điện tử đạt 100%.
        2.2. Đối với các sở, ban, ngành
        - Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn không dưới 98%.
        2.3. Đối với UBND các xã, phường
        - Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn không dưới 95%.
        III. NHIỆM VỤ
        - Tỷ lệ văn bản trao đổi dưới dạng điện tử đạt 100%.
        """)
        XCTAssertEqual(p.targets.map(\.forLevel), [nil, "tinh", "xa", nil])
    }

    func testANumberInWordsInBracketsAfterACount() {
        let p = plan("""
        II. CHỈ TIÊU
        3. Phấn đấu có ít nhất 01 (một) mô hình, sáng kiến, giải pháp mới về CCHC được áp dụng hiệu quả.
        """)
        XCTAssertEqual(p.targets.map(\.value), [1])
        XCTAssertEqual(p.targets.first?.indicator, "dir.initiatives")
    }

    func testAPastYearOpeningAClauseAndTheSentenceAfterItAreResults() {
        let p = plan("""
        I. MỤC ĐÍCH
        3. Cải thiện kết quả Chỉ số CCHC của phường; năm 2025 tỷ lệ hồ sơ giải quyết đúng hạn của phường đạt 94,1%, tỷ lệ hồ sơ trực tuyến đạt 61,5%.
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn không dưới 95%.
        """)
        XCTAssertEqual(p.targets.map(\.value), [95])
    }

    func testAPreambleLeadInDoesNotLeadTheTargets() throws {
        // Hà Tĩnh's parent: `… ban hành Kế hoạch … như sau:` and then only numbered lines; the lead-in led every
        // target after it, and `1.1. Phấn đấu 100% … ban hành kế hoạch CCHC` read as a cut in time.
        let url = RuleFixtures.repo.appendingPathComponent("scripts/keyed-plans/ha-tinh-2026/parent.txt")
        let p = ExtractionFixtures.plan(try String(contentsOf: url, encoding: .utf8), path: "parent.txt")
        XCTAssertEqual(p.targets.first { $0.line == 25 }?.indicator, "dir.units-implement-plan")
    }

    func testResultsGoOnAfterASemicolonOnALineInLowerCase() {
        XCTAssertTrue(Cleanup.continues(lastLine: "- Kết quả năm 2025: tỷ lệ hồ sơ đúng hạn đạt 96,8%; hồ sơ trực tuyến đạt 58,3%;",
                                        blockLength: 80, blockMarker: nil, with: "thanh toán trực tuyến đạt 41,0%."))
        XCTAssertFalse(Cleanup.continues(lastLine: "- Rà soát văn bản;", blockLength: 20, blockMarker: nil, with: "- Công khai TTHC."))
        let p = plan("""
        I. MỤC ĐÍCH
        - Kết quả năm 2025: tỷ lệ hồ sơ đúng hạn đạt 96,8%; hồ sơ trực tuyến đạt 58,3%;
        thanh toán trực tuyến đạt 41,0%.
        II. CHỈ TIÊU
        - Tỷ lệ thanh toán trực tuyến đạt tối thiểu 75%.
        """)
        XCTAssertEqual(p.targets.map(\.value), [75])
    }
}
