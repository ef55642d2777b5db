import XCTest
@testable import PlanCheckKit

final class DocumentExtractionTests: XCTestCase {
    func testMetadataOfADraftWard() {
        let p = ExtractionFixtures.plan("""


        Số: /KH-UBND

        An Hòa, ngày tháng năm 2026

        KẾ HOẠCH
        Cải cách hành chính phường An Hòa năm 2026

        Căn cứ Kế hoạch số 228/KH-UBND ngày 25/12/2025 của UBND tỉnh về cải cách hành chính tỉnh Đồng Nai năm 2026.

        I. MỤC TIÊU
        """)
        XCTAssertEqual(p.issuer, "UBND phường An Hòa")
        XCTAssertEqual(p.level, .phuong)
        XCTAssertEqual(p.period, Period(year: 2026))
        XCTAssertEqual(p.number, "/KH-UBND")
        XCTAssertNil(p.date)
        XCTAssertTrue(p.draft)
        XCTAssertEqual(p.parentCited?.number, "228/KH-UBND")
        XCTAssertEqual(p.parentCited?.date, "2025-12-25")
        XCTAssertEqual(p.parentCited?.issuer, "UBND tỉnh Đồng Nai")
    }

    func testMetadataFromAHeaderKeptAsATable() {
        // Word's two-column header exported as tab-separated rows: number and date share a row.
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc
        Số: 15/KH-UBND\tAn Phú, ngày 10 tháng 01 năm 2026

        KẾ HOẠCH
        Cải cách hành chính năm 2026

        Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;

        I. MỤC TIÊU
        """)
        XCTAssertEqual(p.number, "15/KH-UBND")
        XCTAssertEqual(p.date, "2026-01-10")
        XCTAssertFalse(p.draft)
        XCTAssertEqual(p.issuer, "UBND xã An Phú", "from the header's first cell, not running into the second")
    }

    func testMetadataFromAHeaderLaidOutInColumnsOfSpaces() {
        // pdftotext -layout keeps the two columns of the letterhead apart with spaces.
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ AN PHÚ                    Độc lập - Tự do - Hạnh phúc
        Số:    /KH-UBND              An Phú, ngày     tháng 01 năm 2026

        KẾ HOẠCH
        Cải cách hành chính năm 2026
        I. MỤC TIÊU
        """)
        XCTAssertEqual(p.issuer, "UBND xã An Phú")
        XCTAssertEqual(p.number, "/KH-UBND")
        XCTAssertNil(p.date)
        XCTAssertTrue(p.draft)
        XCTAssertEqual(Cleanup.twoColumnHeader("Số: 15/KH-UBND      An Phú, ngày 10 tháng 01 năm 2026"),
                       ["Số: 15/KH-UBND", "An Phú, ngày 10 tháng 01 năm 2026"])
        // The blanks of a draft are not a column gap.
        XCTAssertNil(Cleanup.twoColumnHeader("Số:      /KH-UBND"))
        XCTAssertNil(Cleanup.twoColumnHeader("An Bình, ngày      tháng 02 năm 2026"))
    }

    func testMetadataWithANumberedWardADateInFiguresAndASpaceBeforeTheSlash() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN
        PHƯỜNG 3
        Số: 45 /QĐ-UBND
        Phường 3, ngày 10/01/2025
        QUYẾT ĐỊNH
        Ban hành Kế hoạch cải cách hành chính năm 2025
        I. MỤC TIÊU
        """)
        XCTAssertEqual(p.issuer, "UBND phường 3")
        XCTAssertEqual(p.level, .phuong)
        XCTAssertEqual(p.number, "45/QĐ-UBND")
        XCTAssertEqual(p.date, "2025-01-10")
        XCTAssertFalse(p.draft)
        XCTAssertEqual(MetadataExtractor.issuer(in: ["KẾ HOẠCH cải cách hành chính năm 2025 của UBND Quận 10"])?.0, "UBND quận 10")
    }

    func testMetadataOfASignedDecisionWithUpperCaseHeader() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN
        XÃ TÂN LẬP
        Số: 21/QĐ-UBND
        Tân Lập, ngày 05 tháng 02 năm 2026
        QUYẾT ĐỊNH
        Ban hành Kế hoạch cải cách hành chính năm 2026
        I. MỤC TIÊU
        """)
        XCTAssertEqual(p.issuer, "UBND xã Tân Lập")
        XCTAssertEqual(p.level, .xa)
        XCTAssertEqual(p.number, "21/QĐ-UBND")
        XCTAssertEqual(p.date, "2026-02-05")
        XCTAssertFalse(p.draft)
    }

    func testCitationsInEveryWrittenForm() {
        let p = ExtractionFixtures.plan("""
        Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ; Nghị định 118/NĐ-CP ngày 09/6/2025 của Chính phủ;
        Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Luật Viên chức năm 2025;
        thực hiện Nghị quyết số 79- NQ/TW ngày 06/01/2026 của Bộ Chính trị, Kết luận số 28-

        KL/TW, Công điện số 280/CĐ-TTg và số 968/CĐ-TTg của Thủ tướng Chính phủ; Đề án 06/CP.
        """)
        XCTAssertEqual(p.citations.map(\.number), ["76/NQ-CP", "118/NĐ-CP", "", "79- NQ/TW", "28-KL/TW", "280/CĐ-TTg", "968/CĐ-TTg"])
        XCTAssertEqual(p.citations.map(\.kind), ["Nghị quyết", "Nghị định", "Luật", "Nghị quyết", "Kết luận", "Công điện", "Công điện"])
        XCTAssertEqual(p.citations[0].date, "2021-07-15")
        XCTAssertEqual(p.citations[0].issuer, "Chính phủ")
        XCTAssertEqual(p.citations[2].date, "2025-06-16")
        XCTAssertEqual(p.citations[4].line, 3, "a wrapped number is located where it starts")
        let q = ExtractionFixtures.plan("""
        Căn cứ Nghị quyết 76/NQ-CP, ngày 15/7/2021 của Chính phủ;
        Căn cứ Quyết định số 06/QĐ-TTg (ngày 06/01/2022) của Thủ tướng Chính phủ;
        Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ;
        Căn cứ Kế hoạch số 15/KH-UBND ngày 02/01/2025 của UBND huyện Krông Năng;
        Căn cứ Chỉ thị số 27/CT-TTg của Thủ tướng Chính phủ ngày 27/10/2023 về cải cách thủ tục hành chính;
        """)
        XCTAssertEqual(q.citations.map(\.date), ["2021-07-15", "2022-01-06", "2023-04-05", "2025-01-02", "2023-10-27"])
        XCTAssertEqual(q.citations.map(\.issuer), ["Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ", "UBND huyện Krông Năng",
                                                    "Thủ tướng Chính phủ"])
    }

    func testAbbreviatedKindsBeforeANumberOfTheirKind() {
        let p = ExtractionFixtures.plan("Thực hiện NQ 76/NQ-CP ngày 15/7/2021 của Chính phủ và QĐ 1291/QĐ-BNV; theo TT 12 và NQ 76/QĐ-TTg.")
        XCTAssertEqual(p.citations.map(\.number), ["76/NQ-CP", "1291/QĐ-BNV"], "without số, the number must be of the kind named")
        XCTAssertEqual(p.citations.map(\.kind), ["Nghị quyết", "Quyết định"])
        XCTAssertEqual(p.citations.first?.date, "2021-07-15")
    }

    func testDateLineWithoutCommaAndBlankDayWithSpaces() {
        let signed = ExtractionFixtures.plan("UBND XÃ AN BÌNH\nSố: 12/KH-UBND\nAn Bình ngày 03 tháng 02 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU\n")
        XCTAssertEqual(signed.date, "2026-02-03")
        XCTAssertFalse(signed.draft)
        let draft = ExtractionFixtures.plan("UBND XÃ AN BÌNH\nSố:      /KH-UBND\nAn Bình, ngày      tháng 02 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU\n")
        XCTAssertNil(draft.date)
        XCTAssertTrue(draft.draft)
        XCTAssertEqual(draft.issuer, "UBND xã An Bình")
    }

    func testAbbreviatedKindsNeedSo() {
        let p = ExtractionFixtures.plan("Căn cứ QĐ số 15/QĐ-UBND ngày 10/01/2026 của UBND tỉnh; KH số 20/KH-UBND; mục TT 5/2 của bảng.")
        XCTAssertEqual(p.citations.map(\.number), ["15/QĐ-UBND", "20/KH-UBND"])
        XCTAssertEqual(p.citations.map(\.kind), ["Quyết định", "Kế hoạch"])
    }

    func testAreasAndLeadsFromHeadingsAndResponsibilitySections() {
        let p = ExtractionFixtures.plan("""
        II. NHIỆM VỤ
        1. Cải cách thể chế
        a) Đơn vị chủ trì, tham mưu thực hiện: Văn phòng HĐND và UBND.
        2. Cải cách thủ tục hành chính
        3. Xây dựng, phát triển Chính quyền điện tử, Chính quyền số
        V. TỔ CHỨC THỰC HIỆN
        1. Phòng Văn hóa - Xã hội
        - Chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện các nội dung về chỉ đạo, điều hành; cải cách chế độ công vụ.
        2. Trung tâm phục vụ hành chính công
        - Chủ trì triển khai các nhiệm vụ vận hành Cổng dịch vụ công; đăng tải thông tin, tuyên truyền về cải cách hành chính.
        - Chủ trì tham mưu thực hiện cải cách thủ tục hành chính.
        3. Công an xã
        Chủ trì, phối hợp với các cơ quan có liên quan thực hiện các nhiệm vụ về Đề án 06.
        """)
        XCTAssertEqual(p.area(.theChe)?.line, 2)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unit), ["Văn phòng HĐND và UBND"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unit), ["Trung tâm Phục vụ hành chính công"])
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unit), ["Phòng Văn hóa - Xã hội"],
                       "a portal task that mentions tuyên truyền does not make the centre a lead")
        XCTAssertEqual(p.area(.congVu)?.leads.map(\.unit), ["Phòng Văn hóa - Xã hội"])
        XCTAssertEqual(p.area(.so)?.leads, [])
        XCTAssertNil(p.area(.taiChinh))
        XCTAssertNil(p.area(.boMay))
    }

    func testLeadsOfCommunePositionsBefore2025AndOfUnlistedUnits() {
        let p = ExtractionFixtures.plan("""
        II. NHIỆM VỤ
        1. Cải cách thể chế
        Giao Tổ công nghệ số cộng đồng chủ trì thực hiện các nhiệm vụ cải cách thể chế.
        2. Cải cách thủ tục hành chính
        Bộ phận Một cửa chủ trì thực hiện cải cách thủ tục hành chính.
        3. Cải cách tổ chức bộ máy
        Công chức Văn phòng – Thống kê chủ trì tham mưu cải cách tổ chức bộ máy.
        4. Cải cách tài chính công
        Các phòng phối hợp, chủ trì thực hiện cải cách tài chính công.
        """)
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unitID), ["cc-vptk"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["bp1c"])
        // A unit the catalogue does not list is kept as written, without an id (marked non-standard).
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unit), ["Tổ công nghệ số cộng đồng"])
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), [nil])
        // Not a name: a clause ending in a comma, or no unit word before chủ trì.
        XCTAssertEqual(p.area(.taiChinh)?.leads, [])
        XCTAssertNil(LeadExtractor.unlistedUnit("Đề nghị các đồng chí"))
        XCTAssertEqual(LeadExtractor.unlistedUnit("- Giao công chức Tư pháp xã")?.name, "công chức Tư pháp xã")
        XCTAssertNil(LeadExtractor.unlistedUnit("Giao công chức"), "a unit word alone is not a name")
        XCTAssertNil(LeadExtractor.unlistedUnit("Hội nghị đối thoại do Chủ tịch UBND xã"), "a clause is not a name")
        XCTAssertEqual(LeadExtractor.unlistedUnit("Giao Hội Nông dân xã")?.name, "Hội Nông dân xã")
    }

    func testAnAreaSectionWhoseBodyNamesOneUnitAsChuTri() {
        let p = ExtractionFixtures.plan("""
        III. NHIỆM VỤ
        1. Cải cách thể chế
        - Rà soát văn bản quy phạm pháp luật. Văn phòng HĐND và UBND xã chủ trì thực hiện.
        - Theo dõi thi hành pháp luật (Văn phòng HĐND và UBND chủ trì).
        2. Cải cách tài chính công
        Phòng Kinh tế chủ trì, phối hợp Văn phòng HĐND và UBND.
        3. Cải cách tổ chức bộ máy
        - Rà soát vị trí việc làm: Phòng Văn hóa - Xã hội chủ trì.
        - Kiện toàn tổ chức: Văn phòng HĐND và UBND chủ trì.
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.theChe)?.leads.first?.line, 3)
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"])
        // Tasks led by different units in turn: the section names no lead of the area.
        XCTAssertEqual(p.area(.boMay)?.leads, [])
    }

    func testAUnitThatCoordinatesAfterASemicolonDoesNotLeadThatArea() {
        let p = ExtractionFixtures.plan("""
        III. TỔ CHỨC THỰC HIỆN
        1. Công chức Tư pháp - Hộ tịch
        Chủ trì tham mưu thực hiện cải cách thể chế; phối hợp thực hiện cải cách thủ tục hành chính.
        2. Bộ phận Tiếp nhận và trả kết quả
        Chủ trì thực hiện cải cách thủ tục hành chính; cải cách hành chính trên môi trường điện tử, chính quyền số.
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["cc-tpht"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["bp1c"])
    }

    func testADistrictParentBeforeThe2025Reorganisation() {
        let p = ExtractionFixtures.plan("""
        UỶ BAN NHÂN DÂN XÃ LONG SƠN
        Số: 08/KH-UBND
        Long Sơn, ngày 15 tháng 01 năm 2024
        KẾ HOẠCH
        Cải cách hành chính nhà nước năm 2024
        Thực hiện Kế hoạch số 25/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân huyện Minh Long về cải cách hành chính nhà nước năm 2024, Ủy ban nhân dân xã Long Sơn ban hành Kế hoạch như sau:
        I. MỤC TIÊU
        """)
        XCTAssertEqual(p.issuer, "UBND xã Long Sơn")
        XCTAssertEqual(p.parentCited?.issuer, "UBND huyện Minh Long")
        let q = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính năm 2025 xã A
        Căn cứ Kế hoạch số 150/KH-UBND ngày 20/12/2024 của UBND huyện Sơn Tịnh về CCHC nhà nước năm 2025;
        """)
        XCTAssertEqual(q.parentCited?.number, "150/KH-UBND", "CCHC is expanded when the parent is looked for")
        XCTAssertEqual(MetadataExtractor.issuer(in: ["KẾ HOẠCH cải cách hành chính năm 2024 của UBND quận Hoàng Mai"])?.1, .huyen)
        XCTAssertEqual(MetadataExtractor.issuer(in: ["các cơ quan Trung ương, UBND thị xã Kỳ Anh"])?.0, "UBND thị xã Kỳ Anh",
                       "cơ quan is not quận")
    }

    func testTheLetterheadsLowerBodyIsTheIssuer() {
        for header in ["UBND HUYỆN MINH LONG\nUBND XÃ LONG SƠN",
                       "ỦY BAN NHÂN DÂN HUYỆN MINH LONG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN XÃ LONG SƠN\tĐộc lập - Tự do - Hạnh phúc"] {
            let p = ExtractionFixtures.plan(header + "\nSố: 08/KH-UBND\nLong Sơn, ngày 15 tháng 01 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024\nI. MỤC TIÊU\n")
            XCTAssertEqual(p.issuer, "UBND xã Long Sơn", header)
            XCTAssertEqual(p.level, .xa)
        }
    }

    func testAParagraphOpeningWithAUnitLeadsWhatItsLaterChuTriNames() {
        let p = ExtractionFixtures.plan("""
        III. TỔ CHỨC THỰC HIỆN
        1. Giao Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; chủ trì tham mưu thực hiện nhiệm vụ cải cách tổ chức bộ máy, cải cách chế độ công vụ.
        2. Căn cứ chức năng, nhiệm vụ, Phòng Kinh tế là cơ quan tham mưu về tài chính, ngân sách, đất đai và đầu tư công của xã; chủ trì thực hiện cải cách tài chính công.
        """)
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.area(.congVu)?.leads.map(\.unitID), ["vhxh"])
        // A unit that is not what the paragraph opens with is not the subject of its chủ trì; here the
        // implementation section still gives it the area (`Phòng Kinh tế là cơ quan tham mưu …; chủ trì …`).
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"])
        let q = ExtractionFixtures.plan("""
        II. NHIỆM VỤ
        1. Cải cách tài chính công
        Thực hiện tự chủ tài chính.
        III. TỔ CHỨC THỰC HIỆN
        1. Căn cứ chức năng, nhiệm vụ, các phòng chuyên môn chủ động thực hiện; chủ trì thực hiện cải cách tài chính công.
        """)
        XCTAssertEqual(q.area(.taiChinh)?.leads, [], "no unit opens the paragraph or is named before chủ trì")
    }

    func testTheImplementationSectionGivesAreasByThamMuu() {
        let p = ExtractionFixtures.plan("""
        II. NHIỆM VỤ
        1. Cải cách thể chế
        Rà soát văn bản.
        2. Cải cách thủ tục hành chính
        Công khai TTHC.
        3. Cải cách tài chính công
        Tự chủ.
        III. TỔ CHỨC THỰC HIỆN
        1. Văn phòng HĐND và UBND xã: Tham mưu UBND xã triển khai thực hiện nhiệm vụ cải cách thể chế; phối hợp thực hiện cải cách thủ tục hành chính.
        2. Phòng Kinh tế có trách nhiệm tham mưu thực hiện cải cách tài chính công.
        3. Trung tâm Phục vụ hành chính công xã chủ trì thực hiện cải cách thủ tục hành chính.
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"])
        // A chủ trì lead wins over tham mưu; a unit that only coordinates an area does not lead it.
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"])
    }

    func testAreaHeadingsUnderTheNamesOfThe2011To2020Programme() {
        let p = ExtractionFixtures.plan("""
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Cải cách chế độ công chức, công vụ
        Nâng cao chất lượng.
        2. Đổi mới cơ chế quản lý tài chính đối với cơ quan hành chính và đơn vị sự nghiệp công lập
        Tự chủ tài chính.
        3. Hiện đại hóa nền hành chính
        Ứng dụng công nghệ thông tin.
        """)
        XCTAssertEqual(p.area(.congVu)?.line, 2)
        XCTAssertEqual(p.area(.taiChinh)?.line, 4)
        XCTAssertEqual(p.area(.so)?.line, 6)
    }

    func testTheChuTriByteTestKeepsEveryParagraphWithChuTri() throws {
        for text in ["Phòng X chủ trì", "CHỦ TRÌ:", "Chủ trì, phối hợp", "don vi chu tri", "(chủ trì)", "chủ trì–phối hợp"] {
            XCTAssertTrue(LeadExtractor.mayHaveChuTri(text), text)
        }
        for text in ["chương trình", "chủ trình", "trì hoãn", "Chủ tịch"] {
            XCTAssertFalse(LeadExtractor.mayHaveChuTri(text), text)
        }
        // Every bundled paragraph whose fold has "chu tri" passes the byte test.
        for name in ExtractionFixtures.bundledPlans {
            let url = ExtractionFixtures.repoRoot.appendingPathComponent("plans").appendingPathComponent(name)
            let doc = SourceDocument(path: name, text: try String(contentsOf: url, encoding: .utf8))
            for b in Cleanup.blocks(doc) where AlignedFold(b.text).positions(of: "chu tri").isEmpty == false {
                XCTAssertTrue(LeadExtractor.mayHaveChuTri(b.text), b.text)
            }
        }
    }

    func testAUnitNamedBeforeDuocGiaoChuTriLeads() {
        let p = ExtractionFixtures.plan("""
        IV. TỔ CHỨC THỰC HIỆN
        1. Phòng Văn hóa - Xã hội
        - Thực hiện các nhiệm vụ được giao chủ trì về cải cách thể chế.
        - Phòng Kinh tế được giao chủ trì thực hiện cải cách tài chính công.
        """)
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"])
        XCTAssertNil(p.area(.theChe), "tasks 'được giao chủ trì' under a unit's heading do not make it the area's lead")
    }

    func testLeadsNamedInAreaHeadingsAndLabelsWithCoordinators() {
        let p = ExtractionFixtures.plan("""
        II. NHIỆM VỤ
        1. Cải cách thể chế (Văn phòng HĐND và UBND xã chủ trì)
        Rà soát văn bản.
        2. Cải cách thủ tục hành chính (cơ quan chủ trì: Trung tâm Phục vụ hành chính công)
        Thực hiện một cửa.
        3. Cải cách tài chính công
        Đơn vị chủ trì: Phòng Kinh tế; đơn vị phối hợp: các phòng chuyên môn.
        4. Cải cách tổ chức bộ máy
        Yêu cầu các cơ quan chủ trì: báo cáo kết quả đúng hạn.
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"])
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"], "the coordinators after the lead are not leads")
        XCTAssertEqual(p.area(.boMay)?.leads, [], "a label inside a sentence names only a catalogued unit")
    }

    func testUnitAliasesResolveToOneCanonicalUnit() {
        let units = ExtractionFixtures.catalog.units
        let ab = ExtractionFixtures.catalog.abbreviations
        for alias in ["Phòng VHXH", "Phòng Văn hóa - Xã hội", "phòng Văn hoá – xã hội", "Phòng VH&XH", "Phòng VH-XH"] {
            XCTAssertEqual(units.resolve(alias, line: 1, abbreviations: ab)?.unitID, "vhxh", alias)
        }
        XCTAssertEqual(units.resolve("Trung tâm PV HCC", line: 1, abbreviations: ab)?.unitID, "ttpvhcc")
        XCTAssertEqual(units.resolve("VP HĐND&UBND", line: 1, abbreviations: ab)?.unitID, "vp")
        XCTAssertEqual(units.resolve("Phòng Kinh tế, Hạ tầng và Đô thị", line: 1, abbreviations: ab)?.unitID, "kthtdt")
        XCTAssertEqual(units.resolve("Phòng Kinh tế,", line: 1, abbreviations: ab)?.unitID, "kt")
    }

    func testATableOfTargetsWithALeadColumnIsNotATaskTable() {
        let p = ExtractionFixtures.plan("""
        I. CHỈ TIÊU
        STT\tChỉ tiêu\tKết quả phải đạt\tCơ quan chủ trì
        1\tTỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn\t≥ 98%\tTrung tâm Phục vụ hành chính công
        2\tTỷ lệ thanh toán trực tuyến trong giải quyết TTHC\tTối thiểu 60%\tTT PVHCC
        """)
        XCTAssertEqual(p.tasks.count, 0, "rows of targets have no deadline or product to check")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-payment"])
        XCTAssertNil(TaskTableExtractor.columns(of: ["stt", "chi tieu", "ket qua phai dat", "co quan chu tri"]))
        XCTAssertNotNil(TaskTableExtractor.columns(of: ["stt", "noi dung nhiem vu", "chi tieu", "co quan chu tri"]))
    }

    func testAPlanAssigningItsTasksOnlyInTheAppendixTable() {
        let p = ExtractionFixtures.plan("""
        II. NHIỆM VỤ
        Các nhiệm vụ cụ thể tại Phụ lục kèm theo.
        TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm
        I\tCải cách thể chế\t\t\t\t
        1\tRà soát văn bản quy phạm pháp luật\tVăn phòng HĐND và UBND\tCác phòng chuyên môn\tQuý IV\tBáo cáo
        II.\tCải cách thủ tục hành chính\t\t\t\t
        1\tCông khai thủ tục hành chính\tTrung tâm Phục vụ hành chính công\t\tThường xuyên\tDanh mục
        2\tSố hóa hồ sơ\tTrung tâm Phục vụ hành chính công\t\tQuý II\tHồ sơ số hóa
        3\tNiêm yết thủ tục\tPhòng Văn hóa - Xã hội\t\tQuý II\tBảng niêm yết
        """)
        // Group rows with the numeral alone in the first cell give the areas and their tasks.
        XCTAssertEqual(p.tasks.map(\.area), [.theChe, .tthc, .tthc, .tthc])
        XCTAssertEqual(p.area(.theChe)?.line, 4)
        // The text names no lead: the unit leading most of an area's tasks leads the area.
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"])
        XCTAssertNil(TaskTableExtractor.groupRow(["I", "Cải cách thể chế", "Văn phòng"]), "a row with a lead is a task")
        XCTAssertEqual(TaskTableExtractor.groupRow(["II. Cải cách TTHC (05 nhiệm vụ)", ""])?.label, "II")
    }

    func testAnAppendixWhoseGroupRowsAreNumberedInArabic() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính năm 2025 xã Hòa An
        PHỤ LỤC
        TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành
        1\tCải cách thể chế\t\t\t
        1.1\tRà soát văn bản QPPL\tVăn phòng HĐND và UBND\tCác phòng\tQuý IV/2025
        2.\tCải cách thủ tục hành chính\t\t\t
        2.1\tCông khai TTHC\tTrung tâm Phục vụ hành chính công\tVăn phòng HĐND và UBND\tThường xuyên
        2.2\tTheo dõi việc tiếp nhận hồ sơ\t\t\t
        3. Cải cách tài chính công\t\t\t\t
        3.1\tTự chủ tài chính\tPhòng Kinh tế\tCác đơn vị\tNăm 2025
        """)
        XCTAssertEqual(p.area(.theChe)?.line, 5)
        XCTAssertEqual(p.area(.tthc)?.line, 7)
        XCTAssertEqual(p.area(.taiChinh)?.line, 10)
        XCTAssertEqual(p.tasks.map(\.sequence), ["1.1", "2.1", "2.2", "3.1"], "a numbered row naming no area is a task")
        XCTAssertEqual(p.tasks.map(\.area), [.theChe, .tthc, .tthc, .taiChinh])
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"])
        XCTAssertEqual(p.tasks.first?.number, "1.1", "a task numbered within its group keeps its number")
        // A table that names its lead column "Đơn vị thực hiện" (no chủ trì) is a task table all the same.
        let q = ExtractionFixtures.plan("""
        PHỤ LỤC
        STT\tNội dung thực hiện\tĐơn vị thực hiện\tThời gian hoàn thành
        I\tCải cách thể chế\t\t
        1\tRà soát văn bản QPPL\tVăn phòng HĐND và UBND\tQuý IV/2025
        """)
        XCTAssertEqual(q.tasks.map(\.lead?.unitID), ["vp"])
        XCTAssertEqual(q.tasks.map(\.text), ["Rà soát văn bản QPPL"])
    }

    func testAppendixTasksAndReferences() throws {
        let p = try ExtractionFixtures.bundled("hai-phong/thanh-dong-2026.txt")
        XCTAssertEqual(p.tasks.count, 33)
        let t = try XCTUnwrap(p.tasks.first { $0.line == 243 })
        XCTAssertEqual(t.group, "I"); XCTAssertEqual(t.sequence, "4"); XCTAssertEqual(t.area, .chiDao)
        XCTAssertEqual(t.product, "Thực hiện trên phần mềm chấm điểm chỉ số CCHC của thành phố")
        XCTAssertEqual(p.tasks.first { $0.line == 242 }?.coordinators.map(\.unit), ["Phòng Văn hóa - Xã hội"])
        XCTAssertTrue(p.appendixRefs.allSatisfy(\.present))
        let missing = ExtractionFixtures.plan("(Có Phụ lục I kèm theo)\nIII. KINH PHÍ")
        XCTAssertEqual(missing.appendixRefs.map(\.present), [false])
    }

    func testCatalogueErrorsNameFileAndLine() {
        XCTAssertThrowsError(try IndicatorCatalog(DataFile.parse("[indicator x]\nname.vi = X\narea = nowhere\nmatch = y\n", file: "i.ini"),
                                                  abbreviations: Abbreviations())) { e in
            XCTAssertEqual((e as? DataFileError)?.line, 3)
            XCTAssertEqual((e as? DataFileError)?.file, "i.ini")
        }
        XCTAssertThrowsError(try DataFile.parse("[indicator x]\nno equals sign\n", file: "i.ini")) { e in
            XCTAssertEqual((e as? DataFileError)?.description.hasPrefix("i.ini:2: "), true)
        }
        XCTAssertThrowsError(try DataFile.parse("key = value\n", file: "i.ini"))
    }

    func testEveryBundledPlanExtractsAllSixAreasAndAParent() throws {
        for rel in ExtractionFixtures.bundledPlans {
            let p = try ExtractionFixtures.bundled(rel)
            XCTAssertEqual(Set(p.areas.map(\.area)), Set(ReformArea.allCases), rel)
            XCTAssertNotNil(p.parentCited, rel)
            XCTAssertNotNil(p.issuer, rel)
        }
    }

    /// A plan written in another style than the bundled ones: upper-case header, objectives as
    /// "1. Cải cách thể chế: …" lines, leads assigned with "Giao … chủ trì …; chủ trì …".
    func testAPlanInAnotherStyle() {
        let p = ExtractionFixtures.plan(Self.otherStyle)
        XCTAssertEqual(p.issuer, "UBND xã Hòa Bình")
        XCTAssertEqual(p.number, "45/KH-UBND")
        XCTAssertEqual(p.date, "2026-01-20")
        XCTAssertFalse(p.draft)
        XCTAssertEqual(p.parentCited?.number, "300/KH-UBND")
        XCTAssertEqual(p.parentCited?.issuer, "UBND tỉnh Lâm Đồng")
        XCTAssertEqual(Set(p.areas.map(\.area)), Set(ReformArea.allCases))
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unit), ["Phòng Văn hóa - Xã hội"])
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unit), ["Phòng Văn hóa - Xã hội"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unit), ["Trung tâm Phục vụ hành chính công"])
        XCTAssertEqual(p.targets.first { $0.line == 19 }?.indicator, "tthc.on-time")
        XCTAssertEqual(p.targets.first { $0.line == 20 }?.comparator, .greaterThan)
        XCTAssertEqual(p.targets.first { $0.line == 22 }?.comparator, .reduce)
    }

    static let otherStyle = """
ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH

Số: 45/KH-UBND
Hòa Bình, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Cải cách hành chính nhà nước năm 2026

Thực hiện Kế hoạch số 300/KH-UBND ngày 30/12/2025 của UBND tỉnh Lâm Đồng về cải cách hành chính năm 2026; Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả công tác CCHC.

II. CHỈ TIÊU
1. Cải cách thể chế: 100% văn bản QPPL của xã được ban hành đúng trình tự, thủ tục.
2. Cải cách TTHC:
- Tỷ lệ hồ sơ TTHC giải quyết đúng và trước hạn đạt từ 98% trở lên.
- Tỷ lệ hồ sơ nộp trực tuyến đạt trên 60%.
- Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC đạt 100%.
3. Cải cách tổ chức bộ máy: Giảm 5% biên chế sự nghiệp hưởng lương từ ngân sách so với năm 2021.
4. Cải cách chế độ công vụ: 100% cán bộ, công chức được đánh giá, xếp loại theo kết quả công việc.
5. Cải cách tài chính công: 100% cơ quan thực hiện cơ chế tự chủ về tài chính.
6. Chuyển đổi số: Tỷ lệ thanh toán không dùng tiền mặt đạt 70%.

III. TỔ CHỨC THỰC HIỆN
1. Giao Phòng Văn hóa - Xã hội chủ trì, tham mưu triển khai Kế hoạch; chủ trì công tác kiểm tra CCHC và cải cách tổ chức bộ máy, chế độ công vụ.
2. Văn phòng HĐND và UBND xã chủ trì thực hiện cải cách thể chế.
3. Trung tâm Phục vụ hành chính công chủ trì thực hiện cải cách TTHC, thực hiện cơ chế một cửa.
4. Phòng Kinh tế chủ trì cải cách tài chính công; chủ trì thực hiện xây dựng chính quyền số.
"""
}

