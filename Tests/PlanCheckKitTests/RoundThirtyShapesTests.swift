import XCTest
@testable import PlanCheckKit

/// Shapes of the thirtieth round of keyed plans (2026-12-08, Điện Biên, Lai Châu and Tuyên Quang 2027).
final class RoundThirtyShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "PHƯỜNG MINH XUÂN") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "09/KH-UBND", date: "ngày 08 tháng 01 năm 2027")
    }

    func testAFieldBoxPerAreaReadsAsLabelledLines() {
        let p = plan("""
        II. NHIỆM VỤ, CHỈ TIÊU THEO TỪNG LĨNH VỰC
        Bảng 1. CẢI CÁCH THỂ CHẾ
        |-----------|--------------------------------------------------------------|
        | Nhiệm vụ  | Xây dựng, ban hành VBQPPL của HĐND, UBND phường theo đúng    |
        |           | trình tự; tự kiểm tra, rà soát văn bản.                      |
        | Chỉ tiêu  | 100% VBQPPL của HĐND, UBND phường được tự kiểm tra, rà soát; |
        |           | 100% VBQPPL ban hành đúng tiến độ theo kế hoạch.             |
        | Chủ trì   | Văn phòng HĐND và UBND phường                                |
        | Thời gian | Cả năm 2027                                                  |
        |-----------|--------------------------------------------------------------|

        Bảng 2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
        |-----------|--------------------------------------------------------------|
        | Chỉ tiêu  | 100% TTHC được công khai đúng hạn; tỷ lệ hồ sơ giải quyết    |
        |           | đúng hạn đạt tối thiểu 99%; mức độ hài lòng của người dân    |
        |           | về giải quyết TTHC đạt tối thiểu 90%.                        |
        | Chủ trì   | Trung tâm Phục vụ hành chính công                            |
        |           | phường                                                       |
        |-----------|--------------------------------------------------------------|
        """)
        let theChe = p.areas.first { $0.area == .theChe }
        XCTAssertEqual(theChe?.leads.first?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(p.areas.first { $0.area == .tthc }?.leads.first?.unit, "Trung tâm Phục vụ hành chính công")
        // Each figure on the line that holds it, not on its row's first line.
        XCTAssertEqual(p.targets.first { $0.indicator == "tthc.on-time" }.map { $0.line - theChe!.line }, 13)
        XCTAssertEqual(p.targets.first { $0.indicator == "sat.tthc" }.map { $0.line - theChe!.line }, 14)
        XCTAssertEqual(p.targets.filter { $0.area == .theChe }.map { $0.line - theChe!.line }, [4, 5])
    }

    func testOnlyATasksFieldsMakeABox() {
        let box = ["| Chỉ tiêu | 100% văn bản |", "|          | được ký số.  |", "| Chủ trì  | Văn phòng    |", "| Phối hợp | Các phòng    |"]
        XCTAssertEqual(FieldBoxTable.lines(box)[1], FieldBoxTable.Line(text: "được ký số.", joinsAbove: true))
        XCTAssertEqual(FieldBoxTable.lines(box)[2], FieldBoxTable.Line(text: "Chủ trì: Văn phòng", joinsAbove: false))
        let tabbed = ["Chỉ tiêu\t100% văn bản", "\tđược ký số.\t", "Chủ trì\tVăn phòng"]
        XCTAssertEqual(FieldBoxTable.lines(tabbed)[1], FieldBoxTable.Line(text: "được ký số.", joinsAbove: true), "tabs, a trailing one too")
        XCTAssertNil(FieldBoxTable.cells("Chỉ tiêu\t95%\t98%"), "three cells")
        let areas = ["| Lĩnh vực | Đơn vị chủ trì |", "| Cải cách thể chế | Văn phòng |", "| Cải cách TTHC | Trung tâm |"]
        XCTAssertTrue(FieldBoxTable.lines(areas).isEmpty, "a table of areas and units is no box")
        let notes = ["| Ghi chú | Thời gian |", "| Thời gian | Quý I |", "| Ghi chú | x |"]
        XCTAssertTrue(FieldBoxTable.lines(notes).isEmpty, "no target or lead field")
    }

    func testATableCaptionNumberIsNoSentenceEnd() {
        XCTAssertEqual(Block.afterCaptionNumber("Bảng 4. CẢI CÁCH TỔ CHỨC BỘ MÁY"), " CẢI CÁCH TỔ CHỨC BỘ MÁY")
        XCTAssertEqual(Block.afterCaptionNumber("Biểu II: Chỉ tiêu"), " Chỉ tiêu")
        XCTAssertEqual(Block.afterCaptionNumber("Bảng xếp hạng. Tốt"), "Bảng xếp hạng. Tốt")
    }

    func testTargetsCitedByTheParentsNumbersTakeTheirIndicators() throws {
        var parent = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính tỉnh Tuyên Quang năm 2027
        II. CHỈ TIÊU
        b) Về cải cách thể chế: bảo đảm (4) 100% VBQPPL được tự kiểm tra theo quy định; (5) tỷ lệ VBQPPL được ban hành đúng tiến độ theo kế hoạch đạt tối thiểu 95%.
        e) Về chính quyền số: (16) tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến đạt tối thiểu 75% tổng số hồ sơ; (17) tỷ lệ thanh toán trực tuyến trong giải quyết TTHC đạt tối thiểu 60%.
        """)
        parent.file = "parent.txt"
        XCTAssertEqual(parent.targets.map(\.code), ["(4)", "(5)", "(16)", "(17)"])
        XCTAssertEqual(parent.targets.map(\.indicator), ["inst.lawdocs-self-checked", "inst.lawdocs-on-time", "tthc.online-dossiers", "tthc.online-payment"])
        let p = plan("""
        II. CHỈ TIÊU
        b) Cải cách thể chế: 100% VBQPPL được tự kiểm tra. Chỉ tiêu (5): đạt 90%.
        g) Chính quyền số: Chỉ tiêu (16): đạt 70%; tỷ lệ thanh toán trực tuyến trong giải quyết TTHC đạt tối thiểu 60%; thực hiện chỉ tiêu số (4) của tỉnh ở mức 100%.
        """, issuer: "XÃ YÊN SƠN")
        XCTAssertEqual(p.targets.map(\.code), [nil, "#5", "#16", nil, "#4"])
        XCTAssertEqual(p.targets.map(\.indicator), ["inst.lawdocs-self-checked", nil, nil, "tthc.online-payment", nil],
                       "the number alone names the measure, not the next clause's words")
        let own = plan("""
        II. CHỈ TIÊU
        (5) Số sáng kiến cải cách hành chính được công nhận đạt ít nhất 02 sáng kiến.
        """, issuer: "XÃ YÊN SƠN")
        XCTAssertEqual(own.targets.map(\.code), ["(5)"])
        XCTAssertNotEqual(RelativeTargets.resolve(own, parent: parent).targets.first?.indicator, "inst.lawdocs-on-time",
                          "the plan's own numbering is not the parent's")
        let resolved = RelativeTargets.resolve(p, parent: parent)
        XCTAssertEqual(resolved.targets.map(\.indicator),
                       ["inst.lawdocs-self-checked", "inst.lawdocs-on-time", "tthc.online-dossiers", "tthc.online-payment", "inst.lawdocs-self-checked"])
        let below = try ParentTargetKind(RuleFixtures.params([:]))
        XCTAssertEqual(Set(below.check(RuleFixtures.context(resolved, parent: parent)).map(\.line)), [p.targets[1].line, p.targets[2].line])
    }

    func testAFootnoteNumberAfterAFigureIsNoCode() {
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt 98%(1).
        """)
        XCTAssertEqual(p.targets.map(\.code), [nil])
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.on-time"])
    }

    func testDigitsAnOCREngineReadAsLetters() {
        XCTAssertEqual(OCRDigits.repairing("đạt 1OO% văn bản, l00% hồ sơ, tối thiểu 9O% và 8S% người dân"),
                       "đạt 100% văn bản, 100% hồ sơ, tối thiểu 90% và 85% người dân")
        XCTAssertEqual(OCRDigits.repairing("đạt 9O % cán bộ"), "đạt 90 % cán bộ")
        XCTAssertEqual(OCRDigits.repairing("CO% và IS% và LOGO%"), "CO% và IS% và LOGO%", "no real digit: no figure")
        XCTAssertEqual(OCRDigits.repairing("mã A1O% không"), "mã A1O% không", "part of a longer word")
        XCTAssertEqual(OCRDigits.repairing("Không có phần trăm nào."), "Không có phần trăm nào.")
    }

    func testAFigureDueWithinTheYearIsTheYearsWhenThePlanSetsNoOther() {
        let alone = plan("""
        II. CHỈ TIÊU
        - Tối thiểu 90% cán bộ, công chức được bồi dưỡng kiến thức, kỹ năng số, hoàn thành trước ngày 30/10/2027.
        """)
        XCTAssertEqual(alone.targets.map(\.value), [90])
        let step = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ giải ngân vốn đầu tư công đạt tối thiểu 95% kế hoạch vốn được giao.
        III. NHIỆM VỤ
        - Đẩy nhanh giải ngân vốn đầu tư công, phấn đấu giải ngân 60% kế hoạch vốn trước ngày 30/9/2027.
        """)
        XCTAssertEqual(step.targets.map(\.value), [95], "a step towards the year's figure set elsewhere")
        let september = plan("""
        III. NHIỆM VỤ
        - Đẩy nhanh giải ngân vốn đầu tư công, phấn đấu giải ngân 60% kế hoạch vốn trước ngày 30/9/2027.
        """)
        XCTAssertTrue(september.targets.isEmpty, "a step striven for before October is no year's figure")
        let trained = plan("""
        II. CHỈ TIÊU
        - 38/40 cán bộ, công chức phường (95%) được bồi dưỡng kiến thức, kỹ năng số trước ngày 30/9/2027.
        """)
        XCTAssertEqual(trained.targets.map(\.value), [95], "a figure due by then that no other figure of its measure follows")
    }

    func testFractionsThousandsAndDeadlinesInDays() {
        let p = plan("""
        II. CHỈ TIÊU
        - Có 4/5 chỉ số thành phần của Bộ chỉ số phục vụ người dân, doanh nghiệp đạt mức Tốt.
        - Công bố, công khai đúng hạn 312/312 TTHC cấp xã.
        - Công khai đúng hạn 100% (312/312 TTHC) thuộc thẩm quyền của UBND xã.
        - Mỗi xã số hóa tối thiểu 1.250 hồ sơ lưu trữ hộ tịch, đất đai.
        - Tiếp nhận ít nhất 1500 hồ sơ trực tuyến trong năm 2027.
        - Niêm yết TTHC tại Trung tâm chậm nhất 05 ngày làm việc sau khi tỉnh công bố.
        """, issuer: "XÃ PHONG THỔ")
        XCTAssertEqual(p.targets.map(\.value), [80, 100, 100, 1250, 1500, 5])
        XCTAssertEqual(p.targets.map(\.unit), ["%", "%", "%", "count", "count", "days"])
        XCTAssertEqual(p.targets.map(\.indicator).enumerated().filter { [0, 3, 5].contains($0.offset) }.map(\.element),
                       ["svc.index-components-good", "digital.archive-records-digitized", "tthc.posting-days"])
        XCTAssertEqual(p.targets.last?.comparator, .atMost)
        let dated = plan("""
        II. CHỈ TIÊU
        - Báo cáo trước ngày 12/12 hằng năm; tối thiểu 2027 hồ sơ.
        """)
        XCTAssertTrue(dated.targets.isEmpty, "a date and a year are no figures")
    }

    func testATimeLimitAfterASemicolonIsAboutTheClauseBefore() {
        let p = plan("""
        II. CHỈ TIÊU
        - 100% phản ánh, kiến nghị về quy định hành chính được xử lý đúng hạn; thời gian xử lý không quá 05 ngày làm việc kể từ ngày nhận.
        """)
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.feedback-on-time", "tthc.feedback-days"])
    }

    func testALeadWithABracketedNoteBeforeChuTri() {
        let p = plan("""
        III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
        1. Chỉ đạo, điều hành: giao Phòng Văn hóa - Xã hội (cơ quan thường trực CCHC) chủ trì, tham mưu kế hoạch kiểm tra.
        2. Cải cách thể chế: giao Văn phòng HĐND và UBND phường chủ trì rà soát văn bản.
        """)
        XCTAssertEqual(p.areas.first { $0.area == .chiDao }?.leads.first?.unit, "Phòng Văn hóa - Xã hội")
    }

    func testAFullyJustifiedPageIsReadWithSingleSpaces() {
        let justified = ["Căn  cứ   Nghị  quyết  số  76/NQ-CP  ngày  15/7/2021   của  Chính  phủ  ban  hành   Chương",
                         "trình   tổng  thể  cải  cách  hành   chính   nhà  nước  giai  đoạn   2021  -  2030;  Quyết",
                         "định  số  282/QĐ-TTg  ngày  12/02/2026  của  Thủ  tướng  Chính  phủ  ban   hành  Kế  hoạch",
                         "cải cách hành chính trọng tâm."]
        let read = JustifiedLines.collapsed(justified)
        XCTAssertEqual(read[2], "định số 282/QĐ-TTg ngày 12/02/2026 của Thủ tướng Chính phủ ban hành Kế hoạch")
        XCTAssertEqual(read[3], justified[3])
        let table = ["TT   Chỉ tiêu   Năm 2026   Năm 2027", "1   Tỷ lệ hồ sơ đúng hạn   98%   99%", "2   Hồ sơ trực tuyến   60%   70%",
                     "3   Thanh toán   50%   55%"]
        XCTAssertEqual(JustifiedLines.collapsed(table), table, "a table laid out with spaces is not justified text")
        XCTAssertFalse(JustifiedLines.isJustified("TT   2026   2027   2028   2029   2030   2031"), "gaps of three or more only")
    }

    func testAnAssessmentScoreOfTheCommuneIsItsPARScore() {
        let p = plan("""
        II. CHỈ TIÊU
        - Điểm đánh giá kết quả CCHC năm 2027 của xã đạt từ 82 điểm trở lên.
        """, issuer: "XÃ MƯỜNG ẢNG")
        XCTAssertEqual(p.targets.map(\.indicator), ["dir.par-index-score"])
        XCTAssertEqual(p.targets.map(\.value), [82])
    }
}
