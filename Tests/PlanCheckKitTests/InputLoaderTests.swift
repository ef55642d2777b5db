import Foundation
import XCTest
@testable import PlanCheckKit

/// Text plans: encodings, normalisation and legacy-encoding detection.
final class InputLoaderTests: XCTestCase {
    var dir = ""

    override func setUp() {
        dir = TestFiles.dir("text")
        L10n.current = .vi
    }

    override func tearDown() {
        L10n.current = .vi
        try? FileManager.default.removeItem(atPath: dir)
    }

    func loadError(_ path: String, limits: InputLimits = .standard, file: StaticString = #filePath, line: UInt = #line) -> InputError? {
        do {
            _ = try DocumentLoader.loadWithNotes(path: path, limits: limits)
            XCTFail("expected an error for \(path)", file: file, line: line)
            return nil
        } catch {
            XCTAssertEqual(error.exitCode, 2, file: file, line: line)
            XCTAssertEqual(error.file, path, file: file, line: line)
            XCTAssertTrue(error.description.hasPrefix(path + ":"), error.description, file: file, line: line)
            return error
        }
    }

    func testBundledPlansLoadAsTheyAre() throws {
        XCTAssertEqual(TestFiles.plans.count, 5)
        for plan in TestFiles.plans {
            let text = try String(contentsOfFile: plan, encoding: .utf8)
            let doc = try DocumentLoader.load(path: plan)
            XCTAssertEqual(doc.lines, SourceDocument(path: plan, text: text).lines, plan)
            XCTAssertEqual(doc.path, plan)
        }
    }

    func testUTF16AndBOMAndNFDVariantsLoadIdentically() throws {
        for plan in TestFiles.plans {
            let text = try String(contentsOfFile: plan, encoding: .utf8)
            let original = try DocumentLoader.load(path: plan).lines
            let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            let nfd = Array(text.decomposedStringWithCanonicalMapping.utf8)
            XCTAssertNotEqual(nfd, Array(text.utf8), "the NFD variant must differ in bytes")
            let crlf = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            for (name, bytes) in [("le", le), ("be", be), ("bom", bom), ("nfd", nfd), ("crlf", crlf)] {
                let path = dir + "/\(name).txt"
                TestFiles.write(bytes, path)
                XCTAssertEqual(try DocumentLoader.load(path: path).lines, original, "\(plan) as \(name)")
            }
        }
    }

    /// "Cộng hòa xã hội chủ nghĩa Việt Nam / Độc lập - Tự do - Hạnh phúc / Kế hoạch cải cách hành chính năm 2026"
    /// in the three legacy encodings (TCVN3 bytes checked with `iconv -f TCVN5712-1`, CP1258 made by `iconv -t CP1258`).
    static let tcvn3 = Array("Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nKÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2026\n"
        .unicodeScalars.map { UInt8($0.value) })
    static let vni = Array("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\nKeá hoaïch caûi caùch haønh chính naêm 2026\n"
        .unicodeScalars.map { UInt8($0.value) })
    static let cp1258: [UInt8] = [0x43, 0xf4, 0xf2, 0x6e, 0x67, 0x20, 0x68, 0x6f, 0xcc, 0x61, 0x20, 0x78, 0x61, 0xde, 0x20, 0x68, 0xf4, 0xf2, 0x69, 0x20,
        0x63, 0x68, 0x75, 0xd2, 0x20, 0x6e, 0x67, 0x68, 0x69, 0xde, 0x61, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x0a, 0xd0,
        0xf4, 0xf2, 0x63, 0x20, 0x6c, 0xe2, 0xf2, 0x70, 0x20, 0x2d, 0x20, 0x54, 0xfd, 0xf2, 0x20, 0x64, 0x6f, 0x20, 0x2d, 0x20, 0x48, 0x61, 0xf2,
        0x6e, 0x68, 0x20, 0x70, 0x68, 0xfa, 0x63, 0x0a, 0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68, 0x20, 0x63, 0x61, 0xd2, 0x69,
        0x20, 0x63, 0xe1, 0x63, 0x68, 0x20, 0x68, 0xe0, 0x6e, 0x68, 0x20, 0x63, 0x68, 0xed, 0x6e, 0x68, 0x20, 0x6e, 0xe3, 0x6d, 0x20, 0x32, 0x30,
        0x32, 0x36, 0x0a]

