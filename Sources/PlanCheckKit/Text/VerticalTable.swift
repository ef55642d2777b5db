/// A table copied out of Word so that every cell is a line of its own:
///
///     STT
///     Chỉ tiêu
///     Đơn vị tính
///     Chỉ tiêu năm 2026
///
///     1
///     Tỷ lệ hồ sơ TTHC giải quyết đúng hạn
///     %
///     ≥ 98
///
/// The header is `STT`/`TT` alone on a line followed by the short titles of the other columns; each row is
/// its number alone on a line followed by one line per other cell (blank lines between rows or not). Rows
/// are numbered on from the first (1, 2, 3 …, or 11, 12 … where the header is repeated after a page break): a
/// bare number out of that order (a page number) is skipped, and anything else
/// where a row should start ends the table.
///
/// Two things Word's copy does to merged and long cells are read too:
///
///     Lĩnh vực                          ← a column merged over groups of rows, titled before `STT`
///     STT
///     …
///     Cải cách thủ tục hành chính       ← the merged cell, once, above its group's first row
///     7
///     Tỷ lệ hồ sơ thủ tục hành chính
///     được giải quyết đúng hạn          ← a long label wrapped onto a second line
///     %
///     ≥ 98
///
/// A group's cell is given back as a row of one cell before its rows. A row with more lines than cells has
/// its label (the first cell after the number) wrapped, when the next row's number (or a group's cell
/// before it) or a blank line after a short last cell shows where the row ends.
struct VerticalTable {
    /// A header or row: its cells with the line (1-based) each came from.
    struct Row {
        var cells: [(text: String, line: Int)]
    }

    /// The header, then the rows.
    var rows: [Row]
    /// Index (0-based) of the first line after the table.
    var end: Int

    /// At most this many columns: a longer run of short lines is a list, not a header.
    static let maxColumns = 8
    /// The longest a header title may be, in characters.
    static let maxTitle = 40
    /// At most this many lines more than cells in a row (a label wrapped over up to four lines).
    static let maxWrap = 3
    /// The longest a last cell may be, in bytes, for a row that ends at a blank line to take wrapped lines
    /// (a figure or a short note; a paragraph after the table is longer).
    static let maxLastCell = 24
    /// Folded titles of a merged column before `STT` (its cells stand once above their group's rows).
    static let groupTitles: Set<String> = ["linh vuc", "nhom", "nhom chi tieu", "linh vuc cai cach", "noi dung cai cach"]

    /// Whether a line may be the `STT`/`TT` that opens a table: its first non-space byte is `S` or `T`
    /// (any case), read before anything is trimmed or folded (this runs for every short line).
    static func mayOpen(_ line: String) -> Bool {
        guard let b = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        return b == 0x53 || b == 0x73 || b == 0x54 || b == 0x74
    }

    /// The table whose header starts at `lines[start]`, or nil when `lines[start]` does not open one.
    static func read(_ lines: [String], at start: Int) -> VerticalTable? {
        let head = lines[start].trimmedWhitespace
        guard head.utf8.count <= 3, ["stt", "tt"].contains(Folding.fold(head)) else { return nil }
        // `Lĩnh vực` right before `STT`: the first row's group cell stands between the titles and the row.
        let grouped = start > 0 && groupTitles.contains(Folding.fold(lines[start - 1].trimmedWhitespace))
        var header = Row(cells: [(head, start + 1)])
        var i = start + 1
        while i < lines.count, header.cells.count < maxColumns {
            let t = lines[i].trimmedWhitespace
            guard !t.isEmpty, t.count <= maxTitle, !(t.first?.isNumber ?? true), !t.hasSuffix("."), !t.hasSuffix(";") else { break }
            if grouped, header.cells.count >= 3, groupCell(lines, at: i, numbered: nil) != nil { break }
            header.cells.append((t, i + 1))
            i += 1
        }
        let width = header.cells.count
        guard width >= 3 else { return nil }
        var table = VerticalTable(rows: [header], end: i)
        var expected: Int?  // the next row's number; a table repeated after a page break goes on from its own
        while true {
            while i < lines.count, lines[i].trimmedWhitespace.isEmpty { i += 1 }
            guard i < lines.count else { break }
            if grouped || expected != nil, let next = groupCell(lines, at: i, numbered: expected) {
                table.rows.append(Row(cells: [(lines[i].trimmedWhitespace, i + 1)]))
                i = next
                continue
            }
            guard let n = rowNumber(lines[i]) else { break }
            if let e = expected, n != e { i += 1; continue }  // a page number between rows
            guard let (cells, next) = rowCells(lines, after: i, count: width - 1, number: n,
                                               figures: takesFigures(header.cells[width - 1].text)) else { break }
            table.rows.append(Row(cells: [(String(n), i + 1)] + cells))
            expected = n + 1
            i = next
            table.end = next
        }
        return table.rows.count > 1 ? table : nil
    }

