import Foundation

/// Lines of UTF-8 text that passed once through a Windows-1252 (Latin-1) tool and were saved as UTF-8
/// again: each byte of a Vietnamese letter became a character of its own (`Tá»· lá»‡` for `Tỷ lệ`,
/// `Ä‘áº¡t` for `đạt`), typically a block pasted from an e-mail gateway or an old web form. The damage is
/// exactly reversible: the line's characters are turned back into the Windows-1252 bytes they were read
/// from, and those bytes are read as UTF-8.
///
/// A line is repaired only when every character has a Windows-1252 byte (the five bytes that code page
/// leaves undefined come through as the C1 controls U+0081, U+008D, U+008F, U+0090, U+009D), the bytes are
/// valid UTF-8 holding two letters beyond ASCII at least, and the line shows the mark of Vietnamese read
/// this way: `á»` / `áº` (the lead bytes E1 BB / E1 BA of the U+1EA0–U+1EF9 block), `Ä‘` (`đ`) or `Æ°` (`ư`).
enum MojibakeLines {
    /// The text with its double-encoded lines repaired; `text` itself when no line shows the mark.
    static func repairingLines(_ text: String) -> String {
        // (Searched on their third byte, C2 or E2: C3 opens most Vietnamese letters, C2 is rare.)
        guard text.containsAny(ofBytes: marks, key: 2) else { return text }
        return LineRewrite.rewriting(text, repaired)
    }

    /// `á»`, `áº`, `Ä‘`, `Æ°` in UTF-8.
    static let marks: [[UInt8]] = [[0xC3, 0xA1, 0xC2, 0xBB], [0xC3, 0xA1, 0xC2, 0xBA], [0xC3, 0x84, 0xE2, 0x80, 0x98], [0xC3, 0x86, 0xC2, 0xB0]]

    /// The line as it was before the Windows-1252 round trip, or nil when it is not such a line.
    static func repaired(_ line: Substring) -> String? {
        guard String(line).containsAny(ofBytes: marks, key: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        for u in line.unicodeScalars {
            let v = u.value
            if v < 0x80 || (0xA0...0xFF).contains(v) || undefined.contains(v) { bytes.append(UInt8(v)); continue }
            guard let b = windows1252[v] else { return nil }
            bytes.append(b)
        }
        guard UTF8Validation.scan(bytes[...]).firstInvalidOffset == nil else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.unicodeScalars.filter({ $0.value >= 0x80 }).count >= 2 else { return nil }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The five bytes Windows-1252 leaves undefined, passed through as C1 controls.
    static let undefined: Set<UInt32> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// The characters Windows-1252 gives the bytes 80–9F.
    static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
