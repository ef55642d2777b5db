import XCTest
@testable import PlanCheckKit

final class TextLayerTests: XCTestCase {
    func testFoldIgnoresCaseDiacriticsAndToneMarkPlacement() {
        XCTAssertEqual(Folding.fold("Đơn giản hoá"), Folding.fold("đơn giản hóa"))
        XCTAssertEqual(Folding.fold("thuỷ lợi"), Folding.fold("thủy lợi"))
        XCTAssertEqual(Folding.fold("Phòng Văn hóa - Xã hội"), "phong van hoa xa hoi")
        XCTAssertEqual(Folding.fold("phòng Văn hoá – xã hội"), "phong van hoa xa hoi")
        XCTAssertEqual(Folding.fold("ĐVSNCL"), "dvsncl")
    }

    /// Words and text read off the aligned fold are those of `Folding.fold`, for every line of the bundled plans,
    /// in NFC and in NFD, whole and in pieces.
    func testAlignedFoldWordsAreTheWordsOfTheFold() throws {
        let plans = RuleFixtures.repo.appendingPathComponent("plans")
        var lines = ["Giảm 10% thời gian; ≥ 80% hồ sơ – đạt 100%", "Cắt giảm tối thiểu 5%", "Straße 12 – Ελλάδα"]
        for f in try FileManager.default.subpathsOfDirectory(atPath: plans.path).sorted() where f.hasSuffix(".txt") {
            lines += try String(contentsOf: plans.appendingPathComponent(f), encoding: .utf8).components(separatedBy: "\n").prefix(150)
        }
        for l in lines + lines.prefix(40).map(\.decomposedStringWithCanonicalMapping) {
            let t = AlignedFold(l)
            XCTAssertEqual(t.foldedWords(0..<t.count), Folding.fold(l).split(separator: " ").map(String.init), l)
            let mid = t.count / 2
            XCTAssertEqual(t.foldedWords(mid..<t.count), Folding.fold(t.text(mid..<t.count)).split(separator: " ").map(String.init), l)
            XCTAssertEqual(t.fold(0..<t.count), Folding.fold(l), l)
            XCTAssertEqual(t.fold(mid..<t.count), Folding.fold(t.text(mid..<t.count)), l)
        }
    }

    func testFoldNormalisesDecomposedInput() {
        let nfd = "Cải cách hành chính".decomposedStringWithCanonicalMapping
        XCTAssertEqual(Folding.fold(nfd), "cai cach hanh chinh")
    }

    func testAbbreviationsExpandForMatching() {
        let ab = ExtractionFixtures.catalog.abbreviations
        XCTAssertEqual(Folding.foldExpanding("TTHC", ab), "thu tuc hanh chinh")
        XCTAssertEqual(Folding.foldExpanding("tỷ lệ DVCTT", ab), "ty le dich vu cong truc tuyen")
        XCTAssertEqual(Folding.foldExpanding("TT PVHCC", ab), "trung tam phuc vu hanh chinh cong")
        XCTAssertEqual(Folding.foldExpanding("Phòng KT,HT&ĐT", ab), "phong kinh te ha tang va do thi")
        XCTAssertEqual(Folding.foldExpanding("tỉ lệ", ab), Folding.foldExpanding("tỷ lệ", ab))
    }

    func testPhrasePatternAllowsGapsAndRespectsWordBoundaries() {
        let p = PhrasePattern("hồ sơ * trực tuyến")
        XCTAssertNotNil(p.match(in: " ho so nop truc tuyen "))
        XCTAssertNil(p.match(in: " ho sox truc tuyen "))
        XCTAssertNil(PhrasePattern("giam").match(in: " cat giamx "))
    }

