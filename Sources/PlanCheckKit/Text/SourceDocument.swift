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

    /// Splits on `\n`, `\r\n` and a lone `\r`, scanning UTF-8 bytes (no grapheme breaking, no re-validation).
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A || b == 0x0D {
                lines.append(String(Substring(utf8[start..<i])))
                var next = utf8.index(after: i)
                if b == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                i = next
                continue
            }
            i = utf8.index(after: i)
        }
        lines.append(String(Substring(utf8[start..<utf8.endIndex])))
        return lines
    }
}

extension SourceDocument {
    public init(path: String, lines: [String]) {
        self.path = path
        self.lines = lines
    }
}
