/// A TAB table's row pasted from a spreadsheet whose quoted cells hold line breaks:
///
///     3⇥Cải cách thủ tục hành chính⇥"- Tỷ lệ hồ sơ … đúng hạn: ≥ 98%
///     - Người dân … hài lòng …: ≥ 95%"⇥"- 100% TTHC … toàn trình
///     - Tỷ lệ hồ sơ TTHC nộp trực tuyến: ≥ 80%"⇥
///
/// Each item of a quoted cell (its first line, and each later line opening on a bullet or a number) becomes a
/// row of its own, at the line it stands on, under the same column, with the row's cells that name it (its
/// number, its area) and nothing else: every figure keeps its column (the year the header gives it) and its
/// line. A line of a cell that opens on neither goes on the item above it (a wrapped sentence).
enum QuotedTabRow {
    static let tab: UInt8 = 0x09, quote: UInt8 = 0x22, newline: UInt8 = 0x0A

    /// Whether `raw` opens such a row: it holds a TAB, a field opening on a quote, and an odd number of quotes.
    static func opens(_ raw: String) -> Bool {
        guard raw.containsByte(tab), raw.containsByte(quote) else { return false }
        var quotes = 0, opensField = false, atFieldStart = true
        for b in raw.utf8 {
            if b == quote { quotes += 1; if atFieldStart { opensField = true } }
            atFieldStart = b == tab || (atFieldStart && b == 0x20)
        }
        return opensField && quotes % 2 == 1
    }

    /// The index of the row's last line when its quotes close within twelve lines after `i`, else nil.
    static func end(_ lines: [String], from i: Int) -> Int? {
        var quotes = lines[i].count(ofByte: quote)
        var k = i
        while quotes % 2 == 1 {
            k += 1
            guard k < lines.count, k - i <= 12 else { return nil }
            quotes += lines[k].count(ofByte: quote)
        }
        return k
    }

    /// The rows of the lines `i...end` (1-based line numbers, cells in the table's column order).
    static func rows(_ lines: [String], from i: Int, to end: Int) -> [(line: Int, cells: [String])] {
        // Fields, each a list of items (the line offset it starts on, its text).
        var fields: [[(offset: Int, text: String)]] = []
        var quotedField: [Bool] = []
        var items: [(offset: Int, text: String)] = []
        var current: [UInt8] = [], currentOffset = 0, offset = 0
        var quoted = false, fieldQuoted = false
        func closeItem() {
            let text = String(decoding: current, as: UTF8.self).trimmedWhitespace
            current.removeAll()
            guard !text.isEmpty else { return }
            // A line that opens on neither a bullet nor a number goes on the item above it.
            if let last = items.indices.last, !opensItem(text) { items[last].text += " " + text } else { items.append((currentOffset, text)) }
        }
        let bytes = Array(lines[i...end].joined(separator: "\n").utf8)
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if quoted {
                if b == quote {
                    if k + 1 < bytes.count, bytes[k + 1] == quote { current.append(quote); k += 2; continue }
                    quoted = false
                } else if b == newline {
                    closeItem(); offset += 1; currentOffset = offset
                } else {
                    current.append(b)
                }
            } else if b == quote, current.allSatisfy({ $0 == 0x20 }) {
                quoted = true; fieldQuoted = true; current.removeAll()
            } else if b == tab || b == newline {
                closeItem()
                fields.append(items); quotedField.append(fieldQuoted)
                items = []; fieldQuoted = false
                if b == newline { offset += 1 }
                currentOffset = offset
            } else {
                current.append(b)
            }
            k += 1
        }
        closeItem()
        fields.append(items); quotedField.append(fieldQuoted)
        // The cells that name the row: the first, the label after it (quoted too, when its line breaks only wrap
        // it: `"Tỷ lệ thanh toán … \n của dịch vụ công"`) unless it holds a `%`, and unquoted cells with no number.
        let keys = fields.indices.filter { c in
            let text = fields[c].map(\.text).joined(separator: " ")
            return c == 0 || c == 1 && !text.contains("%") || !quotedField[c] && !text.contains(where: \.isNumber)
        }
        var rows: [(line: Int, cells: [String])] = []
        for c in fields.indices where !keys.contains(c) {
            for item in fields[c] {
                var cells = fields.indices.map { k in keys.contains(k) ? fields[k].map(\.text).joined(separator: " ") : "" }
                cells[c] = item.text
                rows.append((i + 1 + item.offset, cells))
            }
        }
        return rows.sorted { $0.line < $1.line }
    }

    /// Whether a line of a cell opens an item: a bullet (`-`, `+`, `•`, `*`) or a number.
    static func opensItem(_ text: String) -> Bool {
        guard let c = text.unicodeScalars.first else { return false }
        return "-+•*–".unicodeScalars.contains(c) || ("0"..."9").contains(c)
    }
}