final class ResponsibilityTableTests: XCTestCase {
    func testATableOfAreasAssignsAreaLeads() {
        let p = ExtractionFixtures.plan("""
        V. TỔ CHỨC THỰC HIỆN
        TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\tSản phẩm
        1\tCải cách thể chế\tVăn phòng HĐND và UBND\tCác phòng chuyên môn\tThường xuyên\tBáo cáo
        2\tCải cách tài chính công\tPhòng Kinh tế\tCác phòng chuyên môn\tThường xuyên\tBáo cáo
        3\tXây dựng kế hoạch kiểm tra công vụ năm 2026\tPhòng Văn hóa - Xã hội\tCác phòng chuyên môn\tQuý I\tKế hoạch
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unit), ["Văn phòng HĐND và UBND"])
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unit), ["Phòng Kinh tế"])
        XCTAssertNil(p.area(.congVu), "a task about công vụ is not an area row")
    }
}

final class ProvincialPlanTests: XCTestCase {
    /// A provincial plan (a parent read as a document) names departments, not commune offices, as leads.
    func testProvincialLeads() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính tỉnh Lâm Đồng năm 2026

        II. NHIỆM VỤ
        1. Cải cách thể chế
        III. TỔ CHỨC THỰC HIỆN
        1. Sở Tư pháp chủ trì, phối hợp với các sở, ngành thực hiện các nội dung cải cách thể chế.
        2. Sở Nội vụ: chủ trì, hướng dẫn, kiểm tra công tác cải cách hành chính; chủ trì cải cách tổ chức bộ máy, chế độ công vụ.
        3. Văn phòng UBND tỉnh chủ trì cải cách thủ tục hành chính.
        """)
        XCTAssertEqual(p.level, .tinh)
        XCTAssertEqual(p.issuer, "UBND tỉnh Lâm Đồng")
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unit), ["Sở Tư pháp"])
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unit), ["Sở Nội vụ"])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unit), ["Văn phòng UBND tỉnh"])
    }
}

