/// A task list laid out in two columns by a PDF export, the lead of each task standing on the right after a
/// run of spaces, both columns wrapping onto the lines below:
///
///     Nội dung nhiệm vụ                                            Đơn vị chủ trì
///     CẢI CÁCH THỂ CHẾ
///     3. Rà soát, hệ thống hóa văn bản quy phạm pháp luật do       Văn phòng HĐND và UBND
///     HĐND, UBND phường ban hành; công bố danh mục văn bản         phường
///
/// The header's right title names the lead (`Đơn vị chủ trì`, `Cơ quan chủ trì`, `Đơn vị thực hiện`); its
/// position is the right column's. Each numbered line (`3.`) starts a task, and the lines after it go on in
/// both columns; a short line with nothing on the right before a numbered line is a group's title (the
/// area). The rows are given back as a numbered TAB table (`STT`, content, lead), each cell at its first
/// line, so that the task table reader takes the leads (as `VerticalTable` rows: a group's title alone, or
/// a task's number, text and lead). A blank line, a page number or a running line is skipped; anything else
/// ends the table.
enum TwoColumnLayout {
    /// Folded right-hand titles that name a task's lead.
    static let leadTitles: Set<String> = ["don vi chu tri", "co quan chu tri", "don vi thuc hien", "co quan thuc hien",
                                          "chu tri", "don vi chu tri thuc hien", "co quan chu tri thuc hien"]
    /// Folded left-hand titles that name the task.
    static let taskTitles: Set<String> = ["noi dung nhiem vu", "nhiem vu", "noi dung", "noi dung cong viec", "nhiem vu cu the",
                                          "nhiem vu giai phap", "cong viec"]
    /// How far (in scalars) a right-hand part may start before the right title and still be in its column.
    static let slack = 8

    /// Whether a line may be the header: short, with a run of three spaces (a byte test first).
    static func mayOpen(_ line: String) -> Bool {
        line.utf8.count <= 200 && line.utf8.count >= 20 && Cleanup.hasThreeSpaces(line)
    }

    /// The table whose header is `lines[start]`, or nil when that line is no such header.
    static func read(_ lines: [String], at start: Int, skipping skipped: (Int) -> Bool) -> VerticalTable? {
        let parts = Cleanup.spacedCells(lines[start])
        guard parts.count == 2, taskTitles.contains(Folding.fold(parts[0].text)), leadTitles.contains(Folding.fold(parts[1].text)),
              parts[0].range.lowerBound <= 4 else { return nil }
        let column = parts[1].range.lowerBound
        typealias Row = VerticalTable.Row
        var table = VerticalTable(rows: [Row(cells: [("STT", start + 1), (parts[0].text, start + 1), (parts[1].text, start + 1)])],
                                  end: start + 1)
        var open: Row?  // the task being read
        var i = start + 1
        func close() {
            if let r = open { table.rows.append(r) }
            open = nil
        }
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmedWhitespace
            if trimmed.isEmpty || skipped(i) || Cleanup.isPageNumber(trimmed) {
                // A blank line ends the task; the table goes on with the next task or group.
                if trimmed.isEmpty { close() }
                i += 1
                continue
            }
            let (left, right) = split(line, column: column)
            // The plan's next part (`IV. TỔ CHỨC THỰC HIỆN`) ends the table.
            if right.isEmpty, let m = OutlineMarker.parse(left), m.kind == .roman { break }
            if let (number, text) = numbered(left) {
                close()
                open = Row(cells: [(number, i + 1), (text, i + 1), (right, i + 1)])
            } else if right.isEmpty, isGroupTitle(left, within: open != nil), nextIsNumbered(lines, after: i, column: column, skipping: skipped) {
                close()
                table.rows.append(Row(cells: [(left, i + 1)]))
            } else if var r = open {
                if !left.isEmpty { r.cells[1].text += " " + left }
                if !right.isEmpty {
                    if r.cells[2].text.isEmpty { r.cells[2] = (right, i + 1) } else { r.cells[2].text += " " + right }
                }
                open = r
            } else {
                break
            }
            i += 1
            table.end = i
        }
        close()
        return table.rows.count > 1 ? table : nil
    }

    /// The line's left and right parts: the right one starts after the last run of three or more spaces, at
    /// or past the right column (less `slack`); empty when there is none.
    static func split(_ line: String, column: Int) -> (String, String) {
        let parts = Cleanup.spacedCells(line)
        guard let k = parts.lastIndex(where: { $0.range.lowerBound >= column - slack }), k > 0 else {
            // Only a right-hand part (`phường`, the lead's wrapped end), or only text on the left.
            if parts.count == 1, parts[0].range.lowerBound >= column - slack { return ("", parts[0].text) }
            return (line.trimmedWhitespace, "")
        }
        return (parts[..<k].map(\.text).joined(separator: " "), parts[k...].map(\.text).joined(separator: " "))
    }

    /// `3. Rà soát …`: the number and the text after it, for a left part opening on a task's number.
    static func numbered(_ left: String) -> (String, String)? {
        let digits = left.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard (1...3).contains(digits.count) else { return nil }
        let rest = left.utf8.dropFirst(digits.count)
        guard let dot = rest.first, dot == UInt8(ascii: ".") || dot == UInt8(ascii: ")"),
              rest.dropFirst().first == 0x20 else { return nil }
        return (String(decoding: digits, as: UTF8.self), String(decoding: rest.dropFirst(2), as: UTF8.self).trimmedWhitespace)
    }

    /// Folded openings of an area's title written in ordinary case (`Cải cách thể chế`, `Xây dựng chính
    /// quyền số`, `Công tác chỉ đạo, điều hành`).
    static let titleOpenings = ["cai cach ", "xay dung ", "chi dao", "cong tac ", "hien dai hoa", "chuyen doi so", "chinh quyen "]

    /// A group's title: short, without a stop at the end. After a task's lines, only one in capitals or
    /// opening like an area's title (else it is the task's text going on, `CCHC tại các phòng, đơn vị`).
    static func isGroupTitle(_ left: String, within task: Bool) -> Bool {
        guard !left.isEmpty, left.utf8.count <= 120, !left.hasSuffix("."), !left.hasSuffix(";"), !left.hasSuffix(",") else { return false }
        guard task else { return true }
        if !left.contains(where: \.isLowercase) { return true }
        let f = Folding.fold(left)
        return titleOpenings.contains { f.hasPrefix($0) }
    }

    /// Whether the next line that is not blank or skipped opens a task.
    static func nextIsNumbered(_ lines: [String], after i: Int, column: Int, skipping skipped: (Int) -> Bool) -> Bool {
        var k = i + 1
        while k < lines.count, lines[k].trimmedWhitespace.isEmpty || skipped(k) { k += 1 }
        return k < lines.count && numbered(split(lines[k], column: column).0) != nil
    }
}
