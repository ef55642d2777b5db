import Foundation

/// Turns the raw lines of a plan into logical blocks, undoing the artefacts of Word and PDF export
/// while remembering the original line of every character:
/// Markdown emphasis, hard-wrapped lines (joined into paragraphs, also across blank spacer lines),
/// page numbers alone on a line, soft hyphenation across lines (`28-` / `KL/TW`), double bullets (`- +`),
/// and tab-separated table rows split across pages (continuation rows merged, repeated headers dropped).
public enum Cleanup {
    /// A cleaned physical line (one raw line may give two when Markdown glued a heading to its subtitle).
    struct CleanLine {
        var text: String
        var line: Int
        var isTable: Bool
        var cells: [String]
        /// A wrapped line of a layout table whose rows are not numbered: its text goes on in the row's first
        /// cell (the indicator), not in a new row.
        var continuesFirstCell = false
        /// The line of each cell, when the cells come from lines of their own (`VerticalTable`).
        var cellLines: [Int] = []

        /// The cells as blocks' cells, each with its line.
        var blockCells: [Block.Cell] {
            cells.enumerated().map { Block.Cell(text: $0.element, line: cellLines.indices.contains($0.offset) ? cellLines[$0.offset] : line) }
        }
        /// A row of a ruled table right after a rule: a new row even when its first cell is blank.
        var startsRow = false
        /// A line of a ruled table (`RuledTable`): unless it `startsRow`, it goes on with the row above.
        var ruled = false
        /// Whether the line goes on with the paragraph above (`true`) or starts one (`false`) whatever it
        /// looks like: a field box's wrapped value and its next field (`FieldBoxTable`); nil: as it looks.
        var joinsAbove: Bool?
        /// The last line the row comes from.
        var lastLine: Int { cellLines.last ?? line }
    }

    /// Where the clean-up is in a table laid out with runs of spaces (`pdftotext -layout`).
    struct LayoutTable {
        /// Inside such a table.
        var open = false
        /// Its header starts with `TT`/`STT`, so that its rows start with their number.
        var numbered = true
        /// Where the numbered header's titles stand (scalar offsets), when it has four or more: each row's
        /// cells are placed under them, so that an empty cell keeps its column (`… trong năm            ≥ 90`
        /// under `2030`).
        var columns: [Range<Int>] = []
    }

    public static func blocks(_ doc: SourceDocument) -> [Block] {
        let lines = cleanLines(doc)
        var blocks: [Block] = []
        var current: Block?
        var lastTableHeader: [String]?
        var lastLineText = ""
        var lastLineLength = 0  // scalars in lastLineText
        var currentLength = 0  // scalars in current.text
        var continuedRows = Set<Int>()  // table rows whose text must be re-joined from their cells
        var tableWidth = 0  // cells of the table's header, or of its widest row so far
        var groupedRows = false  // the table's first column groups rows (`Lĩnh vực`): an empty first cell starts a row

        func flush() {
            if let c = current { blocks.append(c) }
            current = nil
        }

        for cl in lines {
            if cl.isTable {
                flush()
                if cl.cells.first?.isEmpty ?? true, let last = blocks.indices.last, blocks[last].kind == .tableHeader,
                   blocks[last].lineRange.upperBound == cl.line - 1 && isPeriodTitleLine(cl.cells)
                    // `| | | Tỉnh giao | Xã đăng ký |` under `| TT | Chỉ tiêu | Năm 2027 | |` (after a pipe table's
                    // rule, which Markdown takes for the header's end): the columns' own titles.
                    // (Not under two years or more: `Năm 2026 | | Năm 2028 |` pairs its columns by year, read later.)
                    || (cl.line - 2...cl.line - 1).contains(blocks[last].lineRange.upperBound) && isRegistrationTitleLine(cl.cells)
                        && blocks[last].cells.filter({ isYearTitle($0.text) }).count <= 1 {
                    // A header merged over several lines in a spreadsheet (`Lộ trình thực hiện` over `Giai đoạn
                    // 2026-2027 | | Giai đoạn 2028-2030` over `2026 | 2027 | 2030`): each column's title is the
                    // most specific period written over it.
                    for k in cl.cells.indices where !cl.cells[k].isEmpty {
                        if k < blocks[last].cells.count { blocks[last].cells[k].text = cl.cells[k] }
                        else { blocks[last].cells.append(Block.Cell(text: cl.cells[k], line: cl.line)) }
                    }
                    blocks[last].text = blocks[last].cells.map(\.text).joined(separator: "\t")
                    blocks[last].lineRange = blocks[last].lineRange.lowerBound...cl.line
                    continue
                }
                // Only the first non-empty cell decides whether this is a header row; a long one is not
                // `TT`/`STT` whatever its fold, and is not folded.
                let first = cl.cells.first(where: { !$0.isEmpty }) ?? ""
                let folded = [first.utf8.count <= 16 ? Folding.fold(first) : ""]
                if isTableHeader(folded) || isYearColumnsHeader(cl.cells) || isQuarterColumnsHeader(cl.cells) || isAssignmentHeader(cl.cells) || isYearRowsHeader(cl.cells)
                    || isLabelTitledHeader(cl.cells) || isVillageHeader(cl.cells) {
                    tableWidth = max(tableWidth, cl.cells.count)
                    groupedRows = groupsByFirstColumn(cl.cells)
                    if lastTableHeader == nil {
                        blocks.append(Block(kind: .tableHeader, text: cl.text, spans: [Block.Span(offset: 0, line: cl.line)],
                                            cells: cl.blockCells, marker: nil, lineRange: cl.line...cl.lastLine))
                    }
                    lastTableHeader = folded
                    continue
                }
                if cl.continuesFirstCell, let last = blocks.indices.last, blocks[last].kind == .tableRow,
                   !blocks[last].cells.isEmpty {
                    blocks[last].cells[0].text += " " + cl.text
                    blocks[last].lineRange = blocks[last].lineRange.lowerBound...cl.line
                    continuedRows.insert(last)
                    continue
                }
                if cl.ruled, !cl.startsRow, let last = blocks.indices.last, blocks[last].kind == .tableRow || blocks[last].kind == .tableHeader,
                   blocks[last].lineRange.upperBound < cl.line {
                    // A ruled table's row goes on until the next rule, whatever its cells hold.
                    appendCells(cl, to: &blocks[last])
                    if blocks[last].kind == .tableHeader { blocks[last].text = blocks[last].cells.map(\.text).joined(separator: "\t") }
                    else { continuedRows.insert(last) }
                    continue
                }
                if let last = blocks.indices.last, blocks[last].kind == .tableHeader, blocks[last].lineRange.upperBound == cl.line - 1,
                   cl.cells.count == blocks[last].cells.count, isUnitLine(cl.cells) {
                    // `(%)` under each year of the header: the unit of its column.
                    for k in cl.cells.indices where !cl.cells[k].isEmpty { blocks[last].cells[k].text += " " + cl.cells[k] }
                    blocks[last].text = blocks[last].cells.map(\.text).joined(separator: "\t")
                    blocks[last].lineRange = blocks[last].lineRange.lowerBound...cl.line
                    continue
                }
                let firstEmpty = cl.cells.first?.isEmpty ?? true  // cells are already trimmed
                if firstEmpty, let last = blocks.indices.last, blocks[last].kind == .tableHeader,
                   blocks[last].lineRange.upperBound == cl.line - 1, cl.cells.count <= blocks[last].cells.count,
                   !cl.text.contains(where: { $0 == "%" || $0 == "≥" || $0 == ">" }),
                   isYearRowsHeader(blocks[last].cells.map(\.text)) || spansYears(blocks[last].cells.map(\.text), under: cl.cells) {
                    // A table of years whose column titles wrap onto a second line (`\tCCHC (1)\tSIPAS (2)`), or a
                    // header whose years span pairs of columns (`Năm 2026 | | Năm 2028 | ` over `Tỉnh giao | Xã đăng
                    // ký | …`): each column's title gets the year above it.
                    var above = ""
                    for k in blocks[last].cells.indices {
                        let top = blocks[last].cells[k].text
                        if !top.isEmpty { above = top }
                        guard k < cl.cells.count, !cl.cells[k].isEmpty else { continue }
                        blocks[last].cells[k].text = top.isEmpty ? (isYearTitle(above) ? above + " " + cl.cells[k] : cl.cells[k])
                            : top + " " + cl.cells[k]
                    }
                    blocks[last].text = blocks[last].cells.map(\.text).joined(separator: "\t")
                    blocks[last].lineRange = blocks[last].lineRange.lowerBound...cl.line
                    continue
                }
                let groupRow = groupedRows && cl.cells.dropFirst().filter { !$0.isEmpty }.count >= 2
                if firstEmpty, !groupRow, !cl.startsRow, !isSubItemRow(cl.cells), let last = blocks.indices.last, blocks[last].kind == .tableRow {
                    // Continuation of the row above (split across a page): append cell by cell, in place;
                    // the row's joined text is rebuilt once at the end.
                    appendCells(cl, to: &blocks[last])
                    continuedRows.insert(last)
                    continue
                }
                if let last = blocks.indices.last, blocks[last].kind == .tableRow,
                   wrapsCell(blocks[last].cells.map(\.text), next: cl.cells, width: tableWidth) {
                    // A cell with a line break inside (Word) ends the line: the next line goes on with that
                    // cell's text, then the row's other cells.
                    let k = blocks[last].cells.count - 1
                    blocks[last].cells[k].text += " " + cl.cells[0]
                    for cell in cl.cells.dropFirst() { blocks[last].cells.append(Block.Cell(text: cell, line: cl.line)) }
                    blocks[last].lineRange = blocks[last].lineRange.lowerBound...cl.line
                    continuedRows.insert(last)
                    continue
                }
                tableWidth = max(tableWidth, cl.cells.count)
                let text = cl.cells.joined(separator: "\t")
                blocks.append(Block(kind: .tableRow, text: text, spans: [Block.Span(offset: 0, line: cl.line)], cells: cl.blockCells,
                                    marker: OutlineMarker.parse(cl.cells.first ?? ""), lineRange: cl.line...cl.lastLine))
                continue
            }
            if !isPageBreakNoise(cl.text) { lastTableHeader = nil; tableWidth = 0; groupedRows = false }
            let marker = OutlineMarker.parse(cl.text)
            if current != nil, cl.joinsAbove ?? (marker == nil
               && continues(lastLine: lastLineText, lastLineLength: lastLineLength, blockLength: currentLength,
                            blockMarker: current!.marker, with: cl.text)) {
                // Only the last line and tracked lengths are looked at, and the block is extended in place
                // (no copy): a paragraph of thousands of wrapped lines must not make joining quadratic.
                let glue = joinsWithoutSpace(lastLineText, cl.text)
                if !glue { current!.text += " "; currentLength += 1 }
                current!.spans.append(Block.Span(offset: currentLength, line: cl.line))
                current!.text += cl.text
                let length = cl.text.scalarCount
                currentLength += length
                current!.lineRange = current!.lineRange.lowerBound...cl.line
                lastLineText = cl.text
                lastLineLength = length
                continue
            }
            flush()
            lastLineText = cl.text
            lastLineLength = cl.text.scalarCount
            currentLength = lastLineLength
            current = Block(kind: .paragraph, text: cl.text, spans: [Block.Span(offset: 0, line: cl.line)], cells: [],
                            marker: marker, lineRange: cl.line...cl.line)
        }
        flush()
        for i in continuedRows { blocks[i].text = blocks[i].cells.map(\.text).joined(separator: "\t") }
        groupTitlesAsRows(&blocks)
        lowerRomanParts(&blocks)
        return blocks
    }

