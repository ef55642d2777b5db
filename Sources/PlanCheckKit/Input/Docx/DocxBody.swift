import Foundation

/// Turns `word/document.xml` into lines, the way the text plans look:
///
/// - every paragraph is one line; a manual line break (`w:br`, `w:cr`) starts a new line, as in
///   Word's own text export; tabs inside a paragraph become spaces (only tables make tab-separated rows);
/// - automatic numbering is rendered as its marker (`1.`, `a)`, `-`) followed by a space;
/// - run formatting (bold, italic, colour) is ignored, so nothing of it leaks into the text;
/// - a table with three or more grid columns gives one line per row, cells joined by TAB, with a
///   horizontally merged cell (`w:gridSpan`) followed by empty cells, so columns stay aligned;
///   a vertically merged cell (`w:vMerge`) repeats its text on each task row it spans, but stays
///   empty on rows that merely continue the task above (first cell merged too), which the clean-up
///   joins to that task; paragraphs inside a cell are joined by a space; a nested table is
///   flattened into its cell;
/// - a table of one or two columns is layout (the letterhead, the signature block): its cells'
///   paragraphs become lines of their own, row by row, left to right;
/// - deleted and moved-away text of tracked changes, field codes, old properties of tracked
///   formatting changes and the VML fallback copy of text boxes are skipped.
struct DocxBody {
    private struct Paragraph {
        var lines: [String] = [""]
        var numId: String?
        var level: Int?
        var style: String?
    }

    private struct Cell {
        var paragraphs: [String] = []
        var span = 1
        var continuesMerge = false
    }

    private struct Row {
        var cells: [Cell] = []
        var before = 0
        var after = 0
    }

    private struct Table {
        var rows: [Row] = []
        var gridColumns = 0
    }

    private var out: [String] = []
    private var stack: [String] = []
    private var skipDepth = 0
    private var paragraphs: [Paragraph] = []
    private var tables: [Table] = []
    private var cells: [Cell] = []
    private var inText = false
    private var numbering: DocxNumbering
    private let styles: DocxStyles
    /// Lines produced so far (checked against the line limit while parsing).
    private let maxLines: Int

    /// Grid columns kept per row: real tables have a handful; thousands of spanned cells would only
    /// cost memory (a hostile file can declare 64 columns per cell in a few bytes).
    static let maxColumns = 256

    /// Elements whose whole content is not part of the visible text.
    static let skipped: Set<String> = ["Fallback", "moveFrom", "del", "delText", "instrText", "pPrChange", "rPrChange",
                                       "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "numberingChange",
                                       "tblGridChange"]

    static func lines(_ bytes: [UInt8], numbering: DocxNumbering, styles: DocxStyles, maxLines: Int) throws(SafeXML.Failure) -> [String] {
        var body = DocxBody(numbering: numbering, styles: styles, maxLines: maxLines)
        try SafeXML.parse(bytes, start: { body.start($0) }, end: { body.end($0) }, text: { body.text($0) })
        // Unclosed elements cannot reach here (the parser fails), but be defensive about leftovers.
        while !body.paragraphs.isEmpty { body.endParagraph() }
        return body.out
    }

    private init(numbering: DocxNumbering, styles: DocxStyles, maxLines: Int) {
        self.numbering = numbering
        self.styles = styles
        self.maxLines = maxLines
    }

    private func parent(_ n: Int = 1) -> String? {
        stack.count > n ? stack[stack.count - 1 - n] : nil
    }

