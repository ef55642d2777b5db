import XCTest
@testable import PlanCheckKit

/// Shapes of the twenty-fourth round of keyed plans (2026-12-07, Bắc Ninh, Đồng Nai and Đắk Lắk 2027): a block
/// double-encoded through Windows-1252, leads named by `là đơn vị thường trực` / `tham mưu` / `do … thực
/// hiện`, digital-signature stamps printed into a PDF, a citation's date before its number, a commune's table
/// of figures per village, indicators named by their short forms, and a PDF whose words' spaces were misplaced.
final class MojibakeStampsAndSpacingShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ CAO ĐỨC") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "07/KH-UBND", date: "ngày 08 tháng 01 năm 2027")
    }

    /// What a Latin-1 tool makes of UTF-8 text: each byte read as its Windows-1252 character.
    func doubleEncoded(_ text: String) -> String {
        let table = Dictionary(uniqueKeysWithValues: MojibakeLines.windows1252.map { ($1, $0) })
        return String(String.UnicodeScalarView(text.utf8.map { b in Unicode.Scalar(table[b] ?? UInt32(b))! }))
    }

    func testDoubleEncodedLinesAreRepaired() throws {
        let clean = "- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt tối thiểu 90%; Đảng ủy, HĐND xã."
        let broken = doubleEncoded(clean)
        XCTAssertTrue(broken.contains("Tá»· lá»‡"), broken)
        XCTAssertEqual(MojibakeLines.repaired(Substring(broken)), clean)
        XCTAssertNil(MojibakeLines.repaired(Substring(clean)), "clean Unicode is left")
        XCTAssertNil(MojibakeLines.repaired("Giá trị: 25°C, Ã©tude"), "Latin-1 without the mark of Vietnamese is left")
        // At load, among clean lines; its C1 controls (undefined bytes) are not turned into spaces first.
        let text = "Kế hoạch năm 2027\n" + broken + "\n"
        let loaded = try DocumentLoader.loadText(bytes: Array(text.utf8), path: "x.txt")
        XCTAssertEqual(loaded.document.lines, ["Kế hoạch năm 2027", clean, ""])
    }

    func testLeadsNamedInASectionsOpeningParagraph() {
        let p = plan("""
        III. NHIỆM VỤ, GIẢI PHÁP
        1. Công tác chỉ đạo, điều hành
        Đồng chí Phó Chủ tịch UBND xã phụ trách lĩnh vực văn hóa - xã hội trực tiếp chỉ đạo.
        Phòng Văn hóa - Xã hội là cơ quan thường trực công tác CCHC, tham mưu UBND xã tổ chức triển khai.
        - Xây dựng Kế hoạch kiểm tra CCHC năm 2027.
        2. Cải cách thể chế
        Nhiệm vụ cải cách thể chế do Văn phòng HĐND và UBND xã thực hiện, các đơn vị liên quan phối hợp.
        - Rà soát văn bản QPPL.
        3. Cải cách chế độ công vụ
        Phòng Văn hóa - Xã hội tham mưu, tổ chức thực hiện; Văn phòng HĐND và UBND xã phối hợp.
        - Đánh giá, xếp loại công chức hằng quý.
        4. Cải cách tài chính công
        Đồng chí Phó Chủ tịch UBND xã phụ trách lĩnh vực kinh tế trực tiếp chỉ đạo; các phòng, đơn vị tổ chức thực hiện.
        - Công khai dự toán ngân sách xã.
        - Phòng Kinh tế tham mưu bố trí kinh phí.
        """)
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.congVu)?.leads.map(\.unitID), ["vhxh"], "the coordinator after the semicolon leads nothing")
        XCTAssertEqual(p.area(.taiChinh)?.leads ?? [], [], "a vice chairman is no lead unit, nor is a task's adviser")
    }

    func testSignatureStampsAreDropped() {
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt
        Signature Not Verified
        Ký bởi: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Long Khánh
        Ký ngày: 12-01-2027 16:25
        98,5%, không để hồ sơ trễ hạn kéo dài.
        III. NHIỆM VỤ
        1. Cải cách tài chính công
        Ký bởi: Văn phòng HĐND và UBND xã Long Thành
        Cơ quan: Xã Long Thành, Tỉnh Đồng Nai
        Thời gian ký: 11.01.2027 10:07:12 +07:00
        - Quản lý, sử dụng ngân sách xã tiết kiệm, hiệu quả.
        """, issuer: "PHƯỜNG LONG KHÁNH")
        XCTAssertEqual(p.targets.map(\.value), [98.5])
        XCTAssertEqual(p.targets.first?.indicator, "tthc.on-time")
        XCTAssertEqual(p.area(.taiChinh)?.leads ?? [], [], "the stamp's office is no lead")
        XCTAssertEqual(SignatureStamps(["Cơ quan: Sở Nội vụ", "Email: snv@dongnai.gov.vn"]).indices, [], "fields alone are a plan's lines")
    }

    func testACitationsDateBeforeItsNumber() {
        let p = plan("Căn cứ Kế hoạch ngày 22/12/2026 số 315/KH-UBND của UBND tỉnh về cải cách hành chính năm 2027;\n")
        XCTAssertEqual(p.citations.first { $0.number == "315/KH-UBND" }?.date, "2026-12-22")
    }

    func testADateInWords() {
        let words = plan("- Cụ thể hóa Kế hoạch số 315/KH-UBND ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi sáu của UBND tỉnh.\n")
        XCTAssertEqual(words.citations.first?.date, "2026-12-22")
        let mixed = plan("- Thực hiện Quyết định số 06/QĐ-TTg ngày mùng sáu tháng một năm 2022 và Kế hoạch số 12/KH-UBND ngày mười lăm tháng bảy năm 2026.\n")
        XCTAssertEqual(mixed.citations.map(\.date), [nil, "2026-07-15"], "`mùng` is not read; a year in figures is")
    }

    func testOnlyTheWholeCommunesRowOfAVillageTable() {
        let p = plan("""
        II. CHỈ TIÊU
        2. Chỉ tiêu giao cho các thôn, buôn, tổ dân phố
        Thôn, buôn, TDP\tTỷ lệ hồ sơ TTHC nộp trực tuyến\tTỷ lệ hồ sơ có nghĩa vụ tài chính thanh toán trực tuyến
        Thôn 1\t82%\t76%
        Buôn Ea Đar\t65%\t60%
        Toàn xã\t82%\t76%
        """, issuer: "XÃ EA KAR")
        XCTAssertEqual(p.targets.map(\.value), [82, 76])
        XCTAssertEqual(Set(p.targets.map(\.line)), [p.targets.first!.line], "one row: the whole commune's")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.online-dossiers", "tthc.online-payment"])
    }

    func testIndicatorsByTheirShortForms() {
        let p = plan("""
        II. CHỈ TIÊU
        - SIPAS: ≥ 91%.
        - Tối thiểu 95% HSCV được xử lý trên QLVB&ĐH của tỉnh.
        """, issuer: "PHƯỜNG TUY HÒA")
        XCTAssertEqual(p.targets.map(\.indicator), ["sat.overall", "digital.work-files-online"])
    }

    func testSyllablesOfAPDFWithMisplacedSpacesArePutBack() {
        XCTAssertEqual(SyllableSpacing.repair("Tỷ lệ hồ sơ thủ tụ c hà nh chí nh đượ c giả i quyết đú ng hạn đạ t tố i thiể u 9 8%.").0,
                       "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 98%.")
        XCTAssertEqual(SyllableSpacing.repair("đủ điề u kiện đượ ccung cấ pdịch vụ công trự c tuyế n").0, "đủ điều kiện được cung cấp dịch vụ công trực tuyến")
        XCTAssertEqual(SyllableSpacing.repair("Hộ i đồ ng nhândân, chấmđiể m, tối thiể u95%").0, "Hội đồng nhân dân, chấm điểm, tối thiểu 95%")
        let ordinary = "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã; bà con có an ninh, sở y tế, hồ sơ."
        XCTAssertEqual(SyllableSpacing.repair(ordinary).0.replacingOccurrences(of: "cóan", with: "có an"), ordinary)
        // A document is repaired only when it shows the damage many times.
        let few = ["Kế hoạch cải cách hành chí nh năm 2027", "Phòng Văn hóa - Xã hội"]
        XCTAssertEqual(SyllableSpacing.repaired(few), few)
    }

    func testACommaListsHeadNamesNoSecondIndicator() {
        // The overall satisfaction's broad phrase is in the head of a list about TTHC: no shared figure.
        let plan = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính xã An Hòa năm 2026\nI. MỤC TIÊU\n"
            + "- Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết TTHC đạt tối thiểu 95%.\n")
        let catalog = ExtractionFixtures.catalog
        XCTAssertEqual(plan.targets.map(\.indicator), ["sat.tthc"])
        XCTAssertNil(SharedFigures(plan: plan, catalog: catalog).sharedTarget(for: catalog.indicators.indicator("sat.overall")!))
    }
}
