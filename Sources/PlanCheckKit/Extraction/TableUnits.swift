/// Target tables that give the unit in a column of its own (`STT | Chỉ tiêu | Đơn vị tính | Năm 2025`, a row
/// `1 | Tỷ lệ hồ sơ đúng hạn | % | 98`) or in the indicator's cell (`Tỷ lệ hồ sơ đúng hạn (%) | 98`): the value
/// cells hold bare numbers, which the figure scanner (rightly) takes for counts or codes anywhere else.
enum TableUnits {
    /// The index of the row's cell that makes the later cells percentages: a cell that is `%` alone, or
    /// ends with `(%)`, or sits under a header cell that does (`Tỷ lệ (%)`).
    static func percentColumn(_ cells: [String], header: [String]) -> Int? {
        func marks(_ s: String) -> Bool {
            let t = s.trimmedWhitespace
            return t == "%" || t.hasSuffix("(%)")
        }
        if let i = cells.firstIndex(where: marks) { return i }
        if let h = header.firstIndex(where: marks) { return max(h - 1, 0) }
        return nil
    }

    /// The index of the row's cell that makes the later cells numbers of days: a cell `Ngày` or `Ngày làm việc`.
    static func daysColumn(_ cells: [String]) -> Int? {
        cells.firstIndex { ["ngay", "ngay lam viec"].contains(Folding.fold($0)) }
    }

    /// `≤ 02` → `≤ 02 ngày`: a bare figure under a unit column of days, as the figure scanner reads a time
    /// limit; nil for any other cell.
    static func asDays(_ cell: String) -> String? {
        guard let percent = asPercent(cell), let mark = percent.firstIndex(of: "%") else { return nil }
        return String(percent[..<mark]) + " ngày" + String(percent[percent.index(after: mark)...])
    }

    /// Words a value cell may hold around its number: `≥ 90`, `Tối thiểu 90`, `Đạt 100`, `95 trở lên`, `≤ 0,5`,
    /// `Không quá 1`, `Tối đa 5`.
    static let cueWords: Set<Substring> = ["toi", "thieu", "tren", "dat", "tu", "tro", "len", "it", "nhat", "khong", "duoi",
                                           "qua", "da", "xuong"]

    /// The cell's text with a `%` after its number when the cell is a bare figure of at most 100
    /// (`98`, `≥ 90`, `Tối thiểu 95`, `99,5`, `≤0,5`), else nil. The `%` goes right after the number, so the
    /// figure's offsets in the cell stay those of the original text.
    static func asPercent(_ cell: String) -> String? {
        let text = cell.trimmedWhitespace
        guard text.hasAtMostCharacters(30) else { return nil }
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        guard let first = scalars.indices.first(where: isDigit) else { return nil }
        // The number: digits, and a decimal comma or point between digits (`99,5`).
        var end = first
        while end < scalars.count, isDigit(end) || (scalars[end] == "," || scalars[end] == ".") && isDigit(end + 1) { end += 1 }
        let number = String(String.UnicodeScalarView(scalars[first..<end])).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(number), value <= 100 else { return nil }
        let before = String(String.UnicodeScalarView(scalars[..<first]))
        let after = String(String.UnicodeScalarView(scalars[end...]))
        // Only comparator symbols and cue words around the number: nothing that names a thing counted.
        let symbols = Set("≥>=≧≤<≦ :").union([" "])
        for side in [before, after] {
            let words = Folding.fold(side).split(separator: " ")
            guard words.allSatisfy({ cueWords.contains($0) }),
                  side.allSatisfy({ $0.isLetter || symbols.contains($0) }) else { return nil }
        }
        return before + String(String.UnicodeScalarView(scalars[first..<end])) + "%" + after
    }
}
