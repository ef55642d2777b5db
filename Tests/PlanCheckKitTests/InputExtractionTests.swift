import Foundation
import XCTest
@testable import PlanCheckKit

/// The bundled plans rewritten as Word files (paragraphs with bold runs, appendix tables with
/// merged group rows) and as UTF-16/NFD text extract exactly like the UTF-8 originals.
final class InputExtractionTests: XCTestCase {
    static let catalog: Catalog = try! Catalog.load(rulesDir: URL(fileURLWithPath: TestFiles.root + "/rules"))
    var dir = ""

    override func setUp() { dir = TestFiles.dir("extract") }
    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    /// A plan's lines as WordprocessingML: runs of tab-separated lines become one table each (group
    /// rows as one cell spanning the table), other lines paragraphs with `**…**` as bold runs.
    static func docxBody(_ lines: [String]) -> String {
        var body = ""
        var table: [[String]] = []
        func flush() {
            guard !table.isEmpty else { return }
            let columns = table.map(\.count).max()!
            body += TestDocx.table(columns: columns, rows: table.map { cells in
                if cells.count == columns, !cells[0].isEmpty, cells.dropFirst().allSatisfy(\.isEmpty) { return [TestDocx.tc(cells[0], span: columns)] }
                return cells.map { TestDocx.tc($0) }
            })
            table = []
        }
        for line in lines {
            if line.contains("\t") {
                table.append(line.components(separatedBy: "\t"))
                continue
            }
            flush()
            // A title glued to its bold subtitle is a Markdown artefact the clean-up splits on the
            // `**`; such lines keep their marks as literal text to keep line numbers identical.
            if Cleanup.splitGluedEmphasis(line).count > 1 {
                body += "<w:p><w:r><w:t xml:space=\"preserve\">\(TestDocx.esc(line))</w:t></w:r></w:p>"
            } else {
                body += TestDocx.p(line)
            }
        }
        flush()
        return body
    }

    func extractionJSON(_ doc: SourceDocument) throws -> String {
        var plan = PlanExtractor.extract(doc, catalog: Self.catalog)
        plan.file = ""
        plan.lines = []
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try enc.encode(plan), as: UTF8.self)
    }

    func testDocxAndReencodedPlansExtractLikeTheOriginals() throws {
        for plan in TestFiles.plans {
            let original = try DocumentLoader.load(path: plan)
            let expected = try extractionJSON(original)
            let name = (plan as NSString).lastPathComponent
            let docx = dir + "/" + name.replacingOccurrences(of: ".txt", with: ".docx")
            TestFiles.write(TestDocx.make(body: Self.docxBody(original.lines)), docx)
            let loaded = try DocumentLoader.load(path: docx)
            XCTAssertEqual(loaded.lines.count, original.lines.count, name)
            XCTAssertEqual(try extractionJSON(loaded), expected, "\(name) as .docx")
            let text = try String(contentsOfFile: plan, encoding: .utf8)
            let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            let nfd: [UInt8] = Array(text.decomposedStringWithCanonicalMapping.utf8)
            for (suffix, bytes) in [("le", le), ("be", be), ("nfd", nfd)] {
                let path = dir + "/\(suffix)-" + name
                TestFiles.write(bytes, path)
                XCTAssertEqual(try extractionJSON(try DocumentLoader.load(path: path)), expected, "\(name) as \(suffix)")
            }
        }
    }

    /// The appendix tasks of the Thành Đông plan come out of the .docx with their leads, coordinators,
    /// deadlines and products.
    func testAppendixTasksFromDocx() throws {
        let plan = TestFiles.plans.first { $0.contains("thanh-dong") }!
        let original = try DocumentLoader.load(path: plan)
        let docx = dir + "/thanh-dong.docx"
        TestFiles.write(TestDocx.make(body: Self.docxBody(original.lines)), docx)
        let tasks = PlanExtractor.extract(try DocumentLoader.load(path: docx), catalog: Self.catalog).tasks
        XCTAssertGreaterThan(tasks.count, 20)
        XCTAssertEqual(tasks.map(\.lead), PlanExtractor.extract(original, catalog: Self.catalog).tasks.map(\.lead))
        XCTAssertTrue(tasks.contains { $0.lead != nil && !$0.deadline.isEmpty && !$0.product.isEmpty && !$0.coordinators.isEmpty })
    }
}