    func testLegacyEncodingsAreRefusedWithAConversionHint() {
        for (name, bytes, enc) in [("tcvn3", Self.tcvn3, LegacyEncoding.tcvn3), ("vni", Self.vni, .vni), ("cp1258", Self.cp1258, .windows1258)] {
            let path = dir + "/\(name).txt"
            TestFiles.write(bytes, path)
            guard let e = loadError(path) else { continue }
            XCTAssertEqual(e.reason, .legacyEncoding(enc), name)
            XCTAssertTrue(e.message.contains("bảng mã cũ \(enc.displayName)"), e.message)
            XCTAssertTrue(e.message.contains("Unikey") || e.message.contains("iconv"), e.message)
            XCTAssertTrue(e.description.hasPrefix(path + ": "), e.description)
        }
        // A whole plan in TCVN3 (converted with iconv when available) is detected just the same.
        let plan = TestFiles.plans.first { $0.contains("thanh-dong") }!
        let out = dir + "/plan-tcvn3.txt"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "iconv -c -f UTF-8 -t TCVN5712-1 '\(plan)' > '\(out)'"]
        if (try? p.run()) != nil {
            p.waitUntilExit()
            if p.terminationStatus == 0 { XCTAssertEqual(loadError(out)?.reason, .legacyEncoding(.tcvn3)) }
        }
    }

    func testLegacyFontTextInsideUnicodeIsRefused() {
        // TCVN3 typed with a .VnTime font and saved as UTF-8: the bytes became Latin-1 letters.
        let text = String(decoding: Self.tcvn3.flatMap { Array(String(Unicode.Scalar($0)).utf8) }, as: UTF8.self)
        let path = dir + "/vntime.txt"
        TestFiles.write(Array(text.utf8), path)
        XCTAssertEqual(loadError(path)?.reason, .legacyFontText(.tcvn3))
    }

    func testBrokenUTF8IsReportedWithItsLine() throws {
        let plan = TestFiles.plans[0]
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: plan)))
        let third = bytes.indices.filter { bytes[$0] == 0x0A }[2] + 1
        bytes.insert(0xFF, at: third)
        let path = dir + "/broken.txt"
        TestFiles.write(bytes, path)
        let e = loadError(path)
        XCTAssertEqual(e?.reason, .invalidUTF8)
        XCTAssertEqual(e?.line, 4)
        XCTAssertEqual(e?.description.hasPrefix(path + ":4: tệp không phải văn bản UTF-8"), true, e?.description ?? "")
    }

    func testLatin1TextIsBrokenUTF8NotVietnamese() {
        let path = dir + "/latin1.txt"
        TestFiles.write(Array("Plan\nR\u{E9}sum\u{E9} caf\u{E9}\n".unicodeScalars.map { UInt8($0.value) }), path)
        let e = loadError(path)
        XCTAssertEqual(e?.reason, .invalidUTF8)
        XCTAssertEqual(e?.line, 2)
    }

    func testMessagesAreVietnameseByDefaultAndEnglishOnRequest() {
        let path = dir + "/empty.txt"
        TestFiles.write([], path)
        XCTAssertEqual(loadError(path)?.description, "\(path): tệp rỗng (không có nội dung)")
        L10n.current = .en
        XCTAssertEqual(loadError(path)?.description, "\(path): empty file (no content)")
        TestFiles.write(Self.cp1258, dir + "/x.txt")
        XCTAssertTrue(loadError(dir + "/x.txt")?.message.contains("iconv -f CP1258 -t UTF-8") == true)
    }

    func testEveryMessageHasBothLanguages() {
        let all: [InputMessage] = [
            .notFound, .isDirectory, .notRegularFile, .symlinkLoop, .unreadable(detail: "000"), .tooLarge(size: 1, limit: 2), .empty,
            .binary(looksLike: "PDF"), .binary(looksLike: nil), .unsupportedExtension(".doc"), .invalidUTF8, .utf16WithoutBOM, .invalidUTF16,
            .legacyEncoding(.tcvn3), .legacyEncoding(.vni), .legacyEncoding(.windows1258), .legacyEncoding(.unknown), .legacyFontText(.vni),
            .tooManyLines(limit: 5), .docxNotZip, .docxCorrupt(detail: "x"), .docxEncrypted, .docxOldWordFormat, .docxUnsupported(detail: "x"),
            .docxTooLarge(entry: "e", limit: 1), .docxDoctype(entry: "e"), .docxMissingPart("p"), .docxXML(entry: "e", detail: "d"),
            .docxNoText, .pdfToolMissing, .pdfNotPDF, .pdfEncrypted, .pdfFailed(detail: "d"), .pdfTimeout(seconds: 1), .pdfNoText,
        ]
        for m in all {
            let vi = m.text(.vi), en = m.text(.en)
            XCTAssertFalse(vi.isEmpty)
            XCTAssertFalse(en.isEmpty)
            XCTAssertNotEqual(vi, en)
            XCTAssertFalse(vi.contains("\n") || en.contains("\n"))
        }
    }

    func testSupportedExtensions() {
        XCTAssertTrue(DocumentLoader.isSupported(path: "a/b/KH 2026.DOCX"))
        XCTAssertTrue(DocumentLoader.isSupported(path: "x.txt"))
        XCTAssertTrue(DocumentLoader.isSupported(path: "x.md"))
        XCTAssertTrue(DocumentLoader.isSupported(path: "x.pdf"))
        XCTAssertFalse(DocumentLoader.isSupported(path: "x.doc"))
        XCTAssertFalse(DocumentLoader.isSupported(path: "x.odt"))
        XCTAssertEqual(DocumentLoader.supportedExtensions, ["txt", "md", "markdown", "docx", "pdf"])
        // In a folder, also not hidden and not the folder's own notes.
        XCTAssertTrue(DocumentLoader.isPlanInFolder(path: "plans/gia-lai/xa-chu-se.txt"))
        XCTAssertTrue(DocumentLoader.isPlanInFolder(path: "plans/gia-lai/ke-hoach.md"))
        XCTAssertFalse(DocumentLoader.isPlanInFolder(path: "plans/gia-lai/README.md"))
        XCTAssertFalse(DocumentLoader.isPlanInFolder(path: "plans/gia-lai/readme.txt"))
        XCTAssertFalse(DocumentLoader.isPlanInFolder(path: "plans/gia-lai/.~lock.txt"))
        XCTAssertFalse(DocumentLoader.isPlanInFolder(path: "plans/gia-lai/key.json"))
    }

    func testControlCharactersBecomeSpaces() throws {
        let path = dir + "/ctl.txt"
        TestFiles.write(Array("Kế hoạch\u{0C}năm 2026\u{0B}x\tcột\r\n".utf8), path)
        XCTAssertEqual(try DocumentLoader.load(path: path).lines, ["Kế hoạch năm 2026 x\tcột", ""])
    }
}
