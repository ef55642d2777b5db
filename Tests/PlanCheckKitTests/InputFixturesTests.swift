import Foundation
import XCTest
@testable import PlanCheckKit

/// Test fixtures for the input loaders: a tiny ZIP writer (stored or fixed-Huffman deflate with a
/// greedy LZ77), .docx assembly from XML snippets, and temporary files.
enum TestZip {
    enum Method { case stored, deflated }

    static func make(_ entries: [(name: String, data: [UInt8])], method: Method = .deflated) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for (name, data) in entries {
            let compressed = method == .stored ? data : TestDeflate.compress(data)
            let crc = CRC32.checksum(data)
            let offset = out.count
            let nameBytes = Array(name.utf8)
            let m: UInt16 = method == .stored ? 0 : 8
            out += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(m) + le16(0) + le16(0)
            out += le32(crc) + le32(UInt32(compressed.count)) + le32(UInt32(data.count))
            out += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + compressed
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(m) + le16(0) + le16(0)
            central += le32(crc) + le32(UInt32(compressed.count)) + le32(UInt32(data.count))
            central += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset))
            central += nameBytes
        }
        let cdOffset = out.count
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(UInt32(cdOffset)) + le16(0)
        return out
    }

    static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
}

/// A small DEFLATE encoder for tests: one fixed-Huffman block, greedy matches found by a 3-byte hash.
enum TestDeflate {
    struct BitWriter {
        var bytes: [UInt8] = []
        var acc: UInt32 = 0
        var n = 0
        mutating func put(_ value: Int, _ count: Int) {
            for i in 0..<count {
                acc |= UInt32((value >> i) & 1) << UInt32(n)
                n += 1
                if n == 8 { bytes.append(UInt8(acc)); acc = 0; n = 0 }
            }
        }
        /// Huffman codes go most significant bit first.
        mutating func code(_ value: Int, _ count: Int) {
            for i in stride(from: count - 1, through: 0, by: -1) { put((value >> i) & 1, 1) }
        }
        mutating func finish() -> [UInt8] {
            if n > 0 { bytes.append(UInt8(acc)) }
            return bytes
        }
    }

    static func literal(_ w: inout BitWriter, _ sym: Int) {
        switch sym {
        case 0...143: w.code(0x30 + sym, 8)
        case 144...255: w.code(0x190 + sym - 144, 9)
        case 256...279: w.code(sym - 256, 7)
        default: w.code(0xC0 + sym - 280, 8)
        }
    }

    static func compress(_ data: [UInt8]) -> [UInt8] {
        var w = BitWriter()
        w.put(1, 1)
        w.put(1, 2)
        var table: [Int: Int] = [:]
        var i = 0
        while i < data.count {
            var bestLen = 0, bestDist = 0
            if i + 3 <= data.count {
                let key = Int(data[i]) << 16 | Int(data[i + 1]) << 8 | Int(data[i + 2])
                if let j = table[key], i - j <= 32768 {
                    var l = 0
                    while l < 258, i + l < data.count, data[j + l] == data[i + l] { l += 1 }
                    if l >= 3 { bestLen = l; bestDist = i - j }
                }
                table[key] = i
            }
            if bestLen >= 3 {
                var li = Inflate.lengthBase.count - 1
                while Inflate.lengthBase[li] > bestLen { li -= 1 }
                if bestLen == 258 { li = 28 }
                literal(&w, 257 + li)
                w.put(bestLen - Inflate.lengthBase[li], Inflate.lengthExtra[li])
                var di = Inflate.distanceBase.count - 1
                while Inflate.distanceBase[di] > bestDist { di -= 1 }
                w.code(di, 5)
                w.put(bestDist - Inflate.distanceBase[di], Inflate.distanceExtra[di])
                i += bestLen
            } else {
                literal(&w, Int(data[i]))
                i += 1
            }
        }
        literal(&w, 256)
        return w.finish()
    }
}

