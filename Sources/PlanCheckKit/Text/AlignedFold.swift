import Foundation

/// A text as Unicode scalars and its scalar-by-scalar fold as bytes, aligned index for index:
/// `folded[i]` is the fold of `chars[i]`. Scanners search the bytes and report the original text.
///
/// The fold of a scalar is one byte: a lower-case ASCII letter or digit (Vietnamese letters lose their
/// marks, `đ` → `d`), ASCII punctuation as is, `-` for dash variants, a space for any whitespace, and
/// for anything else a class byte: `otherLetter`, `otherDigit` or `otherSymbol`. After NFC every
/// Vietnamese letter is one scalar, so the fold is exact; working on scalars and bytes instead of
/// `Character`s keeps grapheme breaking and string hashing out of the hot paths.
public struct AlignedFold: Sendable {
    public let chars: [Unicode.Scalar]
    public let folded: [UInt8]

    public static let otherLetter: UInt8 = 0xC1
    public static let otherDigit: UInt8 = 0xC2
    public static let otherSymbol: UInt8 = 0xC3

    public init(_ text: String) {
        var text = text
        let n = text.utf8.count  // an upper bound of the scalar count
        var folded: [UInt8] = []
        // Both arrays written in place in one pass: appending element by element was the cost of this init.
        chars = text.withUTF8 { buf in
            AlignedFold.table.withUnsafeBufferPointer { table in
                [Unicode.Scalar](unsafeUninitializedCapacity: n) { cbuf, ccount in
                    folded = [UInt8](unsafeUninitializedCapacity: n) { fbuf, fcount in
                        var d = ScalarDecoder(buf)
                        var k = 0
                        while let u = d.next() {
                            cbuf.initializeElement(at: k, to: u)
                            fbuf[k] = u.value < 0x1F00 ? table[Int(u.value)] : AlignedFold.foldByte(u)
                            k += 1
                        }
                        fcount = k
                    }
                    ccount = folded.count
                }
            }
        }
        self.folded = folded
    }

    /// Byte folds of U+0000–U+1EFF, computed once from Unicode data.
    static let table: [UInt8] = (0..<0x1F00).map { v -> UInt8 in
        guard let s = Unicode.Scalar(v) else { return otherSymbol }
        return slowFoldByte(s)
    }

    @inline(__always)
    public static func foldByte(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        if v < 0x1F00 { return table[Int(v)] }
        return slowFoldByte(s)
    }

    private static func slowFoldByte(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        // Combining marks only occur in non-NFC text; treat them as part of the word they sit in.
        if (0x0300...0x036F).contains(v) { return otherLetter }
        if (0x2010...0x2015).contains(v) || v == 0x2212 { return UInt8(ascii: "-") }
        if s.properties.isWhitespace { return 0x20 }
        let f = Folding.foldScalarSlow(Character(s))
        if let a = f.asciiValue { return a }
        if s.properties.isAlphabetic { return otherLetter }
        if s.properties.numericType != nil { return otherDigit }
        return otherSymbol
    }

    public var count: Int { chars.count }

    @inline(__always) public func isLetter(_ i: Int) -> Bool {
        let b = folded[i]
        return (b >= 0x61 && b <= 0x7A) || b == Self.otherLetter
    }

    @inline(__always) public func isDigit(_ i: Int) -> Bool {
        let b = folded[i]
        return b >= 0x30 && b <= 0x39
    }

