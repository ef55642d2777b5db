import Foundation
import XCTest
@testable import PlanCheckKit

/// .docx plans built in the test: paragraphs, numbering, merged-cell tables, and broken or hostile files.
final class InputDocxTests: XCTestCase {
    var dir = ""

    override func setUp() {
        dir = TestFiles.dir("docx")
        L10n.current = .vi
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dir)
    }

    func load(_ bytes: [UInt8], _ name: String = "plan.docx") throws -> [String] {
        let path = dir + "/" + name
        TestFiles.write(bytes, path)
        return try DocumentLoader.load(path: path).lines
    }

    func loadError(_ bytes: [UInt8], _ name: String = "bad.docx", limits: InputLimits = .standard) -> InputError? {
        let path = dir + "/" + name
        TestFiles.write(bytes, path)
        do {
            let lines = try DocumentLoader.loadWithNotes(path: path, limits: limits).document.lines
            XCTFail("expected an error, got \(lines.prefix(3))")
            return nil
        } catch {
            XCTAssertEqual(error.exitCode, 2)
            XCTAssertTrue(error.description.hasPrefix(path + ": "), error.description)
            return error
        }
    }

    static let planLines = [
        "Số: 16/QĐ-UBND",
        "Thành Đông, ngày 14 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Cải cách hành chính nhà nước phường Thành Đông năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- Triển khai thực hiện hiệu quả 06 nội dung CCHC & các mục tiêu <năm 2026>.",
        "",
        "Hoàn thành 100% kế hoạch.",
    ]

    func testParagraphsAndFormattingDoNotLeak() throws {
        let body = Self.planLines.map { line -> String in
            // Bold and italic runs around parts of the text.
            line.hasPrefix("KẾ") ? TestDocx.p("**KẾ** **HOẠCH**".replacingOccurrences(of: "** **", with: " ")) : TestDocx.p(line)
        }.joined()
        for method in [TestZip.Method.stored, .deflated] {
            XCTAssertEqual(try load(TestDocx.make(body: body, method: method)), Self.planLines)
        }
        // Tracked deletions, field codes, text-box fallback copies and tab stops do not leak either.
        let tricky = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
            + "<w:r><w:t>Kế</w:t></w:r><w:del><w:r><w:delText>XOÁ</w:delText></w:r></w:del>"
            + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>hoạch</w:t><w:br/><w:t>năm 2026</w:t></w:r>"
            + "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"> (dự thảo)</w:t></w:r></w:p>"
        XCTAssertEqual(try load(TestDocx.make(body: tricky)), ["Kế hoạch", "năm 2026 (dự thảo)"])
    }

    func testTextBoxIsReadOnceAndContentControlsAreTransparent() throws {
        let box = "<w:p><w:r><w:t>Trước hộp.</w:t></w:r><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            + "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>"
        let sdt = "<w:sdt><w:sdtPr/><w:sdtContent>" + TestDocx.p("Trong điều khiển nội dung") + "</w:sdtContent></w:sdt>"
        let hyperlink = "<w:p><w:hyperlink><w:r><w:t>Liên kết</w:t></w:r></w:hyperlink><w:ins><w:r><w:t> đã chèn</w:t></w:r></w:ins>"
            + "<w:moveFrom><w:r><w:t>chuyển đi</w:t></w:r></w:moveFrom></w:p>"
        XCTAssertEqual(try load(TestDocx.make(body: box + sdt + hyperlink)), ["Trong hộp", "Trước hộp.", "Trong điều khiển nội dung", "Liên kết đã chèn"])
    }

    static let numbering = """
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
      <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%4."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl>
      <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    """

    func testNumberedListsGetTheirMarkers() throws {
        let body = [
            TestDocx.p("MỤC ĐÍCH, YÊU CẦU", numId: 1, level: 0),
            TestDocx.p("Mục đích", numId: 1, level: 1),
            TestDocx.p("Nâng cao chất lượng", numId: 1, level: 2),
            TestDocx.p("Giảm thủ tục", numId: 1, level: 2),
            TestDocx.p("Triển khai đồng bộ", numId: 2, level: 0),
            TestDocx.p("cấp phường", numId: 2, level: 1),
            TestDocx.p("Yêu cầu", numId: 1, level: 1),
            TestDocx.p("Chi tiết", numId: 1, level: 3),
            TestDocx.p("NHIỆM VỤ", numId: 1, level: 0),
            TestDocx.p("Cải cách thể chế", numId: 1, level: 1),
            TestDocx.p("Tiếp tục", numId: 3, level: 1),
            TestDocx.p("Danh sách không tồn tại", numId: 99, level: 0),
            TestDocx.p("Cấp độ vô lý", numId: 2, level: 999),
        ].joined()
        XCTAssertEqual(try load(TestDocx.make(body: body, numbering: Self.numbering)), [
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Nâng cao chất lượng", "b) Giảm thủ tục", "- Triển khai đồng bộ", "+ cấp phường",
            "2. Yêu cầu", "2.1. Chi tiết", "II. NHIỆM VỤ", "1. Cải cách thể chế", "5. Tiếp tục", "Danh sách không tồn tại", "Cấp độ vô lý",
        ])
        // Numbering from a paragraph style (numbered headings).
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"H1b\"><w:basedOn w:val=\"H1\"/></w:style>"
        let styled = TestDocx.p("MỤC ĐÍCH", style: "H1") + TestDocx.p("NHIỆM VỤ", style: "H1b") + TestDocx.p("Khác", style: "Normal")
        XCTAssertEqual(try load(TestDocx.make(body: styled, numbering: Self.numbering, styles: styles)), ["I. MỤC ĐÍCH", "II. NHIỆM VỤ", "Khác"])
    }

    /// The appendix of the Thành Đông plan as a Word table: group rows are cells spanning all six
    /// columns; the loaded lines equal the tab-separated lines of the text plan.
    func testMergedCellTableEqualsTheTextAppendix() throws {
        let plan = TestFiles.plans.first { $0.contains("thanh-dong") }!
        let all = try String(contentsOfFile: plan, encoding: .utf8).components(separatedBy: "\n")
        let expected = Array(all[237...242]) + Array(all[246...250])
        let rows = expected.map { line -> [String] in
            let cells = line.components(separatedBy: "\t")
            XCTAssertEqual(cells.count, 6)
            if cells.dropFirst().allSatisfy(\.isEmpty) { return [TestDocx.tc(cells[0], span: 6)] }
            return cells.map { TestDocx.tc($0) }
        }
        let body = TestDocx.p("PHỤ LỤC") + TestDocx.table(columns: 6, rows: rows) + TestDocx.p("")
        let lines = try load(TestDocx.make(body: body))
        XCTAssertEqual(lines, ["PHỤ LỤC"] + expected + [""])
        // Same blocks after clean-up as the text version of the same content.
        let text = SourceDocument(path: "x.txt", text: (["PHỤ LỤC"] + expected + [""]).joined(separator: "\n"))
        XCTAssertEqual(Cleanup.blocks(SourceDocument(path: "x.docx", lines: lines)).map(\.text), Cleanup.blocks(text).map(\.text))
        XCTAssertEqual(Cleanup.blocks(SourceDocument(path: "x.docx", lines: lines)).map(\.firstLine), Cleanup.blocks(text).map(\.firstLine))
    }

    func testVerticallyMergedCells() throws {
        let rows: [[String]] = [
            ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"].map { TestDocx.tc($0) },
            [TestDocx.tc("1"), TestDocx.tc("Rà soát TTHC"), TestDocx.tc("Phòng Văn hóa - Xã hội", vMerge: "restart"), TestDocx.tc("Các phòng"),
             TestDocx.tc("Quý II", vMerge: "restart"), TestDocx.tc("Báo cáo")],
            // Second task sharing lead and deadline.
            [TestDocx.tc("2"), TestDocx.tc("Công khai TTHC"), TestDocx.tc("", vMerge: "continue"), TestDocx.tc("Trung tâm PV HCC"),
             TestDocx.tc("", vMerge: "continue"), TestDocx.tc("Kế hoạch\nDanh mục")],
            // Rest of task 2: a second product on its own row.
            [TestDocx.tc("", vMerge: "continue"), TestDocx.tc("", vMerge: "continue"), TestDocx.tc("", vMerge: "continue"),
             TestDocx.tc(""), TestDocx.tc("", vMerge: "continue"), TestDocx.tc("Quyết định")],
            // Merged cell under a horizontally merged one keeps the columns aligned.
            [TestDocx.tc("3"), TestDocx.tc("Nội dung gộp hai cột", span: 2), TestDocx.tc("Phường"), TestDocx.tc("2026"), TestDocx.tc("")],
        ]
        let lines = try load(TestDocx.make(body: TestDocx.table(columns: 6, rows: rows)))
        XCTAssertEqual(lines, [
            "TT\tNội dung\tChủ trì\tPhối hợp\tThời gian\tSản phẩm",
            "1\tRà soát TTHC\tPhòng Văn hóa - Xã hội\tCác phòng\tQuý II\tBáo cáo",
            "2\tCông khai TTHC\tPhòng Văn hóa - Xã hội\tTrung tâm PV HCC\tQuý II\tKế hoạch Danh mục",
            "\t\t\t\t\tQuyết định",
            "3\tNội dung gộp hai cột\t\tPhường\t2026\t",
        ])
        let blocks = Cleanup.blocks(SourceDocument(path: "x.docx", lines: lines)).filter { $0.kind == .tableRow }
        XCTAssertEqual(blocks.count, 3)
        XCTAssertEqual(blocks[1].cells.last?.text, "Kế hoạch Danh mục Quyết định")
    }

    func testLayoutTablesBecomeLines() throws {
        let header = TestDocx.table(columns: 2, rows: [[TestDocx.tc("ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH ĐÔNG\nSố: 16/QĐ-UBND"),
                                                        TestDocx.tc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")]])
        XCTAssertEqual(try load(TestDocx.make(body: header + TestDocx.p("KẾ HOẠCH"))), [
            "ỦY BAN NHÂN DÂN", "PHƯỜNG THÀNH ĐÔNG", "Số: 16/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH",
        ])
    }

    /// A .docx written by Info-ZIP (dynamic Huffman blocks, as Word writes them), when `zip` is installed.
    func testRealDeflatedZip() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/zip") else { throw XCTSkip("zip not installed") }
        let src = dir + "/src"
        try FileManager.default.createDirectory(atPath: src + "/word", withIntermediateDirectories: true)
        let plan = TestFiles.plans.first { $0.contains("vung-ang") }!
        let lines = try DocumentLoader.load(path: plan).lines
        let body = lines.map { TestDocx.p($0.replacingOccurrences(of: "\t", with: " ")) }.joined()
        try TestDocx.document(body).write(toFile: src + "/word/document.xml", atomically: false, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        p.currentDirectoryURL = URL(fileURLWithPath: src)
        p.arguments = ["-q", "-r", "-9", dir + "/real.docx", "word"]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(try DocumentLoader.load(path: dir + "/real.docx").lines, lines.map { $0.replacingOccurrences(of: "\t", with: " ") })
    }

    func testCorruptAndHostileDocx() throws {
        let good = TestDocx.make(body: TestDocx.p("Kế hoạch năm 2026"))
        XCTAssertEqual(loadError(Array("không phải zip".utf8))?.reason, .docxNotZip)
        XCTAssertEqual(loadError(Array(good.prefix(good.count / 2)))?.reason, .docxNotZip)
        // Flip a byte of the compressed document: CRC or deflate error, never garbage.
        var flipped = good
        let name = Array("word/document.xml".utf8)
        let at = (0..<(good.count - name.count)).first { Array(good[$0..<($0 + name.count)]) == name }! + name.count + 20
        flipped[at] ^= 0x55
        if case .docxCorrupt = loadError(flipped)?.reason {} else { XCTFail("flipped byte not reported as corrupt") }
        // Encrypted entry flag.
        var encrypted = good
        for i in 0..<(encrypted.count - 4) where Array(encrypted[i..<(i + 4)]) == [0x50, 0x4B, 0x01, 0x02] { encrypted[i + 8] |= 1 }
        XCTAssertEqual(loadError(encrypted)?.reason, .docxEncrypted)
        // Password-protected Word file (OLE container with an EncryptedPackage stream) and old .doc.
        let ole = DocxReader.oleMagic + [UInt8](repeating: 0, count: 500)
        XCTAssertEqual(loadError(ole + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), 0] }) + [0, 0])?.reason, .docxEncrypted)
        XCTAssertEqual(loadError(ole)?.reason, .docxOldWordFormat)
        // XXE: a DOCTYPE with an external entity is refused before any parsing.
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document \(TestDocx.ns)><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
        let e = loadError(TestZip.make([("word/document.xml", Array(xxe.utf8))]))
        XCTAssertEqual(e?.reason, .docxDoctype(entry: "word/document.xml"))
        XCTAssertFalse(e?.message.contains("root:") ?? true)
        // Billion laughs is a DOCTYPE too.
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document \(TestDocx.ns)/>"
        XCTAssertEqual(loadError(TestZip.make([("word/document.xml", Array(laughs.utf8))]))?.reason, .docxDoctype(entry: "word/document.xml"))
        // Malformed XML, missing main part, no text.
        if case .docxXML = loadError(TestZip.make([("word/document.xml", Array("<w:document \(TestDocx.ns)><w:body><w:p>".utf8))]))?.reason {} else { XCTFail("malformed XML") }
        XCTAssertEqual(loadError(TestZip.make([("word/other.xml", Array("<a/>".utf8))]))?.reason, .docxMissingPart("word/document.xml"))
        XCTAssertEqual(loadError(TestDocx.make(body: TestDocx.p("") + TestDocx.p(" ")))?.reason, .docxNoText)
    }

    func testZipBombsAreStopped() throws {
        // 40 MB of the same letter deflates to a few hundred KB; with a 1 MB entry limit it is refused
        // from its declared size, and with a lying declared size it stops at that size.
        let xml = TestDocx.document(TestDocx.p(String(repeating: "a", count: 2_000_000)))
        var limits = InputLimits()
        limits.maxEntryBytes = 1_000_000
        let bomb = TestDocx.make(body: TestDocx.p(String(repeating: "a", count: 2_000_000)))
        XCTAssertEqual(loadError(bomb, limits: limits)?.reason, .docxTooLarge(entry: "word/document.xml", limit: 1_000_000))
        limits.maxEntryBytes = 64 * 1_048_576
        limits.maxTotalInflatedBytes = 1_500_000
        if case .docxTooLarge = loadError(bomb, limits: limits)?.reason {} else { XCTFail("total limit") }
        // Lie about the size in both headers: inflate stops at the declared size.
        var lying = TestZip.make([("word/document.xml", Array(xml.utf8))])
        for i in 0..<(lying.count - 4) {
            let sig = Array(lying[i..<(i + 4)])
            if sig == [0x50, 0x4B, 0x03, 0x04] { lying.replaceSubrange((i + 22)..<(i + 26), with: TestZip.le32(1000)) }
            if sig == [0x50, 0x4B, 0x01, 0x02] { lying.replaceSubrange((i + 24)..<(i + 28), with: TestZip.le32(1000)) }
        }
        if case .docxCorrupt = loadError(lying)?.reason {} else { XCTFail("lying size") }
    }

    func testLongParagraphIsCappedWithANote() throws {
        let path = dir + "/long.docx"
        TestFiles.write(TestDocx.make(body: TestDocx.p(String(repeating: "Cải cách ", count: 3000)) + TestDocx.p("Hết")), path)
        let loaded = try DocumentLoader.loadWithNotes(path: path)
        XCTAssertEqual(loaded.document.lines[0].count, 10_000)
        XCTAssertEqual(loaded.document.lines[1], "Hết")
        XCTAssertEqual(loaded.notes.count, 1)
        XCTAssertEqual(loaded.notes.first?.line, 1)
    }

    func testAbsurdNumberingAndNesting() throws {
        let numbering = """
        <w:abstractNum w:abstractNumId="7">
          <w:lvl w:ilvl="0"><w:start w:val="99999999999999999999999"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="5000"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="-7"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)%"/></w:lvl>
          <w:lvl w:ilvl="8"><w:start w:val="200"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2.%3.%4.%5.%6.%7.%8.%9.%x"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1234"/></w:num>
        """
        let body = TestDocx.p("Một", numId: 1, level: 0) + TestDocx.p("Hai", numId: 1, level: 1) + TestDocx.p("Ba", numId: 1, level: 2)
            + TestDocx.p("Chín", numId: 1, level: 8) + TestDocx.p("Không có", numId: 2, level: 0) + TestDocx.p("Âm", numId: 1, level: -3)
        XCTAssertEqual(try load(TestDocx.make(body: body, numbering: numbering)),
                       ["1. Một", "5000. Hai", "0) Ba", "1.5000.0.1.1.1.1.1.200.x Chín", "Không có", "2. Âm"])
        // Tables nested 40 deep are flattened into the outer cell; 600 deep is refused or read, never a crash.
        func nested(_ depth: Int) -> String {
            var x = TestDocx.p("lõi")
            for _ in 0..<depth { x = TestDocx.table(columns: 3, rows: [["<w:tc>\(x)</w:tc>", TestDocx.tc("b"), TestDocx.tc("c")]]) + TestDocx.p("") }
            return x
        }
        XCTAssertEqual(try load(TestDocx.make(body: nested(40))).first, "lõi" + String(repeating: " b c", count: 39) + "\tb\tc")
        _ = try? load(TestDocx.make(body: nested(600)))
    }

    /// The audit loads files in parallel: the docx reader (XMLParser included) must be safe for that.
    func testConcurrentLoads() throws {
        let path = dir + "/concurrent.docx"
        TestFiles.write(TestDocx.make(body: Self.planLines.map { TestDocx.p($0) }.joined(), numbering: Self.numbering), path)
        let expected = try DocumentLoader.load(path: path).lines
        let results = LockedResults()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            results.append((try? DocumentLoader.load(path: path).lines) == expected)
        }
        XCTAssertEqual(results.values, [Bool](repeating: true, count: 16))
    }
}

final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Bool] = []
    func append(_ b: Bool) { lock.lock(); items.append(b); lock.unlock() }
    var values: [Bool] { lock.lock(); defer { lock.unlock() }; return items }
}