    /// Appends the cells of a table line that goes on with `row` to the row's cells, cell by cell.
    /// Whether a line under a header only gives units (`(%)`, `(ngày)`), at least two.
    static func isUnitLine(_ cells: [String]) -> Bool {
        let units = cells.filter { !$0.isEmpty }
        return units.count >= 2 && units.allSatisfy { ["(%)", "%", "(ngày)", "(ngày làm việc)"].contains($0) }
    }

    static func appendCells(_ cl: CleanLine, to row: inout Block) {
        for (i, cell) in cl.cells.enumerated() where !cell.isEmpty {
            if i < row.cells.count {
                // An empty cell filled from the next line stands on that line.
                if row.cells[i].text.isEmpty { row.cells[i] = Block.Cell(text: cell, line: cl.line) } else { row.cells[i].text += " " + cell }
            } else {
                row.cells.append(Block.Cell(text: cell, line: cl.line))
            }
        }
        row.lineRange = row.lineRange.lowerBound...cl.line
    }

    /// In a plan whose parts are numbered in lower-case Roman numerals (`ii.`, `iii.`), `i.`, `v.` and `x.`
    /// before a capitalised title are numerals too, not the letters `OutlineMarker.parse` takes them for.
    static func lowerRomanParts(_ blocks: inout [Block]) {
        guard blocks.contains(where: { $0.marker?.kind == .roman && $0.marker?.text.first?.isLowercase == true }) else { return }
        let numerals: [String: Int] = ["i.": 1, "v.": 5, "x.": 10]
        for i in blocks.indices {
            guard let m = blocks[i].marker, m.kind == .letter, let n = numerals[m.text],
                  blocks[i].body.first?.isUppercase == true else { continue }
            blocks[i].marker = OutlineMarker(kind: .roman, text: m.text, length: m.length, ordinal: n)
        }
    }

    /// A group title between rows of one table (`I. CẢI CÁCH THỂ CHẾ` on a line of its own, where a merged
    /// row was exported without tabs) becomes a row of that table, so that the table, its header's column
    /// periods and its lead column go on past it.
    static func groupTitlesAsRows(_ blocks: inout [Block]) {
        guard blocks.count > 2 else { return }
        for i in 1..<(blocks.count - 1) where blocks[i].kind == .paragraph && blocks[i - 1].kind != .paragraph
            && blocks[i + 1].kind == .tableRow {
            guard let m = blocks[i].marker, m.kind == .roman, blocks[i].isHeadingLike else { continue }
            blocks[i].kind = .tableRow
            blocks[i].cells = [Block.Cell(text: blocks[i].text, line: blocks[i].firstLine)]
            blocks[i].marker = nil
        }
    }

