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

    /// The index of the row's cell that makes the later cells numbers of days: a cell `Ngày` or `Ngày làm việc`,
    /// or a label ending with it in brackets (`Thời gian trả lời …, tối đa (ngày làm việc)`).
    static func daysColumn(_ cells: [String]) -> Int? {
        cells.firstIndex { c in
            ["ngay", "ngay lam viec"].contains(Folding.fold(c)) || c.hasSuffix("(ngày làm việc)") || c.hasSuffix("(ngày)")
        }
    }

    /// `≤ 02` → `≤ 02 ngày`: a bare figure under a unit column of days, as the figure scanner reads a time
    /// limit; nil for any other cell.
    ///
    /// A bare number (`2` under `Kế hoạch 2026`) is a time to keep within: `không quá 2 ngày`.
    static func asDays(_ cell: String) -> String? {
        guard let days = asCount(cell, noun: "ngày") else { return nil }
        return isBareNumber(cell) ? "không quá " + days : days
    }

    /// The unit column of a row whose unit counts things (`cuộc`, `điểm`, `mô hình`, `sáng kiến`), and the
    /// noun the figure scanner reads a count by.
    static func countColumn(_ cells: [String]) -> (index: Int, noun: String)? {
        for (k, c) in cells.enumerated() {
            if c.utf8.count <= 20, let noun = countUnits[Folding.fold(c)] { return (k, noun) }
            // "Số cuộc đối thoại … (cuộc)": the unit in brackets at the end of the label.
            if c.utf8.last == 0x29, let open = c.lastIndex(of: "("), let noun = countUnits[Folding.fold(String(c[c.index(after: open)...].dropLast()))] {
                return (k, noun)
            }
        }
        return nil
    }

    static let countUnits: [String: String] = ["cuoc": "cuộc", "cuoc nam": "cuộc", "diem": "điểm", "mo hinh": "mô hình",
                                               "sang kien": "sáng kiến", "ap": "ấp", "thon": "thôn", "luot": "lượt", "ho so": "hồ sơ"]

    /// `asCount` for a cell under the plan's own figures: a bare number (`4` under `Kế hoạch 2026`, unit
    /// `cuộc`) is a number to reach, read as `≥ 4 cuộc`.
    static func asCountTarget(_ cell: String, noun: String) -> String? {
        guard let count = asCount(cell, noun: noun) else { return nil }
        return isBareNumber(cell) ? "≥ " + count : count
    }

    /// Whether a cell holds only a comparator (`Tối thiểu`, `Tối đa`, `Đạt`, `Không quá`, `≥`), in a column
    /// of its own before the value's (`Chỉ tiêu | Mức | Giá trị`, a row `… | Tối thiểu | 95%`).
    static func isComparatorCell(_ cell: String) -> Bool {
        // (Run on the cell before each value cell: its first byte rules most out before any folding — T/t, Đ/đ
        // (C4), K/k, D/d, Í/í (C3), ≥ ≤ (E2), > < =.)
        guard let b0 = cell.utf8.first, cell.utf8.count <= 24,
              "TtKkDdIi<>=".utf8.contains(b0) || b0 == 0xC4 || b0 == 0xC3 || b0 == 0xE2 else { return false }
        let t = cell.trimmedWhitespace
        if ["≥", "≤", ">", "<", ">=", "<=", "="].contains(t) { return true }
        return comparatorCells.contains(Folding.fold(t))
    }
    static let comparatorCells: Set<String> = ["toi thieu", "toi da", "dat", "khong qua", "khong vuot qua", "tren", "duoi",
                                               "it nhat", "khong thap hon", "khong duoi", "dat toi thieu", "dat tren"]

    /// Whether a header gives its rates as fractions, as a spreadsheet formatted them (`Chỉ tiêu (tỷ lệ)` over
    /// cells `0,85`, `1`): its lines name a rate in brackets, and hold no `%`.
    static func titlesFractions(_ headerLines: [String]) -> Bool {
        headerLines.contains { $0.localizedCaseInsensitiveContains("(tỷ lệ)") } && !headerLines.contains { $0.contains("%") }
    }

    /// `0,85` → `85%`, `1` → `100%`: a bare number from 0 to 1 in a table of fractions; nil for any other cell.
    static func fractionAsPercent(_ cell: String) -> String? {
        let t = cell.trimmedWhitespace
        guard isBareNumber(t), let v = Double(t.replacingOccurrences(of: ",", with: ".")), v > 0, v <= 1 else { return nil }
        return TargetFormat.number((v * 1000).rounded() / 10) + "%"
    }

    /// Whether a cell is only a number (`2`, `99,5`).
    static func isBareNumber(_ cell: String) -> Bool {
        let t = cell.trimmedWhitespace
        return !t.isEmpty && t.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    /// `≥ 2` → `≥ 2 cuộc`: a bare figure under a unit column of things counted, as the figure scanner reads a
    /// count; nil for any other cell.
    static func asCount(_ cell: String, noun: String) -> String? {
        guard let percent = asPercent(cell), let mark = percent.firstIndex(of: "%") else { return nil }
        return String(percent[..<mark]) + " " + noun + String(percent[percent.index(after: mark)...])
    }

    /// Words a value cell may hold around its number: `≥ 90`, `Tối thiểu 90`, `Đạt 100`, `95 trở lên`, `≤ 0,5`,
    /// `Không quá 1`, `Tối đa 5`.
    static let cueWords: Set<Substring> = ["toi", "thieu", "tren", "dat", "tu", "tro", "len", "it", "nhat", "khong", "duoi",
                                           "qua", "da", "xuong"]

    /// The cell's text with a `%` after its number when the cell is a bare figure of at most 100
    /// (`98`, `≥ 90`, `Tối thiểu 95`, `99,5`, `≤0,5`), else nil. The `%` goes right after the number, so the
    /// figure's offsets in the cell stay those of the original text. A cell of one figure per level
    /// (`100 (cấp TP) ≥ 90 (cấp xã)`) gets a `%` after each.
    static func asPercent(_ cell: String) -> String? {
        let text = cell.trimmedWhitespace
        guard text.hasAtMostCharacters(30) else { return nil }
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        // The numbers: digits, and a decimal comma or point between digits (`99,5`).
        var numbers: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            guard isDigit(i) else { i += 1; continue }
            var end = i
            while end < scalars.count, isDigit(end) || (scalars[end] == "," || scalars[end] == ".") && isDigit(end + 1) { end += 1 }
            let number = String(String.UnicodeScalarView(scalars[i..<end])).replacingOccurrences(of: ",", with: ".")
            guard let value = Double(number), value <= 100 else { return nil }
            numbers.append(i..<end)
            i = end
        }
        guard !numbers.isEmpty else { return nil }
        // Only comparator symbols and cue words around the numbers, and with several numbers the level each
        // is for: nothing that names a thing counted.
        var symbols = Set("≥>=≧≤<≦ :").union([" "])
        var allowed = cueWords
        if numbers.count > 1 { symbols.formUnion("(),;"); allowed.formUnion(TargetExtractor.levelWords) }
        var out = ""
        var last = 0
        for r in numbers {
            let side = String(String.UnicodeScalarView(scalars[last..<r.lowerBound]))
            guard Folding.fold(side).words.allSatisfy({ allowed.contains($0) }),
                  side.allSatisfy({ $0.isLetter || symbols.contains($0) }) else { return nil }
            out += side + String(String.UnicodeScalarView(scalars[r])) + "%"
            last = r.upperBound
        }
        let rest = String(String.UnicodeScalarView(scalars[last...]))
        guard Folding.fold(rest).words.allSatisfy({ allowed.contains($0) }),
              rest.allSatisfy({ $0.isLetter || symbols.contains($0) }) else { return nil }
        return out + rest
    }
}
