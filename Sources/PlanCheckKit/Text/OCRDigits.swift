/// Digits an OCR engine read as the letters they look like, inside a percentage: `1OO%` (O for 0),
/// `l00%` (l for 1), `9O%`, `8S%` (S for 5). A careful reader takes them for the figures they are.
///
/// Only a word of two or three characters right before `%` (or ` %`) is read, and only when it holds at
/// least one real digit and nothing but digits and `O`, `o`, `l`, `I`, `S`: `CO%`, `IS%` or a word in a
/// sentence are left alone.
enum OCRDigits {
    /// Letter bytes read as the digits they look like.
    static let lookAlikes: [UInt8: UInt8] = [0x4F: 0x30, 0x6F: 0x30, 0x6C: 0x31, 0x49: 0x31, 0x53: 0x35]  // O o l I S

    /// `line` with such percentages written in digits; the line itself when it has none.
    static func repairing(_ line: String) -> String {
        guard mayHave(line) else { return line }
        var bytes = Array(line.utf8)
        var changed = false
        var k = 0
        while k < bytes.count {
            defer { k += 1 }
            guard bytes[k] == 0x25 else { continue }  // %
            var end = k
            if end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, end - start < 4, bytes[start - 1] < 0x80,
                  isDigit(bytes[start - 1]) || lookAlikes[bytes[start - 1]] != nil { start -= 1 }
            let word = bytes[start..<end]
            guard (2...3).contains(word.count), start == 0 || !isWordByte(bytes[start - 1]),
                  word.contains(where: isDigit), word.contains(where: { lookAlikes[$0] != nil }) else { continue }
            for i in start..<end { if let d = lookAlikes[bytes[i]] { bytes[i] = d } }
            changed = true
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : line
    }

    /// Whether a look-alike letter stands within the four bytes before a `%` (found with `memchr`, no copy:
    /// most lines have none, and this runs for every line).
    static func mayHave(_ line: String) -> Bool {
        line.withBytes { b in
            var from = 0
            while let k = ByteSearch.index(of: 0x25, in: b, from: from) {
                for i in max(0, k - 4)..<k where isLookAlike(b[i]) { return true }
                from = k + 1
            }
            return false
        }
    }

    /// `O`, `o`, `l`, `I` or `S` (a switch: this runs on the bytes before every `%`).
    static func isLookAlike(_ b: UInt8) -> Bool {
        switch b {
        case 0x4F, 0x6F, 0x6C, 0x49, 0x53: return true
        default: return false
        }
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character.
    static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80
    }
}
