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
        var header = Row(cells: [(head, start + 1)])
        var i = start + 1
        while i < lines.count, header.cells.count < maxColumns {
            let t = lines[i].trimmedWhitespace
            guard !t.isEmpty, t.count <= maxTitle, !(t.first?.isNumber ?? true), !t.hasSuffix("."), !t.hasSuffix(";") else { break }
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
            let seq = lines[i].trimmedWhitespace.trimmingCharacters(in: .init(charactersIn: "."))
            guard let n = Int(seq), seq.count <= 3 else { break }
            if let e = expected, n != e { i += 1; continue }  // a page number between rows
            var row = Row(cells: [(seq, i + 1)])
            var j = i + 1
            while j < lines.count, row.cells.count < width {
                let t = lines[j].trimmedWhitespace
                if t.isEmpty { break }
                row.cells.append((t, j + 1))
                j += 1
            }
            // A row cut short (by a blank line) is not one of this table's.
            guard row.cells.count == width else { break }
            table.rows.append(row)
            expected = n + 1
            i = j
            table.end = j
        }
        return table.rows.count > 1 ? table : nil
    }
}
