/// A plan saved from a spreadsheet as tab-separated text: every row padded with tabs to the sheet's width,
/// the text of a paragraph in one cell (`⇥Căn cứ Nghị quyết số 76/NQ-CP …⇥⇥⇥`), a heading's marker and title
/// in two (`I.⇥MỤC ĐÍCH, YÊU CẦU⇥⇥⇥`). Read with its rows unpadded: a row of one cell is that cell's text, a
/// marker and its title one line, other rows a table's without their empty trailing cells. Only a document
/// most of whose lines have the same number of tabs (two or more) is read so: a plan's own tables do not
/// pad its paragraphs.
enum PaddedSheet {
    /// `lines` unpadded; `lines` itself when they are not a padded sheet.
    static func unpadded(_ lines: [String]) -> [String] {
        guard let width = sheetWidth(lines) else { return lines }
        return lines.map { line in
            guard line.count(ofByte: 0x09) == width else { return line }
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmedWhitespace }
            while cells.last?.isEmpty == true { cells.removeLast() }
            let filled = cells.filter { !$0.isEmpty }
            if filled.count == 1 { return filled[0] }
            if filled.count == 2, cells.count == 2, OutlineMarker.parse(filled[0] + " " + filled[1]) != nil, filled[0].count <= 5 {
                return filled[0] + " " + filled[1]
            }
            return cells.joined(separator: "\t")
        }
    }

    /// The tab count most non-blank lines share when it is two or more and at least 70% of them (20 lines or
    /// more) have it; nil otherwise.
    static func sheetWidth(_ lines: [String]) -> Int? {
        var counts: [Int: Int] = [:]
        var nonBlank = 0
        for line in lines where !line.isEmpty {
            nonBlank += 1
            let tabs = line.count(ofByte: 0x09)
            if tabs >= 2 { counts[tabs, default: 0] += 1 }
        }
        guard nonBlank >= 20, let (width, n) = counts.max(by: { $0.value < $1.value }), n * 10 >= nonBlank * 7 else { return nil }
        return width
    }
}
