import Foundation
import XCTest
@testable import PlanCheckKit

/// Inputs that once crashed the fuzz target (Fuzz/regressions), run through the same readers
/// as Fuzz/FuzzTarget.swift: none may trap, and each must give a clean result or error.
final class InputFuzzRegressionTests: XCTestCase {
    func testCrashingInputsNoLongerCrash() throws {
        let dir = TestFiles.root + "/Fuzz/regressions"
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
            if let loaded = try? DocumentLoader.loadText(bytes: bytes, path: name) { _ = Cleanup.blocks(loaded.document) }
            if let loaded = try? DocumentLoader.loadDocx(bytes: bytes, path: name) { _ = Cleanup.blocks(loaded.document) }
            _ = try? Inflate.inflate(bytes, maxOutput: 1 << 20)
            let numbering = (try? DocxNumbering.parse(bytes)) ?? DocxNumbering()
            let styles = (try? DocxStyles.parse(bytes)) ?? DocxStyles()
            _ = try? DocxBody.lines(bytes, numbering: numbering, styles: styles, maxLines: 1000)
            _ = PDFTables.tabulate(PDFText.layoutLines(String(decoding: bytes, as: UTF8.self)))
        }
    }

    func testInvalidUTF8InXMLIsRefused() {
        XCTAssertThrowsError(try SafeXML.parse(Array("<hah".utf8) + [0xFC, 0xFC, 0xFC] + Array("/>".utf8), start: { _ in }))
        XCTAssertThrowsError(try SafeXML.parse(Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".utf8), start: { _ in }))
        XCTAssertNoThrow(try SafeXML.parse(Array("<?xml version='1.0' encoding='utf-8'?><a/>".utf8), start: { _ in }))
    }

    /// Writes the .docx and XML seeds of Fuzz/corpus when PLANCHECK_FUZZ_SEEDS names a folder
    /// (see Fuzz/README.md); otherwise does nothing.
    func testWriteFuzzSeeds() throws {
        guard let out = ProcessInfo.processInfo.environment["PLANCHECK_FUZZ_SEEDS"] else { return }
        let rows = [["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"].map { TestDocx.tc($0) },
                    [TestDocx.tc("I. Cải cách thể chế", span: 6)],
                    [TestDocx.tc("1"), TestDocx.tc("Rà soát"), TestDocx.tc("Phòng VH-XH", vMerge: "restart"), TestDocx.tc("Các phòng"),
                     TestDocx.tc("Quý II"), TestDocx.tc("Báo cáo")],
                    [TestDocx.tc("2"), TestDocx.tc("Công khai"), TestDocx.tc("", vMerge: "continue"), TestDocx.tc(""),
                     TestDocx.tc("2026"), TestDocx.tc("Kế hoạch")]]
        let body = TestDocx.p("**KẾ HOẠCH**") + TestDocx.p("MỤC ĐÍCH", numId: 1, level: 0) + TestDocx.p("Mục đích", numId: 1, level: 1)
            + TestDocx.p("Triển khai", numId: 2, level: 0) + TestDocx.table(columns: 6, rows: rows)
            + TestDocx.table(columns: 2, rows: [[TestDocx.tc("Nơi nhận:\n- Như trên;"), TestDocx.tc("CHỦ TỊCH")]])
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        TestFiles.write(TestDocx.make(body: body, numbering: InputDocxTests.numbering, styles: styles, method: .deflated), out + "/docx-deflated.docx")
        TestFiles.write(TestDocx.make(body: body, numbering: InputDocxTests.numbering, method: .stored), out + "/docx-stored.docx")
        TestFiles.write(Array(TestDocx.document(body).utf8), out + "/document.xml")
        TestFiles.write(Array("<w:numbering \(TestDocx.ns)>\(InputDocxTests.numbering)</w:numbering>".utf8), out + "/numbering.xml")
        TestFiles.write(TestDeflate.compress(Array(TestDocx.document(body).utf8)), out + "/raw.deflate")
    }
}