/// Assembles .docx files from WordprocessingML snippets.
enum TestDocx {
    static let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    static func make(body: String, numbering: String? = nil, styles: String? = nil, method: TestZip.Method = .deflated,
                     extra: [(String, String)] = []) -> [UInt8] {
        var entries: [(name: String, data: [UInt8])] = [
            ("[Content_Types].xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
            ("word/document.xml", Array(document(body).utf8)),
        ]
        if let numbering { entries.append(("word/numbering.xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(ns)>\(numbering)</w:numbering>".utf8))) }
        if let styles { entries.append(("word/styles.xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles \(ns)>\(styles)</w:styles>".utf8))) }
        for (n, x) in extra { entries.append((n, Array(x.utf8))) }
        return TestZip.make(entries, method: method)
    }

    static func document(_ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(ns)><w:body>\(body)<w:sectPr/></w:body></w:document>"
    }

    static func esc(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A paragraph; `**x**` spans become bold runs and `*x*` italic ones (the marks themselves are not written).
    static func p(_ text: String, numId: Int? = nil, level: Int = 0, style: String? = nil) -> String {
        var ppr = ""
        if let style { ppr += "<w:pStyle w:val=\"\(style)\"/>" }
        if let numId { ppr += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>" }
        var runs = ""
        var bold = false
        for (k, piece) in text.components(separatedBy: "**").enumerated() {
            if k > 0 { bold.toggle() }
            if piece.isEmpty { continue }
            let rpr = bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "<w:rPr><w:i w:val=\"0\"/></w:rPr>"
            runs += "<w:r>\(rpr)<w:t xml:space=\"preserve\">\(esc(piece))</w:t></w:r>"
        }
        return "<w:p>" + (ppr.isEmpty ? "" : "<w:pPr>\(ppr)</w:pPr>") + runs + "</w:p>"
    }

    /// A table cell: text (paragraphs split on "\n"), horizontal span, vertical merge ("restart"/"continue").
    static func tc(_ text: String, span: Int = 1, vMerge: String? = nil) -> String {
        var pr = ""
        if span > 1 { pr += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let vMerge { pr += vMerge == "continue" ? "<w:vMerge/>" : "<w:vMerge w:val=\"\(vMerge)\"/>" }
        let paras = text.split(separator: "\n", omittingEmptySubsequences: false).map { p(String($0)) }.joined()
        return "<w:tc>" + (pr.isEmpty ? "" : "<w:tcPr>\(pr)</w:tcPr>") + paras + "</w:tc>"
    }

    static func table(columns: Int, rows: [[String]]) -> String {
        "<w:tbl><w:tblPr/><w:tblGrid>" + String(repeating: "<w:gridCol w:w=\"1000\"/>", count: columns) + "</w:tblGrid>"
            + rows.map { "<w:tr>" + $0.joined() + "</w:tr>" }.joined() + "</w:tbl>"
    }
}

enum TestFiles {
    static func dir(_ name: String) -> String {
        let d = NSTemporaryDirectory() + "plancheck-input-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: d)
        try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    static func write(_ bytes: [UInt8], _ path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    /// The package root (for the bundled plans).
    static var root: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// Every bundled plan, at any depth of plans/ (2026-2030 plans sit in a sub-folder of their province).
    static var plans: [String] {
        let base = root + "/plans"
        let all = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".txt") }.sorted().map { base + "/" + $0 }
    }
}

/// Checks of the fixtures themselves, so that a failing loader test is not a broken fixture.
final class InputFixturesTests: XCTestCase {
    func testTestDeflateRoundTripsThroughInflate() throws {
        for plan in TestFiles.plans {
            let data = Array(try Data(contentsOf: URL(fileURLWithPath: plan)))
            let packed = TestDeflate.compress(data)
            XCTAssertLessThan(packed.count, data.count)
            XCTAssertEqual(try Inflate.inflate(packed, maxOutput: data.count), data, plan)
        }
    }
}
