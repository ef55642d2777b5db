/// A table a PDF tool wrote out column by column: the titles each on a line, then every cell of the first
/// column (its labels, some wrapped over two lines), then every cell of the next column, and so on:
///
///     Chỉ tiêu
///     Tỉnh giao
///     Xã đăng ký
///     Tỷ lệ hồ sơ TTHC giải quyết đúng hạn
///     Tỷ lệ cơ quan, đơn vị thuộc UBND xã được
///     kiểm tra công tác CCHC
///     ≥ 98%
///     ≥ 30%
///     ≥ 99%
///     ≥ 50%
///
/// The first title names the labels (`Chỉ tiêu`, `Nội dung`, `Tên chỉ tiêu`); the others are short. After the
/// labels come only figure cells (`≥ 98%`, `100`, `-`), as many as the labels times the other columns: that
/// count is what tells the labels' wrapped lines (a line opening in lower case or on a bracket goes on with
/// the label above) from labels of their own. The rows are given back as `VerticalTable` rows, each cell
/// with the line it stands on.
enum ColumnMajorTable {
    /// Folded first titles of such a table.
    static let labelTitles: Set<String> = ["chi tieu", "noi dung", "ten chi tieu", "noi dung chi tieu"]

    /// Whether a line may open one: its first non-space byte is `C`, `N` or `T` (any case), read before
    /// anything is trimmed or folded (this runs for every short line).
    static func mayOpen(_ line: String) -> Bool {
        guard let b = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        return b == 0x43 || b == 0x63 || b == 0x4E || b == 0x6E || b == 0x54 || b == 0x74
    }

    /// The table whose titles start at `lines[start]`, or nil.
    static func read(_ lines: [String], at start: Int) -> VerticalTable? {
        let head = lines[start].trimmedWhitespace
        guard head.utf8.count <= 24, labelTitles.contains(Folding.fold(head)) else { return nil }
        // The other titles: two to five short lines that are neither figures nor sentences.
        var titles: [(text: String, line: Int)] = [(head, start + 1)]
        var i = start + 1
        while i < lines.count, titles.count < 6 {
            let t = lines[i].trimmedWhitespace
            guard !t.isEmpty, t.count <= 30, !isFigureCell(t), !t.hasSuffix("."), !t.hasSuffix(";"),
                  t.first?.isUppercase == true else { break }
            titles.append((t, i + 1))
            i += 1
        }
        let valueColumns = titles.count - 1
        guard valueColumns >= 1, valueColumns <= 4 else { return nil }
        // The labels: text lines up to the first figure cell.
        var labelLines: [(text: String, line: Int)] = []
        while i < lines.count, labelLines.count < 200 {
            let t = lines[i].trimmedWhitespace
            if t.isEmpty { i += 1; continue }
            if isFigureCell(t) { break }
            labelLines.append((t, i + 1))
            i += 1
        }
        // The figure cells, to the first line that is not one.
        var values: [(text: String, line: Int)] = []
        while i < lines.count {
            let t = lines[i].trimmedWhitespace
            if t.isEmpty { i += 1; continue }
            guard isFigureCell(t) else { break }
            values.append((t, i + 1))
            i += 1
        }
        // Wrapped lines join the label above; the count must then match the figures'.
        var labels: [(text: String, line: Int)] = []
        for l in labelLines {
            if let last = labels.indices.last, let c = l.text.first, c.isLowercase || c == "(" {
                labels[last].text += " " + l.text
            } else {
                labels.append(l)
            }
        }
        guard labels.count >= 2, values.count == labels.count * valueColumns else { return nil }
        var table = VerticalTable(rows: [VerticalTable.Row(cells: titles)], end: i)
        for (r, label) in labels.enumerated() {
            var row = VerticalTable.Row(cells: [label])
            for c in 0..<valueColumns { row.cells.append(values[c * labels.count + r]) }
            table.rows.append(row)
        }
        return table
    }

    /// A cell of figures alone: `100%`, `≥ 98%`, `≤ 02`, `99,5`, `-`, `x`, `Không`.
    static func isFigureCell(_ t: String) -> Bool {
        guard t.utf8.count <= 16 else { return false }
        if t == "-" || t == "–" || t == "x" { return true }
        var digits = 0
        for c in t.unicodeScalars {
            if ("0"..."9").contains(c) { digits += 1; continue }
            guard "≥≤<>=%,. ".unicodeScalars.contains(c) else { return false }
        }
        return digits > 0
    }
}
