/// Tables drawn with rules: pandoc grid tables (`+-----+-----+`, `|` walls) and the box-drawing tables a
/// docx-to-text converter writes (`┌───┬───┐`, `│ 1 │ Tỷ lệ … │`, `├───┼───┤`, `└───┴───┘`).
///
/// Walls become `|`, so that the rows are read as pipe-table rows, and rule lines are not text: they end
/// a row. A long cell wraps onto the next lines of its row (the other cells blank there), which the
/// clean-up joins to the row; only a rule says that a row whose first cell is blank is a new row (a
/// merged cell, such as an area written on its group's first row only).
enum RuledTable {
    /// Whether `raw` may hold box-drawing characters (U+2500–U+257F, UTF-8 `E2 94 xx` / `E2 95 xx`).
    static func hasBoxDrawing(_ raw: String) -> Bool {
        var s = raw
        return s.withUTF8 { b in
            var i = 0
            while i + 1 < b.count {
                if b[i] == 0xE2, b[i + 1] == 0x94 || b[i + 1] == 0x95 { return true }
                i += 1
            }
            return false
        }
    }

    /// `raw` with box-drawing walls (`│`, `┃`, `║`) written as `|`.
    static func withPipeWalls(_ raw: String) -> String {
        guard hasBoxDrawing(raw) else { return raw }
        var out = String.UnicodeScalarView()
        for u in raw.unicodeScalars {
            out.append(u.value == 0x2502 || u.value == 0x2503 || u.value == 0x2551 ? "|" : u)
        }
        return String(out)
    }

    /// Whether `raw` is a rule line: only rule characters and spaces, with a run of at least three
    /// horizontal strokes and a corner or junction (`+`, `├`, `┼`, …), so that a line of dashes closing a
    /// letter, or a Markdown separator row (read elsewhere), is not one. A rule may keep a wall where a
    /// merged cell goes on through it (`│        ├──────┼──────┤`).
    static func isRule(_ raw: String) -> Bool {
        var strokes = 0, longest = 0, junctions = 0
        for u in raw.unicodeScalars {
            switch u.value {
            case 0x2D, 0x3D, 0x2500, 0x2501, 0x2550:  // - = ─ ━ ═
                strokes += 1; longest = max(longest, strokes)
            case 0x2B, 0x250C...0x254B, 0x2552...0x256C:  // + and the corners and junctions
                junctions += 1; strokes = 0
            case 0x20, 0x09, 0x0D, 0x0C, 0x3A, 0x7C, 0x2502, 0x2503, 0x2551:  // spaces, : (alignment), walls
                strokes = 0
            default:
                return false
            }
        }
        return longest >= 3 && junctions > 0
    }
}
