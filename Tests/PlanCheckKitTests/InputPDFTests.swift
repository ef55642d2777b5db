import Foundation
import XCTest
@testable import PlanCheckKit

/// PDF plans through pdftotext: layout post-processing, the missing-tool message, and a real run
/// on a PDF written by the test when poppler-utils is installed.
final class InputPDFTests: XCTestCase {
    var dir = ""

    override func setUp() {
        dir = TestFiles.dir("pdf")
        L10n.current = .vi
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// A one-page PDF with the given lines in Helvetica (ASCII), xref offsets computed.
    static func makePDF(_ lines: [String], indent: Int = 72) -> [UInt8] {
        var content = "BT /F1 12 Tf 14 TL \(indent) 770 Td\n"
        for l in lines { content += "(\(l.replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)"))) Tj T*\n" }
        content += "ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    /// A one-page PDF with text placed at (x, y) positions, for tables.
    static func makePlacedPDF(_ items: [(x: Int, y: Int, text: String)]) -> [UInt8] {
        var content = ""
        for i in items { content += "BT /F1 9 Tf \(i.x) \(i.y) Td (\(i.text)) Tj ET\n" }
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    func testRealPDFTableBecomesTabRows() throws {
        guard PDFText.toolPath() != nil else { throw XCTSkip("pdftotext (poppler-utils) not installed") }
        let xs = [40, 70, 300, 420, 540, 660]
        var items: [(x: Int, y: Int, text: String)] = [(40, 540, "PHU LUC NHIEM VU")]
        for (x, t) in zip(xs, ["TT", "Noi dung cong viec", "Co quan chu tri", "Co quan phoi hop", "Thoi gian", "San pham"]) { items.append((x, 500, t)) }
        items.append((40, 485, "I. Cai cach the che (02 nhiem vu)"))
        for (x, t) in zip(xs, ["1", "Ra soat van ban quy pham", "Van phong UBND", "Cac phong", "Quy II/2026", "Bao cao"]) { items.append((x, 470, t)) }
        items.append((70, 458, "phap luat nam 2026"))
        for (x, t) in zip(xs, ["2", "Cong khai thu tuc hanh chinh", "Trung tam PV HCC", "Cac phong", "Thuong xuyen", "Danh muc"]) { items.append((x, 443, t)) }
        let path = dir + "/table.pdf"
        TestFiles.write(Self.makePlacedPDF(items), path)
        let lines = try DocumentLoader.load(path: path).lines.filter { !$0.isEmpty }
        XCTAssertEqual(lines, [
            "PHU LUC NHIEM VU",
            "TT\tNoi dung cong viec\tCo quan chu tri\tCo quan phoi hop\tThoi gian\tSan pham",
            "I. Cai cach the che (02 nhiem vu)\t\t\t\t\t",
            "1\tRa soat van ban quy pham\tVan phong UBND\tCac phong\tQuy II/2026\tBao cao",
            "\tphap luat nam 2026\t\t\t\t",
            "2\tCong khai thu tuc hanh chinh\tTrung tam PV HCC\tCac phong\tThuong xuyen\tDanh muc",
        ])
    }

    func testLayoutLinesStripMarginsPerPage() {
        let text = "      KE HOACH\n\n      1. Muc dich   cot hai\n   \n\u{0C}    Trang hai\n      tiep\n\u{0C}"
        XCTAssertEqual(PDFText.layoutLines(text), ["KE HOACH", "", "1. Muc dich   cot hai", "", "Trang hai", "  tiep"])
    }

    func testMissingToolNamesThePackage() {
        let path = dir + "/plan.pdf"
        TestFiles.write(Self.makePDF(["Ke hoach"]), path)
        XCTAssertThrowsError(try PDFText.lines(path: path, limits: .standard, tool: nil)) { error in
            let e = error as! InputError
            XCTAssertEqual(e.reason, .pdfToolMissing)
            XCTAssertTrue(e.description.hasPrefix(path + ": "))
            XCTAssertTrue(e.message.contains("apt-get install poppler-utils"), e.message)
        }
        XCTAssertNil(PDFText.toolPath(environment: ["PATH": dir]))
    }

    func testNotAPDF() {
        let path = dir + "/fake.pdf"
        TestFiles.write(Array("Kế hoạch năm 2026".utf8), path)
        XCTAssertThrowsError(try DocumentLoader.load(path: path)) { XCTAssertEqual(($0 as! InputError).reason, .pdfNotPDF) }
    }

    func testRealPDFThroughPdftotext() throws {
        guard PDFText.toolPath() != nil else { throw XCTSkip("pdftotext (poppler-utils) not installed") }
        let path = dir + "/plan.pdf"
        let lines = ["KE HOACH", "Cai cach hanh chinh nam 2026", "I. MUC DICH, YEU CAU", "1. Muc dich", "- Trien khai (06 noi dung)"]
        TestFiles.write(Self.makePDF(lines, indent: 144), path)
        let doc = try DocumentLoader.load(path: path)
        XCTAssertEqual(doc.lines.filter { !$0.isEmpty }, lines)
        // A damaged PDF gives one clear error (pdftotext fails, or finds no text).
        let broken = dir + "/broken.pdf"
        TestFiles.write(Array("%PDF-1.4\n1 0 obj garbage".utf8), broken)
        XCTAssertThrowsError(try DocumentLoader.load(path: broken)) { error in
            let e = error as! InputError
            XCTAssertTrue([.pdfNoText].contains(e.reason) || { if case .pdfFailed = e.reason { return true } else { return false } }(), "\(e)")
            XCTAssertEqual(e.exitCode, 2)
        }
    }
}