    func testOutlineMarkers() {
        XCTAssertEqual(OutlineMarker.parse("II. NỘI DUNG")?.kind, .roman)
        XCTAssertEqual(OutlineMarker.parse("II. NỘI DUNG")?.ordinal, 2)
        XCTAssertEqual(OutlineMarker.parse("1.2. Nhiệm vụ")?.kind, .decimal)
        XCTAssertEqual(OutlineMarker.parse("3. Cải cách")?.kind, .arabic)
        XCTAssertEqual(OutlineMarker.parse("đ) 100% hồ sơ")?.kind, .letter)
        XCTAssertEqual(OutlineMarker.parse("đ) 100% hồ sơ")?.ordinal, 5)  // a b c d đ: Vietnamese order
        XCTAssertEqual(OutlineMarker.parse("e) Mức độ")?.ordinal, 6)
        XCTAssertEqual(OutlineMarker.parse("+ Báo cáo")?.kind, .bullet)
        XCTAssertNil(OutlineMarker.parse("2021 - 2030 gắn với"))
        XCTAssertNil(OutlineMarker.parse("100%."))
        XCTAssertNil(OutlineMarker.parse("15/7/2021 của Chính phủ"))
        // Roman and arabic markers are read from bytes: text, length (marker and spaces) and ordinal.
        let noSpace = OutlineMarker.parse("I.Mục tiêu")
        XCTAssertEqual([noSpace?.text, noSpace.map { "\($0.length)" }], ["I.", "2"])
        let paren = OutlineMarker.parse("1)  Nội dung")
        XCTAssertEqual([paren?.text, paren.map { "\($0.length)" }, paren.map { "\($0.kind)" }], ["1)", "4", "arabic"])
        XCTAssertEqual(OutlineMarker.parse("1.2 Nội dung")?.kind, .decimal)
        XCTAssertEqual(OutlineMarker.parse("2.10. Chỉ đạo")?.ordinal, 10)
        XCTAssertEqual(OutlineMarker.parse("XIV. Tổ chức")?.ordinal, 14)
        XCTAssertNil(OutlineMarker.parse("XVI. Tổ chức"))
        XCTAssertNil(OutlineMarker.parse("123. Nội dung"))
        XCTAssertNil(OutlineMarker.parse("1 Nội dung"))
        XCTAssertNil(OutlineMarker.parse("Ia. Nội dung"))
    }

