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
    /// The number a line opens with and the byte offset where its text starts (after the number and two
    /// spaces), else nil. Read on the UTF-8 bytes: this runs on the first lines of every document.
    static func prefix(_ line: String) -> (number: Int, textStart: Int)? {
        var line = line
        return line.withUTF8 { u in
            var i = 0
            while i < u.count, i < 3, u[i] == 0x20 { i += 1 }
            guard i <= 2 else { return nil }
            var n = 0, digits = 0
            while i < u.count, u[i] >= 0x30, u[i] <= 0x39, digits < 4 { n = n * 10 + Int(u[i] - 0x30); digits += 1; i += 1 }
            guard (1...3).contains(digits), i + 1 < u.count, u[i] == 0x20, u[i + 1] == 0x20 else { return nil }
            return (n, i + 2)
        }
    }

    /// `lines` without their printed numbers, or `lines` as they are when the document is not numbered.
    static func stripped(_ lines: [String]) -> [String] {
        var numbered = 0, counting = 0, nonBlank = 0
        var previous: Int?
        for line in lines {
            guard line.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            nonBlank += 1
            if let p = prefix(line) {
                numbered += 1
                if let q = previous, p.number == q + 1 { counting += 1 }
                previous = p.number
            }
            // Most documents: after 40 lines with fewer than a third numbered, none of it is a printout.
            if nonBlank == 40, numbered * 3 < nonBlank { return lines }
        }
        guard numbered >= 20, numbered * 2 >= nonBlank, counting * 3 >= numbered * 2 else { return lines }
        return lines.map { line in
            prefix(line).map { String(decoding: line.utf8.dropFirst($0.textStart), as: UTF8.self) } ?? line
        }
    }
}
