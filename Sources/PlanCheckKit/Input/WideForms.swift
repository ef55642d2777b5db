/// Characters a PDF made with an East Asian font prints in their wide forms: full-width digits, letters and
/// signs (`１００％`, `≥９０％`, `ａ）`, `Kế hoạch số ９５／KH-UBND`, `：`), the ideographic space, and the Roman
/// numerals of Unicode's number forms in headings (`Ⅰ.`, `Ⅱ.`, `Ⅳ.`). Read at load as their ASCII forms (what
/// compatibility normalisation gives, without its other changes: a superscript footnote mark stays), so
/// that figures, markers and document numbers are read as typed the usual way.
enum WideForms {
    /// The Roman numerals U+2160–U+216B (`Ⅰ` … `Ⅻ`) and U+2170–U+217B (`ⅰ` … `ⅻ`), by offset.
    static let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// The text with its wide forms narrowed; `text` itself when it has none.
    static func narrowed(_ text: String) -> String {
        guard mayHave(text) else { return text }
        var out = String.UnicodeScalarView()
        var spaced: UInt32?  // the last scalar, when it was a wide stop, bracket, colon or semicolon
        for s in text.unicodeScalars {
            // `１．Chỉ đạo`, `ａ）１００％`, `chủ trì：Phòng`: the wide sign carried its own space; a narrow one
            // needs it (not a stop before a digit: `２．１．`; nor where a space or a line's end is already).
            if let sign = spaced, s.value != 0x20, s.value != 0x3000, s.value != 0x0A, s.value != 0x0D,
               sign != 0xFF0E || !((0xFF10...0xFF19).contains(s.value) || (0x30...0x39).contains(s.value)) {
                out.append(" ")
            }
            spaced = [0xFF0E, 0xFF09, 0xFF1A, 0xFF1B].contains(s.value) ? s.value : nil
            switch s.value {
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(s.value - 0xFF01 + 0x21)!)
            case 0x3000: out.append(" ")
            case 0x2160...0x216B: out.append(contentsOf: numerals[Int(s.value - 0x2160)].unicodeScalars)
            case 0x2170...0x217B: out.append(contentsOf: numerals[Int(s.value - 0x2170)].lowercased().unicodeScalars)
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Whether the UTF-8 bytes hold a wide form's lead bytes: EF BC / EF BD (U+FF00–U+FF7F), E3 80 80 (U+3000)
    /// or E2 85 A0–BB (the numerals). One pass for `EF`, `E3` and `E2`.
    static func mayHave(_ text: String) -> Bool {
        text.withBytes { b in
            var k = 0
            while k + 2 < b.count {
                let c = b[k]
                if c == 0xEF, b[k + 1] == 0xBC || b[k + 1] == 0xBD { return true }
                if c == 0xE3, b[k + 1] == 0x80, b[k + 2] == 0x80 { return true }
                if c == 0xE2, b[k + 1] == 0x85, b[k + 2] >= 0xA0, b[k + 2] <= 0xBB { return true }
                k += 1
            }
            return false
        }
    }
}
