import Foundation

/// Lines of an old template typed with a TCVN3 (`.VnTime`) font, pasted among Unicode lines: the legacy bytes
/// came out as Windows-1252 characters (`KÕ ho¹ch`, `tèi thiÓu 70%`, `Phßng`; `ư` as a soft hyphen), while
/// the rest of the document is Unicode. A whole document in a legacy font is refused with a conversion hint
/// (`LegacyEncoding`); such lines among Unicode ones are converted here, line by line.
///
/// The table maps each such character to the Unicode letter the TCVN 5712:1993 byte stands for (made with
/// `iconv -f TCVN5712-1`, the byte read as Windows-1252). A line is converted only when it has no letter of
/// the U+1EA0–U+1EF9 block (every Unicode Vietnamese sentence has some) and at least three characters that
/// Vietnamese text never has.
enum LegacyFontLines {
    static let tcvn3: [UInt32: UInt32] = [
        0x0081: 0x1EA2, 0x008D: 0x00CC, 0x008F: 0x0128, 0x0090: 0x00CD, 0x009D: 0x00D9, 0x00A1: 0x0102,
        0x00A2: 0x00C2, 0x00A3: 0x00CA, 0x00A4: 0x00D4, 0x00A5: 0x01A0, 0x00A6: 0x01AF, 0x00A7: 0x0110,
        0x00A8: 0x0103, 0x00A9: 0x00E2, 0x00AA: 0x00EA, 0x00AB: 0x00F4, 0x00AC: 0x01A1, 0x00AD: 0x01B0,
        0x00AE: 0x0111, 0x00AF: 0x1EB0, 0x00B0: 0x0300, 0x00B1: 0x0309, 0x00B2: 0x0303, 0x00B3: 0x0301,
        0x00B4: 0x0323, 0x00B5: 0x00E0, 0x00B6: 0x1EA3, 0x00B7: 0x00E3, 0x00B8: 0x00E1, 0x00B9: 0x1EA1,
        0x00BA: 0x1EB2, 0x00BB: 0x1EB1, 0x00BC: 0x1EB3, 0x00BD: 0x1EB5, 0x00BE: 0x1EAF, 0x00BF: 0x1EB4,
        0x00C0: 0x1EAE, 0x00C1: 0x1EA6, 0x00C2: 0x1EA8, 0x00C3: 0x1EAA, 0x00C4: 0x1EA4, 0x00C5: 0x1EC0,
        0x00C6: 0x1EB7, 0x00C7: 0x1EA7, 0x00C8: 0x1EA9, 0x00C9: 0x1EAB, 0x00CA: 0x1EA5, 0x00CB: 0x1EAD,
        0x00CC: 0x00E8, 0x00CD: 0x1EC2, 0x00CE: 0x1EBB, 0x00CF: 0x1EBD, 0x00D0: 0x00E9, 0x00D1: 0x1EB9,
        0x00D2: 0x1EC1, 0x00D3: 0x1EC3, 0x00D4: 0x1EC5, 0x00D5: 0x1EBF, 0x00D6: 0x1EC7, 0x00D7: 0x00EC,
        0x00D8: 0x1EC9, 0x00D9: 0x1EC4, 0x00DA: 0x1EBE, 0x00DB: 0x1ED2, 0x00DC: 0x0129, 0x00DD: 0x00ED,
        0x00DE: 0x1ECB, 0x00DF: 0x00F2, 0x00E0: 0x1ED4, 0x00E1: 0x1ECF, 0x00E2: 0x00F5, 0x00E3: 0x00F3,
        0x00E4: 0x1ECD, 0x00E5: 0x1ED3, 0x00E6: 0x1ED5, 0x00E7: 0x1ED7, 0x00E8: 0x1ED1, 0x00E9: 0x1ED9,
        0x00EA: 0x1EDD, 0x00EB: 0x1EDF, 0x00EC: 0x1EE1, 0x00ED: 0x1EDB, 0x00EE: 0x1EE3, 0x00EF: 0x00F9,
        0x00F0: 0x1ED6, 0x00F1: 0x1EE7, 0x00F2: 0x0169, 0x00F3: 0x00FA, 0x00F4: 0x1EE5, 0x00F5: 0x1EEB,
        0x00F6: 0x1EED, 0x00F7: 0x1EEF, 0x00F8: 0x1EE9, 0x00F9: 0x1EF1, 0x00FA: 0x1EF3, 0x00FB: 0x1EF7,
        0x00FC: 0x1EF9, 0x00FE: 0x1EF5, 0x00FF: 0x1ED0, 0x0152: 0x1EC6, 0x0153: 0x1EE2, 0x0160: 0x00C9,
        0x0161: 0x1EE0, 0x0178: 0x0168, 0x017D: 0x1EC8, 0x017E: 0x1EE6, 0x0192: 0x00C1, 0x02C6: 0x1EBA,
        0x02DC: 0x1EDC, 0x2013: 0x1ECC, 0x2014: 0x1ED8, 0x2018: 0x1ECA, 0x2019: 0x00D2, 0x201A: 0x00C3,
        0x201C: 0x1ECE, 0x201D: 0x00D5, 0x201E: 0x1EA0, 0x2020: 0x1EAC, 0x2021: 0x00C8, 0x2022: 0x00D3,
        0x2026: 0x1EB6, 0x2030: 0x1EBC, 0x2039: 0x1EB8, 0x203A: 0x1EDA, 0x20AC: 0x00C0, 0x2122: 0x1EDE,
    ]

