/// A table whose rows lost their outer pipes and, row by row, separate their cells either with ` | ` or with
/// runs of spaces (an OCR'd scan, a hand-typed table):
///
///     TT | Nội dung chỉ tiêu | Mức phấn đấu năm 2027 | Điểm tối đa
///     1     Tỷ lệ nhiệm vụ … được hoàn thành      100%      1,0 điểm
///     2 | Tỷ lệ bộ phận … được kiểm tra công tác CCHC | tối thiểu 30% | 1,0 điểm
///
/// The header opens on `TT`/`STT` and has two ` | ` or more. Each row after it opens on its number (or a
/// group's Roman numeral) and is cut at its pipes and its runs of three spaces, into the cells of a table row
/// (`1`, `Tỷ lệ …`, `100%`, `1,0 điểm`). The first line that is neither ends it.
enum LoosePipeTable {
    /// The lines (0-based) of such tables, each with its cells; empty for most documents.
    static func rows(_ lines: [String]) -> [Int: [String]] {
        var out: [Int: [String]] = [:]
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            let line = lines[i]
            guard line.utf8.first != 0x7C, line.contains(" | "), case let cells = cut(line), cells.count >= 3,
                  ["tt", "stt"].contains(Folding.fold(cells[0])) else { continue }
            out[i] = cells
            var j = i + 1
            while j < lines.count {
                let row = lines[j].trimmedWhitespace
                guard !row.isEmpty, opensOnNumber(row), case let cells = cut(lines[j]), cells.count >= 2 else { break }
                out[j] = cells
                j += 1
            }
            i = j - 1
        }
        return out
    }

    /// The line's cells: cut at ` | ` and at runs of three spaces or more.
    static func cut(_ line: String) -> [String] {
        line.components(separatedBy: "|").flatMap { Cleanup.spacedCells($0).map(\.text) }
    }

    /// Whether a row opens on its number (`12`) or a group's Roman numeral (`IV`), then a space or a pipe.
    static func opensOnNumber(_ row: String) -> Bool {
        let head = row.prefix { $0 != " " && $0 != "|" }
        guard !head.isEmpty, head.count <= 4 else { return false }
        return head.allSatisfy(\.isNumber) || head.allSatisfy { "IVX".contains($0) }
    }
}
