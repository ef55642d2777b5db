import Foundation

/// The text of one input file, split into lines as read (NFC), before any clean-up.
/// Line numbers are 1-based and always refer to this array.
public struct SourceDocument: Sendable {
    public var path: String
    public var lines: [String]

    public init(path: String, text: String) {
        self.path = path
        var t = text
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        // Normalising is costly; most files are already NFC, which a combining mark (U+0300–U+036F, bytes
        // CC 80–CD AF) would contradict.
        let hasCombining = t.withBytes {
            ByteSearch.containsPair(0xCC, in: $0) { $0 >= 0x80 && $0 <= 0xBF } || ByteSearch.containsPair(0xCD, in: $0) { $0 >= 0x80 && $0 <= 0xAF }
        }
        let nfc = hasCombining ? t.precomposedStringWithCanonicalMapping : t
        self.lines = SourceDocument.splitLines(nfc)
    }

    /// Splits on `\n`, `\r\n` and a lone `\r`, scanning UTF-8 bytes (no grapheme breaking); a text without
    /// `\r` is cut at each `\n` found by `memchr`. Each line is copied out of the text as a substring (the
    /// text is valid UTF-8, and a line break is a scalar boundary: nothing to validate again).
    static func splitLines(_ text: String) -> [String] {
        text.withBytes { buf in
            var lines: [String] = []
            guard buf.baseAddress != nil else { return [""] }
            let utf8 = text.utf8
            func line(_ from: Int, _ to: Int) -> String {
                let lo = utf8.index(utf8.startIndex, offsetBy: from)
                return String(text[lo..<utf8.index(lo, offsetBy: to - from)])
            }
            let n = buf.count
            var start = 0
            if ByteSearch.index(of: 0x0D, in: buf) == nil {
                while let at = ByteSearch.index(of: 0x0A, in: buf, from: start) {
                    lines.append(line(start, at))
                    start = at + 1
                }
            } else {
                var i = 0
                while i < n {
                    let b = buf[i]
                    guard b == 0x0A || b == 0x0D else { i += 1; continue }
                    lines.append(line(start, i))
                    i += b == 0x0D && i + 1 < n && buf[i + 1] == 0x0A ? 2 : 1
                    start = i
                }
            }
            lines.append(line(start, n))
            return lines
        }
    }
}

extension SourceDocument {
    public init(path: String, lines: [String]) {
        self.path = path
        self.lines = lines
    }
}