    private mutating func start(_ e: SafeXML.Element) {
        stack.append(e.name)
        if skipDepth > 0 || Self.skipped.contains(e.name) { skipDepth += 1; return }
        guard e.isWord else { return }
        switch e.name {
        case "p": paragraphs.append(Paragraph())
        case "t": inText = parent() == "r"
        case "tab": if parent() == "r" { append(" ") }
        case "br", "cr":
            guard parent() == "r", e.attr("type") == nil || e.attr("type") == "textWrapping", !paragraphs.isEmpty,
                  paragraphs[paragraphs.count - 1].lines.count <= maxLines else { return }
            paragraphs[paragraphs.count - 1].lines.append("")
        case "noBreakHyphen": if parent() == "r" { append("-") }
        case "numId": if stack.suffix(4) == ["p", "pPr", "numPr", "numId"], !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numId = e.attr("val") }
        case "ilvl":
            if stack.suffix(4) == ["p", "pPr", "numPr", "ilvl"], !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1].level = DocxNumbering.clampLevel(e.attr("val"))
            }
        case "pStyle": if stack.suffix(3) == ["p", "pPr", "pStyle"], !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].style = e.attr("val") }
        case "tbl": tables.append(Table())
        case "gridCol": if parent() == "tblGrid", !tables.isEmpty { tables[tables.count - 1].gridColumns += 1 }
        case "tr": if !tables.isEmpty { tables[tables.count - 1].rows.append(Row()) }
        case "gridBefore", "gridAfter":
            guard parent() == "trPr", !tables.isEmpty, !tables[tables.count - 1].rows.isEmpty else { return }
            let n = min(max(Int(e.attr("val") ?? "0") ?? 0, 0), 64)
            let r = tables[tables.count - 1].rows.count - 1
            if e.name == "gridBefore" { tables[tables.count - 1].rows[r].before = n } else { tables[tables.count - 1].rows[r].after = n }
        case "tc": cells.append(Cell())
        case "gridSpan":
            if parent() == "tcPr", !cells.isEmpty { cells[cells.count - 1].span = min(max(Int(e.attr("val") ?? "1") ?? 1, 1), 64) }
        case "vMerge":
            if parent() == "tcPr", !cells.isEmpty { cells[cells.count - 1].continuesMerge = (e.attr("val") ?? "continue") == "continue" }
        default: break
        }
    }

    private mutating func end(_ e: SafeXML.Element) {
        defer { if !stack.isEmpty { stack.removeLast() } }
        if skipDepth > 0 { skipDepth -= 1; return }
        guard e.isWord else { return }
        switch e.name {
        case "p": endParagraph()
        case "t": inText = false
        case "tc":
            guard let cell = cells.popLast() else { return }
            if !tables.isEmpty, !tables[tables.count - 1].rows.isEmpty {
                let t = tables.count - 1
                tables[t].rows[tables[t].rows.count - 1].cells.append(cell)
            }
        case "tbl":
            guard let table = tables.popLast() else { return }
            emit(table)
        default: break
        }
    }

    private mutating func text(_ s: String) {
        if inText && skipDepth == 0 { append(s) }
    }

    private mutating func append(_ s: String) {
        guard !paragraphs.isEmpty else { return }
        let p = paragraphs.count - 1
        paragraphs[p].lines[paragraphs[p].lines.count - 1] += s
    }

    private mutating func endParagraph() {
        guard var p = paragraphs.popLast() else { return }
        var numId = p.numId, level = p.level
        if numId == nil, let style = p.style, let n = styles.numbering(of: style) {
            numId = n.numId
            level = level ?? n.level
        }
        if let numId, let marker = numbering.marker(numId: numId, level: level ?? 0) {
            p.lines[0] = p.lines[0].isEmpty ? marker : marker + " " + p.lines[0]
        }
        if !cells.isEmpty {
            // Inside a table cell: the cell keeps its paragraphs, joined when the row is written.
            cells[cells.count - 1].paragraphs.append(contentsOf: p.lines)
        } else {
            emitLines(p.lines)
        }
    }

    private mutating func emitLines(_ lines: [String]) {
        for l in lines where out.count <= maxLines { out.append(l) }
    }

    private mutating func emit(_ table: Table) {
        let columns = max(table.gridColumns, table.rows.map { $0.before + $0.after + $0.cells.reduce(0) { $0 + $1.span } }.max() ?? 0)
        var lines: [String] = []
        if columns >= 3 {
            var above: [Int: String] = [:]
            for row in table.rows {
                var texts = [String](repeating: "", count: row.before)
                // A row whose first cell continues a vertical merge is the rest of the task above
                // (left empty, the clean-up joins it to that row); in a row of its own, a merged cell
                // (a lead or deadline shared by several tasks) repeats the text it continues.
                let continuation = row.before == 0 && row.cells.first?.continuesMerge == true
                for cell in row.cells where texts.count < Self.maxColumns {
                    let column = texts.count
                    var t = Self.join(cell.paragraphs)
                    if cell.continuesMerge { t = continuation ? "" : (above[column] ?? "") } else { above[column] = t }
                    texts.append(t)
                    texts.append(contentsOf: [String](repeating: "", count: cell.span - 1))
                }
                texts.append(contentsOf: [String](repeating: "", count: row.after))
                lines.append(texts.joined(separator: "\t"))
            }
        } else {
            for row in table.rows {
                for cell in row.cells where !cell.continuesMerge { lines.append(contentsOf: cell.paragraphs) }
            }
        }
        if !cells.isEmpty {
            // A table nested in a cell: its text becomes part of that cell.
            cells[cells.count - 1].paragraphs.append(contentsOf: lines.map { $0.replacingOccurrences(of: "\t", with: " ") })
        } else {
            emitLines(lines)
        }
    }

    /// Cell paragraphs joined by a space (empty paragraphs and stray spaces dropped).
    static func join(_ paragraphs: [String]) -> String {
        paragraphs.map { $0.trimmedWhitespace }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
