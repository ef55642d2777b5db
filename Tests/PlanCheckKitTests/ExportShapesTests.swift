import XCTest
@testable import PlanCheckKit

/// Shapes that exports from Word and PDF leave in plans: headings whose automatic numbering was lost,
/// Markdown table rows cut inside a cell, a target table whose columns are years, and data-file phrases
/// holding `##`.
final class ExportShapesTests: XCTestCase {
    func testAnUnnumberedAreaHeadingOpensItsSection() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN PHƯỜNG A
        KẾ HOẠCH
        Cải cách hành chính phường A năm 2026
        NHIỆM VỤ, GIẢI PHÁP

        CẢI CÁCH TỔ CHỨC BỘ MÁY
        - Phòng Văn hoá - Xã hội chủ trì triển khai rà soát chức năng, nhiệm vụ các phòng chuyên môn.
        - Thực hiện nghiêm quy chế làm việc của UBND phường.

        CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
        - Phòng Văn hóa - Xã hội chủ trì triển khai đánh giá, xếp loại cán bộ, công chức theo quý.

        TỔ CHỨC THỰC HIỆN
        - Phòng Kinh tế chủ trì tổng hợp kinh phí.
        """)
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unit), ["Phòng Văn hóa - Xã hội"])
        XCTAssertEqual(p.area(.congVu)?.leads.map(\.line), [11])
        // `TỔ CHỨC THỰC HIỆN` closes the công vụ section: its Phòng Kinh tế does not lead công vụ.
        XCTAssertEqual(p.area(.congVu)?.leads.count, 1)
    }

    func testAPipeRowCutInsideACellIsOneRow() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính phường A năm 2026
        PHỤ LỤC CHỈ TIÊU
        | STT | Chỉ tiêu | Chỉ tiêu thành phố giao | Chỉ tiêu của phường | Đơn vị chủ trì |
        |---|---|---|---|---|
        | 1 | Tỷ lệ hồ sơ TTHC giải quyết đúng hạn | Tối thiểu 98% | 100% | TT PVHCC phường |
        | 2 | Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết
        TTHC | Tối thiểu 92% | Tối\u{00A0}thiểu\u{00A0}95% | TT PVHCC phường |
        | 3 | Tỷ lệ thanh toán trực tuyến | 55% | 65% | TT PVHCC phường |
        """)
        // The city's column is not the ward's target; the cut row keeps its cells and the line of its figure.
        XCTAssertEqual(p.targets.map(\.value), [100, 95, 65])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "sat.tthc", "tthc.online-payment"])
        XCTAssertEqual(p.targets.map(\.line), [6, 8, 9])
    }

    func testYearColumnsMakeTheHeaderOfATargetTable() {
        let p = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính tỉnh A giai đoạn 2026-2030\nI. CHỈ TIÊU\n"
            + "Chỉ tiêu\t2026\t2027\t2028\n"
            + "Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình (%)\t80\t85\t90\n")
        XCTAssertEqual(p.targets.map(\.value), [80, 85, 90])
        XCTAssertEqual(p.targets.map(\.period), [Period(year: 2026), Period(year: 2027), Period(year: 2028)])
        XCTAssertTrue(Cleanup.isYearColumnsHeader(["Chỉ tiêu", "Năm 2026", "2027 - 2028"]))
        XCTAssertFalse(Cleanup.isYearColumnsHeader(["Tỷ lệ hồ sơ", "98%", "2026"]), "a figure is not a year")
    }

    func testADataFileValueMayHoldTheFigureMark() throws {
        let sections = try DataFile.parse("[indicator x]\nmatch = giảm * ## thời gian\nmatch = a # a comment\nmatch = b #\n", file: "x.ini")
        XCTAssertEqual(sections.first?.values("match"), ["giảm * ## thời gian", "a", "b"])
        XCTAssertEqual(PhrasePattern("giảm * ## thời gian").parts, ["giam", "## thoi gian"])
    }

    func testRutNganIsAReduction() {
        let p = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính phường A năm 2026\nI. MỤC TIÊU\n"
            + "- Rút ngắn tối thiểu 20% thời gian giải quyết và giảm 20% chi phí tuân thủ thủ tục hành chính.\n")
        XCTAssertEqual(p.targets.map(\.comparator), [.reduce, .reduce])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.time-cut", "tthc.cost-cut"])
    }
}