    /// Latin-1 letters Vietnamese Unicode text has (`à á â ã è é ê ì í ò ó ô õ ù ú ý` and capitals): they may
    /// be legacy bytes too, but do not show a line is one.
    static let vietnameseLatin1: Set<UInt32> = Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".unicodeScalars.map(\.value))

    /// `text` with its legacy-font lines converted; `text` itself when a byte test finds none of the characters
    /// (`µ`, `¹`, `¶`, `·`, `¸`, soft hyphen: C2 B5, B9, B6, B7, B8, AD) that every such line of Vietnamese has.
    static func convertingLines(_ text: String) -> String {
        let marked = text.withBytes { ByteSearch.containsPair(0xC2, in: $0) { legacyMarks.contains($0) } }
        // A document with no Unicode Vietnamese letter (E1 BA / E1 BB) is in a legacy font throughout: it is
        // refused with a conversion hint (`LegacyEncoding`), not guessed line by line.
        let unicode = text.withBytes { ByteSearch.containsPair(0xE1, in: $0) { $0 == 0xBA || $0 == 0xBB } }
        guard marked, unicode else { return text }
        return LineRewrite.rewriting(text) { converted(String($0)) }
    }

    /// Second bytes of `µ ¹ ¶ · ¸` and the soft hyphen after C2.
    static let legacyMarks: Set<UInt8> = [0xB5, 0xB9, 0xB6, 0xB7, 0xB8, 0xAD]

    /// The line in Unicode when it is a legacy-font line; nil otherwise.
    static func converted(_ line: String) -> String? {
        // Bytes first: a line with a U+1Exx letter (E1 BA / E1 BB) or with no two-byte Latin-1 letter (C2 / C3)
        // is left at once, which is nearly every line.
        var latin = false
        for (k, b) in line.utf8.enumerated() {
            if b == 0xE1 { return nil }
            if b == 0xC2 || b == 0xC3 || b == 0xC5 || b == 0xC6 || b == 0xCB || b == 0xE2 { latin = true }
            if k > 4096 { break }
        }
        guard latin else { return nil }
        var foreign = 0
        var out = String.UnicodeScalarView()
        for u in line.unicodeScalars {
            let v = u.value
            if v == 0x103 || v == 0x111 || v == 0x1A1 || v == 0x1B0 { return nil }  // ă đ ơ ư: Unicode already
            if let w = tcvn3[v] {
                if !vietnameseLatin1.contains(v) { foreign += 1 }
                out.append(Unicode.Scalar(w)!)
            } else {
                out.append(u)
            }
        }
        guard foreign >= 3 else { return nil }
        return String(out).precomposedStringWithCanonicalMapping
    }
}
