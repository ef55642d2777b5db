import XCTest
@testable import PlanCheckKit

final class CanonicalRendererTests: XCTestCase {
    func testRendersOneSortedFactPerLineWithSourceLines() {
        XCTAssertEqual(CanonicalRenderer.render(DiffFixture.draft, lang: .vi), """
        # plancheck canonical v1
        thông tin | cơ quan ban hành: UBND phường Thành Đông
        thông tin | cấp: phuong
        thông tin | kỳ kế hoạch: 2026
        thông tin | số: /KH-UBND
        thông tin | trạng thái: dự thảo
        thông tin | căn cứ kế hoạch cấp trên: Quyết định 5256/QĐ-UBND 2025-12-26  @L18
        lĩnh vực | the-che | Cải cách thể chế | chủ trì: Văn phòng HĐND và UBND  @L60
        lĩnh vực | tthc | Cải cách thủ tục hành chính | chủ trì: Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công  @L80
        lĩnh vực | so | Chính quyền điện tử, chính quyền số | chủ trì: Phòng Văn hóa - Xã hội  @L120
        chỉ tiêu | — | >= 90% | 2026 | so | Tỷ lệ cán bộ, công chức được tập huấn kỹ năng số đạt từ 90% trở lên  @L125
        chỉ tiêu | tthc.e-results | = 100% | 2026 | tthc  @L92
        chỉ tiêu | tthc.online-dossiers | >= 80% | 2026 | tthc  @L88
        nhiệm vụ | chi-dao | Thực hiện chế độ báo cáo cải cách hành chính định kỳ | chủ trì: Phòng Văn hóa - Xã hội | phối hợp: Các phòng chuyên môn | thời hạn: Hằng quý | sản phẩm: Báo cáo của UBND phường  @L241
        nhiệm vụ | chi-dao | Xây dựng và triển khai Kế hoạch cải cách hành chính năm 2026 | chủ trì: Phòng Văn hóa - Xã hội | phối hợp: Các phòng chuyên môn; Trung tâm Phục vụ hành chính công | thời hạn: Trước ngày 15/01/2026 | sản phẩm: Kế hoạch của UBND phường  @L240
        văn bản | 5256/QĐ-UBND | Quyết định | 2025-12-26 | Ủy ban nhân dân thành phố  @L18
        văn bản | 76/NQ-CP | Nghị quyết | 2021-07-15 | Chính phủ  @L14,52

        """)
    }

    func testEnglishLabels() {
        let s = CanonicalRenderer.render(DiffFixture.signed, lang: .en, lines: false)
        XCTAssertTrue(s.contains("meta | status: signed\n"), s)
        XCTAssertTrue(s.contains("target | tthc.online-dossiers | >= 75% | 2026 | tthc\n"), s)
        XCTAssertTrue(s.contains("citation | 76/NQ-CP | Nghị quyết | 2022-07-15 | Chính phủ\n"), s)
        XCTAssertFalse(s.contains("@L"))
    }

    func testWithoutLinesAReformattedPlanRendersIdentically() {
        let a = CanonicalRenderer.render(DiffFixture.draft, lang: .vi, lines: false)
        let b = CanonicalRenderer.render(DiffFixture.reformatted, lang: .vi, lines: false)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(CanonicalRenderer.render(DiffFixture.draft, lang: .vi, lines: true),
                          CanonicalRenderer.render(DiffFixture.reformatted, lang: .vi, lines: true))
    }

    func testToneMarkPlacementIsNormalised() {
        XCTAssertEqual(CanonicalText.normalizeTones("số hoá, thuỷ lợi, khoẻ mạnh, quý, hoàn thành, Hoá"),
                       "số hóa, thủy lợi, khỏe mạnh, quý, hoàn thành, Hóa".decomposedStringWithCanonicalMapping)
        XCTAssertEqual(CanonicalText.clean("  chuyển  đổi\nsố   hoá **mạnh** "), "chuyển đổi số hóa mạnh")
    }

    func testFigureFormats() {
        var t = DiffFixture.draft.targets[0]
        XCTAssertEqual(FigureFormat.canonical(t), ">= 80%")
        XCTAssertEqual(FigureFormat.display(t, lang: .vi), "tối thiểu 80%")
        t.comparator = .range; t.value = 25; t.valueMax = 35.5
        XCTAssertEqual(FigureFormat.canonical(t), "25-35.5%")
        XCTAssertEqual(FigureFormat.display(t, lang: .vi), "25–35,5%")
        t.comparator = .reduce; t.unit = "count"
        XCTAssertEqual(FigureFormat.display(t, lang: .en), "reduce by 25")
        XCTAssertEqual(FigureFormat.date("2021-07-05", lang: .vi), "5/7/2021")
    }
}
