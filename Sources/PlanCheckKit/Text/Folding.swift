import Foundation

/// Folding of Vietnamese text for matching: lower case, no diacritics (so tone-mark placement such as
/// `hoá`/`hóa` and `thuỷ`/`thủy` no longer matters), `đ` → `d`, punctuation and dashes → spaces,
/// runs of spaces collapsed. Folded text is only ever used to *find* things; reports quote the original.
public enum Folding {
    /// Folds `s`. With `keepPunctuation`, `/ - . &` survive (used for document numbers).
    /// One pass over the characters with a precomputed per-character fold (see `AlignedFold`).
    public static func fold(_ s: String, keepPunctuation: Bool = false) -> String {
        String(decoding: foldBytes(s, keepPunctuation: keepPunctuation), as: UTF8.self)
    }

    /// `fold` as UTF-8 bytes, for scanners that search bytes. Written byte by byte: appending scalars
    /// to a String one at a time was the most expensive part of folding.
    public static func foldBytes(_ s: String, keepPunctuation: Bool = false) -> [UInt8] {
        fastFoldBytes(s, keepPunctuation: keepPunctuation) ?? slowFoldBytes(s, keepPunctuation: keepPunctuation)
    }

    /// `foldBytes` over the UTF-8 bytes with the fold table in hand and the output written in place; nil
    /// when the text has a letter or digit outside Vietnamese (its lower-case form may be longer than the
    /// input, which the in-place output does not allow), left to `slowFoldBytes`.
    ///
    /// With `signature` (six words, zeroed by the caller), the `TextSignature` of the text is made in
    /// the same pass: words 0–1 get the raw ASCII bytes, words 2–5 the pairs of output bytes.
    static func fastFoldBytes(_ s: String, keepPunctuation: Bool, signature: UnsafeMutablePointer<UInt64>? = nil) -> [UInt8]? {
        var s = s
        let signing = signature != nil
        // The signature is gathered in locals and stored once at the end: updating it in memory byte by
        // byte chained every byte to the previous store and made this loop the hottest of a rules run.
        var low: UInt64 = 0, high: UInt64 = 0, p0: UInt64 = 0, p1: UInt64 = 0, p2: UInt64 = 0, p3: UInt64 = 0
        @inline(__always) func addPair(_ a: UInt8, _ b: UInt8) {
            let h = TextSignature.pairBit(a, b)
            let bit = UInt64(1) << UInt64(h & 63)
            let word = h >> 6
            p0 |= word == 0 ? bit : 0; p1 |= word == 1 ? bit : 0
            p2 |= word == 2 ? bit : 0; p3 |= word == 3 ? bit : 0
        }
        let result = s.withUTF8 { src -> [UInt8]? in
            AlignedFold.table.withUnsafeBufferPointer { table -> [UInt8]? in
                var fallback = false
                let out = [UInt8](unsafeUninitializedCapacity: src.count) { out, count in
                    var n = 0, i = 0
                    var lastWasSpace = true
                    while i < src.count {
                        let b0 = UInt32(src[i])
                        var v: UInt32
                        if b0 < 0x80 {
                            v = b0; i += 1
                            if signing {
                                let bit = UInt64(1) << UInt64(b0 & 63)
                                low |= b0 < 64 ? bit : 0; high |= b0 < 64 ? 0 : bit
                            }
                        }
                        else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F); i += 2 }
                        else if b0 < 0xF0 { v = (b0 & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F); i += 3 }
                        else { v = (b0 & 0x07) << 18 | UInt32(src[i + 1] & 0x3F) << 12 | UInt32(src[i + 2] & 0x3F) << 6 | UInt32(src[i + 3] & 0x3F); i += 4 }
                        if v >= 0x0300 && v <= 0x036F { continue }  // combining marks of NFD input
                        let f = v < 0x1F00 ? table[Int(v)] : AlignedFold.foldByte(Unicode.Scalar(v)!)
                        if (f >= 0x61 && f <= 0x7A) || (f >= 0x30 && f <= 0x39) || f == 0x25
                            || (keepPunctuation && (f == 0x2F || f == 0x2D || f == 0x2E || f == 0x26)) {
                            if signing, n > 0 { addPair(out[n - 1], f) }
                            out[n] = f; n += 1
                            lastWasSpace = false
                        } else if f == AlignedFold.otherLetter || f == AlignedFold.otherDigit {
                            fallback = true
                            break
                        } else if !lastWasSpace {
                            if signing, n > 0 { addPair(out[n - 1], 0x20) }
                            out[n] = 0x20; n += 1
                            lastWasSpace = true
                        }
                    }
                    if n > 0, out[n - 1] == 0x20 { n -= 1 }
                    count = n
                }
                return fallback ? nil : out
            }
        }
        if let signature {
            signature[0] |= low; signature[1] |= high
            signature[2] |= p0; signature[3] |= p1; signature[4] |= p2; signature[5] |= p3
        }
        return result
    }

    static func slowFoldBytes(_ s: String, keepPunctuation: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var lastWasSpace = true
        var s = s
        s.withUTF8 { buf in
            var d = ScalarDecoder(buf)
            while let scalar = d.next() {
                if (0x0300...0x036F).contains(scalar.value) { continue }  // combining marks of NFD input
                let f = AlignedFold.foldByte(scalar)
                let isAlnum = (f >= 0x61 && f <= 0x7A) || (f >= 0x30 && f <= 0x39)
                var keep = isAlnum || f == 0x25  // %
                if !keep, keepPunctuation, f == 0x2F || f == 0x2D || f == 0x2E || f == 0x26 { keep = true }  // / - . &
                if !keep, f == AlignedFold.otherLetter || f == AlignedFold.otherDigit {
                    // A letter outside Vietnamese: keep it, lower-cased.
                    for l in scalar.properties.lowercaseMapping.unicodeScalars { out.append(contentsOf: UTF8.encode(l)!) }
                    lastWasSpace = false
                } else if keep {
                    out.append(f)
                    lastWasSpace = false
                } else if !lastWasSpace {
                    out.append(0x20)
                    lastWasSpace = true
                }
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return out
    }

    /// The fold of a single character, from Unicode data: lower case, marks removed, `đ` → `d`,
    /// dash variants → `-`. Used to build the lookup table.
    static func foldScalarSlow(_ c: Character) -> Character {
        if c == "đ" || c == "Đ" { return "d" }
        if c.isWhitespace { return " " }
        if let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1, (0x2010...0x2015).contains(v) { return "-" }
        if c.isASCII { return c.isUppercase ? Character(c.lowercased()) : c }
        var out = String.UnicodeScalarView()
        for scalar in String(c).decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x0300...0x036F).contains(scalar.value) { continue }
            out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        let f = String(out)
        return f.count == 1 ? f.first! : c
    }

    /// Folds and expands abbreviations, so that `TTHC` matches `thủ tục hành chính`.
    public static func foldExpanding(_ s: String, _ abbreviations: Abbreviations) -> String {
        abbreviations.expand(fold(s))
    }
}

