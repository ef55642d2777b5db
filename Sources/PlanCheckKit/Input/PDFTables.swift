/// Turns the task tables of `pdftotext -layout` output back into tab-separated rows, the form the
/// clean-up and the appendix extractor know from text plans. Only tables that start with a plan
/// table header (`TT`/`STT`, `Nội dung`, and `chủ trì`, `phối hợp`, `thời gian` or `sản phẩm`) are
/// touched; every other line is kept as it is, and the number of lines never changes.
///
/// Columns come from the header: the text pieces of its lines (pieces are separated by two or more
/// spaces) merged by position; a column starts right after the header text of the previous one
/// (body text is left-aligned while headers are often centred). Each body line becomes one row: its
/// pieces go to the column they start in, so a wrapped cell gives a row with an empty first cell,
/// which the clean-up joins to the row above. A line with one piece spanning from the first column
/// past the second is a group row (`I. Cải cách thể chế (05 nhiệm vụ)`), written as that text
/// followed by empty cells — unless it does not read like one, which ends the table.
enum PDFTables {
    struct Piece {
        var start: Int
        var end: Int
        var text: String
    }

    /// Pieces of a line separated by runs of two or more spaces, with character positions.
    static func pieces(_ line: String) -> [Piece] {
        var out: [Piece] = []
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count else { break }
            let start = i
            var end = i
            while i < chars.count {
                if chars[i] == " " && (i + 1 >= chars.count || chars[i + 1] == " ") { break }
                i += 1
                end = i
            }
            out.append(Piece(start: start, end: end, text: String(chars[start..<end])))
        }
        return out
    }

    /// Whether the lines form a plan table header (folded text of up to four lines).
    static func isHeader(_ lines: ArraySlice<String>) -> Bool {
        let folded = lines.map { Folding.fold($0) }
        // The first line must itself be part of the header: several pieces, one of the header words.
        guard let top = lines.first, pieces(top).count >= 2,
              ["tt", "stt", "noi dung", "co quan", "don vi", "chu tri", "phoi hop", "thoi gian", "san pham"].contains(where: { w in
                  folded[0] == w || folded[0].hasPrefix(w + " ") || folded[0].contains(" " + w)
              }) else { return false }
        guard let first = folded.first, let firstWord = first.words.first else { return false }
        let all = folded.joined(separator: " ")
        let startsWithNumberColumn = firstWord == "tt" || firstWord == "stt" || folded.contains { $0.hasPrefix("tt ") || $0.hasPrefix("stt ") || $0 == "tt" || $0 == "stt" }
        let others = ["chu tri", "phoi hop", "thoi gian", "san pham"].filter { all.contains($0) }.count
        return startsWithNumberColumn && all.contains("noi dung") && others >= 2
    }

    /// Column boundaries from the header lines: merged piece intervals, split half-way between them.
    static func columns(_ header: ArraySlice<String>) -> (bounds: [Int], cells: [String])? {
        var intervals: [Piece] = []
        for line in header {
            for p in pieces(line) {
                if let k = intervals.firstIndex(where: { $0.start < p.end + 1 && p.start < $0.end + 1 }) {
                    intervals[k].start = min(intervals[k].start, p.start)
                    intervals[k].end = max(intervals[k].end, p.end)
                    intervals[k].text += " " + p.text
                } else {
                    intervals.append(p)
                }
            }
        }
        intervals.sort { $0.start < $1.start }
        // Overlaps created by merging: join them.
        var merged: [Piece] = []
        for p in intervals {
            if let last = merged.last, p.start <= last.end {
                merged[merged.count - 1].end = max(last.end, p.end)
                merged[merged.count - 1].text += " " + p.text
            } else {
                merged.append(p)
            }
        }
        guard merged.count >= 3 else { return nil }
        // A column starts right after the header text of the column before it: header text lies
        // within its column, and body text starts at the column's left edge, often left of a
        // centred header, but never left of the previous column's header.
        let bounds = merged.dropLast().map { $0.end + 1 }
        return (bounds, merged.map(\.text))
    }

    static func column(of start: Int, _ bounds: [Int]) -> Int {
        var c = 0
        while c < bounds.count, start >= bounds[c] { c += 1 }
        return c
    }

    /// A spanning line inside a table that is a group heading rather than prose after the table.
    static func isGroupRow(_ text: String) -> Bool {
        let f = Folding.fold(text)
        if OutlineMarker.parse(text).map({ $0.kind == .roman || $0.kind == .letter }) == true { return true }
        return f.contains("nhiem vu") && text.count <= 160
    }

    static func tabulate(_ lines: [String]) -> [String] {
        var out = lines
        var bounds: [Int]?
        var i = 0
        while i < lines.count {
            if lines[i].isEmpty { i += 1; continue }
            // A header (repeated on each page) sets the columns; its lines become one header row.
            if let n = (1...4).first(where: { i + $0 <= lines.count && isHeader(lines[i..<(i + $0)]) && lines[i..<(i + $0)].allSatisfy { !$0.isEmpty } }),
               var cols = columns(lines[i..<(i + n)]) {
                // Header cells wrapped over more lines: take the following lines that have nothing
                // in the number column (a body row starts with its number or group there).
                var n = n
                while n < 4, i + n < lines.count, !lines[i + n].isEmpty,
                      let first = pieces(lines[i + n]).first, column(of: first.start, cols.bounds) > 0,
                      let wider = columns(lines[i..<(i + n + 1)]) {
                    cols = wider
                    n += 1
                }
                bounds = cols.bounds
                out[i] = cols.cells.joined(separator: "\t")
                for k in 1..<n { out[i + k] = "" }
                i += n
                continue
            }
            guard let b = bounds else { i += 1; continue }
            let ps = pieces(lines[i])
            if ps.count == 1, column(of: ps[0].start, b) == 0, ps[0].end > b[0] + 1 {
                if isGroupRow(ps[0].text) {
                    out[i] = ps[0].text + String(repeating: "\t", count: b.count)
                } else {
                    bounds = nil // prose after the table
                }
                i += 1
                continue
            }
            var cells = [String](repeating: "", count: b.count + 1)
            for p in ps {
                let c = column(of: p.start, b)
                cells[c] = cells[c].isEmpty ? p.text : cells[c] + " " + p.text
            }
            out[i] = cells.joined(separator: "\t")
            i += 1
        }
        return out
    }
}