    /// The cells of row `number` (whose number is `lines[i]`) and the index after them, or nil for a row cut
    /// short. More lines than `count` before a confirmed end are the label's, joined into the first cell.
    static func rowCells(_ lines: [String], after i: Int, count: Int, number: Int, figures: Bool) -> ([(text: String, line: Int)], Int)? {
        var cells: [(text: String, line: Int)] = []
        var j = i + 1
        var endsHere = false
        while j < lines.count, cells.count < count + maxWrap {
            let t = lines[j].trimmedWhitespace
            if t.isEmpty {
                endsHere = cells.count > count && cells[cells.count - 1].text.utf8.count <= maxLastCell
                break
            }
            if cells.count >= count, rowNumber(t) == number + 1 || groupCell(lines, at: j, numbered: number + 1) != nil {
                endsHere = true
                break
            }
            // A bare number after a full row is a page number between rows, not a wrapped line (unless the
            // last column holds figures: `100` under `Năm 2027` is the row's value after a wrapped label).
            if cells.count >= count, !figures, rowNumber(t) != nil { j += 1; continue }
            cells.append((t, j + 1))
            j += 1
        }
        guard cells.count >= count else { return nil }
        guard cells.count > count, endsHere else { return (Array(cells.prefix(count)), i + 1 + count) }
        // The label wrapped: its lines are those before the other cells.
        let extra = cells.count - count
        let label = cells[0...extra].map(\.text).joined(separator: " ")
        return ([(label, cells[0].line)] + cells[(extra + 1)...], j)
    }

    /// Whether a column's title says it holds figures (`Năm 2027`, `Chỉ tiêu năm 2027`, `Mức đăng ký`, `(%)`).
    static func takesFigures(_ title: String) -> Bool {
        let f = Folding.fold(title)
        return title.hasASCIIDigit || title.contains("%")
            || ["chi tieu", "muc", "gia tri", "ket qua", "dang ky", "giao", "ke hoach", "ty le", "so lieu"].contains { f.contains($0) }
    }

    /// The row number a line holds (`7`, `7.`), or nil.
    static func rowNumber(_ line: String) -> Int? {
        let seq = line.trimmedWhitespace.trimmingCharacters(in: .init(charactersIn: "."))
        guard seq.count <= 3 else { return nil }
        return Int(seq)
    }

    /// Whether `lines[j]` is a merged group's cell: a short title without a digit or a closing stop, followed
    /// (past blank lines) by the row numbered `numbered` (or any first row when nil). Gives that row's index.
    static func groupCell(_ lines: [String], at j: Int, numbered: Int?) -> Int? {
        let t = lines[j].trimmedWhitespace
        guard !t.isEmpty, t.utf8.count <= 100, !t.hasASCIIDigit, !t.hasSuffix("."), !t.hasSuffix(":"), !t.hasSuffix(";") else { return nil }
        var k = j + 1
        while k < lines.count, lines[k].trimmedWhitespace.isEmpty { k += 1 }
        guard k < lines.count, let n = rowNumber(lines[k]) else { return nil }
        return n == (numbered ?? 1) ? k : nil
    }
}