/// Abbreviations expanded for matching (`tthc` → `thu tuc hanh chinh`), loaded from
/// `rules/catalog/abbreviations.ini`. Keys and expansions are folded.
public struct Abbreviations: Sendable {
    /// folded short form → folded expansion
    public var table: [String: String]
    /// First words of the multi-word short forms (`tt` of `tt pvhcc`): only these need a look-ahead.
    private var multiWordStarts: Set<String>
    /// For each pair of first two bytes of a word, a bit per word length (1…63) that some short form or
    /// first word of one has. Almost every word of a plan fails this test, so it is never hashed.
    private var shapes: [UInt64]

    public init(table: [String: String] = [:]) {
        var t: [String: String] = [:]
        for (k, v) in table { t[Folding.fold(k)] = Folding.fold(v) }
        self.table = t
        self.multiWordStarts = Set(t.keys.filter { $0.contains(" ") }.compactMap { $0.words.first.map(String.init) })
        var shapes = [UInt64](repeating: 0, count: 65536)
        for word in t.keys.filter({ !$0.contains(" ") }) + multiWordStarts {
            let b = Array(word.utf8)
            guard !b.isEmpty else { continue }
            shapes[Self.shapeIndex(b[0], b.count > 1 ? b[1] : 0)] |= Self.lengthBit(b.count)
        }
        self.shapes = shapes
    }

    /// Whether some word of `folded` has the shape (first two bytes, length) of a short form: one pass over
    /// the bytes in place, without copying them or collecting the words (most clauses have none).
    func mayHaveShortForm(_ folded: String) -> Bool {
        var s = folded
        return s.withUTF8 { buf in
            var i = 0
            let n = buf.count
            while i < n {
                while i < n, buf[i] == 0x20 { i += 1 }
                let start = i
                while i < n, buf[i] != 0x20 { i += 1 }
                guard i > start else { break }
                let second = i - start > 1 ? buf[start + 1] : 0
                if shapes[Self.shapeIndex(buf[start], second)] & Self.lengthBit(i - start) != 0 { return true }
            }
            return false
        }
    }

    @inline(__always) static func shapeIndex(_ a: UInt8, _ b: UInt8) -> Int { Int(a) << 8 | Int(b) }
    @inline(__always) static func lengthBit(_ n: Int) -> UInt64 { n < 64 ? 1 << UInt64(n) : 1 << 63 }

    /// Replaces whole folded words (or two-word forms such as `tt pvhcc`) by their expansions.
    /// Returns `folded` itself when no word is a short form (the usual case, without allocating).
    public func expand(_ folded: String) -> String {
        guard !table.isEmpty, mayHaveShortForm(folded) else { return folded }
        let bytes = Array(folded.utf8)
        // Word bounds (some word has the shape of a short form: `mayHaveShortForm`).
        var words: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            let start = i
            while i < bytes.count, bytes[i] != 0x20 { i += 1 }
            guard i > start else { break }
            words.append(start..<i)
        }
        func word(_ k: Int) -> String { String(decoding: bytes[words[k]], as: UTF8.self) }
        // The result is written as bytes: only words of a short form's shape become Strings (to look them
        // up); making a String of every word and joining them was the cost of this function.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        func append<C: Collection<UInt8>>(_ w: C) {
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: w)
        }
        var k = 0
        var changed = false
        while k < words.count {
            let r = words[k]
            let second = r.count > 1 ? bytes[r.lowerBound + 1] : 0
            guard shapes[Self.shapeIndex(bytes[r.lowerBound], second)] & Self.lengthBit(r.count) != 0 else {
                append(bytes[r]); k += 1; continue
            }
            let w = word(k)
            if multiWordStarts.contains(w) {
                if k + 2 < words.count, let e = table[w + " " + word(k + 1) + " " + word(k + 2)] {
                    append(e.utf8); k += 3; changed = true; continue
                }
                if k + 1 < words.count, let e = table[w + " " + word(k + 1)] {
                    append(e.utf8); k += 2; changed = true; continue
                }
            }
            if let e = table[w] { append(e.utf8); changed = true } else { append(bytes[r]) }
            k += 1
        }
        guard changed else { return folded }
        return String(decoding: out, as: UTF8.self)
    }
}