/// A ward plan in a third style: targets as a bare list under "MỤC TIÊU, CHỈ TIÊU", empty area headings,
/// a one-line header, "Là cơ quan thường trực, chủ trì …" leads.
final class ThirdStylePlanTests: XCTestCase {
    func testExtraction() {
        let p = ExtractionFixtures.plan(Self.text)
        XCTAssertEqual(p.issuer, "UBND phường An Khánh")
        XCTAssertEqual(p.parentCited?.issuer, "UBND thành phố Cần Thơ")
        XCTAssertEqual(Set(p.areas.map(\.area)), Set(ReformArea.allCases))
        XCTAssertTrue(p.areas.allSatisfy { !$0.leads.isEmpty })
        let byLine = Dictionary(grouping: p.targets, by: \.line).mapValues { $0.first!.indicator }
        XCTAssertEqual(byLine[17], "tthc.published")
        XCTAssertEqual(byLine[18], "tthc.on-time")
        XCTAssertEqual(byLine[19], "tthc.online-dossiers")
        XCTAssertEqual(byLine[20], "sat.overall")
        XCTAssertEqual(byLine[21], "digital.e-documents")
        XCTAssertEqual(byLine[22], "tthc.online-payment")
        XCTAssertEqual(p.targets.first { $0.line == 18 }?.comparator, .greaterThan)
        XCTAssertEqual(p.targets.first { $0.line == 19 }?.comparator, .atLeast)
    }

