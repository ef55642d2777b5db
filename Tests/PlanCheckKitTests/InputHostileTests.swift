import Foundation
import XCTest
@testable import PlanCheckKit

/// One test per kind of hostile or broken input: each gives one clear error naming the file,
/// exit code 2, and never stops the other files of the same run from loading.
final class InputHostileTests: XCTestCase {
    var dir = ""

    override func setUp() {
        dir = TestFiles.dir("hostile")
        L10n.current = .vi
    }

    override func tearDown() {
        chmod(dir + "/locked.txt", 0o644)
        try? FileManager.default.removeItem(atPath: dir)
    }

    @discardableResult
    func expect(_ path: String, _ reason: InputMessage, line: Int? = nil, contains text: String, limits: InputLimits = .standard,
                file: StaticString = #filePath, fileLine: UInt = #line) -> InputError? {
        do {
            _ = try DocumentLoader.loadWithNotes(path: path, limits: limits)
            XCTFail("expected an error for \(path)", file: file, line: fileLine)
            return nil
        } catch {
            XCTAssertEqual(error.reason, reason, file: file, line: fileLine)
            XCTAssertEqual(error.exitCode, 2, file: file, line: fileLine)
            XCTAssertEqual(error.line, line, file: file, line: fileLine)
            XCTAssertTrue(error.description.hasPrefix(path + ":"), error.description, file: file, line: fileLine)
            XCTAssertTrue(error.message.contains(text), "\(error.message) lacks \(text)", file: file, line: fileLine)
            XCTAssertFalse(error.description.contains("\n"), "one line only", file: file, line: fileLine)
            return error
        }
    }

    func testEmptyFiles() {
        TestFiles.write([], dir + "/empty.txt")
        expect(dir + "/empty.txt", .empty, contains: "tệp rỗng")
        TestFiles.write(Array(" \n\t\r\n  \n".utf8), dir + "/blank.md")
        expect(dir + "/blank.md", .empty, contains: "tệp rỗng")
        TestFiles.write([0xEF, 0xBB, 0xBF], dir + "/bom-only.txt")
        expect(dir + "/bom-only.txt", .empty, contains: "tệp rỗng")
        TestFiles.write([], dir + "/empty.docx")
        expect(dir + "/empty.docx", .empty, contains: "tệp rỗng")
    }

