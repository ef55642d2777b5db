import XCTest
@testable import PlanCheckKit

/// Shapes of the thirteenth round of keyed plans (2026-12-07, Quảng Trị 2026–2030, Đồng Tháp, Hà Tĩnh
/// 2026–2030): a table of monitoring indicators with a formula column, comparators typed in ASCII, a
/// Quyết định that sets the year's indicators, chat and Word-template bullets, and a units table whose
/// cells mark each area `(chủ trì)` or `(phối hợp)`.
final class IndicatorSetAndSymbolBulletShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "TỈNH QUẢNG TRỊ", title: String = "KẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030") -> Plan {
        ExtractionFixtures.plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\(issuer)\tĐộc lập - Tự do - Hạnh phúc\n"
                                + "Số: 68/KH-UBND\tngày 09 tháng 3 năm 2026\n\n\(title)\n\n" + body)
    }

    func testATableOfMonitoringIndicatorsWithAFormulaColumn() {
        let p = plan("""
        Phụ lục II: BỘ CHỈ SỐ THEO DÕI, ĐÁNH GIÁ
        KẾT QUẢ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 - 2030
        Mã\tTên chỉ số\tCông thức tính\tGiá trị mục tiêu 2027\tGiá trị mục tiêu 2030\tĐơn vị thực hiện
        TT.01\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn\t(Số hồ sơ giải quyết đúng hạn / Tổng số hồ sơ) x 100%\t>= 98%\t>= 99%\tVăn phòng UBND tỉnh
        TT.02\tTỷ lệ hồ sơ phải yêu cầu bổ sung, hoàn thiện từ lần thứ hai trở lên\t(Số hồ sơ yêu cầu bổ sung / Tổng số hồ sơ) x 100%\t=< 2%\t=< 1%\tVăn phòng UBND tỉnh
        TT.03\tThời gian giải quyết thủ tục đăng ký thành lập hộ kinh doanh\tBình quân số ngày làm việc\t<= 3 ngày làm việc\t≤ 2 ngày làm việc\tSở Tài chính
        """)
        let onTime = p.targets.filter { $0.indicator == "tthc.on-time" }
        XCTAssertEqual(onTime.map(\.value), [98, 99], "the formula's 100% is no target; an appendix title is no review of results")
        XCTAssertEqual(onTime.map { $0.period?.to }, [2027, 2030], "`Giá trị mục tiêu 2027` is a year column")
        XCTAssertEqual(onTime.first?.comparator, .atLeast)
        XCTAssertEqual(p.targets.filter { $0.value == 2 && $0.unit == "%" }.first?.comparator, .atMost, "`=<` typed in ASCII")
        XCTAssertEqual(p.targets.first { $0.unit == "days" }?.value, 3, "`<= 3 ngày làm việc` is a time limit")
    }

    func testAQuyetDinhThatSetsTheYearsIndicators() {
        let p = plan("Căn cứ Luật Tổ chức chính quyền địa phương;", issuer: "TỈNH ĐỒNG THÁP",
                     title: "QUYẾT ĐỊNH\nBan hành Bộ chỉ tiêu cải cách hành chính năm 2026")
        XCTAssertEqual(p.period, Period(year: 2026), "the year the title names, not the date's")
    }

    func testChatAndTemplateBullets() {
        XCTAssertEqual(OutlineMarker.parse("✅ Hồ sơ được giải quyết đúng hạn.")?.kind, .bullet)
        XCTAssertEqual(OutlineMarker.parse("👉 Phấn đấu đạt 99 %.")?.kind, .bullet)
        XCTAssertEqual(OutlineMarker.parse("➢ Tập trung kiểm tra")?.kind, .bullet)
        XCTAssertEqual(OutlineMarker.parse("§ Chỉ tiêu phấn đấu")?.kind, .bullet)
        XCTAssertEqual(OutlineMarker.parse("o\tRà soát văn bản")?.kind, .bullet)
        XCTAssertNil(OutlineMarker.parse("ổn định tổ chức"))
        let p = plan("""
        *3. Cải cách thủ tục hành chính*
        ✅ Hồ sơ thủ tục hành chính được giải quyết đúng hạn.
        👉 Phấn đấu đạt 99 %.
        ✅ Hồ sơ được tiếp nhận, xử lý trực tuyến trên tổng số hồ sơ.
        👉 Phấn đấu đạt và vượt chỉ tiêu tỉnh giao (≥ 70%).
        📌 Chủ trì: Trung tâm Phục vụ hành chính công xã.
        """, issuer: "XÃ CHỢ GẠO", title: "KẾ HOẠCH\nThực hiện Bộ chỉ tiêu cải cách hành chính năm 2026")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-dossiers"], "the figure answers the item above it")
        XCTAssertEqual(p.targets.map(\.value), [99, 70])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unit), ["Trung tâm Phục vụ hành chính công"])
    }

    func testAUnitsTableMarkingEachAreasRole() {
        let p = plan("""
        III. NHIỆM VỤ
        1. Cải cách thể chế
        - Rà soát văn bản.
        2. Cải cách thủ tục hành chính
        - Công khai thủ tục.
        IV. TỔ CHỨC THỰC HIỆN
        Đơn vị\tNhiệm vụ được giao
        Sở Tư pháp\tCải cách thể chế (chủ trì); Cải cách thủ tục hành chính (phối hợp)
        Văn phòng UBND tỉnh\tCải cách thủ tục hành chính (chủ trì); Cải cách thể chế (phối hợp)
        """, issuer: "TỈNH HÀ TĨNH")
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unit), ["Sở Tư pháp"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unit), ["Văn phòng UBND tỉnh"], "the unit coordinating it does not lead it")
        XCTAssertEqual(TaskTableExtractor.roleMark("Cải cách thể chế (phối hợp)"), .coordinates)
    }

    func testANoteApplyingEachMilestoneToEveryYearOfItsStageAndAYearAfterAFigure() {
        XCTAssertEqual(StageNote.appliedToEachYear(Folding.fold("Giá trị mục tiêu 2027 áp dụng cho từng năm 2026, 2027")).map { $0.1 },
                       Period(from: 2026, to: 2027))
        XCTAssertNil(StageNote.appliedToEachYear(Folding.fold("Quy định này áp dụng cho các cơ quan từ năm 2026")))
        let p = plan("""
        II. CHỈ TIÊU
        - Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt ≥ 92% năm 2027 và ≥ 95% năm 2030.
        Ghi chú: Giá trị mục tiêu 2027 áp dụng cho từng năm 2026, 2027; giá trị mục tiêu 2030 áp dụng cho từng năm 2028 - 2030.
        """)
        XCTAssertEqual(p.targets.map(\.period), [Period(from: 2026, to: 2027), Period(from: 2028, to: 2030)],
                       "each figure has the year after it, and the note makes it bind every year of its stage")
        XCTAssertEqual(p.targets.map(\.everyYear), [true, true])
    }
}

