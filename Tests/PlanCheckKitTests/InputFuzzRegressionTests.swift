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
            _ = PDFText.layoutLines(String(decoding: bytes, as: UTF8.self))
        }
    }

    func testInvalidUTF8InXMLIsRefused() {
        XCTAssertThrowsError(try SafeXML.parse(Array("<hah".utf8) + [0xFC, 0xFC, 0xFC] + Array("/>".utf8), start: { _ in }))
        XCTAssertThrowsError(try SafeXML.parse(Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".utf8), start: { _ in }))
        XCTAssertNoThrow(try SafeXML.parse(Array("<?xml version='1.0' encoding='utf-8'?><a/>".utf8), start: { _ in }))
    }
}