    @inline(__always) public func isAlnum(_ i: Int) -> Bool {
        let b = folded[i]
        return (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == Self.otherLetter || b == Self.otherDigit
    }

    @inline(__always) public func isUpper(_ i: Int) -> Bool { chars[i].properties.isUppercase }

    @inline(__always) public func isLower(_ i: Int) -> Bool { chars[i].properties.isLowercase }

    /// Whether the folded text at `i` is `word` (ASCII, lower-case) on word boundaries. No allocation.
    public func hasWord(_ word: String, at i: Int) -> Bool {
        guard i >= 0, i < folded.count else { return false }
        if i > 0, isAlnum(i - 1) { return false }
        var k = i
        for b in word.utf8 {
            guard k < folded.count, folded[k] == b else { return false }
            k += 1
        }
        if k < folded.count, isAlnum(k) { return false }
        return true
    }

    /// Whether `word` (ASCII, lower-case) stands as a word anywhere in `range` of the folded text. No allocation.
    public func hasWordIn(_ word: String, _ range: Range<Int>) -> Bool {
        guard let first = word.utf8.first else { return false }
        var i = max(0, range.lowerBound)
        let end = min(range.upperBound, folded.count)
        while i < end {
            if folded[i] == first, hasWord(word, at: i) { return true }
            i += 1
        }
        return false
    }

    /// `hasWord` for a word already in bytes (scanners that try many words at every position).
    public func hasWord(bytes word: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= folded.count else { return false }
        if i > 0, isAlnum(i - 1) { return false }
        for (k, b) in word.enumerated() where folded[i + k] != b { return false }
        let k = i + word.count
        if k < folded.count, isAlnum(k) { return false }
        return true
    }

    /// All start positions of `word` on word boundaries.
    public func positions(of word: String) -> [Int] {
        guard let f = word.utf8.first else { return [] }
        var out: [Int] = []
        let n = word.utf8.count
        var i = 0
        while i + n <= folded.count {
            if folded[i] == f, hasWord(word, at: i) { out.append(i) }
            i += 1
        }
        return out
    }

    /// Original text of `range`.
    /// The words of `Folding.fold(text(range))`, read off `fold(range)` without building the text.
    public func foldedWords(_ range: Range<Int>) -> [String] {
        fold(range).words.map(String.init)
    }

    /// `Folding.fold(text(range))`, read off `folded` without building the text (falling back to it when
    /// the range has a letter or digit outside Vietnamese, whose fold `folded` does not keep). Unlike
    /// `foldedText`, punctuation becomes spaces and runs of spaces are collapsed.
    public func fold(_ range: Range<Int>) -> String {
        let lo = max(0, range.lowerBound), hi = min(folded.count, range.upperBound)
        guard lo < hi else { return "" }
        var out = [UInt8]()
        out.reserveCapacity(hi - lo)
        var pendingSpace = false
        for i in lo..<hi {
            let b = folded[i]
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x25 {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            } else if b == Self.otherLetter || b == Self.otherDigit {
                let v = chars[i].value
                if v >= 0x0300 && v <= 0x036F { continue }  // a combining mark: dropped, as fold does
                return Folding.fold(text(lo..<hi))
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, range.lowerBound), hi = min(chars.count, range.upperBound)
        guard lo < hi else { return "" }
        // Encoded to UTF-8 bytes first: appending scalars to a String one by one is several times slower.
        var bytes: [UInt8] = []
        bytes.reserveCapacity((hi - lo) * 2)
        for u in chars[lo..<hi] {
            if u.isASCII { bytes.append(UInt8(u.value)) } else { bytes.append(contentsOf: UTF8.encode(u)!) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folded text of `range` (class bytes become `?`).
    public func foldedText(_ range: Range<Int>) -> String {
        let lo = max(0, range.lowerBound), hi = min(folded.count, range.upperBound)
        guard lo < hi else { return "" }
        return String(decoding: folded[lo..<hi].map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }

    /// Whether the scalar at `i` is one of the ASCII characters in `set`.
    @inline(__always) public func isOneOf(_ i: Int, _ set: String) -> Bool {
        let v = chars[i].value
        guard v < 0x80 else { return false }
        return set.utf8.contains(UInt8(v))
    }

    @inline(__always) public func isSpace(_ i: Int) -> Bool { folded[i] == 0x20 }

    /// Start of the sentence containing `i`: just after the previous ". ", or 0.
    public func sentenceStart(before i: Int) -> Int {
        var s = min(i, chars.count)
        while s > 0, !(chars[s - 1] == "." && s < chars.count && chars[s] == " ") { s -= 1 }
        return s
    }

    /// End of the sentence containing `i`: the next "." followed by a space or the end, or the end.
    public func sentenceEnd(after i: Int) -> Int {
        var e = max(0, i)
        while e < chars.count, !(chars[e] == "." && (e + 1 >= chars.count || chars[e + 1] == " ")) { e += 1 }
        return e
    }
}
