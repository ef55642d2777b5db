import XCTest
@testable import PlanCheckKit

/// Shapes of the twenty-sixth round of keyed plans (2026-12-07, Cà Mau, Vĩnh Long and Đồng Tháp 2027).
final class RoundTwentySixShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ TÂN THÀNH") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "12/KH-UBND", date: "ngày 10 tháng 01 năm 2027")
    }

    func testARiseInPointsOverAStatedResultSetsTheirSum() {
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ tiếp nhận trực tuyến tăng ít nhất 5 điểm phần trăm so với kết quả năm 2026 (năm 2026 đạt 82%).
        - Tỷ lệ thanh toán trực tuyến tăng 4 điểm phần trăm so với năm 2026 (năm 2026 đạt 60,5%).
        - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn tăng 3 điểm phần trăm so với năm 2026, đạt 83%.
        - Tỷ lệ hồ sơ được số hóa tăng 5 điểm phần trăm so với năm 2026 (năm 2026 đạt 80%), đạt 85%.
        - Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng tăng tối thiểu 4 điểm phần trăm so với năm 2026 (năm 2026: 52,5%).
        """)
        XCTAssertEqual(p.targets.map(\.value), [87, 64.5, 83, 85, 56.5], "the sum where no level is said, else the level")
        XCTAssertEqual(p.targets.map(\.comparator), [.atLeast, .equal, .equal, .equal, .atLeast])
        XCTAssertEqual(p.targets.first?.figure, "5 điểm phần trăm so với kết quả năm 2026 (năm 2026 đạt 82%)")
        XCTAssertEqual(Array(p.targets.map(\.indicator).prefix(2)), ["tthc.online-dossiers", "tthc.online-payment"])
        // A rise without a stated base, or over a base of the plan's own year, sets no level.
        for line in ["- Tỷ lệ hồ sơ trực tuyến tăng 5 điểm phần trăm so với năm 2026.",
                     "- Tỷ lệ hồ sơ trực tuyến tăng 5 điểm phần trăm so với quý I (quý I năm 2027 đạt 70%)."] {
            XCTAssertTrue(plan("II. CHỈ TIÊU\n" + line).targets.allSatisfy { $0.value != 75 }, line)
        }
    }

    func testAWordTableWithAMergedGroupColumnAndWrappedLabels() {
        let p = plan("""
        II. CHỈ TIÊU
        Lĩnh vực
        STT
        Chỉ tiêu
        Đơn vị tính
        Chỉ tiêu năm 2027
        Cải cách thủ tục hành chính
        1
        Tỷ lệ hồ sơ thủ tục hành chính (TTHC) được giải quyết
        đúng hạn
        %
        ≥ 98
        2
        Tỷ lệ thanh toán trực tuyến
        %
        Tối thiểu 60
        Xây dựng chính quyền điện tử, chính quyền số
        3
        Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng
        %
        ≥ 90
        """)
        XCTAssertEqual(p.targets.map(\.value), [98, 60, 90])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time", "tthc.online-payment", "digital.work-files-online"])
        XCTAssertEqual(p.targets.map(\.line), [19, 23, 28], "each figure at its own cell's line")
        let lines = ["Lĩnh vực", "STT", "Chỉ tiêu", "ĐVT", "Năm 2027", "Thể chế", "1", "Tỷ lệ văn bản", "được rà soát", "%", "100",
                     "Công vụ", "2", "Tỷ lệ công chức", "%", "100"]
        XCTAssertEqual(VerticalTable.read(lines, at: 1)?.rows.map { $0.cells.map(\.text) },
                       [["STT", "Chỉ tiêu", "ĐVT", "Năm 2027"], ["Thể chế"], ["1", "Tỷ lệ văn bản được rà soát", "%", "100"],
                        ["Công vụ"], ["2", "Tỷ lệ công chức", "%", "100"]])
        // Without the group column's title, a row of the sort the header expects still ends at a short line.
        XCTAssertEqual(VerticalTable.read(["STT", "Chỉ tiêu", "ĐVT", "1", "Tỷ lệ A", "%", "Ghi chú: kết quả năm 2026 của toàn tỉnh đạt 97%"], at: 0)?
            .rows.last?.cells.map(\.text), ["1", "Tỷ lệ A", "%"])
    }

    func testATwoColumnTaskListGivesEachTaskItsLead() {
        let p = plan("""
        III. NHIỆM VỤ VÀ ĐƠN VỊ CHỦ TRÌ
        Nội dung nhiệm vụ                                                   Đơn vị chủ trì
        CẢI CÁCH THỂ CHẾ
        1. Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND,        Văn phòng HĐND và UBND
        UBND xã ban hành; công bố danh mục văn bản hết hiệu lực             xã
        CẢI CÁCH THỦ TỤC HÀNH CHÍNH
        2. Công khai đầy đủ TTHC; tiếp nhận, giải quyết TTHC theo           Trung tâm Phục vụ hành
        cơ chế một cửa, một cửa liên thông                                  chính công xã
        3. Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành
        chính
        IV. TỔ CHỨC THỰC HIỆN
        1. Văn phòng HĐND và UBND xã là cơ quan thường trực.
        """)
        XCTAssertEqual(p.areas.first { $0.area == .theChe }?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.areas.first { $0.area == .tthc }?.leads.first?.unit, "Trung tâm Phục vụ hành chính công")
        XCTAssertEqual(p.tasks.map(\.sequence), ["1", "2", "3"], "the plan's next part ends the table")
        XCTAssertEqual(p.tasks.map(\.line), [11, 14, 16])
        XCTAssertNil(p.tasks.last?.lead, "a task whose right-hand column is empty names no lead")
    }

    func testFakeBoldLinesAreReadOnce() {
        XCTAssertEqual(DoubledGlyphs.undoubling("KKẾẾ HHOOẠẠCCHH\nIIII.. CCHHỈỈ TTIIÊÊUU\n-- 110000%% pphhảảnn áánnhh ((CCTT0099))..\n"),
                       "KẾ HOẠCH\nII. CHỈ TIÊU\n- 100% phản ánh (CT09).\n")
        // Ordinary lines, and a line that only opens on a pair, are left alone.
        for text in ["II. MỤC TIÊU\nTỷ lệ hồ sơ đạt 98%.\n", "1100 hồ sơ được số hóa\n", "ssss\n"] {
            XCTAssertEqual(DoubledGlyphs.undoubling(text), text)
        }
    }

    func testTargetsFiledUnderTheParentsCodesTakeTheirIndicators() throws {
        var parent = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính tỉnh Vĩnh Long năm 2027
        II. CHỈ TIÊU
        Chỉ tiêu CT15 và CT20 chỉ áp dụng đối với cấp tỉnh, xã, phường không phải đăng ký.
        CT05. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: tối thiểu 98%.
        CT12. Tỷ lệ cơ quan, đơn vị có quy định chức năng, nhiệm vụ được kiện toàn: 100%.
        CT13. Tỷ lệ cán bộ, công chức được bồi dưỡng kiến thức, kỹ năng trong năm: 100%.
        CT15. Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch được giao: tối thiểu 95%.
        """)
        parent.file = "parent.txt"
        XCTAssertEqual(parent.targets.map(\.code), ["CT5", "CT12", "CT13", "CT15"])
        XCTAssertEqual(parent.targets.map(\.forLevel), [nil, nil, nil, "tinh"], "a code kept for the province binds no commune")
        let plan = plan("""
        II. CHỈ TIÊU
        - CT05: đạt 92%.
        - CT12, CT13: đạt 100%.
        - Tỷ lệ thanh toán trực tuyến: tối thiểu 80% (CT08).
        - Chỉ tiêu CT07 - 100%
        """)
        XCTAssertEqual(plan.targets.map(\.code), ["CT5", "CT12", "CT13", "CT8", "CT7"])
        XCTAssertEqual(plan.targets.map(\.value), [92, 100, 100, 80, 100], "`CT07 - 100%` is no range")
        let resolved = RelativeTargets.resolve(plan, parent: parent)
        XCTAssertEqual(resolved.targets.prefix(3).map(\.indicator), ["tthc.on-time", "org.units-consolidated", "cs.trained"])
        let below = try ParentTargetKind(RuleFixtures.params([:]))
        XCTAssertEqual(below.check(RuleFixtures.context(resolved, parent: parent)).map(\.line), [9])
        let missing = try ParentTargetKind(RuleFixtures.params(["mode": ["missing"]]))
        XCTAssertTrue(missing.check(RuleFixtures.context(resolved, parent: parent)).isEmpty, "CT15 is the province's own")
    }

    func testDotLeadersAndAssignmentBrackets() {
        XCTAssertEqual(DotLeaders.replacing("5. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn .................... 98%"),
                       "5. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: 98%")
        XCTAssertEqual(DotLeaders.replacing("Mức độ hài lòng ………………… 90%"), "Mức độ hài lòng: 90%")
        XCTAssertEqual(DotLeaders.replacing("Kết quả năm 2026 (ước) ............"), "Kết quả năm 2026 (ước):")
        XCTAssertEqual(DotLeaders.replacing("- Xã đăng ký: ........"), "- Xã đăng ký: ........", "a form's blank")
        XCTAssertEqual(AssignmentBrackets.rewriting("a) Ban hành kế hoạch. [Giao: Phòng VHXH; phối hợp: VP HĐND-UBND]"),
                       "a) Ban hành kế hoạch. (Chủ trì: Phòng VHXH; phối hợp: VP HĐND-UBND)")
        XCTAssertEqual(AssignmentBrackets.rewriting("Giao nhiệm vụ (xem Phụ lục) [giao: TT PVHCC]"), "Giao nhiệm vụ (xem Phụ lục) (Chủ trì: TT PVHCC)")
        let p = plan("""
        Chữ viết tắt dùng trong Kế hoạch:
        - VP HĐND-UBND: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã;
        - Phòng VHXH: Phòng Văn hóa - Xã hội;
        II. CHỈ TIÊU
        Tỷ lệ hồ sơ TTHC giải quyết đúng hạn ....................... 98%
        III. NHIỆM VỤ
        1. Công tác chỉ đạo, điều hành
        a) Ban hành Kế hoạch kiểm tra CCHC năm 2027. [Giao: Phòng VHXH; phối hợp: VP HĐND-UBND]
        2. Cải cách thể chế
        a) Tham mưu ban hành văn bản quy phạm pháp luật. [Giao: VP HĐND-UBND]
        """)
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time"])
        XCTAssertEqual(p.areas.first { $0.area == .chiDao }?.leads.first?.unit, "Phòng Văn hóa - Xã hội")
        XCTAssertEqual(p.areas.first { $0.area == .theChe }?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertTrue(UnitLegend.isCode("VP HĐND-UBND") && UnitLegend.isCode("Phòng VHXH") && UnitLegend.isCode("CA phường"))
        XCTAssertFalse(UnitLegend.isCode("Kết quả năm 2025"))
    }

    func testFiguresByKindOfCommuneIncludingAdvancedNewCountrysideCommunes() throws {
        var parent = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính tỉnh Đồng Tháp năm 2027
        II. CHỈ TIÊU
        e) Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: xã đạt chuẩn nông thôn mới nâng cao: tối thiểu 95%; các xã còn lại: tối thiểu 90%; phường: tối thiểu 98%.
        """)
        parent.file = "parent.txt"
        XCTAssertEqual(parent.targets.map(\.forKind), [CommuneKind.advanced, CommuneKind.ordinary, CommuneKind.ward])
        XCTAssertEqual(Set(parent.targets.map(\.indicator)), ["tthc.digitization"])
        let advanced = plan("""
        Xã Mỹ An Hưng là xã đạt chuẩn nông thôn mới nâng cao.
        II. CHỈ TIÊU
        - Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt tối thiểu 92%.
        """, issuer: "XÃ MỸ AN HƯNG")
        XCTAssertEqual(advanced.communeKind, CommuneKind.advanced)
        let below = try ParentTargetKind(RuleFixtures.params([:]))
        XCTAssertEqual(below.check(RuleFixtures.context(advanced, parent: parent)).first?.values["parentValue"].map { $0.hasPrefix("95") }, true)
        let other = plan("""
        Xã Tháp Mười chưa được công nhận đạt chuẩn nông thôn mới nâng cao.
        II. CHỈ TIÊU
        - Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt tối thiểu 92%.
        """, issuer: "XÃ THÁP MƯỜI")
        XCTAssertEqual(other.communeKind, CommuneKind.ordinary)
        XCTAssertTrue(below.check(RuleFixtures.context(other, parent: parent)).isEmpty, "held to the others' 90%")
    }

    func testSyllablesGluedByALostSpaceAreSplit() {
        let glued = ["Căn cứKế hoạch số 412/KH-UBNDngày 21/12/2026 của Ủy ban nhân dântỉnhĐồng Tháp;",
                     "a) Tỷ lệ hồ sơ thủtục hànhchính giảiquyết đúng hạn đạttốithiểu 97%.",
                     "g) Tỷlệthanh toán trực tuyến cónghĩavụtàichính đạt 60%.",
                     "c) Mức độ hài lòngcủa ngườidân khi sử dụng dịch vụ côngtrựctuyến.",
                     "Căn cứ Nghịđịnh số 30/2020/NĐ-CPngày 05/3/2020; Quyết định số 282/QĐ-TTg."]
        let fixed = SyllableSpacing.repaired(glued)
        XCTAssertEqual(fixed[1], "a) Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 97%.")
        XCTAssertEqual(fixed[2], "g) Tỷ lệ thanh toán trực tuyến có nghĩa vụ tài chính đạt 60%.")
        XCTAssertTrue(fixed[0].contains("412/KH-UBND ngày") && fixed[0].contains("dân tỉnh Đồng"), fixed[0])
        XCTAssertTrue(fixed[4].contains("NĐ-CP ngày") && fixed[4].contains("282/QĐ-TTg."), fixed[4])
        // The byte test for a toned letter agrees with the letters: every toned vowel, no other letter.
        var toned = Array("àáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩũĨŨ")
        toned += (0x1EA0...0x1EF9).compactMap { Unicode.Scalar($0).map(Character.init) }
        for c in toned { XCTAssertEqual(SyllableSpacing.gluedWords(["x\(c)\(c) y"]), 1, String(c)) }
        for c in "aâăeêioôơuưyđÂĂÊÔƠƯĐäçñ" { XCTAssertEqual(SyllableSpacing.gluedWords(["x\(c)\(c) y"]), 0, String(c)) }
        // A plan with its spaces (a word of two tone marks is not Vietnamese) is left as it is.
        let plain = ["Căn cứ Kế hoạch số 412/KH-UBND ngày 21/12/2026 của UBND tỉnh;", "Tỷ lệ hồ sơ đúng hạn đạt tối thiểu 97%; iPhone, eKYC."]
        XCTAssertEqual(SyllableSpacing.repaired(plain), plain)
    }

    func testNotesAndReferencesThatAreNotTargets() {
        let p = plan("""
        II. CHỈ TIÊU ĐĂNG KÝ NĂM 2027
        UBND xã đăng ký thực hiện các chỉ tiêu tại Phụ lục Kế hoạch số 298/KH-UBND của UBND tỉnh như sau:
        - Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ đạt tối thiểu 82%.
        Ghi chú: 6 tháng đầu năm 2027, xã phấn đấu tỷ lệ hồ sơ trực tuyến đạt 70% để làm cơ sở đạt mức cả năm.
        """)
        XCTAssertNil(p.adoptsParentTargetsAt, "a lead-in to the plan's own list adopts nothing")
        XCTAssertEqual(p.targets.map(\.value), [82], "a mid-year step in a note is no target")
        XCTAssertEqual(p.appendixRefs.filter { !$0.present }.count, 0, "the parent's appendix is not this plan's")
    }
}

