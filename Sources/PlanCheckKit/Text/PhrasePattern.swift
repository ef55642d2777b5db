import Foundation

/// A matching pattern over folded text: words in order, `*` allowing a gap of up to `maxGap` characters.
/// `ho so * truc tuyen` matches `ho so nop truc tuyen` and `ho so thu tuc truc tuyen`.
public struct PhrasePattern: Sendable, Hashable, CustomStringConvertible {
    /// Folded parts, each matched on word boundaries.
    public let parts: [String]
    public let source: String
    /// `" part "` as bytes, precomputed: matching allocates nothing.
    private let needles: [[UInt8]]
    /// The byte pairs of every part: a text whose signature lacks one cannot match.
    let pairs: TextSignature
    public static let maxGap = 90
    /// Whether the pattern places the figure itself (`bãi bỏ ## điều kiện`); set once, read for every figure.
    public let hasFigure: Bool

    public init(_ source: String, abbreviations: Abbreviations = Abbreviations()) {
        self.source = source
        // `##` marks the figure; it survives folding as a word of its own.
        self.parts = source.components(separatedBy: "*")
            .map { piece in
                piece.components(separatedBy: "##")
                    .map { abbreviations.expand(Folding.fold($0)) }
                    .joined(separator: " ## ")
                    .trimmedWhitespace
            }
            .filter { !$0.isEmpty }
        self.needles = parts.map { Array((" " + $0 + " ").utf8) }
        self.hasFigure = parts.contains { $0.contains("##") }
        var pairs = TextSignature()
        for n in needles { pairs.addPairs(of: n) }
        self.pairs = pairs
    }

    /// Whether a text with signature `text` may contain the pattern (false: certainly not).
    func mayMatch(_ text: TextSignature) -> Bool { text.mayHavePairs(of: pairs) }

    public var description: String { source }


    /// Total length of the literal parts: longer patterns are more specific.
    public var weight: Int { parts.reduce(0) { $0 + $1.count } }

    /// Finds the pattern in `text` (folded, padded with single spaces at both ends).
    /// Returns the ranges (UTF-8 offsets into `text`) of the first and last part, or nil.
    public func match(in text: String) -> (start: Int, end: Int)? {
        let bytes = Array(text.utf8)
        return match(bytes: bytes)
    }

    /// Byte-level match on a folded, space-padded UTF-8 buffer. Scans bytes, no regular expressions.
    public func match(bytes: [UInt8], from start: Int = 0) -> (start: Int, end: Int)? {
        guard let firstNeedle = needles.first else { return nil }
        var from = start
        while let s = Self.find(firstNeedle, in: bytes, from: from) {
            var pos = s + firstNeedle.count - 1
            var ok = true
            for needle in needles.dropFirst() {
                guard let p = Self.find(needle, in: bytes, from: pos), p - pos <= Self.maxGap else { ok = false; break }
                pos = p + needle.count - 1
            }
            if ok { return (s, pos) }
            from = s + 1
        }
        return nil
    }

    /// Every non-overlapping occurrence, in order.
    public func allMatches(bytes: [UInt8]) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        var from = 0
        while from < bytes.count, let m = match(bytes: bytes, from: from) {
            out.append(m)
            from = m.start + 1
        }
        return out
    }

    /// First occurrence of `needle` in `hay` at or after `from`. Needles start with a space, so the
    /// search is for their second byte, which is rarer (`ByteSearch`).
    public static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { ByteSearch.find($0, in: h, from: from, key: needle.count > 1 ? 1 : 0) }
        }
    }
}
