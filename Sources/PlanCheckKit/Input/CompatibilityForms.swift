/// Characters a PDF or a web page prints in compatibility forms: an East Asian font's full-width digits,
/// letters and signs (`１００％`, `≥９０％`, `ａ）`, `Kế hoạch số ９５／KH-UBND`, `：`), the ideographic space,
/// the Roman numerals of Unicode's number forms in headings (`Ⅰ.`, `Ⅱ.`, `Ⅳ.`), the mathematical bold, italic
/// and sans-serif letters and digits a social-media post uses for emphasis (`𝐂𝐇𝐈̉ 𝐓𝐈𝐄̂𝐔`, `𝟗𝟕,𝟓%`), and keycap
/// numbers as list markers (`1️⃣`, `1️⃣1️⃣`, `🔟`: `1.`, `11.`, `10.`). (A post's pictographs, `🔹`, `👉`, `✅`,
/// are bullets as they stand: `OutlineMarker`.) Read at load as their ASCII forms (what
/// compatibility normalisation gives, without its other changes: a superscript footnote mark stays), so
/// that figures, markers and document numbers are read as typed the usual way.
enum CompatibilityForms {
    /// The Roman numerals U+2160–U+216B (`Ⅰ` … `Ⅻ`) and U+2170–U+217B (`ⅰ` … `ⅻ`), by offset.
    static let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// The text with its compatibility forms read as ASCII; `text` itself when it has none.
    static func narrowed(_ text: String) -> String {
        guard mayHave(text) else { return text }
        var out = String.UnicodeScalarView()
        var spaced: UInt32?  // the last scalar, when it was a wide stop, bracket, colon or semicolon
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
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
            // Mathematical alphanumerics: thirteen styles of `A`–`Z`, `a`–`z` from U+1D400, five of `0`–`9` from U+1D7CE.
            case 0x1D400...0x1D6A3:
                let k = Int(s.value - 0x1D400) % 52
                out.append(Unicode.Scalar(UInt8(k < 26 ? 0x41 + k : 0x61 + k - 26)))
            case 0x1D7CE...0x1D7FF: out.append(Unicode.Scalar(UInt8(0x30 + Int(s.value - 0x1D7CE) % 10)))
            // A keycap's digit stays, its variation selector and enclosing keycap go; the last keycap of a number
            // leaves a stop, as a list marker has (`1️⃣1️⃣ ` → `11. `).
            case 0xFE0F where keycapFollows(scalars, after: i): break
            case 0x20E3: if !digitKeycapFollows(scalars, after: i) { out.append(".") }
            case 0x1F51F: out.append(contentsOf: "10.".unicodeScalars)

            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Whether a combining enclosing keycap (U+20E3) comes right after `i`.
    static func keycapFollows(_ s: [Unicode.Scalar], after i: Int) -> Bool { i + 1 < s.count && s[i + 1].value == 0x20E3 }

    /// Whether another digit's keycap comes right after `i` (`1️⃣1️⃣`: one number).
    static func digitKeycapFollows(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        i + 1 < s.count && (0x30...0x39).contains(s[i + 1].value) && (i + 2 < s.count && s[i + 2].value == 0x20E3
            || i + 3 < s.count && s[i + 2].value == 0xFE0F && s[i + 3].value == 0x20E3)
    }

    /// Whether the UTF-8 bytes hold a compatibility form's lead bytes: EF BC / EF BD (U+FF00–U+FF7F), E3 80 80
    /// (U+3000), E2 85 A0–BB (the numerals), F0 9D 90–9F (the mathematical alphanumerics), E2 83 A3 (the
    /// keycap) or F0 9F 94 9F (`🔟`). One pass.
    static func mayHave(_ text: String) -> Bool {
        text.withBytes { b in
            var k = 0
            while k + 2 < b.count {
                let c = b[k]
                if c == 0xEF, b[k + 1] == 0xBC || b[k + 1] == 0xBD { return true }
                if c == 0xE3, b[k + 1] == 0x80, b[k + 2] == 0x80 { return true }
                if c == 0xE2, b[k + 1] == 0x85, b[k + 2] >= 0xA0, b[k + 2] <= 0xBB { return true }
                if c == 0xF0, b[k + 1] == 0x9D, b[k + 2] >= 0x90, b[k + 2] <= 0x9F { return true }  // U+1D400–U+1D7FF
                if c == 0xE2, b[k + 1] == 0x83, b[k + 2] == 0xA3 { return true }  // U+20E3
                if c == 0xF0, b[k + 1] == 0x9F, b[k + 2] == 0x94, k + 3 < b.count, b[k + 3] == 0x9F { return true }  // U+1F51F
                k += 1
            }
            return false
        }
    }
}
