/// A logical unit of a plan after clean-up: a paragraph joined from hard-wrapped lines, or a table row
/// joined from rows split across pages. Keeps, for every character, the line it came from.
public struct Block: Sendable {
    /// `tableHeader` is the first header row of a table (repeated headers on later pages are dropped).
    public enum Kind: Sendable { case paragraph, tableRow, tableHeader }

    /// A table cell with the line its text starts on.
    public struct Cell: Sendable {
        public var text: String
        public var line: Int
    }

    /// Where a piece of `text` starts (offset in Unicode scalars, as `AlignedFold` counts) and the source line it came from.
    public struct Span: Sendable {
        public var offset: Int
        public var line: Int
    }

    public var kind: Kind
    /// Cleaned text; for table rows the cells joined by tabs.
    public var text: String
    public var spans: [Span]
    public var cells: [Cell]
    public var marker: OutlineMarker?
    /// Lines this block was joined from (including dropped page numbers inside it).
    public var lineRange: ClosedRange<Int>

    public var firstLine: Int { lineRange.lowerBound }

    /// The text after the outline marker.
    public var body: String {
        guard let m = marker else { return text }
        return String(text.dropFirst(m.length))
    }

    /// The source line of the character at `offset` in `text`.
    public func line(atOffset offset: Int) -> Int {
        var line = spans.first?.line ?? lineRange.lowerBound
        for s in spans {
            if s.offset > offset { break }
            line = s.line
        }
        return line
    }

    /// Whether the block reads as a heading: a marker and a short text that does not run on as prose.
    public var isHeadingLike: Bool {
        guard kind == .paragraph, let m = marker, m.kind != .bullet else { return false }
        let b = body
        guard b.utf8.count <= 480, b.hasAtMostCharacters(160) else { return false }
        // No sentence break inside: ". " (byte scan, not Foundation's substring search).
        var previousDot = false
        for byte in b.utf8 {
            if byte == 0x20, previousDot { return false }
            previousDot = byte == 0x2E
        }
        return true
    }
}

extension StringProtocol {
    /// `count <= n`, counted in Unicode scalars on the UTF-8 bytes and stopping after `n + 1`: a long
    /// paragraph is not walked Character by Character. Plans are NFC, where a Vietnamese letter with its
    /// marks is one scalar, so scalars and Characters agree but for rare combining sequences.
    func hasAtMostCharacters(_ n: Int) -> Bool {
        if utf8.count <= n { return true }
        var c = 0
        for b in utf8 where b & 0xC0 != 0x80 {
            c += 1
            if c > n { return false }
        }
        return true
    }
}
