import XCTest
@testable import PlanCheckKit

/// Shapes of the thirty-second round of keyed plans (2026-12-08: communes' 2028 plans under the 2026–2030 plans
/// of Hà Tĩnh, Lâm Đồng and Gia Lai).
final class RoundThirtyTwoShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "PHƯỜNG THÀNH SEN") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2028", number: "88/KH-UBND", date: "ngày 20 tháng 12 năm 2027")
    }

    func testALaTeXSourceIsReadAsItsPDFShowsIt() {
        let source = """
        \\documentclass[13pt]{extarticle}
        \\begin{document}
        \\section*{II. CHỈ TIÊU}
        % Kết quả năm 2027: đạt 96,1%
          \\item Tỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn đạt tối thiểu $97{,}5\\%$.
          \\item Hoàn thành \\textbf{100\\%} nhiệm vụ của Kế hoạch đúng tiến độ.
        2 & Thanh toán trực tuyến trong giải quyết TTHC & giai đoạn 2026--2028 đạt 55--60\\% \\\\ \\hline
        \\noindent\\textit{Chủ trì:} Văn phòng HĐND và UBND xã.
        """
        let lines = LaTeXSource.rendered(source).components(separatedBy: "\n")
        XCTAssertEqual(lines.count, 8, "each line stays where it was")
        XCTAssertEqual(lines[0], "")
        XCTAssertEqual(lines[2], "II. CHỈ TIÊU")
        XCTAssertEqual(lines[3], "", "a comment is not printed")
        XCTAssertEqual(lines[4], "- Tỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn đạt tối thiểu 97,5%.")
        XCTAssertEqual(lines[5], "- Hoàn thành 100% nhiệm vụ của Kế hoạch đúng tiến độ.")
        XCTAssertEqual(lines[6], "2\tThanh toán trực tuyến trong giải quyết TTHC\tgiai đoạn 2026-2028 đạt 55-60%")
        XCTAssertEqual(lines[7], "Chủ trì: Văn phòng HĐND và UBND xã.")
        XCTAssertEqual(LaTeXSource.rendered("Đạt 100% \\textbf{x}"), "Đạt 100% \\textbf{x}", "no LaTeX document")
    }

    func testAUnifiedDiffIsReadAsTheIssuedText() {
        let diff = "$ diff -u draft.txt issued.txt\n--- draft.txt\n+++ issued.txt\n@@ -1,3 +1,3 @@\n Căn cứ Kế hoạch số 176/KH-UBND;\n"
            + "-- Tỷ lệ hồ sơ đúng hạn đạt tối thiểu 95%.\n+- Tỷ lệ hồ sơ đúng hạn đạt tối thiểu 98,5%.\n"
        XCTAssertEqual(UnifiedDiff.issued(diff).components(separatedBy: "\n"),
                       ["$ diff -u draft.txt issued.txt", "", "", "", "Căn cứ Kế hoạch số 176/KH-UBND;", "", "- Tỷ lệ hồ sơ đúng hạn đạt tối thiểu 98,5%.", ""])
        XCTAssertEqual(UnifiedDiff.issued("- 95%\n+ 98%"), "- 95%\n+ 98%", "bullets are no diff")
    }

    func testConfluenceMarkupIsReadAsThePageShowsIt() {
        let page = "h1. Kế hoạch\nh2. Căn cứ\n* [Kế hoạch số 176/KH-UBND ngày 27/3/2026|http://vbpl.hatinh.gov.vn/176] về CCHC;\n"
            + "h2. I. Chỉ tiêu\n||TT||Chỉ tiêu||Phường||\n|1|Hồ sơ đúng hạn|{color:red}*≥ 99%*{color}|"
        XCTAssertEqual(WikiMarkup.shown(page).components(separatedBy: "\n"),
                       ["Kế hoạch", "Căn cứ", "* Kế hoạch số 176/KH-UBND ngày 27/3/2026 về CCHC;", "I. Chỉ tiêu", "|TT|Chỉ tiêu|Phường|", "|1|Hồ sơ đúng hạn|*≥ 99%*|"])
        XCTAssertEqual(WikiMarkup.shown("h1. Một\nh2. Hai"), "h1. Một\nh2. Hai", "two headings are no wiki page")
    }

    func testEnglishTranslationsOfABilingualPlanAreNotRead() {
        let vietnamese = (1...5).map { "\($0)) \($0)00% nhiệm vụ được hoàn thành.\n_\($0)) \($0)00% of tasks are completed._" }.joined(separator: "\n")
        let read = TranslationLines.dropped(vietnamese).components(separatedBy: "\n")
        XCTAssertEqual(read.count, 10)
        XCTAssertEqual(read[0], "1) 100% nhiệm vụ được hoàn thành.")
        XCTAssertEqual(read[1], "")
        let italics = "Dòng một.\n_Chú thích: đây là tiếng Việt_\n_Note_"
        XCTAssertEqual(TranslationLines.dropped(italics), italics, "fewer than five, or Vietnamese")
    }

    func testHTMLCommentsAreNotThePlan() {
        let text = "- Điểm Chỉ số CCHC đạt từ 82 điểm trở lên. <!-- bản cũ: từ 80 điểm -->\n<!--\n- Tỷ lệ cũ đạt 85%.\n-->\nHết."
        XCTAssertEqual(HTMLComments.stripped(text), "- Điểm Chỉ số CCHC đạt từ 82 điểm trở lên. \n\n\n\nHết.", "each line stays where it was")
        XCTAssertEqual(HTMLComments.stripped("A <!-- không đóng\nB"), "A \n", "an unclosed comment hides the rest")
        XCTAssertEqual(HTMLComments.stripped("Không có chú thích."), "Không có chú thích.")
    }

    func testAnEnglishLineIsNoTelex() {
        XCTAssertNil(TelexLines.decoded("_Results in 2027 (estimated as of 30 November 2027): 98.7% of dossiers or more_"),
                     "`as`, `of`, `or` spell syllables, but the line is English")
    }

    func testFiguresOnAnArrowsLineAreTheLabelsAbove() {
        let p = plan("""
        II. CHỈ TIÊU
        1. Tỷ lệ văn bản quy phạm pháp luật do HĐND, UBND xã ban hành được tự kiểm tra, rà soát
        → Tỉnh giao: 100% | Xã: 100%
        2. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn
        → Tỉnh giao: ≥ 98% | Xã: ≥ 98,5%
        """, issuer: "XÃ ĐỨC TRỌNG")
        XCTAssertEqual(p.targets.map(\.value), [100, 98.5], "the province's figures are not the commune's")
        XCTAssertEqual(p.targets.map(\.indicator), ["inst.lawdocs-reviewed", "tthc.on-time"])
        XCTAssertEqual(p.targets.map(\.line).map { $0 - p.targets[0].line }, [0, 2], "each on its arrow's line")
    }

    func testMathematicalLettersKeycapsAndSpacedThousands() {
        XCTAssertEqual(CompatibilityForms.narrowed("𝐂𝐇𝐈̉ 𝐓𝐈𝐄̂𝐔: đạt 𝟗𝟕,𝟓%").precomposedStringWithCanonicalMapping, "CHỈ TIÊU: đạt 97,5%")
        XCTAssertEqual(CompatibilityForms.narrowed("1️⃣ 100% nhiệm vụ; 1️⃣1️⃣ 90% hồ sơ; 🔟 x"), "1. 100% nhiệm vụ; 11. 90% hồ sơ; 10. x")
        let p = plan("""
        II. CHỈ TIÊU
        - Hướng dẫn, hỗ trợ tối thiểu 1 600 lượt người dân sử dụng dịch vụ công trực tuyến.
        - Số hóa tối thiểu 1\u{202F}286\u{202F}450 hồ sơ lưu trữ.
        - Chỉ tiêu 1 100% hồ sơ giải quyết đúng hạn.
        - Tự kiểm tra công tác cải cách hành chính tối thiểu 02 cuộc/năm.
        """)
        XCTAssertEqual(p.targets.map(\.value), [1600, 1286450, 100, 2])
        XCTAssertEqual(p.targets.last?.indicator, "dir.inspection-rounds")
    }

    func testABulletNamingItsAreaAndLeadIsTheAreasSection() {
        let p = plan("""
        III. NHIỆM VỤ VÀ PHÂN CÔNG
        🔹 Cải cách TTHC: 👉 Trung tâm Phục vụ hành chính công phường chủ trì, thực hiện cơ chế một cửa.
        🔹 Tài chính công: 👉 Phòng Kinh tế, Hạ tầng và Đô thị chủ trì công khai ngân sách.
        """, issuer: "PHƯỜNG PHAN THIẾT")
        XCTAssertEqual(p.areas.first { $0.area == .tthc }?.leads.first?.unit, "Trung tâm Phục vụ hành chính công")
        XCTAssertEqual(p.areas.first { $0.area == .taiChinh }?.leads.first?.unit, "Phòng Kinh tế, Hạ tầng và Đô thị")
    }

    func testALaterStageOfTheCommunesScoreBindsTheCommunesToo() {
        let parent = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
        KẾ HOẠCH
        Cải cách hành chính tỉnh Hà Tĩnh giai đoạn 2026 - 2030
        II. CHỈ TIÊU
        - Điểm Chỉ số CCHC của UBND cấp xã: giai đoạn 2026 - 2027 đạt tối thiểu 78 điểm/năm; giai đoạn 2028 - 2030 đạt tối thiểu 82 điểm/năm.
        """)
        XCTAssertEqual(parent.targets.map(\.forLevel), ["xa", "xa"])
    }
}