    /// Physical clean-up of each raw line.
    static func cleanLines(_ document: SourceDocument) -> [CleanLine] {
        // A printout's line numbers (` 3  Cơ quan chủ trì: …`) are not the plan's text.
        var doc = document
        // (Lines typed in a TCVN3 font among Unicode ones are read in Unicode: `LegacyFontLines`.)
        // (And an OCR engine's letters for digits in a percentage, `1OO%`, `l00%`, read as digits: `OCRDigits`,
        // for every line, so that a table's cells have them read too.)
        doc.lines = PrintedLineNumbers.stripped(document.lines).map { OCRDigits.repairing(LegacyFontLines.converted($0) ?? $0) }
        // (A PDF whose words' spaces were misplaced, `hà nh chí nh`, is read with its syllables put back.)
        doc.lines = SyllableSpacing.repaired(doc.lines)
        // (A fully justified page's runs of spaces between words are single spaces: `JustifiedLines`.)
        doc.lines = JustifiedLines.collapsed(doc.lines)
        // (A spreadsheet's rows padded with tabs to its width: `PaddedSheet`.)
        doc.lines = PaddedSheet.unpadded(doc.lines)
        var out: [CleanLine] = []
        out.reserveCapacity(doc.lines.count)
        let pageNumbers = InlinePageNumbers(doc.lines)
        let running = RunningLines(doc.lines)
        let stamps = SignatureStamps(doc.lines)
        let slip = SubmissionSlip.lines(doc.lines)
        let reply = QuotedReply.lines(doc.lines)
        let loose = LoosePipeTable.rows(doc.lines)
        // (Field boxes, trees and figures on an arrow's line are read as the labelled lines they stand for.)
        let boxes = FieldBoxTable.lines(doc.lines).merging(TreeOutline.lines(doc.lines)) { box, _ in box }
            .merging(ArrowValueLines.lines(doc.lines)) { box, _ in box }
        var layoutTable = LayoutTable()
        var pipeTable = PipeTableState()
        var delimitedTable = DelimitedTable()
        var lastWasTabRow = false  // the last line that was not blank was a TAB table's row
        var afterRule = false  // the last line that was not blank was a rule of a ruled table
        var inRuledTable = false  // a rule was seen and no text line since
        var skipTo = 0  // lines before it were read as a table of one cell per line
        for (i, original) in doc.lines.enumerated() {
            if i < skipTo || slip.contains(i) || reply.contains(i) || running.indices.contains(i) || stamps.indices.contains(i) || ReviewBalloons.isBalloon(original) { continue }
            let n = i + 1
            // Tables whose cells stand on lines of their own (one per line, column by column, or in two
            // columns laid out with spaces): each row is given back as one line of cells.
            let cellTable = original.utf8.count <= 24
                ? (original.utf8.count <= 8 && VerticalTable.mayOpen(original) ? VerticalTable.read(doc.lines, at: i)
                   : ColumnMajorTable.mayOpen(original) ? ColumnMajorTable.read(doc.lines, at: i) : nil)
                : TwoColumnLayout.mayOpen(original)
                    ? TwoColumnLayout.read(doc.lines, at: i, skipping: { running.indices.contains($0) || stamps.indices.contains($0) }) : nil
            if let table = cellTable {
                for row in table.rows {
                    let cells = row.cells.map { stripInline($0.text) }
                    var line = CleanLine(text: cells.joined(separator: "\t"), line: row.cells[0].line, isTable: true, cells: cells)
                    line.cellLines = row.cells.map(\.line)
                    out.append(line)
                }
                skipTo = table.end
                continue
            }
            if let row = loose[i] {
                // (A row of a table without its outer pipes, cut as `LoosePipeTable` reads it: a whole pipe row.)
                pipeTable.inTable = true
                pipeTable.rowOpen = false
                let cells = row.map { stripInline($0) }
                out.append(CleanLine(text: cells.joined(separator: "\t"), line: n, isTable: true, cells: cells))
                continue
            }
            if let field = boxes[i] {
                // (A field box's row, a tree's node or an arrow's figures, as the labelled line it stands for:
                // `FieldBoxTable`, `TreeOutline`, `ArrowValueLines`.)
                if !field.text.isEmpty {
                    var line = CleanLine(text: stripInline(field.text), line: n, isTable: false, cells: [])
                    line.joinsAbove = field.joinsAbove
                    out.append(line)
                }
                continue
            }
            var raw = TemplateNotes.stripping(AssignmentBrackets.rewriting(DotLeaders.replacing(NumberWords.rewrite(EditorMarks.strip(PandocRevisions.applied(pageNumbers.removing(from: original)))))))
            // A page saved as HTML: a table row (`<tr>…</tr>`, over lines or on one) is a row of cells, each on
            // the line where it opens; other tags are dropped.
            if HTMLText.mayHaveTags(raw) {
                if let end = HTMLText.rowEnd(doc.lines, from: i) {
                    let cells = HTMLText.rowCells(doc.lines, from: i, to: end)
                    if !cells.isEmpty {
                        let stripped = cells.map { stripInline($0.text) }
                        var line = CleanLine(text: stripped.joined(separator: "\t"), line: cells[0].line, isTable: true, cells: stripped)
                        line.cellLines = cells.map(\.line)
                        out.append(line)
                    }
                    lastWasTabRow = true
                    skipTo = end + 1
                    continue
                }
                raw = HTMLText.stripped(raw)
                if raw.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            }
            // A ruled table (`+----+`, `├────┼`): rules end rows and are not text; box walls become pipes.
            let opening = raw.utf8.first(where: { $0 != 0x20 })
            if opening == 0x2B || opening == 0xE2 || opening == 0x7C {
                if RuledTable.isRule(raw) {
                    afterRule = true
                    inRuledTable = true
                    continue
                }
                if opening == 0xE2 { raw = RuledTable.withPipeWalls(raw) }
            }
            // A row between walls (`| 1 | Tỷ lệ … |`, box walls included) is a pipe table's, however its cells
            // are padded; a line opening on another E2 character (`– …`, `• …`) is not.
            let walled = raw.utf8.first(where: { $0 != 0x20 }) == 0x7C
            // A TAB row whose quoted cells hold line breaks: a row per item of those cells, at its line.
            if !walled, QuotedTabRow.opens(raw), let end = QuotedTabRow.end(doc.lines, from: i) {
                for row in QuotedTabRow.rows(doc.lines, from: i, to: end) {
                    let cells = row.cells.map { stripInline($0) }
                    out.append(CleanLine(text: cells.joined(separator: "\t"), line: row.line, isTable: true, cells: cells))
                }
                lastWasTabRow = true
                skipTo = end + 1
                continue
            }
            // A quoted field of a spreadsheet row holding line breaks: the row goes on over the next lines.
            var rowEnd = i
            if delimitedTable.continues(raw) {
                var joined = raw
                while rowEnd + 1 < doc.lines.count, rowEnd - i < 12, delimitedTable.continues(joined) {
                    rowEnd += 1
                    joined += "\n" + doc.lines[rowEnd]
                }
                if !delimitedTable.continues(joined) { raw = joined } else { rowEnd = i }
            }
            if let cells = delimitedTable.cells(raw) {
                let stripped = cells.map { stripInline($0) }
                var line = CleanLine(text: stripped.joined(separator: "\t"), line: n, isTable: true, cells: stripped)
                if rowEnd > i {
                    // Each cell on the line where its field starts.
                    line.cellLines = DelimitedTable.splitCountingBreaks(raw, separator: delimitedTable.separator).map { n + $0.breaks }
                    skipTo = rowEnd + 1
                }
                out.append(line)
                continue
            }
            if !walled, let cells = layoutTableCells(raw, table: &layoutTable) {
                let stripped = cells.map { stripInline($0) }
                var line = CleanLine(text: stripped.joined(separator: "\t"), line: n, isTable: true, cells: stripped)
                line.continuesFirstCell = !layoutTable.numbered && stripped.count == 1
                // "      A. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH": a group title under the label's column is a row of its own.
                line.startsRow = !layoutTable.columns.isEmpty && stripped.count > 1 && stripped[0].isEmpty
                    && stripped.indices.allSatisfy { $0 == 1 || stripped[$0].isEmpty } && isAllCaps(stripped[1])
                out.append(line)
                continue
            }
            let headerCells = n <= headerLines && !walled ? twoColumnHeader(raw) : nil
            let pipePart = pipeTable.isPart(raw)
            if raw.containsByte(0x09) {
                // Tabs that only indent a line (a paste from e-mail or chat: `\t- Tỷ lệ …: ≥ 95%`) make no
                // cells, unless the line goes on a TAB table's row (`\tcontinued text` under a row).
                let indented = isTabIndented(raw)
                if indented, !lastWasTabRow { raw = String(raw.drop { $0 == "\t" || $0 == " " }) }
                lastWasTabRow = !indented || lastWasTabRow
            } else if raw.utf8.contains(where: { $0 != 0x20 && $0 != 0x0D }) {
                lastWasTabRow = false
            }
            // "| III | NHIỆM VỤ, GIẢI PHÁP |" alone between lines of text: a Word template's heading, not a table.
            if pipePart, let heading = Self.pipeHeading(doc.lines, at: i) {
                out.append(CleanLine(text: heading, line: n, isTable: false, cells: []))
                afterRule = false
                continue
            }
            if headerCells != nil || raw.containsByte(0x09) || pipePart {
                if isPipeSeparator(raw) { continue }
                let cells = (headerCells ?? tableCells(raw)).map { stripInline($0) }
                if cells.contains(where: { !$0.isEmpty }) {
                    var line = CleanLine(text: cells.joined(separator: "\t"), line: n, isTable: true, cells: cells)
                    line.startsRow = afterRule
                    line.ruled = inRuledTable
                    out.append(line)
                    afterRule = false
                }
                continue
            }
            for piece in splitGluedEmphasis(raw) {
                var t = unescapeMarkdown(stripInline(piece))
                // Markdown heading marks. (Prefixes tested on bytes: String.hasPrefix compares Characters
                // and was a tenth of the clean-up's time.)
                if t.utf8.first == UInt8(ascii: "#") {
                    t = String(t.drop { $0 == "#" })
                    t = stripInline(t)
                }
                // Double bullets "- + text" → "+ text".
                if t.utf8.starts(with: Self.dashPlus) || t.utf8.starts(with: Self.dashDash) { t.removeFirst(2) }
                if t.isEmpty || isPageNumber(t) || isRunningPageLine(t) { continue }
                afterRule = false
                inRuledTable = false
                out.append(CleanLine(text: t, line: n, isTable: false, cells: []))
            }
        }
        // The line after a field box starts anew, whatever it looks like (a rule or a blank line ended the box).
        if !boxes.isEmpty {
            for k in out.indices.dropFirst() where out[k].joinsAbove == nil && boxes[out[k - 1].line - 1] != nil && boxes[out[k].line - 1] == nil {
                out[k].joinsAbove = false
            }
        }
        return out
    }

