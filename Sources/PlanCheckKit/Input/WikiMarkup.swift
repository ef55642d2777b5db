import Foundation

/// A plan copied out of a Confluence wiki page as its markup: `h2.` headings, tables of `||title||title||` and
/// `|cell|cell|` rows, `*` / `**` bullets, `{color:red}…{color}`, `{info}`, `{status}`, `{toc}` macros and
/// `[text|http://…]` links. Read at load as the text the page shows: the heading's level and the macros
/// dropped, a link as its text, a title row as a row (`|title|title|`). Each line stays where it was.
///
/// Only a text with three `hN. ` heading lines is read so.
enum WikiMarkup {
    /// The text as the page shows it; `text` itself when it is no wiki markup.
    static func shown(_ text: String) -> String {
        guard headingCount(text) >= 3 else { return text }
        return LineRewrite.rewriting(text) { line in
            var s = String(line)
            if s.count > 3, s.hasPrefix("h"), let d = s.dropFirst().first, d.isNumber, s.dropFirst(2).hasPrefix(". ") { s = String(s.dropFirst(4)) }
            s = s.replacingOccurrences(of: "||", with: "|")
            s = s.replacingOccurrences(of: #"\{(color|info|note|warning|tip|panel|status|toc|expand|anchor)[^}]*\}"#, with: "", options: .regularExpression)
            s = s.replacingOccurrences(of: #"\[([^\[\]|]+)\|[^\[\]]+\]"#, with: "$1", options: .regularExpression)
            return s
        }
    }

    /// Lines that open on `h1. ` … `h6. `, up to three (read on bytes: `memchr` for each `h`).
    static func headingCount(_ text: String) -> Int {
        text.withBytes { b in
            var n = 0, from = 0
            while let k = ByteSearch.index(of: 0x68, in: b, from: from) {
                if k + 3 < b.count, k == 0 || b[k - 1] == 0x0A, b[k + 1] >= 0x31, b[k + 1] <= 0x36, b[k + 2] == 0x2E, b[k + 3] == 0x20 {
                    n += 1
                    if n >= 3 { return n }
                }
                from = k + 1
            }
            return n
        }
    }
}
