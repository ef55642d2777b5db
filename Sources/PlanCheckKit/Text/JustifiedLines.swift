/// Lines of a fully justified PDF page, padded to the margin with runs of two to five spaces between every
/// pair of words (`Quyết  định  số  282/QĐ-TTg  ngày  12/02/2026  của   Thủ  tướng`), read with single spaces:
/// a document number's kind split as `Quyết` / `định  số` or a label's words spread apart are found again,
/// and the runs are not taken for a table's column gaps.
///
/// A line is justified when it has at least six gaps between words, none of them a single space, and at least
/// three of exactly two spaces (a table laid out with spaces has single spaces inside its cells, and gaps of
/// three or more between them). Only a document with three such lines among its first 60 is read so.
enum JustifiedLines {
    /// `lines` with each justified line's runs of spaces made single; `lines` itself when the document is
    /// not justified.
    static func collapsed(_ lines: [String]) -> [String] {
        var seen = 0
        for line in lines.prefix(60) where isJustified(line) {
            seen += 1
            if seen >= 3 { break }
        }
        guard seen >= 3 else { return lines }
        return lines.map { isJustified($0) ? collapse($0) : $0 }
    }

    /// Whether the line's words are all set apart by runs of two spaces or more (see the type's comment).
    static func isJustified(_ line: String) -> Bool {
        var gaps = 0, doubles = 0
        var run = 0
        var started = false
        for b in line.utf8 {
            if b == 0x20 {
                run += 1
                continue
            }
            if b == 0x09 { return false }
            if started, run > 0 {
                if run == 1 { return false }
                gaps += 1
                if run == 2 { doubles += 1 }
            }
            started = true
            run = 0
        }
        return gaps >= 6 && doubles >= 3
    }

    /// The line with its indentation kept and every run of spaces after it made one space.
    static func collapse(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }
        let words = line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: true)
        return indent + words.joined(separator: " ")
    }
}
