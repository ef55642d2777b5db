import XCTest
@testable import PlanCheckKit

/// Shapes of the twenty-third round of keyed plans (2026-12-07, Lâm Đồng, Thái Nguyên and Quảng Ngãi 2027):
/// targets registered as replies to the province's quoted wording, a unit's block naming the areas it leads,
/// tracked changes as pandoc writes them, lines of an old TCVN3 template among Unicode ones, tables grouped by
/// year rows, and indicators listed by code with their values on the next line.
final class RevisionsAndCodedIndicatorShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "PHƯỜNG PHAN ĐÌNH PHÙNG") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "05/KH-UBND", date: "ngày 08 tháng 01 năm 2027")
    }

    func testRegistrationsReplyingToTheProvincesWording() {
        let p = plan("""
        2. Chỉ tiêu đăng ký năm 2027
        a) Chỉ tiêu tỉnh giao: "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến … đối với UBND các xã, phường đạt tối thiểu 75%". Phường đăng ký: 70%.
        b) Chỉ tiêu tỉnh giao: "100% hồ sơ, kết quả giải quyết TTHC được số hóa theo quy định". Phường đăng ký: 100%.
        """)
        XCTAssertEqual(p.targets.map(\.value), [70, 100], "the quoted figures are the province's")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.online-dossiers", "tthc.digitization"])
        XCTAssertNil(RegistrationReply.parts("Tỷ lệ hồ sơ đúng hạn đạt 98%; phường đăng ký: 99%."), "no quotation")
    }

    func testAUnitsBlockNamesTheAreasItLeads() {
        let p = plan("""
        PHỤ LỤC PHÂN CÔNG
        1. Văn phòng HĐND và UBND phường:
        - Chủ trì: thể chế; chỉ đạo điều hành.
        - Phối hợp: thủ tục hành chính; công vụ.
        2. Phòng Văn hóa - Xã hội:
        - Chủ trì: tổ chức bộ máy; công vụ; chính quyền số.
        """, issuer: "PHƯỜNG ĐỨC XUÂN")
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.congVu)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.area(.tthc)?.leads ?? [], [], "a coordinator leads nothing")
    }

    func testTrackedChangesAsPandocWritesThem() {
        XCTAssertEqual(PandocRevisions.applied(#"tối thiểu [95%]{.deletion author="A" date="2027-01-05"}[92%]{.insertion author="A" date="2027-01-05"} số hồ sơ"#),
                       "tối thiểu 92% số hồ sơ")
        XCTAssertEqual(PandocRevisions.applied(#"[Căn cứ Kế hoạch số 245/KH-UBND;]{.deletion author="A"}[]{.paragraph-deletion author="A"}"#), "")
        XCTAssertEqual(PandocRevisions.applied("Xem [mục 2]{.underline}."), "Xem [mục 2]{.underline}.", "other spans are kept")
        let p = plan(#"""
        II. CHỈ TIÊU
        - Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết TTHC đạt tối thiểu [95%]{.deletion author="Nông Đức Huy" date="2027-01-05T15:10:00Z"}[92%]{.insertion author="Nông Đức Huy" date="2027-01-05T15:10:00Z"}.
        """#, issuer: "XÃ BA BỂ")
        XCTAssertEqual(p.targets.map(\.value), [92])
    }

    func testLinesOfAnOldTCVN3TemplateAmongUnicodeOnes() {
        XCTAssertEqual(LegacyFontLines.converted("7. Tû lÖ hå s¬ thñ tôc hµnh chÝnh ®\u{AD}îc tiÕp nhËn trùc tuyÕn ®¹t tèi thiÓu 70%."),
                       "7. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt tối thiểu 70%.")
        XCTAssertNil(LegacyFontLines.converted("Xã Cà Mau, ngày 08 tháng 01 năm 2027"), "Vietnamese Latin-1 letters alone are no legacy line")
        XCTAssertNil(LegacyFontLines.converted("100% thủ tục hành chính được công khai."))
        let text = "Kế hoạch cải cách hành chính\nTû lÖ hå s¬ ®¹t tèi thiÓu 98%."
        XCTAssertEqual(LegacyFontLines.convertingLines(text), "Kế hoạch cải cách hành chính\nTỷ lệ hồ sơ đạt tối thiểu 98%.")
        XCTAssertEqual(LegacyFontLines.convertingLines("Tû lÖ hå s¬ ®¹t tèi thiÓu 98%."), "Tû lÖ hå s¬ ®¹t tèi thiÓu 98%.",
                       "a document in the legacy font throughout is left to be refused")
    }

    func testATableGroupedByYearRows() {
        let p = plan("""
        II. CHỈ TIÊU
        TT\tChỉ tiêu\tMức\tGiá trị\tGhi chú
        A\tNăm 2026 (ước thực hiện)\t\t\t
        1\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn\tƯớc đạt\t98,7%\t
        B\tNăm 2027\t\t\t
        1\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn\tKhông thấp hơn\t98%\t
        3\tTỷ lệ cơ quan, đơn vị thuộc phường được kiểm tra công tác cải cách hành chính\tKhông thấp hơn\t50%\tTỉnh giao 30%
        C\tĐịnh hướng đến năm 2030\t\t\t
        1\tMức độ hài lòng của người dân về dịch vụ y tế, giáo dục công lập\tKhông thấp hơn\t90%\t
        """, issuer: "PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT")
        XCTAssertEqual(p.targets.map(\.value), [98, 50, 90])
        XCTAssertEqual(p.targets.map { $0.period?.from }, [2027, 2027, 2030])
        XCTAssertEqual(PlanExtractor.rowGroupPeriod(["A", "Năm 2026 (ước thực hiện)", "", ""]), Period(year: 2026))
        XCTAssertNil(PlanExtractor.rowGroupPeriod(["1", "Tỷ lệ hồ sơ năm 2027", "98%"]))
    }

    func testIndicatorsListedByCode() {
        let p = plan("""
        II. CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2027
        CT01 - Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn
        Giá trị mục tiêu năm 2027: ≥ 98%; Đơn vị chủ trì theo dõi: Văn phòng UBND tỉnh
        CT02 - Tỷ lệ nhiệm vụ trong Kế hoạch cải cách hành chính năm 2027 được hoàn thành đúng tiến độ
        Giá trị mục tiêu năm 2027: 100%; Đơn vị chủ trì theo dõi: Sở Nội vụ
        """, issuer: "TỈNH LÂM ĐỒNG")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "dir.plan-tasks-completed"])
        XCTAssertEqual(p.targets.map(\.value), [98, 100])
        XCTAssertEqual(OutlineMarker.parseCode("CT12 – Tỷ lệ …")?.ordinal, 12)
        XCTAssertNil(OutlineMarker.parseCode("UBND - Kế hoạch"), "no digits")
        XCTAssertTrue(TargetRecords.isValueLabel("gia tri muc tieu nam 2027"))
    }
}