    func testAlreadyCleanAgreesWithStripping() {
        // The block test of long lines must say what stripping would: nothing to strip, or something.
        var g = SystemRandomNumberGenerator()
        let pieces = ["a", " ", "ệ", "*", "\t", "\r", "\u{00A0}", "§", "Cải cách hành chính", "1"]
        for _ in 0..<2000 {
            let s = (0..<Int.random(in: 0...60, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
            XCTAssertEqual(Cleanup.isAlreadyClean(s), Cleanup.stripInline(s) == s && !s.utf8.contains(0xC2), s.debugDescription)
        }
        XCTAssertTrue(Cleanup.isAlreadyClean(String(repeating: "Cải cách hành chính ", count: 5) + "xong"))
        XCTAssertFalse(Cleanup.isAlreadyClean(String(repeating: "Cải cách hành chính ", count: 5) + " xong"))
    }

    func testHardWrappedLinesJoinAcrossBlankSpacerLinesKeepingLineNumbers() {
        let text = """
        1.1. Nâng cao chất lượng chỉ đạo, điều hành công tác cải cách hành chính \n
        (CCHC) của các cơ quan, đơn vị, tạo đột phá trong CCHC năm 2025. Tăng cường \n
        trách nhiệm của người đứng đầu.
        2. Yêu cầu
        """
        let blocks = Cleanup.blocks(SourceDocument(path: "t", text: text))
        XCTAssertEqual(blocks.count, 2)
        XCTAssertTrue(blocks[0].text.hasPrefix("1.1. Nâng cao"))
        XCTAssertTrue(blocks[0].text.contains("hành chính (CCHC) của"))
        let idx = blocks[0].text.distance(from: blocks[0].text.startIndex, to: blocks[0].text.range(of: "trách nhiệm")!.lowerBound)
        XCTAssertEqual(blocks[0].line(atOffset: idx), 5)
        XCTAssertEqual(blocks[1].firstLine, 6)
    }

    func testSoftHyphenationJoinsWithoutSpace() {
        let text = "- Thực hiện tinh giản biên chế năm 2025 theo chủ trương tại Kết luận số 28-\n\nKL/TW và Kết luận số 40-KL/TW."
        let blocks = Cleanup.blocks(SourceDocument(path: "t", text: text))
        XCTAssertEqual(blocks.count, 1)
        XCTAssertTrue(blocks[0].text.contains("28-KL/TW"))
    }

    func testLongWordParagraphFollowedByCapitalisedLineIsNotJoined() {
        let long = String(repeating: "Xây dựng đội ngũ cán bộ chuyên nghiệp ", count: 6)
        let blocks = Cleanup.blocks(SourceDocument(path: "t", text: long + "\n\nĐến năm 2030, đội ngũ cán bộ đủ năng lực."))
        XCTAssertEqual(blocks.count, 2)
    }

    func testALineEndingInAPrepositionContinuesBeforeACapitalisedLine() {
        // A short lettered item cut after "trong": the next line is its continuation, not a paragraph.
        let text = "b) Hoàn thành 100% nhiệm vụ cụ thể trong\nKế hoạch cải cách hành chính năm 2026 của phường.\n"
            + "c) Tổ chức thực hiện Về\nKế hoạch năm 2026."
        let blocks = Cleanup.blocks(SourceDocument(path: "t", text: text))
        XCTAssertEqual(blocks.map(\.text).first, "b) Hoàn thành 100% nhiệm vụ cụ thể trong Kế hoạch cải cách hành chính năm 2026 của phường.")
        // A capitalised last word is a label or a title word, not a cut sentence.
        XCTAssertEqual(blocks.count, 3)
        XCTAssertTrue(Cleanup.endsInDanglingWord("giải quyết hồ sơ của"))
        XCTAssertFalse(Cleanup.endsInDanglingWord("giải quyết hồ sơ"))
        // "… chính quyền số" ends a heading; the capitalised line after it is its first paragraph.
        let digital = "6. Xây dựng và phát triển chính quyền điện tử, chính quyền số\nPhòng Văn hóa - Xã hội chủ trì triển khai.\n"
            + "Căn cứ Quyết định số\n15/QĐ-UBND ngày 02/01/2026."
        XCTAssertEqual(Cleanup.blocks(SourceDocument(path: "t", text: digital)).map(\.text),
                       ["6. Xây dựng và phát triển chính quyền điện tử, chính quyền số", "Phòng Văn hóa - Xã hội chủ trì triển khai.",
                        "Căn cứ Quyết định số 15/QĐ-UBND ngày 02/01/2026."])
    }

    func testMarkdownEmphasisAndGluedTitles() {
        let blocks = Cleanup.blocks(SourceDocument(path: "t", text: "I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích, yêu cầu:**\n\na) Công tác *CCHC* tiếp tục."))
        XCTAssertEqual(blocks.map(\.text), ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích, yêu cầu:", "a) Công tác CCHC tiếp tục."])
        XCTAssertEqual(blocks[1].firstLine, 1)
    }

    func testDoubleBulletsAndPageNumberLines() {
        let blocks = Cleanup.blocks(SourceDocument(path: "t", text: "- + Báo cáo quý: trước ngày 10.\n\n12\n\n- + Báo cáo năm."))
        XCTAssertEqual(blocks.map(\.text), ["+ Báo cáo quý: trước ngày 10.", "+ Báo cáo năm."])
    }

    func testPageMarkersOfOtherExports() {
        for marker in ["12", "- 2 -", "– 2 –", "Trang 3", "Trang 3/12", "3/12"] {
            XCTAssertTrue(Cleanup.isPageNumber(marker), marker)
        }
        for text in ["15/7", "1234", "Trang chủ", "- Rà soát", "2025"] {
            XCTAssertFalse(Cleanup.isPageNumber(text), text)
        }
        // A target cut by a page marker is joined across it.
        let blocks = Cleanup.blocks(SourceDocument(path: "x", lines: ["- Tỷ lệ hồ sơ giải quyết đúng hạn", "- 2 -", "đạt 98%."]))
        XCTAssertEqual(blocks.map(\.text), ["- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%."])
    }

    func testTableRowsSplitAcrossPagesAreMergedAndRepeatedHeadersDropped() {
        let text = """
        TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\tSản phẩm
        I. Cải cách thể chế (02 nhiệm vụ)\t\t\t\t\t
        1\tXây dựng văn bản\tVăn phòng HĐND và UBND phường\tCác phòng chuyên môn\tQuý I/2026\tBáo cáo kết quả thực

        TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\tSản phẩm
        \t\t\t\t\thiện năm 2026
        2\tRà soát văn bản\tVăn phòng HĐND và UBND phường\tCác phòng chuyên môn\tThường xuyên\tBáo cáo
        """
        let blocks = Cleanup.blocks(SourceDocument(path: "t", text: text))
        XCTAssertEqual(blocks.filter { $0.kind == .tableHeader }.count, 1)
        let rows = blocks.filter { $0.kind == .tableRow }
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[1].cells[5].text, "Báo cáo kết quả thực hiện năm 2026")
        XCTAssertEqual(rows[1].firstLine, 3)
        XCTAssertEqual(rows[2].firstLine, 7)
    }
}

final class MarkdownTableTests: XCTestCase {
    func testMarkdownPipeTablesBecomeTableRows() {
        let text = """
        | TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm |
        |---|---|---|---|---|---|
        | I. Cải cách thể chế (01 nhiệm vụ) | | | | | |
        | 1 | Rà soát văn bản | Văn phòng HĐND và UBND | Các phòng chuyên môn | Quý I/2026 | Báo cáo |
        """
        let plan = ExtractionFixtures.plan(text)
        XCTAssertEqual(plan.tasks.count, 1)
        XCTAssertEqual(plan.tasks.first?.lead?.unit, "Văn phòng HĐND và UBND")
        XCTAssertEqual(plan.tasks.first?.area, .theChe)
        XCTAssertEqual(plan.tasks.first?.line, 4)
    }
}

final class InlinePageNumberTests: XCTestCase {
    func testPageNumberInsideASentenceIsRemovedWhenItSplitsAPhraseOfThePlan() {
        let text = """
        - Mức độ hài lòng về dịch vụ y tế, giáo dục công lập đạt 90%.
        + Mức độ hài lòng về cung cấp dịch vụ công, đặc biệt trong các lĩnh vực y tế, giáo dục công 5 lập, đạt tối thiểu 90%.
        - Căn cứ Luật ngày 16 tháng 6 năm 2025; giảm 5 biên chế; ngày tháng năm 2026.
        """
        let blocks = Cleanup.blocks(SourceDocument(path: "t", text: text))
        XCTAssertTrue(blocks[1].text.contains("giáo dục công lập, đạt"), blocks[1].text)
        XCTAssertTrue(blocks[2].text.contains("ngày 16 tháng 6 năm 2025"), "dates are never touched")
        XCTAssertTrue(blocks[2].text.contains("giảm 5 biên chế"), "a number not splitting a known phrase stays")
        XCTAssertEqual(blocks[1].firstLine, 2)
    }

    /// The byte-level pre-test never hides a candidate the scalar scan finds: every line of the bundled
    /// plans and some hand-made ones.
    func testByteTestKeepsEveryCandidate() throws {
        let plans = RuleFixtures.repo.appendingPathComponent("plans")
        var lines = ["công 5 lập", "đầu 12 đủ", "Ủy 3 ban", "x 999 y", "a 1000 b", "hòa 7 ước", "a 05 b", "năm 2026", "100% TTHC"]
        for f in try FileManager.default.subpathsOfDirectory(atPath: plans.path) where f.hasSuffix(".txt") {
            lines += try String(contentsOf: plans.appendingPathComponent(f), encoding: .utf8).components(separatedBy: "\n")
        }
        var found = 0, passed = 0
        for l in lines {
            let c = StrayNumberScan.scan(AlignedFold(l))
            if StrayNumberScan.mayHaveCandidate(l) { passed += 1 }
            guard !c.isEmpty else { continue }
            found += 1
            XCTAssertTrue(StrayNumberScan.mayHaveCandidate(l), l)
        }
        XCTAssertGreaterThan(found, 3)
        XCTAssertLessThan(passed, lines.count / 4, "the pre-test rejects most lines")
    }
}
