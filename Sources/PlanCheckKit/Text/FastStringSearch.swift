import Foundation

// Substring tests and trimming on UTF-8 bytes. With Foundation imported, `s.contains("…")` and
// `trimmingCharacters(in: .whitespaces)` go through NSString (UTF-16 conversion, CFStringFind) and were
// among the most expensive calls of a run. These overloads are more specific than Foundation's generic
// ones, so every `String.contains(String)` in this module uses them. They are internal: code that imports
// PlanCheckKit keeps Foundation's.

extension String {
    /// Whether `other` occurs in the string, compared scalar for scalar like Foundation's literal search
    /// (an empty `other` is not found, as with Foundation). Byte search: a valid UTF-8 needle can only
    /// match at scalar boundaries.
    func contains(_ other: String) -> Bool {
        var hay = self, needle = other
        return hay.withUTF8 { h in needle.withUTF8 { n in ByteSearch.find(n, in: h) != nil } }
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`, compared byte for byte (Foundation's
    /// `replacingOccurrences` goes through NSString), as its `.literal` search: no canonical equivalence.
    /// The string itself when `target` does not occur.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var hay = self, needle = target
        return hay.withUTF8 { h in
            needle.withUTF8 { n -> String in
                guard var at = ByteSearch.find(n, in: h) else { return self }
                var out: [UInt8] = []
                out.reserveCapacity(h.count)
                var from = 0
                while true {
                    out.append(contentsOf: h[from..<at])
                    out.append(contentsOf: replacement.utf8)
                    from = at + n.count
                    guard let next = ByteSearch.find(n, in: h, from: from) else { break }
                    at = next
                }
                out.append(contentsOf: h[from...])
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}

extension String {
    /// The range of the first occurrence of `other`, found byte for byte as `contains(_:)` (Foundation's
    /// `range(of:)` converts both strings to UTF-16 and was 3% of an audit); nil for an empty `other`.
    func range(of other: String) -> Range<String.Index>? { self[...].range(of: other) }

    /// The first index of `character`; an ASCII character is found by `memchr` on the UTF-8 bytes (the
    /// generic `firstIndex(of:)` builds every Character before it, and was 1.5% of an audit).
    func firstIndex(of character: Character) -> String.Index? { self[...].firstIndex(of: character) }
}

extension Substring {
    /// `String.firstIndex(of:)` for a substring, with an index into the substring's base.
    func firstIndex(of character: Character) -> String.Index? {
        guard let ascii = character.asciiValue,
              let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.index(of: ascii, in: $0) }) else {
            return firstIndex { $0 == character }
        }
        return found.map { utf8.index(startIndex, offsetBy: $0) }
    }

    /// `String.contains(String)` for a substring.
    func contains(_ other: String) -> Bool { byteOffset(of: other) != nil }

    /// `String.range(of:)` for a substring, with indices into the substring's base.
    func range(of other: String) -> Range<String.Index>? {
        guard let at = byteOffset(of: other) else { return nil }
        let lo = utf8.index(startIndex, offsetBy: at)
        return lo..<utf8.index(lo, offsetBy: other.utf8.count)
    }

    /// Offset in the substring's UTF-8 bytes of the first occurrence of `other`.
    private func byteOffset(of other: String) -> Int? {
        var needle = other
        if let found = utf8.withContiguousStorageIfAvailable({ h in needle.withUTF8 { n in ByteSearch.find(n, in: h) } }) {
            return found
        }
        let copy = String(self)
        return copy.range(of: other).map { copy.utf8.distance(from: copy.startIndex, to: $0.lowerBound) }
    }
}

extension StringProtocol where Index == String.Index {
    /// The string without leading and trailing whitespace, as `trimmingCharacters(in: .whitespaces)`
    /// (Unicode space separators and tab), without the NSString round trip.
    var trimmedWhitespace: String { trimmingScalars(where: ByteSearch.isWhitespace) }

    /// The string without the scalars at either end for which `trims` holds, as Foundation's
    /// `trimmingCharacters(in:)` with that set, without the NSString round trip.
    func trimmingScalars(where trims: (Unicode.Scalar) -> Bool) -> String {
        let u = unicodeScalars
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, trims(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, trims(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        return String(self[lo..<hi])
    }
}

extension String {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (every byte that does not continue a
    /// scalar starts one): `unicodeScalars.count` walks the scalars one by one.
    var scalarCount: Int {
        var s = self
        return s.withUTF8 { buf in
            guard let base = buf.baseAddress else { return 0 }
            var n = 0, i = 0
            // Eight bytes at a time: a continuation byte has its top bit set and the next one clear, so
            // `v & ~(v << 1)` keeps the top bit of exactly those bytes (the shift moves each byte's bit 6
            // under its bit 7), and one population count gives how many there are. (The SIMD32 form of
            // this loop was not vectorised and took 9% of an audit's time.)
            let high: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= buf.count {
                let v = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                n += 8 - (v & ~(v << 1) & high).nonzeroBitCount
                i += 8
            }
            while i < buf.count { if buf[i] & 0xC0 != 0x80 { n += 1 }; i += 1 }
            return n
        }
    }

    /// Whether the text holds an ASCII digit (a figure), read on its bytes.
    var hasASCIIDigit: Bool { utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// Whether the UTF-8 bytes contain `byte` (`memchr`).
    func containsByte(_ byte: UInt8) -> Bool {
        withBytes { ByteSearch.index(of: byte, in: $0) != nil }
    }

    /// Whether `byte` occurs among the first `n` UTF-8 bytes (`memchr`).
    func containsByte(_ byte: UInt8, within n: Int) -> Bool {
        withBytes { ByteSearch.index(of: byte, in: UnsafeBufferPointer(rebasing: $0.prefix(n))) != nil }
    }

    /// How many times `byte` occurs in the UTF-8 bytes (quotes to balance, pipes of a row).
    func count(ofByte byte: UInt8) -> Int {
        withBytes { buf in
            var n = 0, i = 0
            while let k = ByteSearch.index(of: byte, in: buf, from: i) {
                n += 1
                i = k + 1
            }
            return n
        }
    }

    /// Whether the UTF-8 bytes hold any of `needles` (`ByteSearch.containsAny`).
    func containsAny(ofBytes needles: [[UInt8]], key: Int = 0) -> Bool {
        withBytes { ByteSearch.containsAny(needles, in: $0, key: key) }
    }

    /// Runs `body` over the string's UTF-8 bytes as one buffer.
    @inline(__always) func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var s = self
        return s.withUTF8(body)
    }
}

/// Byte-string search: `memchr` for one byte of the needle (the first, or a rarer one the caller names),
/// `memcmp` for the whole needle.
enum ByteSearch {
    /// Offset of the first `byte` in `hay` at or after `from` (`memchr`), or nil.
    @inline(__always) static func index(of byte: UInt8, in hay: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard from >= 0, from < hay.count, let base = hay.baseAddress, let p = memchr(base + from, Int32(byte), hay.count - from)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
    }

    /// Offset of the first occurrence of `needle` in `hay` at or after `from`, or nil; nil for an empty
    /// needle. `key` is the index of the needle's byte `memchr` looks for.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int = 0, key: Int = 0) -> Int? {
        let n = needle.count
        guard n > 0, key < n, from >= 0, n <= hay.count - from, let base = hay.baseAddress, let nb = needle.baseAddress else {
            return nil
        }
        let k = Int32(needle[key])
        var i = from + key  // position of the key byte
        let lastKey = hay.count - n + key
        while i <= lastKey {
            guard let p = memchr(base + i, k, lastKey - i + 1) else { return nil }
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p)) - key
            if memcmp(base + at, nb, n) == 0 { return at }
            i = at + key + 1
        }
        return nil
    }

    /// Whether `hay` holds any of `needles`, each found with `memchr` on its byte at `key`.
    static func containsAny(_ needles: [[UInt8]], in hay: UnsafeBufferPointer<UInt8>, key: Int = 0) -> Bool {
        needles.contains { n in n.withUnsafeBufferPointer { find($0, in: hay, key: key) != nil } }
    }

    /// Whether `hay` holds the byte `lead` right before a byte `next` accepts (`C2` before `B5`: `µ`).
    static func containsPair(_ lead: UInt8, in hay: UnsafeBufferPointer<UInt8>, before next: (UInt8) -> Bool) -> Bool {
        var i = 0
        while let k = index(of: lead, in: hay, from: i), k + 1 < hay.count {
            if next(hay[k + 1]) { return true }
            i = k + 1
        }
        return false
    }

    /// `CharacterSet.whitespaces`: tab and the space separators (Zs).
    @inline(__always) static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        if u.value == 0x20 || u.value == 0x09 { return true }
        if u.value < 0x80 { return false }
        return u.properties.generalCategory == .spaceSeparator
    }
}
