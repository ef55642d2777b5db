import XCTest
@testable import PlanCheckKit

/// Shapes of the seventeenth round of keyed plans (2026-12-07, Lạng Sơn, Điện Biên and Vĩnh Long
/// 2026–2030): slides, `Phụ trách:` leads, milestone columns, registration lines under the item they answer,
/// figures for a kind of commune in a cell, task tables grouped by their first column, and web copy.
final class SlideAndRegistrationShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ LỘC BÌNH", period: String = "giai đoạn 2026 - 2030") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: period, number: "29/KH-UBND", date: "ngày 02 tháng 4 năm 2026")
    }

    func testSlidesWithShortAreaTitlesAndResponsibleLines() {
        let p = plan("""
        Slide 9/12 – Nhiệm vụ: Tổ chức bộ máy; Chế độ công vụ
        Tổ chức bộ máy
        • Rà soát chức năng, nhiệm vụ các phòng chuyên môn
        Phụ trách: Phòng Văn hóa - Xã hội
        Đơn vị phối hợp: Văn phòng HĐND và UBND xã
        Tài chính công
        • Quy chế chi tiêu nội bộ
        Đơn vị phụ trách: Phòng Kinh tế
        UBND xã Lộc Bình · Kế hoạch CCHC 2026–2030 · 9
        """)
        XCTAssertEqual(p.area(.boMay)?.line, 8, "the slide's title names it first")
        XCTAssertTrue(Cleanup.isAreaTitle("Tổ chức bộ máy"), "a short area title alone on its line is not joined to the title above")
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unitID), ["vhxh"], "`Phụ trách:`, not the coordinator below it")
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"])
    }

    func testMilestoneColumnsAndArrows() {
        let parent = plan("""
        Mã\tChỉ tiêu\tMốc 2027\tMốc 2030\tGhi chú
        CT-05\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn\t≥ 98%\t≥ 99%\t
        """, issuer: "TỈNH LẠNG SƠN")
        XCTAssertEqual(parent.targets.map { $0.period?.to }, [2027, 2030], "`Mốc 2027` is a year column")
        let commune = plan("""
        II. CHỈ TIÊU
        • Tỷ lệ hồ sơ trực tuyến: 70% (2026) → 80% (2027) → 90% (2030)
        """)
        XCTAssertEqual(commune.targets.map(\.value), [70, 80, 90])
        XCTAssertEqual(commune.targets.map { $0.period?.to }, [2026, 2027, 2030])
    }

    func testRegistrationLinesUnderTheItemTheyAnswer() {
        let p = plan("""
        II. CHỈ TIÊU ĐĂNG KÝ NĂM 2026
        2.3. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn
        Kết quả năm 2025: 96,9%
        Đăng ký đạt: 98%
        2.4. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến trên tổng số hồ sơ
        Kết quả năm 2025: 52,3%
        Mức đăng ký: tối thiểu 65%
        """, issuer: "XÃ THANH NƯA", period: "năm 2026")
        XCTAssertEqual(p.targets.map(\.value), [98, 65], "the results are not targets")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-dossiers"])
        XCTAssertTrue(TargetRecords.isResultField("ket qua nam 2025"))
        XCTAssertTrue(Cleanup.startsTaskField("Mức đăng ký: tối thiểu 65%"), "a value line is not joined to the item above")
    }

    func testAFigureForAKindOfCommuneInACell() {
        let t = AlignedFold("≥ 70% (xã vùng III: ≥ 50%)")
        let figures = FigureScanner.scan(t)
        XCTAssertEqual(figures.map(\.value), [70, 50])
        XCTAssertEqual(CommuneKind.bracketed(t, figureStart: figures[0].start, end: figures[0].end), CommuneKind.ordinary)
        XCTAssertEqual(CommuneKind.bracketed(t, figureStart: figures[1].start, end: figures[1].end), CommuneKind.difficult)
        let commune = plan("""
        I. MỤC ĐÍCH, YÊU CẦU
        - Xã Mường Nhé là xã vùng III, do đó áp dụng mức chỉ tiêu dành cho xã vùng III.
        """, issuer: "XÃ MƯỜNG NHÉ")
        XCTAssertEqual(commune.communeKind, CommuneKind.difficult)
    }

    func testATaskTableGroupedByItsFirstColumnAndWebCopy() {
        let p = plan("""
        II. NHIỆM VỤ, CHỈ TIÊU VÀ PHÂN CÔNG THỰC HIỆN
        Nhóm nhiệm vụ\tNhiệm vụ cụ thể\tChỉ tiêu/kết quả\tChủ trì\tPhối hợp\tThời gian
        III. Cải cách thủ tục hành chính\tTiếp nhận, giải quyết hồ sơ theo cơ chế một cửa\tTỷ lệ hồ sơ giải quyết đúng hạn ≥ 99%/năm\tTrung tâm Phục vụ hành chính công\tCác phòng chuyên môn\tThường xuyên
        \tHướng dẫn người dân nộp hồ sơ trực tuyến\tHồ sơ trực tuyến ≥ 60% (2026); ≥ 80% (2030)\tTrung tâm Phục vụ hành chính công\tCông an phường\tHằng năm
        - Tỷ lệ hồ sơ được giải quyết trực tuyến đạt tối thiểu 60&nbsp;%.
        """, issuer: "PHƯỜNG LONG CHÂU")
        XCTAssertEqual(p.targets.filter { $0.indicator == "tthc.online-dossiers" }.map(\.line), [11, 11, 12],
                       "a row with an empty first cell is a row of its own")
        XCTAssertEqual(EditorMarks.strip("đạt 60&nbsp;% &amp; hơn"), "đạt 60 % & hơn")
    }

    func testAverageOverTheStageAndNotesInBrackets() {
        let p = plan("""
        II. CHỈ TIÊU
        5. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn: **bình quân giai đoạn 2026 - 2030 đạt tối thiểu 98%/năm**
        20. Tỷ lệ cơ quan, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu: **100% (2027)**
        (Kết quả năm 2025 của tỉnh: tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,4%.)
        """, issuer: "TỈNH VĨNH LONG")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "digital.data-maturity"])
        XCTAssertEqual(p.targets.map(\.value), [98, 100], "the bracket of results is a note of its own, not a target")
    }
}