    static let text = """
UỶ BAN NHÂN DÂN PHƯỜNG AN KHÁNH

Số: 120/KH-UBND

An Khánh, ngày 05 tháng 01 năm 2026

KẾ HOẠCH
Cải cách hành chính năm 2026

Căn cứ Kế hoạch số 315/KH-UBND ngày 29/12/2025 của UBND thành phố Cần Thơ về cải cách hành chính nhà nước năm 2026;

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác cải cách hành chính trên địa bàn phường.

II. MỤC TIÊU, CHỈ TIÊU
- Phấn đấu Chỉ số cải cách hành chính của phường xếp loại Tốt.
- 100% TTHC được công khai đầy đủ, đúng quy định trên Cổng Dịch vụ công quốc gia.
- Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt trên 98%.
- Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến đạt 80% trở lên.
- Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính đạt 90% trở lên.
- 100% văn bản (trừ văn bản mật) được gửi, nhận dưới dạng điện tử có ký số.
- Tỷ lệ thanh toán trực tuyến đạt 50%.
- Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC đạt 100%.
- 100% cán bộ, công chức được bồi dưỡng, tập huấn kỹ năng số.

III. NHIỆM VỤ
1. Công tác chỉ đạo, điều hành
- Ban hành kế hoạch kiểm tra cải cách hành chính năm 2026.
2. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật.
3. Cải cách thủ tục hành chính
- Thực hiện cơ chế một cửa, một cửa liên thông theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.
4. Cải cách tổ chức bộ máy hành chính nhà nước
5. Cải cách chế độ công vụ
6. Cải cách tài chính công
7. Xây dựng và phát triển chính quyền số

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hoá - Xã hội phường
- Là cơ quan thường trực, chủ trì tham mưu thực hiện công tác chỉ đạo, điều hành cải cách hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; xây dựng chính quyền số.
2. Văn phòng HĐND và UBND phường
- Chủ trì, tham mưu thực hiện nhiệm vụ cải cách thể chế.
3. Trung tâm Phục vụ hành chính công phường
- Chủ trì thực hiện cải cách thủ tục hành chính.
4. Phòng Kinh tế, Hạ tầng và Đô thị
- Chủ trì thực hiện cải cách tài chính công.
"""
}
