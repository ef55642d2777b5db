import XCTest
@testable import PlanCheckKit

/// Shapes of the thirty-first round of keyed plans (2026-12-08: communes' 2028 plans under the 2026–2030 plans
/// of Nghệ An, Quảng Ninh and Cần Thơ).
final class RoundThirtyOneShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ DIỄN CHÂU") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2028", number: "196/KH-UBND", date: "ngày 23 tháng 12 năm 2027")
    }

    /// A plan loaded as a file is: decoded (`TextDecoding`), then extracted.
    func loaded(_ text: String) throws -> Plan {
        let decoded = try TextDecoding.decode(Array(text.utf8), file: "x.txt")
        return PlanExtractor.extract(SourceDocument(path: "x.txt", text: decoded), catalog: ExtractionFixtures.catalog)
    }

    func testATreeOfTargetsReadsEachFigureUnderItsNode() {
        let p = plan("""
        II. CHỈ TIÊU NĂM 2028
        CCHC XÃ DIỄN CHÂU 2028
        ├── 1. Chỉ đạo, điều hành
        │   ├── Chủ trì: Văn phòng HĐND và UBND xã
        │   └── Kiểm tra CCHC các phòng, đơn vị, thôn
        │       ├── Tỉnh giao: tối thiểu 30%
        │       └── Xã đăng ký: tối thiểu 40%
        └── 3. Cải cách thủ tục hành chính
            ├── Chủ trì: Trung tâm Phục vụ hành chính công xã
            └── Hồ sơ TTHC giải quyết đúng hạn
                ├── Kết quả 2027 (ước): 98,7%
                └── Xã đăng ký: ≥ 99%
        """)
        XCTAssertEqual(p.targets.map(\.value), [40, 99], "the province's figure and a past result are not the commune's")
        XCTAssertEqual(p.targets.map(\.indicator), ["dir.units-inspected", "tthc.on-time"])
        XCTAssertEqual(p.areas.first { $0.area == .chiDao }?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.areas.first { $0.area == .tthc }?.leads.first?.unit, "Trung tâm Phục vụ hành chính công")
        XCTAssertTrue(TreeOutline.lines(["├────┼────┤", "│ a  │ b  │", "└────┴────┘", "│ c  │ d  │", "├────┼────┤"]).isEmpty,
                      "a ruled table is no tree")
    }

    func testWordsFormattingMarksShownAreReadAsTheTextTheyMark() throws {
        let dots = String(repeating: "Văn·bản·số·", count: 6)
        let text = "ỦY·BAN·NHÂN·DÂN→CỘNG·HÒA¶\n" + dots + "¶\nKẾ·HOẠCH↵\nCải·cách¶\n¶\n¶\n"
            + "STT¤→Chỉ·tiêu¤→Mức¤¤\n5¤→Hồ·sơ·TTHC·giải·quyết·đúng·hạn¤→≥·97%¤¤\n······Ngắt·Trang······¶\n"
        let read = FormattingMarks.revealed(text)
        let lines = read.components(separatedBy: "\n")
        XCTAssertEqual(lines.count, text.components(separatedBy: "\n").count, "each line stays where it was")
        XCTAssertEqual(lines[0], "ỦY BAN NHÂN DÂN\tCỘNG HÒA")
        XCTAssertEqual(lines[2], "KẾ HOẠCH")
        XCTAssertEqual(lines[7], "5\tHồ sơ TTHC giải quyết đúng hạn\t≥ 97%")
        XCTAssertEqual(lines[8], "", "a page break's bar is no text")
        XCTAssertEqual(FormattingMarks.revealed("Danh mục: A · B · C¶"), "Danh mục: A · B · C¶", "a few middle dots are a plan's own")
    }

    func testCompatibilityFormsOfAnEastAsianFontAreNarrowed() {
        XCTAssertEqual(CompatibilityForms.narrowed("Ⅱ．CHỈ TIÊU"), "II. CHỈ TIÊU")
        XCTAssertEqual(CompatibilityForms.narrowed("ａ）１００％ nhiệm vụ"), "a) 100% nhiệm vụ")
        XCTAssertEqual(CompatibilityForms.narrowed("đạt ≥９０％, năm ２０２７ đạt ８１，０５ điểm"), "đạt ≥90%, năm 2027 đạt 81,05 điểm")
        XCTAssertEqual(CompatibilityForms.narrowed("Đơn vị chủ trì：Phòng Văn hóa - Xã hội"), "Đơn vị chủ trì: Phòng Văn hóa - Xã hội")
        XCTAssertEqual(CompatibilityForms.narrowed("２．１．Cải cách"), "2.1. Cải cách", "no space inside a number")
        XCTAssertEqual(CompatibilityForms.narrowed("Không có gì rộng.¹"), "Không có gì rộng.¹", "a superscript stays")
    }

    func testTelexKeystrokesAreReadAsTheWordsTheySpell() {
        XCTAssertEqual(TelexLines.decoded("1. Vawn phongf HDDND vaf UBND xax chur trif tham muwu thuwcj hieenj cacs nooij dung"),
                       "1. Văn phòng HĐND và UBND xã chủ trì tham mưu thực hiện các nội dung")
        XCTAssertEqual(TelexLines.decoded("IV. TOOR CHUWCS THUWCJ HIEENJ"), "IV. TỔ CHỨC THỰC HIỆN")
        XCTAssertEqual(TelexLines.spell("nguowif"), "người")
        XCTAssertEqual(TelexLines.spell("hoas").map { Folding.fold($0) }, "hoa")
        XCTAssertEqual(TelexLines.spell("quys"), "quý")
        XCTAssertNil(TelexLines.decoded("Phong Van hoa - Xa hoi chu tri; Ty le ho so dat 100%"), "a plan typed without diacritics has no keys")
        XCTAssertNil(TelexLines.decoded("Contact: https://dichvucong.gov.vn or email us"), "English words are no syllables")
        XCTAssertEqual(TelexLines.decoding("Căn cứ Kế hoạch số 97/KH-UBND"), "Căn cứ Kế hoạch số 97/KH-UBND")
    }

    func testASpreadsheetsPaddedRowsAreUnpadded() {
        var lines = (1...20).map { "\tCăn cứ văn bản số \($0)\t\t\t" }
        lines += ["I.\tMỤC ĐÍCH, YÊU CẦU\t\t\t", "7\tSố lượt người dân được hỗ trợ\tlượt\t12,500", "Không có tab"]
        let read = PaddedSheet.unpadded(lines)
        XCTAssertEqual(read[0], "Căn cứ văn bản số 1")
        XCTAssertEqual(read[20], "I. MỤC ĐÍCH, YÊU CẦU")
        XCTAssertEqual(read[21], lines[21], "a row of the sheet's width only is unpadded")
        XCTAssertEqual(read[22], "Không có tab")
        let table = ["TT\tChỉ tiêu\t2027", "1\tTỷ lệ\t95%", "Đoạn văn bản thường.", "Đoạn khác."] + Array(repeating: "Văn bản.", count: 20)
        XCTAssertEqual(PaddedSheet.unpadded(table), table, "a plan's own table pads nothing")
    }

    func testCountsWithEnglishThousandsAndACountColumnInLuot() {
        let p = plan("""
        II. CHỈ TIÊU
        STT\tChỉ tiêu\tĐVT\tKế hoạch 2028
        7\tSố lượt người dân được hướng dẫn, hỗ trợ sử dụng dịch vụ công trực tuyến\tlượt\t12,500
        8\tTỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn\t%\t99.20%
        - Hướng dẫn, hỗ trợ tối thiểu 1.200 lượt người dân sử dụng dịch vụ công trực tuyến.
        """, issuer: "PHƯỜNG NINH KIỀU")
        XCTAssertEqual(p.targets.map(\.value), [12500, 99.2, 1200])
        XCTAssertEqual(p.targets.map(\.indicator).prefix(3), ["digital.online-assistance-count", "tthc.on-time", "digital.online-assistance-count"])
    }

    func testWeightsInTheScoreAreNoTargets() {
        let p = plan("""
        II. CHỈ TIÊU NĂM 2028
        1. Chỉ đạo, điều hành (trọng số 10%): hoàn thành 100% nhiệm vụ trong Kế hoạch CCHC năm 2028 đúng tiến độ.
        2. Cải cách TTHC (chiếm 20% tổng điểm): tỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn đạt tối thiểu 98%.
        3. Sự hài lòng (tỷ trọng 20%): mức độ hài lòng đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt tối thiểu 95% mỗi năm, trong đó lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 90%.
        """, issuer: "PHƯỜNG CẨM PHẢ")
        XCTAssertEqual(p.targets.map(\.value), [100, 98, 95, 90])
        XCTAssertEqual(p.targets[2].indicator, "sat.overall", "the whole before `mỗi năm, trong đó` is not its part")
    }

    func testTheCommunesScoreSetByTheProvinceBindsTheCommunes() {
        var parent = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
        KẾ HOẠCH
        Cải cách hành chính tỉnh Nghệ An giai đoạn 2026 - 2030
        II. CHỈ TIÊU
        - Điểm đánh giá kết quả CCHC của UBND cấp xã: giai đoạn 2026 - 2028 đạt tối thiểu 80 điểm/năm.
        - Chỉ số CCHC của tỉnh đạt tối thiểu 88 điểm.
        """)
        parent.file = "parent.txt"
        XCTAssertEqual(parent.targets.map(\.forLevel), ["xa", "tinh"])
    }

    func testAnItemNamingTwoAreasGivesBothTheLead() {
        let p = plan("""
        III. NHIỆM VỤ VÀ PHÂN CÔNG CHỦ TRÌ
        4. Cải cách tổ chức bộ máy và chế độ công vụ: rà soát chức năng, nhiệm vụ các phòng chuyên môn. Phòng Văn hóa - Xã hội chủ trì cả hai nội dung này.
        5. Cải cách tài chính công: quản lý ngân sách; Phòng Kinh tế chủ trì.
        """, issuer: "PHƯỜNG CẨM PHẢ")
        XCTAssertEqual(p.areas.first { $0.area == .boMay }?.leads.first?.unit, "Phòng Văn hóa - Xã hội")
        XCTAssertEqual(p.areas.first { $0.area == .congVu }?.leads.first?.unit, "Phòng Văn hóa - Xã hội")
    }

    func testAFileWithCompatibilityFormsAndTelexLinesLoads() throws {
        let p = try loaded("""
        ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ TIÊN YÊN\tĐộc lập - Tự do - Hạnh phúc
        Số: 12/KH-UBND\tTiên Yên, ngày 20 tháng 12 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2028
        Ⅱ．CHỈ TIÊU
        ａ）Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt ≥９９％.
        Ⅲ．TOOR CHUWCS THUWCJ HIEENJ
        1. Cair cachs thur tucj hanhf chinhs: Trung taam Phucj vuj hanhf chinhs coong xax chur trif.

        """)
        XCTAssertEqual(p.targets.map(\.value), [99])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time"])
        XCTAssertEqual(p.areas.first { $0.area == .tthc }?.leads.first?.unit, "Trung tâm Phục vụ hành chính công")
    }
}
