/// A table of years: one row per year, its figures in the other columns.
///
/// Two shapes:
/// - under a line naming one indicator, `Năm | Chỉ tiêu` with one figure per row (the line is the subject);
/// - transposed, one column per indicator, its short name in the header (wrapped onto a second header
///   line) with a reference to a legend below the table that gives the full name and the unit:
///
///       Năm   Điểm chấm    Chỉ số      Hồ sơ TTHC     …
///             CCHC (1)     SIPAS (2)   đúng hạn (3)
///       2026  ≥ 85         > 88        > 98
///       …
///       (2) Chỉ số SIPAS: Chỉ số hài lòng của người dân … (%).
enum YearRowsTable {
    /// Folded header titles that name no indicator: a table with only these beside `Năm` is of one indicator.
    static let genericTitles: Set<String> = ["chi tieu", "muc chi tieu", "gia tri", "ket qua", "ghi chu", "don vi tinh",
                                             "don vi", "chi tieu phan dau", "muc phan dau", "lo trinh"]

    /// Whether a year-rows header names an indicator per column (a transposed table).
    static func isTransposed(_ header: [String]) -> Bool {
        header.dropFirst().filter { !$0.isEmpty && !genericTitles.contains(Folding.fold($0)) }.count >= 2
    }

    /// The legend entries (`(2) Chỉ số SIPAS: …`) in the paragraphs right after the table that starts at
    /// block `start`, by reference number.
    static func legend(_ blocks: [Block], after start: Int) -> [Int: String] {
        var out: [Int: String] = [:]
        var k = start
        while k < blocks.count, blocks[k].kind != .paragraph { k += 1 }
        var seen = 0
        while k < blocks.count, blocks[k].kind == .paragraph, seen < 16 {
            if let (n, _) = reference(atStartOf: blocks[k].text) { out[n] = blocks[k].text }
            seen += 1
            k += 1
        }
        return out
    }

    /// The column's subject: its title, with the legend entry its reference (`(3)`) points to.
    static func subject(_ title: String, legend: [Int: String]) -> String {
        guard let n = reference(atEndOf: title), let entry = legend[n] else { return title }
        return title + " " + entry
    }

    /// Whether the column's subject says its figures are percentages (`(%)`, `tỷ lệ`) and nothing else.
    static func isPercent(_ subject: String) -> Bool {
        subject.contains("(%)") || subject.contains("%)") && !subject.contains("điểm")
    }

    /// `(N)` opening a text, with the rest.
    static func reference(atStartOf text: String) -> (Int, Substring)? {
        guard text.hasPrefix("("), let close = text.firstIndex(of: ")"),
              let n = Int(text[text.index(after: text.startIndex)..<close]), (1...40).contains(n) else { return nil }
        return (n, text[text.index(after: close)...])
    }

    /// `(N)` closing a title.
    static func reference(atEndOf title: String) -> Int? {
        let t = title.trimmedWhitespace
        guard t.hasSuffix(")"), let open = t.lastIndex(of: "(") else { return nil }
        return Int(t[t.index(after: open)..<t.index(before: t.endIndex)]).flatMap { (1...40).contains($0) ? $0 : nil }
    }
}
