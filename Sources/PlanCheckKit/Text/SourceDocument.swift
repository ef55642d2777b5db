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
        // Normalising is costly; most files are already NFC, which a combining mark would contradict.
        let hasCombining = t.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) }
        let nfc = hasCombining ? t.precomposedStringWithCanonicalMapping : t
        self.lines = SourceDocument.splitLines(nfc)
    }

    /// Splits on `\n`, `\r\n` and a lone `\r`, scanning UTF-8 bytes (no grapheme breaking).
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                lines.append(String(decoding: bytes[start..<i], as: UTF8.self))
                if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        lines.append(String(decoding: bytes[start..<bytes.count], as: UTF8.self))
        return lines
    }

    public init(path: String, lines: [String]) {
        self.path = path
        self.lines = lines
    }
}
