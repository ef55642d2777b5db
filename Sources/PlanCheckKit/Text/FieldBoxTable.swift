/// A task laid out as a box of two columns, one row a field (`Nhiệm vụ`, `Chỉ tiêu`, `Chủ trì`, `Phối hợp`,
/// `Thời gian`) and its value, the value wrapping onto rows whose first cell is empty, with pipes or tabs:
///
///     | Chỉ tiêu  | Hoàn thành 100% nhiệm vụ trong Kế hoạch CCHC năm 2027 đúng   |
///     |           | tiến độ; kiểm tra CCHC tối thiểu 50% cơ quan, đơn vị thuộc   |
///     | Chủ trì   | Phòng Văn hóa - Xã hội                                       |
///
/// It is read as the labelled lines a plan writes in prose (`Chỉ tiêu: Hoàn thành 100% …`, `Chủ trì: Phòng
/// Văn hóa - Xã hội`): each field a paragraph of its own whose wrapped lines join it and keep their own line
/// numbers, so that a figure is reported on the line that holds it and a field's lead is read as a lead. As a
/// table its wrapped rows were one row of two cells, every figure on the row's first line, and `Chủ trì`
/// was nobody's column.
enum FieldBoxTable {
    /// What a line of such a box reads as: its text (empty for a rule or a blank row, which is dropped) and
    /// whether it goes on with the field above.
    struct Line: Equatable {
        var text: String
        var joinsAbove: Bool
    }

    /// Folded field labels a box's first column holds.
    static let fields: Set<String> = [
        "nhiem vu", "noi dung", "noi dung nhiem vu", "nhiem vu giai phap", "chi tieu", "chi tieu ket qua", "ket qua",
        "ket qua can dat", "san pham", "san pham dau ra", "chu tri", "don vi chu tri", "co quan chu tri", "phoi hop",
        "don vi phoi hop", "co quan phoi hop", "thoi gian", "thoi han", "thoi gian thuc hien", "thoi gian hoan thanh",
        "ghi chu", "kinh phi", "nguon kinh phi", "muc tieu", "yeu cau", "don vi thuc hien", "co quan thuc hien",
    ]
    /// Fields that make a box a task's: without one of them two columns of labels are some other table.
    static let taskFields: Set<String> = ["chi tieu", "chi tieu ket qua", "ket qua can dat", "chu tri", "don vi chu tri", "co quan chu tri"]

    /// The lines (0-based) of the document's field boxes, each as it reads; empty for most documents.
    static func lines(_ lines: [String]) -> [Int: Line] {
        var out: [Int: Line] = [:]
        var i = 0
        while i < lines.count {
            guard mayOpen(lines[i]), cells(lines[i]) != nil else { i += 1; continue }
            // The run of rows, rules and blank lines between them; a blank line ends it unless a row follows.
            var rows: [(index: Int, cells: (String, String)?)] = []
            var j = i
            while j < lines.count {
                let line = lines[j]
                if line.trimmedWhitespace.isEmpty {
                    guard j + 1 < lines.count, isRule(lines[j + 1]) || cells(lines[j + 1]) != nil else { break }
                    rows.append((j, nil)); j += 1; continue
                }
                if isRule(line) { rows.append((j, nil)); j += 1; continue }
                guard let c = cells(line) else { break }
                rows.append((j, c)); j += 1
            }
            let labels = rows.compactMap { $0.cells?.0 }.filter { !$0.isEmpty }.map { Folding.fold($0) }
            if labels.allSatisfy(fields.contains), Set(labels).count >= 2, labels.contains(where: taskFields.contains) {
                for row in rows {
                    guard let (label, value) = row.cells else { out[row.index] = Line(text: "", joinsAbove: false); continue }
                    out[row.index] = label.isEmpty ? Line(text: value, joinsAbove: true)
                        : Line(text: value.isEmpty ? label + ":" : label + ": " + value, joinsAbove: false)
                }
            }
            i = max(j, i + 1)
        }
        return out
    }

    /// Whether a line may be a box's row: it opens with a pipe (after spaces), or holds a tab (`memchr` on its
    /// bytes: this runs for every line).
    static func mayOpen(_ line: String) -> Bool {
        line.withBytes { b in
            var k = 0
            while k < b.count, b[k] == 0x20 { k += 1 }
            return k < b.count && b[k] == 0x7C || ByteSearch.index(of: 0x09, in: b) != nil
        }
    }

    /// Whether the line's tabs cut it into two cells at most (tabs after its last text are trailing).
    static func twoTabCells(_ line: String) -> Bool {
        var tabs = 0, textAfterSecond = false
        for b in line.utf8 {
            if b == 0x09 { tabs += 1 } else if tabs >= 2, b != 0x20 { textAfterSecond = true; break }
        }
        return tabs >= 1 && !textAfterSecond
    }

    /// A rule between boxes or rows: pipes, dashes, colons, plus signs and equals signs only.
    static func isRule(_ line: String) -> Bool {
        let t = line.trimmedWhitespace
        return t.utf8.count >= 3 && t.utf8.contains(0x2D) && t.utf8.allSatisfy { "|-:+= ".utf8.contains($0) }
    }

    /// The row's two cells (field, value), trimmed, or nil when the line is not a row of two cells.
    static func cells(_ line: String) -> (String, String)? {
        let t = line.trimmedWhitespace
        var parts: [Substring]
        if t.hasPrefix("|") {
            guard t.hasSuffix("|"), t.utf8.count >= 2 else { return nil }
            parts = t.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
        } else {
            // (Most TAB lines are rows of wider tables: a second tab before the last text rules them out unsplit.)
            guard twoTabCells(line) else { return nil }
            parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            while parts.count > 2, parts.last!.allSatisfy(\.isWhitespace) { parts.removeLast() }
        }
        guard parts.count == 2 else { return nil }
        let field = String(parts[0]).trimmedWhitespace, value = String(parts[1]).trimmedWhitespace
        guard field.count <= 24, !value.isEmpty || !field.isEmpty else { return nil }
        return (field, value)
    }
}
