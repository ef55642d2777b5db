/// A line's fingerprint for rejecting it quickly: which ASCII characters it has as written, and a
/// 256-bit Bloom filter of the pairs of adjacent bytes of its fold. A literal whose pairs are not all in
/// the filter is not in the line, so `RegexPrefilter` searches the folded bytes only when the filter
/// agrees. Made once per line and paragraph (`FoldedText`), tested by every text rule; target matching
/// uses the pairs alone to skip the indicator phrases a clause cannot hold (`PhrasePattern.mayMatch`).
public struct TextSignature: Sendable, Hashable {
    /// Bit `b` of `asciiLow` (b < 64) or bit `b - 64` of `asciiHigh`: the raw line has the ASCII byte `b`.
    var asciiLow: UInt64 = 0
    var asciiHigh: UInt64 = 0
    /// The Bloom filter of adjacent folded byte pairs.
    var pairs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    /// The signature of a line: `folded` is its fold, `raw` the line as written.
    public init(folded: [UInt8], raw: String) {
        var raw = raw
        raw.withUTF8 { p in
            for b in p where b < 0x80 {
                if b < 64 { asciiLow |= 1 << UInt64(b) } else { asciiHigh |= 1 << UInt64(b - 64) }
            }
        }
        addPairs(of: folded)
    }

    /// Folds `raw` (`Folding.foldBytes`) and makes its signature, in one pass when the text allows. The
    /// signature also has the pairs the text's ends make with a space (`addEdgePairs`).
    static func folding(_ raw: String) -> (folded: [UInt8], signature: TextSignature) {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        let fast = withUnsafeMutableBytes(of: &words) { w in
            Folding.fastFoldBytes(raw, keepPunctuation: false, signature: w.baseAddress!.assumingMemoryBound(to: UInt64.self))
        }
        guard let fast else {
            let folded = Folding.foldBytes(raw)
            var sig = TextSignature(folded: folded, raw: raw)
            sig.addEdgePairs(of: folded)
            return (folded, sig)
        }
        var sig = TextSignature()
        sig.asciiLow = words.0; sig.asciiHigh = words.1
        sig.pairs = (words.2, words.3, words.4, words.5)
        sig.addEdgePairs(of: fast)
        return (fast, sig)
    }

    /// The pairs the ends of `folded` make with a space: a text joined with others by spaces (lines
    /// joined into a paragraph) has them, so the union of the parts' signatures covers the whole.
    mutating func addEdgePairs(of folded: [UInt8]) {
        guard let first = folded.first, let last = folded.last else { return }
        addPairs(of: [0x20, first])
        addPairs(of: [last, 0x20])
    }

    /// Adds everything `other` has.
    mutating func formUnion(_ other: TextSignature) {
        asciiLow |= other.asciiLow; asciiHigh |= other.asciiHigh
        pairs = (pairs.0 | other.pairs.0, pairs.1 | other.pairs.1, pairs.2 | other.pairs.2, pairs.3 | other.pairs.3)
    }

    /// Only the pairs of `literal` (a folded literal a line must contain).
    init(literal: [UInt8]) { addPairs(of: literal) }

    /// Only the ASCII bytes of `bytes`.
    init(ascii bytes: some Sequence<UInt8>) {
        for b in bytes where b < 0x80 {
            if b < 64 { asciiLow |= 1 << UInt64(b) } else { asciiHigh |= 1 << UInt64(b - 64) }
        }
    }

    /// Bit (0…255) of the pair `a`, `b`.
    @inline(__always) static func pairBit(_ a: UInt8, _ b: UInt8) -> Int {
        Int(truncatingIfNeeded: ((UInt32(a) &* 0x9E37_79B1) ^ UInt32(b)) &* 0x85EB_CA6B) >> 24 & 0xFF
    }

    /// Sets the bit of the pair `a`, `b` in the four words at `words`.
    @inline(__always) static func addPair(_ a: UInt8, _ b: UInt8, to words: UnsafeMutablePointer<UInt64>) {
        let h = pairBit(a, b)
        words[h >> 6] |= UInt64(1) << UInt64(h & 63)
    }

    mutating func addPairs(of bytes: [UInt8]) {
        guard bytes.count > 1 else { return }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { w in
            let out = w.baseAddress!.assumingMemoryBound(to: UInt64.self)
            for i in 1..<bytes.count { Self.addPair(bytes[i - 1], bytes[i], to: out) }
        }
        pairs = (pairs.0 | words.0, pairs.1 | words.1, pairs.2 | words.2, pairs.3 | words.3)
    }

    /// Whether every pair of `other` may be in this line (false: certainly not).
    func mayHavePairs(of other: TextSignature) -> Bool {
        pairs.0 & other.pairs.0 == other.pairs.0 && pairs.1 & other.pairs.1 == other.pairs.1
            && pairs.2 & other.pairs.2 == other.pairs.2 && pairs.3 & other.pairs.3 == other.pairs.3
    }

    /// Whether the line has every ASCII byte of `other`.
    func hasAllASCII(of other: TextSignature) -> Bool {
        asciiLow & other.asciiLow == other.asciiLow && asciiHigh & other.asciiHigh == other.asciiHigh
    }

    /// Whether the line has at least one ASCII byte of `other`.
    func hasAnyASCII(of other: TextSignature) -> Bool {
        asciiLow & other.asciiLow != 0 || asciiHigh & other.asciiHigh != 0
    }

    public static func == (a: TextSignature, b: TextSignature) -> Bool {
        a.asciiLow == b.asciiLow && a.asciiHigh == b.asciiHigh && a.pairs == b.pairs
    }

    public func hash(into h: inout Hasher) {
        h.combine(asciiLow); h.combine(asciiHigh)
        h.combine(pairs.0); h.combine(pairs.1); h.combine(pairs.2); h.combine(pairs.3)
    }
}