/// Headings that name their level (`Mục 1.`, `Phần II`) and the standing body named before its `chủ trì`.
final class NamedHeadingsTests: XCTestCase {
    func testMucAndPhanAreMarkers() {
        let m = OutlineMarker.parse("Mục 1. Công tác chỉ đạo, điều hành")
        XCTAssertEqual([m.map { "\($0.kind)" }, m?.text, m.map { "\($0.length)" }, m.map { "\($0.ordinal)" }], ["arabic", "Mục 1.", "7", "1"])
        XCTAssertEqual(OutlineMarker.parse("PHẦN II: NHIỆM VỤ")?.kind, .roman)
        XCTAssertEqual(OutlineMarker.parse("Phần III - Tổ chức thực hiện")?.ordinal, 3)
        XCTAssertNil(OutlineMarker.parse("Mục 2 của Chương trình được sửa đổi"), "a sentence, not a heading")
    }

    func testTheStandingBodyLeadsTheSectionItChuTriIn() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN PHƯỜNG QUY NHƠN
        KẾ HOẠCH
        Cải cách hành chính phường giai đoạn 2026-2030
        Mục 1. Công tác chỉ đạo, điều hành
        Ban hành kế hoạch cải cách hành chính hằng năm, kế hoạch kiểm tra, kế hoạch
        tuyên truyền; đưa chỉ tiêu cải cách hành chính vào đánh giá, xếp loại tập
        thể, cá nhân. Văn phòng HĐND và UBND phường là cơ quan thường trực, chủ trì
        tham mưu Chủ tịch Ủy ban nhân dân phường theo dõi, đôn đốc, tổng hợp.
        Mục 2. Cải cách thể chế
        Nâng cao chất lượng văn bản. Văn phòng HĐND và UBND phường chủ trì, phối hợp các phòng thực hiện.
        """)
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.line), [7])
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
    }
}

/// Shapes met in the Bắc Ninh and Đắk Lắk plans: ordinal-word headings, and an assignment table of areas.
final class OrdinalAndAssignmentTests: XCTestCase {
    func testOrdinalWordsNumberItems() {
        let m = OutlineMarker.parse("Thứ hai, nâng cao chất lượng cải cách thể chế.")
        XCTAssertEqual([m.map { "\($0.kind)" }, m?.text, m.map { "\($0.length)" }, m.map { "\($0.ordinal)" }], ["arabic", "Thứ hai,", "9", "2"])
        XCTAssertEqual(OutlineMarker.parse("THỨ BẢY: CHÍNH QUYỀN SỐ")?.ordinal, 7)
        XCTAssertNil(OutlineMarker.parse("Thứ trưởng Bộ Nội vụ dự họp"), "a title, not an ordinal")
    }

    func testAnAreaHeadedByAnOrdinalWordIsLedByItsLabelledLead() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN XÃ GIA BÌNH
        KẾ HOẠCH
        Cải cách hành chính năm 2026
        III. NHIỆM VỤ
        Thứ nhất, nâng cao chất lượng cải cách thể chế.
        - Xây dựng, ban hành văn bản quy phạm pháp luật đúng trình tự, thủ tục.
        Cơ quan tham mưu, chủ trì: Văn phòng HĐND và UBND xã.
        Cơ quan phối hợp: Phòng Văn hóa - Xã hội.
        Thứ hai, đẩy mạnh cải cách tài chính công.
        - Thực hiện cơ chế tự chủ tài chính.
        Cơ quan tham mưu, chủ trì: Phòng Kinh tế.
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.line), [7])
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.line), [11])
    }

    func testAnAssignmentTableWithoutNumbersLeadsEachArea() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN XÃ EA KAR
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        IV. TỔ CHỨC THỰC HIỆN
        Lĩnh vực\tCơ quan chủ trì\tCơ quan phối hợp
        Cải cách thể chế\tVăn phòng HĐND và UBND xã\tCác phòng chuyên môn
        Cải cách tài chính công\tPhòng Kinh tế\tVăn phòng HĐND và UBND xã
        Xây dựng, phát triển chính quyền điện tử,\tPhòng Văn hóa - Xã hội\tTrung tâm Phục vụ hành chính
        chính quyền số\t\tcông xã
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.line), [6])
        XCTAssertEqual(p.area(.so)?.leads.map(\.unitID), ["vhxh"], "an area name wrapped onto the next row")
        XCTAssertTrue(p.tasks.isEmpty, "assignments are not tasks with deadlines and products to check")
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"])
        XCTAssertTrue(Cleanup.isAssignmentHeader(["Lĩnh vực", "Cơ quan chủ trì", "Cơ quan phối hợp"]))
        XCTAssertFalse(Cleanup.isAssignmentHeader(["Lĩnh vực", "Phòng Kinh tế chủ trì thực hiện cải cách tài chính công"]))
    }
}

/// Shapes met in the Khánh Hòa and Quảng Trị plans: a task table with a `Lĩnh vực` column and unit codes.
final class AreaColumnAndLegendTests: XCTestCase {
    func testATaskTableWithAnAreaColumnAndUnitCodesLeadsEachArea() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN XÃ DIÊN KHÁNH
        KẾ HOẠCH
        Cải cách hành chính năm 2026
        BẢNG PHÂN CÔNG NHIỆM VỤ
        | STT | Lĩnh vực | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
        |---|---|---|---|---|---|
        | 1 | Cải cách thể chế | Rà soát văn bản QPPL | VP | KT; VHXH | Quý II/2026 |
        | 2 |  | Tự kiểm tra văn bản QPPL | VP | Cơ quan soạn thảo | Thường xuyên |
        | 3 | Tổ chức bộ máy | Ban hành quy định chức năng, nhiệm vụ | VHXH | VP | Quý I/2026 |
        | 4 | Tài chính công | Giao dự toán, tự chủ tài chính | KT | VHXH | Quý I/2026 |

        Ghi chú: VP: Văn phòng HĐND và UBND xã; KT: Phòng Kinh tế; VHXH: Phòng Văn hóa - Xã hội.
        """)
        XCTAssertEqual(p.tasks.map { $0.area?.rawValue }, ["the-che", "the-che", "bo-may", "tai-chinh"], "an empty area cell goes on with the area above")
        XCTAssertEqual(p.tasks.map { $0.lead?.unitID }, ["vp", "vp", "vhxh", "kt"])
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.tasks.first?.coordinators.map(\.unitID), ["kt", "vhxh"])
        XCTAssertEqual(UnitLegend.read([]).codes, [:])
    }

    func testATableOfUnitsListsTheAreasEachLeads() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN XÃ LẤP VÒ
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        IV. TỔ CHỨC THỰC HIỆN
        Đơn vị\tLĩnh vực chủ trì\tLĩnh vực phối hợp
        Phòng Văn hóa - Xã hội\tChỉ đạo, điều hành; cải cách tổ chức bộ máy hành chính\tCải cách thể chế
        Phòng Kinh tế\tCải cách tài chính công\tCải cách thủ tục hành chính
        """)
        XCTAssertEqual(p.area(.chiDao)?.leads.map(\.unitID), ["vhxh"])
        XCTAssertEqual(p.area(.boMay)?.leads.map(\.line), [6])
        XCTAssertEqual(p.area(.taiChinh)?.leads.map(\.unitID), ["kt"])
        XCTAssertNil(p.area(.theChe)?.leads.first, "an area it only coordinates is not led")
    }

    func testATargetsTableGroupedByAreaKeepsEachRow() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính phường Tân Ninh năm 2026
        II. CHỈ TIÊU NĂM 2026
        Lĩnh vực\tNội dung chỉ tiêu\tChỉ tiêu năm 2026\tGhi chú
        Cải cách TTHC\tHồ sơ TTHC được giải quyết đúng hạn\t≥ 95%\tNăm 2025 đạt 97,8%
        \tThanh toán trực tuyến nghĩa vụ tài chính trong giải quyết TTHC\t≥ 60%\tNăm 2025 đạt 52,3%
        \tHồ sơ, kết quả giải quyết TTHC được số hóa\tĐạt 100%\t
        """)
        XCTAssertEqual(p.targets.map(\.line), [5, 6, 7], "an empty area cell starts a row of the same area")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-payment", "tthc.digitization"])
    }

    func testAUnitGivenToAdviseLeadsItsSection() {
        let p = ExtractionFixtures.plan("""
        ỦY BAN NHÂN DÂN XÃ VĨNH LINH
        KẾ HOẠCH
        Cải cách hành chính năm 2026
        III. NHIỆM VỤ
        2. Cải cách thể chế
        - Tổ chức phổ biến, giáo dục pháp luật.
        Giao Văn phòng HĐND và UBND xã tham mưu UBND xã triển khai công tác xây dựng, kiểm tra, rà soát VBQPPL.
        3. Cải cách thủ tục hành chính
        - Thực hiện cơ chế một cửa, một cửa liên thông.
        Giao Trung tâm Phục vụ hành chính công xã tham mưu UBND xã triển khai các nhiệm vụ cải cách thủ tục hành chính; Phòng Kinh tế phối hợp.
        """)
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.unitID), ["vp"])
        XCTAssertEqual(p.area(.theChe)?.leads.map(\.line), [7])
        XCTAssertEqual(p.area(.tthc)?.leads.map(\.unitID), ["ttpvhcc"])
        XCTAssertFalse(UnitLegend.isCode("Văn phòng"))
    }
}

