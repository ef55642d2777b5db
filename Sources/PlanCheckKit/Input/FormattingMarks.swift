import Foundation

/// A Word document printed or exported with its formatting marks shown: `·` for every space, `→` for a tab,
/// `¶` at each paragraph's end, `↵` for a manual line break, `¤` at each table cell's and row's end, and bars
/// for page and section breaks (`······Ngắt·Trang······`, `::::Ngắt·Phần·(Trang·Tiếp·theo)::::`). Read at
/// load as the text they mark: spaces, tabs between cells, nothing at the ends, the break bars blank. Each
/// line stays where it was.
///
/// Only a text with at least five `¶` and thirty `·` is read so: a middle dot in a plan's own words (a list
/// separator) is left alone.
enum FormattingMarks {
    /// The text with the marks read; `text` itself when it shows none.
    static func revealed(_ text: String) -> String {
        guard shows(text) else { return text }
        return LineRewrite.rewriting(text) { line in
            var l = line.replacingOccurrences(of: "¤→", with: "\t").replacingOccurrences(of: "¤", with: "\t")
                .replacingOccurrences(of: "→", with: "\t").replacingOccurrences(of: "·", with: " ")
                .replacingOccurrences(of: "¶", with: "").replacingOccurrences(of: "↵", with: "")
            // A row's end (`¤¤`) left two tabs after its last cell.
            while l.hasSuffix("\t") { l.removeLast() }
            return isBreakBar(l) ? "" : l
        }
    }

    /// Whether the text has five pilcrows (C2 B6) and thirty middle dots (C2 B7) at least (a byte count).
    static func shows(_ text: String) -> Bool {
        text.withBytes { b in
            var pilcrows = 0, dots = 0
            var from = 0
            while let k = ByteSearch.index(of: 0xC2, in: b, from: from), k + 1 < b.count {
                if b[k + 1] == 0xB6 { pilcrows += 1 } else if b[k + 1] == 0xB7 { dots += 1 }
                if pilcrows >= 5 && dots >= 30 { return true }
                from = k + 2
            }
            return false
        }
    }

    /// A page, section or column break's bar (`Ngắt Trang`, `Ngắt Phần (Trang Tiếp theo)`, `Page Break`,
    /// `Section Break (Next Page)`) among dots, colons or spaces.
    static func isBreakBar(_ line: String) -> Bool {
        let words = line.trimmingCharacters(in: CharacterSet(charactersIn: " :.=-")).lowercased()
        return ["ngắt trang", "ngắt phần", "ngắt cột", "page break", "section break", "column break"].contains { words.hasPrefix($0) }
    }
}
