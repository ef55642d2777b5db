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
        // Split on \n, \r\n and lone \r alike (Character treats \r\n as one).
        self.lines = nfc.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
    }

    public init(path: String, lines: [String]) {
        self.path = path
        self.lines = lines
    }
}
