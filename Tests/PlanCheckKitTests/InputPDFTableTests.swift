import Foundation
import XCTest
@testable import PlanCheckKit

/// Task tables in `pdftotext -layout` output become tab-separated rows again.
final class InputPDFTableTests: XCTestCase {
    static let widths = [4, 44, 22, 22, 16, 24]

    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) } else if current.count + 1 + word.count <= width { current += " " + word } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }

    static func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }

    /// Cells laid out like pdftotext does: top-aligned, wrapped within the column, 3 spaces apart;
    /// header cells centred.
    static func render(_ cells: [String], centred: Bool = false) -> [String] {
        let wrapped = zip(cells, widths).map { wrap($0, $1) }
        let height = wrapped.map(\.count).max()!
        return (0..<height).map { k in
            zip(wrapped, widths).map { lines, w -> String in
                let t = k < lines.count ? lines[k] : ""
                guard centred else { return pad(t, w) }
                let left = (w - t.count) / 2
                return pad(String(repeating: " ", count: left) + t, w)
            }.joined(separator: "   ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }

    func testLayoutTableBecomesTabRows() {
        let header = Self.render(["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"], centred: true)
        XCTAssertGreaterThan(header.count, 1)
        let row = Self.render(["1", "Xây dựng và triển khai Kế hoạch cải cách hành chính nhà nước phường năm 2026", "Phòng Văn hóa - Xã hội",
                               "Các phòng chuyên môn", "Tháng 01/2026", "Kế hoạch"])
        let lines = ["Văn bản trước bảng  có hai   khoảng trắng"] + header + ["I. Chỉ đạo điều hành, kiểm tra và tuyên truyền (07 nhiệm vụ)"] + row
            + ["Nơi nhận: các đơn vị theo danh sách đính kèm và các cơ quan liên quan trên địa bàn phường"]
        let out = PDFTables.tabulate(lines)
        XCTAssertEqual(out.count, lines.count)
        XCTAssertEqual(out[0], lines[0])
        XCTAssertEqual(out[1], "TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện/ hoàn thành\tSản phẩm")
        XCTAssertTrue(out[2..<(1 + header.count)].allSatisfy(\.isEmpty))
        XCTAssertEqual(out[1 + header.count], "I. Chỉ đạo điều hành, kiểm tra và tuyên truyền (07 nhiệm vụ)\t\t\t\t\t")
        XCTAssertEqual(out[2 + header.count], "1\tXây dựng và triển khai Kế hoạch cải cách\tPhòng Văn hóa - Xã hội\tCác phòng chuyên môn\tTháng 01/2026\tKế hoạch")
        XCTAssertTrue(out[3 + header.count].hasPrefix("\t"))
        XCTAssertEqual(out.last, lines.last, "prose after the table is left alone")
    }

    /// The Thành Đông appendix laid out as pdftotext would print it gives the same tasks (numbers,
    /// leads, coordinators, deadlines) as the text plan.
    func testAppendixFromLayoutTextExtractsTheSameTasks() throws {
        let plan = TestFiles.plans.first { $0.contains("thanh-dong") }!
        let doc = try DocumentLoader.load(path: plan)
        let blocks = Cleanup.blocks(doc)
        let firstRow = blocks.firstIndex { $0.kind == .tableRow }!
        var layout = Array(doc.lines[0..<(blocks[firstRow].firstLine - 2)])
        layout += Self.render(["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"], centred: true)
        for b in blocks[firstRow...] where b.kind == .tableRow {
            let cells = b.cells.map(\.text)
            if cells.dropFirst().allSatisfy(\.isEmpty) { layout.append(cells[0]) } else { layout += Self.render(cells + [String](repeating: "", count: max(0, 6 - cells.count))) }
        }
        let pdfLike = SourceDocument(path: "x.pdf", lines: PDFTables.tabulate(layout))
        let catalog = try Catalog.load(rulesDir: URL(fileURLWithPath: TestFiles.root + "/rules"))
        let expected = PlanExtractor.extract(doc, catalog: catalog).tasks
        let got = PlanExtractor.extract(pdfLike, catalog: catalog).tasks
        XCTAssertGreaterThan(expected.count, 20)
        XCTAssertEqual(got.map(\.sequence), expected.map(\.sequence))
        // Line numbers differ (the layout takes more lines); the units must not.
        XCTAssertEqual(got.map { $0.lead?.unit }, expected.map { $0.lead?.unit })
        XCTAssertEqual(got.map { $0.coordinators.map(\.unit) }, expected.map { $0.coordinators.map(\.unit) })
        XCTAssertEqual(got.map(\.product), expected.map(\.product))
        XCTAssertEqual(got.map(\.deadline), expected.map(\.deadline))
        XCTAssertEqual(got.map(\.text), expected.map(\.text))
    }
}