    func testBinaryFiles() {
        TestFiles.write(Array("Kế hoạch".utf8) + [0, 1, 2, 3] + Array("năm".utf8), dir + "/nul.txt")
        expect(dir + "/nul.txt", .binary(looksLike: nil), contains: "tệp nhị phân")
        TestFiles.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], dir + "/image.txt")
        expect(dir + "/image.txt", .binary(looksLike: "PNG"), contains: "PNG")
        TestFiles.write(TestDocx.make(body: TestDocx.p("x")), dir + "/renamed.txt")
        expect(dir + "/renamed.txt", .binary(looksLike: "ZIP/.docx"), contains: "ZIP/.docx")
        TestFiles.write((0..<4000).map { UInt8(($0 * 7) % 32) | ($0 % 3 == 0 ? 0x40 : 0) }.map { $0 == 0 ? 1 : $0 }, dir + "/controls.txt")
        expect(dir + "/controls.txt", .binary(looksLike: nil), contains: "tệp nhị phân")
        TestFiles.write(Array("Kế hoạch năm 2026\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, dir + "/utf16-nobom.txt")
        expect(dir + "/utf16-nobom.txt", .utf16WithoutBOM, contains: "UTF-16")
    }

    func testHugeFileIsRefusedWithoutReadingIt() throws {
        // A sparse 200 MB file: refused from its size, instantly and without allocating it.
        let path = dir + "/huge.txt"
        FileManager.default.createFile(atPath: path, contents: nil)
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try h.truncate(atOffset: 200 * 1_048_576)
        try h.close()
        let start = Date()
        expect(path, .tooLarge(size: 200 * 1_048_576, limit: 50 * 1_048_576), contains: "200 MB, giới hạn 50 MB")
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
        L10n.current = .en
        expect(path, .tooLarge(size: 200 * 1_048_576, limit: 50 * 1_048_576), contains: "file too large (200 MB, limit 50 MB)")
    }

    func testExtremelyLongLinesAreCut() throws {
        let path = dir + "/long.txt"
        let long = String(repeating: "Cải cách hành chính ", count: 100_000) // 2,000,000 characters
        TestFiles.write(Array(("Dòng đầu\n" + long + "\nDòng cuối\n").utf8), path)
        let loaded = try DocumentLoader.loadWithNotes(path: path)
        XCTAssertEqual(loaded.document.lines.count, 4)
        XCTAssertEqual(loaded.document.lines[1].count, 10_000)
        XCTAssertEqual(loaded.document.lines[2], "Dòng cuối")
        XCTAssertEqual(loaded.notes.map(\.line), [2])
        XCTAssertTrue(loaded.notes[0].description.hasPrefix(path + ":2: dòng dài 2000000 ký tự"), loaded.notes[0].description)
        // The clean-up copes with the capped line.
        XCTAssertFalse(Cleanup.blocks(loaded.document).isEmpty)
    }

    func testTooManyLines() {
        var limits = InputLimits()
        limits.maxLines = 1000
        TestFiles.write([UInt8](repeating: 0x0A, count: 5000) + Array("x".utf8), dir + "/lines.txt")
        expect(dir + "/lines.txt", .tooManyLines(limit: 1000), contains: "quá nhiều dòng", limits: limits)
    }

    func testDirectoryPassedAsFile() throws {
        try FileManager.default.createDirectory(atPath: dir + "/folder.txt", withIntermediateDirectories: true)
        expect(dir + "/folder.txt", .isDirectory, contains: "đây là thư mục")
        expect(dir, .isDirectory, contains: "đây là thư mục")
    }

    func testUnreadableFile() {
        // Tests run as root, for whom open() would succeed on a 000 file; the loader refuses files
        // nobody may read regardless of who runs it, so the outcome is the same for every user.
        let path = dir + "/locked.txt"
        TestFiles.write(Array("Kế hoạch".utf8), path)
        XCTAssertEqual(chmod(path, 0), 0)
        expect(path, .unreadable(detail: "000"), contains: "không có quyền đọc")
    }

    func testSymlinkLoopAndMissingFiles() throws {
        let a = dir + "/a.txt", b = dir + "/b.txt"
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        expect(a, .symlinkLoop, contains: "lặp vòng")
        expect(dir + "/khong-co.txt", .notFound, contains: "không tìm thấy")
        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.txt", withDestinationPath: dir + "/gone.txt")
        expect(dir + "/dangling.txt", .notFound, contains: "không tìm thấy")
    }

    func testFIFOIsNotOpened() {
        let path = dir + "/pipe.txt"
        XCTAssertEqual(mkfifo(path, 0o644), 0)
        expect(path, .notRegularFile, contains: "không phải tệp thông thường")
    }

    func testUnsupportedExtensions() {
        TestFiles.write(Array("x".utf8), dir + "/old.doc")
        expect(dir + "/old.doc", .unsupportedExtension(".doc"), contains: "lưu lại dưới dạng .docx")
        TestFiles.write(Array("x".utf8), dir + "/sheet.xlsx")
        expect(dir + "/sheet.xlsx", .unsupportedExtension(".xlsx"), contains: ".txt, .md, .markdown, .docx, .pdf")
    }

    /// A bad file among good ones: the good ones still load, each bad one gives its own error.
    func testBadFilesDoNotHideGoodOnes() {
        TestFiles.write([], dir + "/empty.txt")
        TestFiles.write([0xFF, 0xFE] + Array("Kế hoạch\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, dir + "/ok16.txt")
        let paths = [TestFiles.plans[0], dir + "/empty.txt", dir + "/missing.docx", dir + "/ok16.txt", TestFiles.plans[1]]
        let results = paths.map { p in Result { () throws(InputError) in try DocumentLoader.load(path: p) } }
        XCTAssertEqual(results.map { (try? $0.get()) != nil }, [true, false, false, true, true])
        let reasons: [InputMessage] = results.compactMap { r -> InputMessage? in
            if case let .failure(e) = r { return e.reason }
            return nil
        }
        XCTAssertEqual(reasons, [.empty, .notFound])
    }
}