/// Deadlines written after the figure, and a level reached later than the parent's milestone.
final class DeadlineTests: XCTestCase {
    func testADeadlineAfterTheFigureSetsThePeriod() {
        let p = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính xã A giai đoạn 2026-2030\nI. MỤC TIÊU\n"
            + "- Cung cấp 100% dịch vụ công trực tuyến toàn trình đối với các TTHC đủ điều kiện, hoàn thành chậm nhất trong năm 2029.\n"
            + "- Phấn đấu đạt 100% số hóa hồ sơ vào năm 2027.\n"
            + "Đến năm 2030:\n- Tỷ lệ thanh toán trực tuyến đạt 80%.\nChỉ tiêu thực hiện hằng năm:\n- 100% văn bản quy phạm pháp luật được tự kiểm tra.\n")
        XCTAssertEqual(p.targets.map(\.period), [Period(year: 2029), Period(year: 2027), Period(year: 2030), Period(from: 2026, to: 2030)])
    }
}

/// Wordings met in the Cà Mau and Huế plans.
final class WordingTests: XCTestCase {
    func testPhanTramAndTheLevelBeforeAClosingComma() {
        let p = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính thành phố Huế năm 2026\nI. CHỈ TIÊU\n"
            + "- Tỷ lệ hồ sơ TTHC nộp trực tuyến đạt trên 80 phần trăm tổng số hồ sơ tiếp nhận.\n"
            + "- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp thành phố đạt 100%, cấp xã đạt tối thiểu 90%.\n"
            + "- 100% hồ sơ công việc tại cấp tỉnh và 90% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.\n")
        XCTAssertEqual(p.targets.map(\.value), [80, 100, 90, 100, 90])
        XCTAssertEqual(p.targets.first?.unit, "%")
        XCTAssertEqual(p.targets.map(\.forLevel), [nil, "tinh", "xa", "tinh", "xa"])
        // The commune's figure after the city's is the same indicator.
        XCTAssertEqual(p.targets[1].indicator, "digital.work-files-online")
        XCTAssertEqual(p.targets[2].indicator, "digital.work-files-online")
    }

    func testDocumentsSelfCheckedAndFunctionsSetOut() {
        let p = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính phường A năm 2026\nI. CHỈ TIÊU\n"
            + "a) Tự kiểm tra 100% văn bản QPPL do HĐND, UBND phường ban hành ngay sau khi ban hành.\n"
            + "b) 100% cơ quan, đơn vị, địa phương hoàn thành việc rà soát, ban hành quy định chức năng, nhiệm vụ, quyền hạn.\n"
            + "c) Tỷ lệ hài lòng của người dân, doanh nghiệp đạt tối thiểu 93%.\n")
        XCTAssertEqual(p.targets.map(\.indicator), ["inst.lawdocs-self-checked", "org.functions-defined", "sat.overall"])
    }
}
