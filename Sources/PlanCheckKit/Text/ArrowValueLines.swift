/// A list whose every item gives its label on one line and its figures on the next, opened by an arrow:
///
///     2. Tỷ lệ văn bản quy phạm pháp luật … được tự kiểm tra, rà soát
///     → Tỉnh giao: 100% | Xã: 100%
///     Tỷ lệ hồ sơ tiếp nhận trực tuyến
///     ⤷ 2026: ≥ 55% | 2028: ≥ 70% | 2030: ≥ 80%
///
/// The figures' line goes on with the label's (its figures about the label's measure), its cells separated by
/// semicolons, a cell that restates the parent's figure (`Tỉnh giao: …`, `Thành phố giao: …`) dropped and a bare
/// year said as one (`năm 2028: ≥ 70%`).
enum ArrowValueLines {
    /// The lines (0-based) of such figures, each as it reads; empty for most documents.
    static func lines(_ lines: [String]) -> [Int: FieldBoxTable.Line] {
        var out: [Int: FieldBoxTable.Line] = [:]
        for (i, line) in lines.enumerated() where i > 0 && opensOnArrow(line) {
            let body = line.drop { $0 == " " || $0 == "\t" }.dropFirst().trimmingPrefix(" ")
            let cells = body.split(separator: "|").map { String($0).trimmedWhitespace }
                .filter { !$0.isEmpty && !PlanExtractor.quotesParentFigure($0) }
                .map(yearNamed)
            out[i] = FieldBoxTable.Line(text: cells.joined(separator: "; "), joinsAbove: true)
        }
        return out
    }

    /// A cell labelled by a bare year (`2028: ≥ 70%`) with the year said as one (`năm 2028: ≥ 70%`), so that its
    /// figure is read as that year's.
    static func yearNamed(_ cell: String) -> String {
        let b = Array(cell.utf8.prefix(5))
        guard b.count == 5, b[0] == 0x32, b[1] == 0x30, b[2...3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), b[4] == 0x3A else { return cell }
        return "năm " + cell
    }

    /// Whether a line opens (after spaces) on `→` (E2 86 92), `↳` (E2 86 B3) or `⤷` (E2 A4 B7), read on bytes.
    static func opensOnArrow(_ line: String) -> Bool {
        var it = line.utf8.makeIterator()
        var b = it.next()
        while b == 0x20 || b == 0x09 { b = it.next() }
        guard b == 0xE2, let b1 = it.next(), let b2 = it.next() else { return false }
        return b1 == 0x86 && (b2 == 0x92 || b2 == 0xB3) || b1 == 0xA4 && b2 == 0xB7
    }
}
