/// The running headers and footers of a document exported page by page: a line such as `UBND phường Ninh
/// Kiều - Kế hoạch CCHC năm 2027` printed on every page beside its page number (`Trang 2/5`).
///
/// Left in the text, such a line joins the sentence a page break cut (`… tỷ lệ` / footer / `thanh toán trực
/// tuyến đạt 64%)`), and its words (`năm 2027`) change what the sentence's figures are read as. A line is
/// taken for one when the same text stands, at least twice, within two lines of a page-number line; a TAB
/// row never is (a table's header is repeated after a page break on purpose).
struct RunningLines {
    /// 0-based indices of the lines to drop.
    let indices: Set<Int>

    init(_ lines: [String]) {
        // Page numbers first: most documents have none, and then nothing else is read.
        var pages: [Int] = []
        // (Also one set to the right margin with spaces: `                    Trang 1/4`.)
        for (i, l) in lines.enumerated() where l.utf8.count <= 40 || l.utf8.count <= 120 && l.utf8.first == 0x20 {
            let t = l.trimmedWhitespace
            if !t.isEmpty, t.utf8.count <= 40, Cleanup.isPageNumber(t) { pages.append(i) }
        }
        guard pages.count >= 2 else { indices = []; return }
        var seen: [String: [Int]] = [:]
        for p in pages {
            for i in Self.neighbours(of: p, in: lines) {
                let l = lines[i]
                guard l.utf8.count >= 8, l.utf8.count <= 160, !l.utf8.contains(0x09) else { continue }
                let t = l.trimmedWhitespace
                guard !Cleanup.isPageNumber(t), t.utf8.first != UInt8(ascii: "|") else { continue }
                if !(seen[t]?.contains(i) ?? false) { seen[t, default: []].append(i) }
            }
        }
        indices = Set(seen.values.filter { $0.count >= 2 }.joined())
    }

    /// The non-blank lines within two lines (blanks not counted) before and after line `p`.
    static func neighbours(of p: Int, in lines: [String]) -> [Int] {
        var out: [Int] = []
        for step in [-1, 1] {
            var i = p + step
            var taken = 0
            while i >= 0, i < lines.count, taken < 2 {
                if !lines[i].trimmedWhitespace.isEmpty { out.append(i); taken += 1 }
                i += step
            }
        }
        return out
    }
}