    static let dashPlus = Array("- + ".utf8), dashDash = Array("- - ".utf8)

    /// Whether every tab of `raw` is at its start (among spaces), so that the tabs only indent it.
    static func isTabIndented(_ raw: String) -> Bool {
        let rest = raw.utf8.drop { $0 == 0x09 || $0 == 0x20 }
        return !rest.isEmpty && !rest.contains(0x09)
    }

    /// Whether `s` has three spaces in a row. Every such run covers a byte offset ≡ 2 (mod 3), so only those
    /// are read, and their neighbours when they are spaces.
    static func hasThreeSpaces(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            var i = 2
            while i < b.count {
                if b[i] == 0x20 {
                    let left = b[i - 1] == 0x20, right = i + 1 < b.count && b[i + 1] == 0x20
                    if left && (right || b[i - 2] == 0x20) || right && i + 2 < b.count && b[i + 2] == 0x20 { return true }
                }
                i += 3
            }
            return false
        }
    }

    /// A table laid out with runs of three or more spaces instead of tabs, as `pdftotext -layout` prints one:
    /// a header `TT   Chỉ tiêu   Năm 2027   Năm 2030` opens it, and its rows start with their number; an
    /// indented line without a column gap goes on in the row's second cell. A header without a number column
    /// (`Chỉ tiêu   Đơn vị tính   Năm 2026   …   Năm 2030`) opens one whose rows are the lines with two column
    /// gaps, and whose indented lines without a gap go on in the row's first cell (returned as `[text]`, with
    /// `table.numbered` false). Any other line ends the table. Returns the cells of a header or row (a
    /// numbered row's continuation as `["", text]`), nil for a line that is not part of one.
    static func layoutTableCells(_ raw: String, table: inout LayoutTable) -> [String]? {
        // Outside a table, most lines have no run of three spaces: one byte scan rules them out.
        if !table.open, !hasThreeSpaces(raw) { return nil }
        let bytes = Array(raw.utf8)
        guard !bytes.contains(0x09) else { table.open = false; return nil }
        var gaps: [Range<Int>] = []
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        let indent = i
        while i < bytes.count {
            guard bytes[i] == 0x20 else { i += 1; continue }
            var e = i
            while e < bytes.count, bytes[e] == 0x20 { e += 1 }
            if e < bytes.count, e - i >= 3 { gaps.append(i..<e) }
            i = e
        }
        func cells() -> [String] {
            var out: [String] = []
            var start = indent
            for g in gaps { out.append(String(decoding: bytes[start..<g.lowerBound], as: UTF8.self)); start = g.upperBound }
            out.append(String(decoding: bytes[start...], as: UTF8.self).trimmedWhitespace)
            return out
        }
        if indent == bytes.count { return nil }  // a blank line: skipped, the table goes on
        // A page number inside the table (`- 3 -`, centred) is dropped by the clean-up, not read as a cell.
        if table.open, isPageNumber(String(decoding: bytes[indent...], as: UTF8.self).trimmedWhitespace) { return nil }
        let first = bytes[indent...].prefix { $0 != 0x20 }
        let head = Folding.fold(String(decoding: first, as: UTF8.self))
        if gaps.count >= 2, head == "tt" || head == "stt" {
            let titles = spacedCells(raw)
            table = LayoutTable(open: true, numbered: true, columns: titles.count >= 4 ? titles.map(\.range) : [])
            return cells()
        }
        if gaps.count >= 2, raw.contains("20"), isYearColumnsHeader(cells()) { table = LayoutTable(open: true, numbered: false); return cells() }
        guard table.open else { return nil }
        // Placed under the header's titles: a numbered row, a line going on with its label (and perhaps its
        // figures), a group title, the units under the titles (`(%)`).
        if !table.columns.isEmpty, indent >= 3 || first.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }) {
            return placed(spacedCells(raw), under: table.columns)
        }
        if table.numbered {
            if !gaps.isEmpty, first.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }) { return cells() }
            if gaps.isEmpty, indent >= 3 { return ["", String(decoding: bytes[indent...], as: UTF8.self)] }
        } else {
            if gaps.count >= 2 { return cells() }
            if gaps.isEmpty, indent >= 1 { return [String(decoding: bytes[indent...], as: UTF8.self).trimmedWhitespace] }
        }
        table.open = false
        return nil
    }

    /// The parts of a line between runs of three or more spaces, with where each stands (scalar offsets).
    static func spacedCells(_ raw: String) -> [(text: String, range: Range<Int>)] {
        let s = Array(raw.unicodeScalars)
        var out: [(text: String, range: Range<Int>)] = []
        var i = 0
        while i < s.count {
            while i < s.count, s[i] == " " { i += 1 }
            guard i < s.count else { break }
            var e = i
            while e < s.count {
                guard s[e] == " " else { e += 1; continue }
                var k = e
                while k < s.count, s[k] == " " { k += 1 }
                if k - e >= 3 || k == s.count { break }
                e = k
            }
            out.append((String(String.UnicodeScalarView(s[i..<e])), i..<e))
            i = e
        }
        return out
    }

    /// A row's parts placed under the header's titles: each under the title it overlaps most, else under the
    /// nearest (figures stand right-aligned near their year); empty columns stay empty.
    static func placed(_ parts: [(text: String, range: Range<Int>)], under columns: [Range<Int>]) -> [String] {
        var out = Array(repeating: "", count: columns.count)
        for part in parts {
            var best = 0, bestScore = Int.min
            for (k, c) in columns.enumerated() {
                let overlap = min(part.range.upperBound, c.upperBound) - max(part.range.lowerBound, c.lowerBound)
                let score = overlap > 0 ? overlap * 1000
                    : -min(abs(part.range.upperBound - c.upperBound), abs(part.range.lowerBound - c.lowerBound))
                if score > bestScore { bestScore = score; best = k }
            }
            out[best] = out[best].isEmpty ? part.text : out[best] + " " + part.text
        }
        return out
    }

    /// Lines at the top of a file that may hold the two-column header.
    static let headerLines = 15

    /// `Số: 15/KH-UBND            An Phú, ngày 10 tháng 01 năm 2026`: the two columns of the letterhead,
    /// as `pdftotext -layout` (or a fixed-width export) lays them out, split at the longest run of three or
    /// more spaces. Read as the cells of a table row, as a Word header kept as a table is, so that the
    /// issuer, number and date are each read from their own cell. A blank left for the number or the day
    /// of a draft (`Số:      /KH-UBND`, `ngày      tháng 02`) is not a column gap.
    static func twoColumnHeader(_ raw: String) -> [String]? {
        guard !raw.containsByte(0x09), raw.utf8.count > 8 else { return nil }
        let bytes = Array(raw.utf8)
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        // The longest run of spaces inside the line.
        var best: Range<Int>?
        var i = start
        while i < bytes.count {
            guard bytes[i] == 0x20 else { i += 1; continue }
            var e = i
            while e < bytes.count, bytes[e] == 0x20 { e += 1 }
            if e < bytes.count, e - i >= 3, e - i > (best?.count ?? 0) { best = i..<e }
            i = e
        }
        guard let gap = best else { return nil }
        let left = String(decoding: bytes[start..<gap.lowerBound], as: UTF8.self)
        let right = String(decoding: bytes[gap.upperBound...], as: UTF8.self).trimmedWhitespace
        let lastWord = Folding.fold(String(left.words.last ?? ""))
        guard !left.hasSuffix(":"), !["so", "ngay", "thang", "nam"].contains(lastWord), !right.hasPrefix("/") else { return nil }
        return [left, right]
    }

    /// `KẾ HOẠCH**Cải cách …**`: bold text glued to the end of a previous title starts a logical line of its own.
    static func splitGluedEmphasis(_ raw: String) -> [String] {
        guard hasDoubleStar(raw) else { return [raw] }
        var parts: [String] = []
        var current = ""
        var marks = 0
        var rest = Substring(raw)
        while let r = rest.range(of: "**") {
            current += rest[..<r.lowerBound]
            let after = rest[r.upperBound...]
            let opening = marks % 2 == 0
            if opening, let b = current.last, let a = after.first, b.isLetter || b == ":" || b == ".",
               a.isUppercase || a.isNumber {
                parts.append(current)
                current = ""
            }
            marks += 1
            rest = after
        }
        current += rest
        parts.append(current)
        return parts
    }

    /// Which lines belong to a Markdown pipe table, including a row whose cell text has a line break
    /// (exported as `| 9 | Mức độ hài lòng … giải quyết` then `TTHC | Tối thiểu 92% | … |`): the cut
    /// row's two lines are both table lines, and `wrapsCell` joins them as for a tab-separated table.
    struct PipeTableState {
        /// The last line was part of a pipe table.
        var inTable = false
        /// The last line opened a row with `|` but did not close it.
        var rowOpen = false

        /// Whether `raw` is part of a pipe table; updates the state.
        mutating func isPart(_ raw: String) -> Bool {
            // Most lines neither open with `|` nor follow an open row: two byte reads decide them.
            let opens = raw.utf8.first(where: { $0 != 0x20 }) == 0x7C
            guard opens || rowOpen else { inTable = false; return false }
            let closes = raw.utf8.reversed().first(where: { $0 != 0x20 && $0 != 0x0D }) == 0x7C
            let pipes = raw.utf8.lazy.filter { $0 == 0x7C }.count
            let part = opens && pipes >= 3  // `isPipeRow`
                || inTable && opens && pipes >= 2  // a row cut inside a cell: `| 9 | Mức độ … giải quyết`
                || rowOpen && closes && pipes >= 2  // its end: `TTHC | Tối thiểu 92% | … |`
            rowOpen = part && opens && !closes
            inTable = part
            return part
        }
    }

    /// A Markdown table row: `| 1 | Xây dựng … | Phòng Văn hóa - Xã hội |`.
    static func isPipeRow(_ raw: String) -> Bool {
        guard let first = raw.utf8.first(where: { $0 != 0x20 }), first == 0x7C else { return false }
        return raw.utf8.lazy.filter { $0 == 0x7C }.count >= 3
    }

    /// `|---|:---:|`: the header separator of a Markdown table.
    static func isPipeSeparator(_ raw: String) -> Bool {
        isPipeRow(raw) && raw.utf8.allSatisfy { $0 == 0x7C || $0 == 0x2D || $0 == 0x3A || $0 == 0x20 || $0 == 0x09 }
    }

    /// Cells of a tab-separated row, or of a Markdown pipe row (outer pipes removed).
    /// `| I | MỤC ĐÍCH, YÊU CẦU |` → `I. MỤC ĐÍCH, YÊU CẦU`: a pipe row of a number and a title among pipe rows
    /// that are all such (a Word template's headings laid out as one-row tables, `| II | CHỈ TIÊU |` over
    /// `| 1 | Công tác chỉ đạo, điều hành |`), with no header or rule; nil for any other line.
    static func pipeHeading(_ lines: [String], at i: Int) -> String? {
        guard let heading = numberedTitle(lines[i]) else { return nil }
        func isPipeRow(_ s: String) -> Bool { s.utf8.first(where: { $0 != 0x20 }) == 0x7C }
        var k = i - 1
        while k >= 0, k >= i - 12, isPipeRow(lines[k]) { guard numberedTitle(lines[k]) != nil else { return nil }; k -= 1 }
        k = i + 1
        while k < lines.count, k <= i + 12, isPipeRow(lines[k]) { guard numberedTitle(lines[k]) != nil else { return nil }; k += 1 }
        return heading
    }

    /// `| 1 | Công tác chỉ đạo, điều hành |` → `1. Công tác chỉ đạo, điều hành`: two cells, a Roman or arabic number
    /// and a title without a figure.
    static func numberedTitle(_ raw: String) -> String? {
        // Two cells between walls: three pipes, counted on bytes before any split.
        guard raw.utf8.count <= 400, raw.count(ofByte: 0x7C) == 3 else { return nil }
        let cells = tableCells(raw).map(\.trimmedWhitespace)
        guard cells.count == 2, !cells[1].isEmpty, cells[1].hasAtMostCharacters(120), !cells[1].contains("%") else { return nil }
        let number = cells[0].hasSuffix(".") ? String(cells[0].dropLast()) : cells[0]
        let isRoman = !number.isEmpty && number.allSatisfy { "IVX".contains($0) }
        let isArabic = !number.isEmpty && number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && number.first?.isNumber == true
        return isRoman || isArabic ? number + ". " + cells[1] : nil
    }

    static func tableCells(_ raw: String) -> [String] {
        if raw.containsByte(0x09) {
            return raw.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
        }
        var t = Substring(raw.trimmedWhitespace)
        if t.hasPrefix("|") { t = t.dropFirst() }
        if t.hasSuffix("|") { t = t.dropLast() }
        return t.utf8.split(separator: 0x7C, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// No emphasis marks, tabs, CR, no-break or doubled spaces, and no space at either end: nothing to strip.
    static func isAlreadyClean(_ s: String) -> Bool {
        s.withBytes { buf in
            guard let base = buf.baseAddress else { return true }
            // Sixteen bytes at a time while they hold none of `* TAB CR 0xC2` and no two spaces in a row (the
            // byte after the block is looked at too), once the first byte is known not to be a space; the
            // block that fails and the last bytes are read by the loop below.
            var start = 0
            if buf.count > 34, buf[0] != 0x20 {
                let (star, tab, cr, c2, space) = (SIMD16<UInt8>(repeating: 0x2A), SIMD16<UInt8>(repeating: 0x09),
                                                  SIMD16<UInt8>(repeating: 0x0D), SIMD16<UInt8>(repeating: 0xC2),
                                                  SIMD16<UInt8>(repeating: 0x20))
                var i = 0
                while i + 17 < buf.count {
                    let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    let next = UnsafeRawPointer(base + i + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                    if any((v .== star) .| (v .== tab) .| (v .== cr) .| (v .== c2) .| ((v .== space) .& (next .== space))) { break }
                    i += 16
                }
                start = i
            }
            var previousSpace = start == 0 || buf[start - 1] == 0x20  // a leading space counts as doubled
            for b in buf[start...] {
                switch b {
                case 0x2A, 0x09, 0x0D: return false
                case 0x20:
                    if previousSpace { return false }
                    previousSpace = true
                case 0xC2: return false  // possibly U+00A0; rare enough to take the slow path
                default: previousSpace = false
                }
            }
            return !previousSpace || buf.isEmpty
        }
    }

    static func hasDoubleStar(_ s: String) -> Bool {
        s.withBytes { buf in
            guard buf.count > 1, memchr(buf.baseAddress!, 0x2A, buf.count) != nil else { return false }
            var previousStar = false
            for b in buf {
                if b == 0x2A { if previousStar { return true }; previousStar = true } else { previousStar = false }
            }
            return false
        }
    }

    /// Markdown's escapes of a web editor's export (`\- Rà soát …`, `**1\. Công tác chỉ đạo**`, `NC\_TH`)
    /// without their backslash, so that markers and words read as written. Lines without a backslash (found
    /// with `memchr`) are returned as they are.
    static func unescapeMarkdown(_ s: String) -> String {
        let has = s.withBytes { buf in buf.count > 1 && memchr(buf.baseAddress!, 0x5C, buf.count) != nil }
        guard has else { return s }
        var out: [UInt8] = []
        let bytes = Array(s.utf8)
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x5C, i + 1 < bytes.count, Self.escapable.contains(bytes[i + 1]) { i += 1 }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The punctuation Markdown editors escape: `- . * _ # + ( ) [ ] !`.
    static let escapable = Set("-.*_#+()[]!".utf8)

    /// Removes Markdown emphasis and normalises spaces inside one line or cell, in one pass over the
    /// UTF-8 bytes (every character it removes or replaces is ASCII or U+00A0).
    static func stripInline(_ s: String) -> String {
        if isAlreadyClean(s) { return s }
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x2A { i += 1; continue }
            let isNBSP = b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
            if b == 0x20 || b == 0x09 || b == 0x0D || isNBSP {
                pendingSpace = !out.isEmpty
                i += isNBSP ? 2 : 1
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A row under a group row that names the measure: no number, a dashed sub-label and a figure
    /// (`⇥- Cấp xã⇥≥ 98%`). It is a row of its own, not the row above going on.
    static func isSubItemRow(_ cells: [String]) -> Bool {
        guard cells.count >= 3, cells[0].isEmpty, let label = cells[1].utf8.first, label == 0x2D || label == 0x2B,
              cells[1].utf8.dropFirst().first == 0x20 else { return false }
        return cells.dropFirst(2).contains(where: \.hasASCIIDigit)
    }

    /// Lines that may sit between two pages of one table without ending it.
    static func isPageBreakNoise(_ t: String) -> Bool { isPageNumber(t) }

    /// A running header or footer that ends in its page number: `Kế hoạch CCHC giai đoạn 2026-2030 – Trang 3`,
    /// `UBND xã Tiên Lãng | Trang 2/6`. The page number must follow a dash, a bar or a gap of spaces, so that
    /// a sentence ending in `trang 3` is kept.
    static func isRunningPageLine(_ t: String) -> Bool {
        guard t.utf8.count <= 160, let last = t.utf8.last, last >= 0x30, last <= 0x39 else { return false }
        let u = Array(t.unicodeScalars)
        var k = u.count
        while k > 0, (0x30...0x39).contains(u[k - 1].value) || u[k - 1] == "/" { k -= 1 }
        let word = "Trang ".unicodeScalars.map { $0 }
        guard k >= word.count + 2 else { return false }
        for (j, w) in word.enumerated() where u[k - word.count + j].properties.lowercaseMapping != w.properties.lowercaseMapping { return false }
        var j = k - word.count - 1
        while j >= 0, u[j] == " " { j -= 1 }
        // (`UBND phường Ninh Kiều - Kế hoạch CCHC năm 2027          Trang 3/5`: a wide gap parts them as well.)
        return j > 0 && (["–", "-", "—", "|"].contains(u[j]) || k - word.count - 1 - j >= 3)
    }

    /// The bytes a page-number line can have: digits, space, `/`, `-`, the bytes of `–` and `—`, and the
    /// letters of `Trang` in either case (a pre-test only: `isPageNumber` reads the line after it).
    static let pageNumberBytes: [Bool] = (0..<256).map { b in
        (0x30...0x39).contains(b) || [0x20, 0x2F, 0x2D, 0xE2, 0x80, 0x93, 0x94].contains(b)
            || "trangTRANG".utf8.contains(UInt8(b))
    }

    /// A line that is only a page number: `12`, `- 2 -`, `– 2 –`, `Trang 3`, `Trang 3/12`, `3/12`.
    static func isPageNumber(_ t: String) -> Bool {
        let digits: (Substring.UTF8View) -> Bool = { u in !u.isEmpty && u.count <= 3 && u.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        if digits(Substring(t).utf8) { return true }
        // Every other form has a digit and at most 18 bytes; most short lines (headings, cells) have no
        // digit, and are left before the Foundation trimming below.
        guard t.utf8.count <= 18, t.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              t.utf8.allSatisfy({ pageNumberBytes[Int($0)] }) else { return false }
        var core = Substring(t).trimmingCharacters(in: CharacterSet(charactersIn: "-–— ")).lowercased()[...]
        if core.hasPrefix("trang ") { core = core.dropFirst(6) }
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ digits($0.utf8) }) else { return false }
        // "3/12": page 3 of 12, never past the last page ("15/7" on a line of its own is a wrapped date).
        return parts.count == 1 || Int(parts[0])! <= Int(parts[1])!
    }

    /// Whether the table line `next` goes on with the last cell of the numbered row `row`, cut by a line
    /// break inside that cell: the row is narrower than its table, starts with a number (`9`, `1.2`), and
    /// `next` neither starts with one nor makes the row wider than the table.
    static func wrapsCell(_ row: [String], next: [String], width: Int) -> Bool {
        guard row.count >= 2, row.count < width, row.count + next.count - 1 <= width,
              let first = next.first, !first.isEmpty, let head = row.first else { return false }
        let isNumber = { (t: String) in
            !t.isEmpty && t.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
        }
        return isNumber(head) && !isNumber(String(first.prefix { $0 != " " }))
    }

    static func isTableHeader(_ folded: [String]) -> Bool {
        guard let first = folded.first(where: { !$0.isEmpty }) else { return false }
        return first == "tt" || first == "stt" || codeColumnTitles.contains(first)
    }

    /// `Chỉ tiêu | Tỉnh giao | Xã đăng ký`: a header without a number column whose first title names the
    /// labels, over short titles.
    static func isLabelTitledHeader(_ cells: [String]) -> Bool {
        guard cells.count >= 3, let first = cells.first, first.utf8.count <= 24,
              cells.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 60 && !ColumnMajorTable.isFigureCell($0) }) else { return false }
        let head = Folding.fold(first)
        // (`Nhóm chỉ tiêu | Chỉ tiêu | Năm 2027`: a column grouping the rows before the labels.)
        return ColumnMajorTable.labelTitles.contains(head)
            || areaColumnTitles.contains(head) && ColumnMajorTable.labelTitles.contains(Folding.fold(cells[1]))
    }

    /// `Thôn, buôn, TDP | Tỷ lệ hồ sơ TTHC nộp trực tuyến | …`: the header of a commune's table of figures per
    /// village (`VillageTable`), with no number column and no figure.
    static func isVillageHeader(_ cells: [String]) -> Bool {
        cells.count >= 2 && cells.allSatisfy({ !ColumnMajorTable.isFigureCell($0) }) && VillageTable.nameColumn(cells) != nil
    }

    /// Folded titles of a first column of indicator codes (`Mã ⇥ Chỉ tiêu ⇥ …`, rows `CT01`, `CT02`, …),
    /// which stands where the number column usually does.
    static let codeColumnTitles: Set<String> = ["ma", "ma chi tieu", "ma so", "ma ct"]

    /// `Lĩnh vực | Cơ quan chủ trì | Cơ quan phối hợp`: the header of a table that assigns each area (or
    /// task) its lead, without a number column. Its cells are short titles and one of them is the lead's.
    static func isAssignmentHeader(_ cells: [String]) -> Bool {
        guard cells.count >= 2, let first = cells.first, first.utf8.count <= 30,
              cells.allSatisfy({ $0.utf8.count <= 40 }) else { return false }
        let head = Folding.fold(first)
        guard assignmentFirstTitles.contains(head) || unitFirstTitles.contains(head) else { return false }
        // `Lĩnh vực | Nội dung chỉ tiêu | Chỉ tiêu năm 2026 | Ghi chú`: a targets table grouped by area.
        // `Lĩnh vực | Nhiệm vụ | Đơn vị thực hiện` (`VP (chủ trì), P.VHXH` in its cells) too.
        return cells.dropFirst().contains { let f = Folding.fold($0)
            return f.contains("chu tri") || head == "linh vuc" && (f.hasPrefix("chi tieu") || executorTitles.contains(f))
                || unitFirstTitles.contains(head) && assignedColumnTitles.contains(f) }
    }

    /// Folded titles of a column naming who carries each row out, its lead marked in the cell.
    static let executorTitles: Set<String> = ["don vi thuc hien", "co quan thuc hien", "trach nhiem thuc hien"]

    /// Folded titles of a units table's column that lists each unit's areas with their role marked
    /// (`Cải cách thể chế (chủ trì); Cải cách thủ tục hành chính (phối hợp)`).
    static let assignedColumnTitles: Set<String> = ["nhiem vu duoc giao", "linh vuc duoc giao", "nhiem vu duoc phan cong",
                                                    "linh vuc phu trach", "nhiem vu phu trach"]

    /// Folded first-column titles of a table whose rows are units (`Đơn vị | Lĩnh vực chủ trì | …`).
    static let unitFirstTitles: Set<String> = ["don vi", "co quan", "don vi thuc hien", "co quan, don vi", "co quan don vi"]

    /// Whether a header's first column groups its rows (`Lĩnh vực`): a row whose first cell is empty under
    /// it is a row of the same group (a merged cell), not the row above continued.
    static func groupsByFirstColumn(_ header: [String]) -> Bool {
        header.first.map { areaColumnTitles.contains(Folding.fold($0)) } ?? false
    }

    /// Folded titles of a column naming each row's reform area (`Lĩnh vực`).
    static let areaColumnTitles: Set<String> = ["linh vuc", "linh vuc cai cach", "nhom nhiem vu", "nhom chi tieu"]

    /// Folded first-column titles of an assignment table.
    static let assignmentFirstTitles: Set<String> = areaColumnTitles.union(["noi dung", "nhiem vu", "noi dung nhiem vu",
                                                                             "noi dung cong viec", "ten nhiem vu"])

    /// Folded titles of a table's unit column.
    static let unitColumnTitles: Set<String> = ["don vi tinh", "dvt", "don vi"]

    /// `Chỉ tiêu | 2026 | 2027 | … | 2030` (or `Năm 2026`, `2026-2027`): a header whose columns are years,
    /// whatever its first cell says. A data row never has only years after its label.
    static func isYearColumnsHeader(_ cells: [String]) -> Bool {
        // A unit column (`Đơn vị tính`, `ĐVT`) may stand between the label and the years.
        let rest = cells.dropFirst().filter { !$0.isEmpty && !unitColumnTitles.contains(Folding.fold($0)) }
        guard rest.count >= 2, cells.first.map({ $0.utf8.count <= 60 && !$0.contains("%") }) ?? false else { return false }
        func isYears(_ cell: String) -> Bool {
            guard cell.utf8.count <= 20 else { return false }
            let words = Folding.fold(cell).split(whereSeparator: { $0 == " " || $0 == "-" })
            let years = words.filter { $0.count == 4 && Int($0).map { (2000...2100).contains($0) } == true }
            return !years.isEmpty && years.count <= 2 && words.allSatisfy { years.contains($0) || $0 == "nam" || $0 == "giai" || $0 == "doan" || $0 == "moc" }
        }
        // `Chỉ tiêu | Kế hoạch giai đoạn | Năm 2028`: an annual plan's table beside its medium-term stage.
        return rest.contains(where: isYears) && rest.allSatisfy { isYears($0) || isStageTitle($0) }
    }

    /// `Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV/cả năm`: the header of a roadmap of the year by quarter
    /// (or by `6 tháng đầu năm` / `Cả năm`), whose steps are not targets (`PlanExtractor.isInterimColumn`).
    static func isQuarterColumnsHeader(_ cells: [String]) -> Bool {
        let rest = cells.dropFirst().filter { !$0.isEmpty && !unitColumnTitles.contains(Folding.fold($0)) }
        guard rest.count >= 2, cells.first.map({ $0.utf8.count <= 60 && !$0.contains("%") }) ?? false else { return false }
        return rest.allSatisfy { cell in
            let f = " " + Folding.fold(cell) + " "
            return cell.utf8.count <= 30 && (f.hasPrefix(" quy ") || f.contains(" ca nam ") || f.contains(" thang "))
        }
    }

    /// `Năm | Chỉ tiêu` (or `Năm | Chỉ tiêu (%)`, or a title per indicator, see `YearRowsTable`): the header
    /// of a table with one row per year.
    static func isYearRowsHeader(_ cells: [String]) -> Bool {
        guard cells.count >= 2, cells.count <= 12, let first = cells.first, first.utf8.count <= 12, Folding.fold(first) == "nam"
        else { return false }
        // A title may end on a reference to a legend (`Chỉ số SIPAS (2)`), not hold a year or a figure.
        return cells.dropFirst().allSatisfy { cell in
            let title = YearRowsTable.reference(atEndOf: cell) == nil ? cell[...] : cell[..<(cell.lastIndex(of: "(") ?? cell.endIndex)]
            return cell.utf8.count <= 40 && !title.contains(where: \.isNumber)
        }
    }

    /// Whether a column title names a stage or medium-term plan without its years (`Kế hoạch giai đoạn`,
    /// `Chỉ tiêu giai đoạn`).
    static func isStageTitle(_ cell: String) -> Bool {
        guard cell.utf8.count <= 40 else { return false }
        let words = Folding.fold(cell).words
        return words.contains("giai") && words.contains("doan") && words.allSatisfy { stageTitleWords.contains($0) }
    }

    /// The words of a stage column's title without its years.
    static let stageTitleWords: Set<Substring> = ["ke", "hoach", "chi", "tieu", "giai", "doan"]

    /// Whether `next` continues the paragraph ending in `prev` (a hard wrap, not a new paragraph).
    /// `lastLine` is the previous physical line: PDF exports wrap at a fixed width, so a long previous
    /// line (a whole Word paragraph) followed by a capitalised line is a new paragraph.
    /// `lastLineLength` is the scalar count of `lastLine` when the caller has it.
    static func continues(lastLine: String, lastLineLength: Int? = nil, blockLength: Int, blockMarker: OutlineMarker?,
                          with next: String) -> Bool {
        guard let last = lastLine.last, let first = next.first else { return false }
        // "… Đơn vị chủ trì:" + "Phòng Văn hóa - Xã hội.": a sentence's label cut before the unit it names.
        if last == ":", endsWithUnitLabel(lastLine), OutlineMarker.parse(next) == nil { return true }
        // "…; hồ sơ trực tuyến đạt 58,3%;" + "thanh toán trực tuyến đạt 41,0%.": after a `;` a line that opens in
        // lower case goes on with the same item (a new item would have its marker or a capital).
        if lastLine.utf8.last == 0x3B, first.isLowercase { return true }
        if let b = lastLine.utf8.last, b == 0x2E || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F { return false }  // . ; : ! ?
        // A quotation closed after its full stop (`… 70%.”`) ends the sentence too.
        // (Read on bytes: `.”` is 2E E2 80 9D, `."` 2E 22, `.»` 2E C2 BB.)
        if let b = lastLine.utf8.last, b == 0x9D || b == 0x22 || b == 0xBB {
            let tail = Array(lastLine.utf8.suffix(4))
            if tail.count >= 2, tail[tail.count - 2] == 0x2E && b == 0x22
                || tail.count == 4 && tail[0] == 0x2E && tail[1] == 0xE2 && tail[2] == 0x80 && b == 0x9D
                || tail.count >= 3 && tail[tail.count - 3] == 0x2E && tail[tail.count - 2] == 0xC2 && b == 0xBB { return false }
        }
        if isAllCaps(lastLine) || isAllCaps(next) { return false }
        if last == "-", joinsWithoutSpace(lastLine, next) { return true }
        // "4. Cải cách tổ chức bộ máy hành chính nhà nước" + "100% cơ quan, đơn vị …": an area's numbered
        // title is a line of its own, whatever the next one opens with but a lower-case word.
        if let m = blockMarker, m.kind != .bullet, !first.isLowercase, blockLength <= 90,
           isAreaTitle(String(lastLine.unicodeScalars.dropFirst(m.length)).trimmedWhitespace) { return false }
        // `… **100% (2027)**` + `(Kết quả năm 2025 của tỉnh: …)`: a bracket after a closed one is a note of its own.
        if first == "(", last == ")" { return false }
        if first.isLowercase || first.isNumber || "(“\"'‘,;.%/–-".contains(first) { return true }
        // Upper-case start: a preamble clause or a sentence after a closing parenthesis starts anew.
        if last == ")" || startsPreamble(next) { return false }
        // A task's labelled lines (`Cơ quan phối hợp: …`, `Thời gian: …`) and an area's title on a line of its own
        // (`Cải cách thể chế`, its numbering lost in the export) start anew.
        if startsTaskField(next) || isAreaTitle(next) { return false }
        // "… 100% nhiệm vụ cụ thể trong" + "Kế hoạch …": a line ending in a word that needs what follows
        // is cut mid-sentence, whatever its length and the case of the next line.
        if endsInDanglingWord(lastLine) { return true }
        // "b) Cải cách thể chế: 100% văn bản … của HĐND," + "UBND xã được …": a comma leaves the sentence open.
        if last == "," { return true }
        guard (45...110).contains(lastLineLength ?? lastLine.scalarCount) else { return false }
        // A numbered heading followed by a capitalised line is a heading and its first paragraph, unless
        // that line opens with an abbreviation and a colon: "2.6. Mức độ hài lòng … với việc giải quyết" +
        // "TTHC: không dưới 95%." is one item cut before its last word.
        if let m = blockMarker, m.kind != .bullet { return blockLength >= 90 || opensWithAbbreviationLabel(next) }
        return true
    }

    /// Whether a header's years span pairs of columns whose titles are on the next line: a year title
    /// (`Năm 2026`) followed by an empty cell, with titles under both.
    static func spansYears(_ header: [String], under next: [String]) -> Bool {
        header.indices.dropLast().contains { k in
            isYearTitle(header[k]) && header[k + 1].isEmpty && k + 1 < next.count && !next[k].isEmpty && !next[k + 1].isEmpty
        }
    }

    /// Whether a header's next line holds only period titles (`Giai đoạn 2026-2027`, `2026`, `Năm 2027`), at
    /// least two, and no figure.
    /// A row of short titles without figures naming the parent's column and the commune's (`Tỉnh giao`, `Xã
    /// đăng ký`): a second header row.
    static func isRegistrationTitleLine(_ cells: [String]) -> Bool {
        let titled = cells.filter { !$0.isEmpty }
        guard titled.count >= 2, titled.allSatisfy({ $0.utf8.count <= 40 && !$0.hasASCIIDigit }) else { return false }
        let folded = titled.map { Folding.fold($0) }
        return folded.contains { $0.hasSuffix("giao") } && folded.contains { $0.hasSuffix("dang ky") }
    }

    static func isPeriodTitleLine(_ cells: [String]) -> Bool {
        let titled = cells.filter { !$0.isEmpty }
        return titled.count >= 2 && titled.allSatisfy { isYearTitle($0) || isStageTitle($0) || isStagePeriod($0) }
    }

    /// `Giai đoạn 2026-2027`, `Giai đoạn 2028 - 2030`.
    static func isStagePeriod(_ cell: String) -> Bool {
        guard cell.utf8.count <= 30 else { return false }
        let words = Folding.fold(cell).words
        return words.count == 4 && words[0] == "giai" && words[1] == "doan" && words[2...].allSatisfy { $0.count == 4 && Int($0) != nil }
    }

    /// `2026`, `Năm 2026`.
    static func isYearTitle(_ cell: String) -> Bool {
        let words = Folding.fold(cell).words
        guard let y = words.last, y.count == 4, let year = Int(y), (2000...2100).contains(year) else { return false }
        return words.count == 1 || words.count == 2 && words[0] == "nam"
    }

    /// Folded labels of the lines that follow a task (`Cơ quan thực hiện:`, `Thời gian:`, `Sản phẩm:`).
    static let taskFieldLabels: Set<String> = ["co quan thuc hien", "co quan phoi hop", "co quan chu tri", "don vi thuc hien",
                                               "don vi chu tri", "don vi phoi hop", "thoi gian", "thoi gian thuc hien",
                                               "thoi gian hoan thanh", "san pham", "ket qua dau ra"]

    /// Whether a line opens with a task's label and a colon (`Cơ quan phối hợp: …`).
    ///
    /// So does a record's value or result line under the item it answers (`Đăng ký đạt: 98%`, `Mức đăng ký: …`,
    /// `Kết quả năm 2025: 52,3%`).
    static func startsTaskField(_ line: String) -> Bool {
        guard let b0 = line.utf8.first, "CcĐđTtSsKkMm".utf8.contains(b0) || b0 == 0xC4 || b0 == 0xC6,
              let colon = line.firstIndex(of: ":"), line[..<colon].count <= 24 else { return false }
        let label = Folding.fold(String(line[..<colon]))
        return taskFieldLabels.contains(label) || TargetRecords.valueLabels.contains(label) || TargetRecords.isResultField(label)
    }

    /// Folded titles of the reform areas as a line of their own says them.
    static let areaTitles: Set<String> = ["cai cach the che", "cai cach thu tuc hanh chinh", "cai cach to chuc bo may",
                                          "cai cach to chuc bo may hanh chinh nha nuoc", "cai cach che do cong vu",
                                          "cai cach tai chinh cong", "cong tac chi dao dieu hanh", "chi dao dieu hanh",
                                          "xay dung chinh quyen dien tu chinh quyen so", "xay dung va phat trien chinh quyen dien tu chinh quyen so",
                                          "xay dung phat trien chinh quyen dien tu chinh quyen so", "chinh quyen dien tu chinh quyen so",
                                          "xay dung chinh quyen so", "chuyen doi so",
                                          // short titles, as slides and narrow tables give them
                                          "to chuc bo may", "che do cong vu", "tai chinh cong", "chinh quyen so", "thu tuc hanh chinh"]

    /// Whether a short capitalised line is exactly a reform area's title (`Cải cách thể chế`).
    static func isAreaTitle(_ line: String) -> Bool {
        guard let first = line.first, first.isUppercase, line.hasAtMostCharacters(80) else { return false }
        var f = Folding.fold(line)
        if f.hasPrefix("ve ") { f.removeFirst(3) }
        return areaTitles.contains(f)
    }

    /// Whether a line ends in `chủ trì:` or `phối hợp:` inside a sentence (`… Đơn vị chủ trì:`), not as a
    /// heading of its own (`Đơn vị chủ trì:` alone opens a list of units).
    static func endsWithUnitLabel(_ line: String) -> Bool {
        guard line.utf8.count > 24, line.utf8.count < 400 else { return false }
        let tail = Folding.fold(String(line.suffix(24)))
        guard tail.hasSuffix("chu tri") || tail.hasSuffix("phoi hop") else { return false }
        // Text before the label: a sentence that ended (`… xã. Đơn vị chủ trì:`) or ran on into it.
        let head = Folding.fold(String(line.dropLast(24)))
        return head.words.count >= 3
    }

    /// `TTHC: …`, `DVCTT, …`: a word of 2 to 6 capitals (ASCII or `Đ`) followed by `:` or `,`.
    static func opensWithAbbreviationLabel(_ t: String) -> Bool {
        var n = 0
        for c in t.unicodeScalars {
            if ("A"..."Z").contains(c) || c == "Đ" { n += 1; if n > 6 { return false }; continue }
            return n >= 2 && (c == ":" || c == ",")
        }
        return false
    }

    /// Words that cannot end a sentence or a heading (prepositions, conjunctions, `ngày`). Compared with
    /// their marks (text is NFC by now). Not `số`: a number after it continues the line anyway, and before a
    /// capitalised line it is the noun of `chuyển đổi số`, `chính quyền số`, which end many headings.
    static let danglingWords: Set<Substring> = ["trong", "của", "và", "các", "về", "theo", "với", "cho", "tại", "được", "là",
                                                "để", "những", "từ", "đến", "ngày", "nhằm", "hoặc", "bằng", "giữa",
                                                "trên", "thuộc", "đối", "như", "tháng", "vào", "khi", "mà", "mọi"]

    /// Whether the line's last word is one of `danglingWords` (only lower-case words count: `Về` or `Số` as
    /// a capitalised last word is a title or a label, not a cut sentence).
    static func endsInDanglingWord(_ line: String) -> Bool {
        guard let space = line.lastIndex(of: " ") else { return false }
        let word = line[line.index(after: space)...]
        guard let f = word.first, f.isLowercase, word.count <= 5 else { return false }
        return danglingWords.contains(word)
    }

    /// "Căn cứ …", "Thực hiện …", "Theo đề nghị …": each starts a paragraph of the preamble.
    static func startsPreamble(_ s: String) -> Bool {
        let f = Folding.fold(String(s.prefix(16)))
        return f.hasPrefix("can cu") || f.hasPrefix("theo de nghi") || f.hasPrefix("thuc hien cong van")
    }

    /// `28-` + `KL/TW`, `2021-` + `2030`: the hyphen belongs to the token, so no space is inserted.
    static func joinsWithoutSpace(_ prev: String, _ next: String) -> Bool {
        guard prev.hasSuffix("-"), !prev.hasSuffix(" -"), let f = next.first else { return false }
        return f.isUppercase || f.isNumber
    }

    /// Whether the letters of `s` are all capitals (at least one letter).
    static func isAllCaps(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            if u.isASCII {
                let v = u.value
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { letters += 1 }
                continue
            }
            guard u.properties.isAlphabetic else { continue }
            if u.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 4
    }
}
