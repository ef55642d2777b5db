/// Line numbers a printout carries into its text (Word's line numbering through a PDF-to-text tool):
///
///      3  Cơ quan chủ trì: Phòng Văn hóa - Xã hội.
///      4  - Ban hành Kế hoạch kiểm tra cải cách hành chính năm 2026 trong Quý I/2026; kiểm
///      5    tra việc thực hiện nhiệm vụ tại các cơ quan, đơn vị thuộc UBND xã.
///
/// A number of one to three digits at the start of the line (after at most two spaces), then two spaces or
/// more. A document is numbered so when most of its non-blank lines open that way and the numbers mostly
/// count up by one from line to line (restarting on each page); then the numbers, and the two spaces after
/// them, are removed. A list of items `1  …`, `2  …` alone is too short to pass.
enum PrintedLineNumbers {
    /// The number a line opens with and where its text starts (after the number and two spaces), else nil.
    static func prefix(_ line: String) -> (number: Int, textStart: String.Index)? {
        var i = line.startIndex
        var spaces = 0
        while i < line.endIndex, line[i] == " ", spaces < 3 { i = line.index(after: i); spaces += 1 }
        guard spaces <= 2 else { return nil }
        var n = 0, digits = 0
        while i < line.endIndex, let d = line[i].wholeNumberValue, line[i].isASCII, digits < 4 {
            n = n * 10 + d; digits += 1; i = line.index(after: i)
        }
        guard (1...3).contains(digits), line[i...].hasPrefix("  ") else { return nil }
        return (n, line.index(i, offsetBy: 2))
    }

    /// `lines` without their printed numbers, or `lines` as they are when the document is not numbered.
    static func stripped(_ lines: [String]) -> [String] {
        // Most documents: the first lines that open with a digit decide before anything is scanned in full.
        var numbered = 0, counting = 0, nonBlank = 0
        var previous: Int?
        for line in lines {
            guard line.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            nonBlank += 1
            guard let p = prefix(line) else { continue }
            numbered += 1
            if let q = previous, p.number == q + 1 { counting += 1 }
            previous = p.number
        }
        guard numbered >= 20, numbered * 2 >= nonBlank, counting * 3 >= numbered * 2 else { return lines }
        return lines.map { line in prefix(line).map { String(line[$0.textStart...]) } ?? line }
    }
}
