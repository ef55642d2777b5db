/// Lines whose every character came out twice, as text extractors give bold type that a PDF drew twice
/// ("fake bold"): `KKẾẾ HHOOẠẠCCHH`, `IIII.. CCHHỈỈ TTIIÊÊUU`, `-- 110000%% pphhảảnn …`. Such a line is
/// read once more with each pair made one (`KẾ HOẠCH`, `II. CHỈ TIÊU`, `- 100% phản ánh …`) at load, the
/// line kept where it was. A line is undoubled only when each of its words (at least two, six characters in
/// all) is made of pairs: a plan's own words hardly ever are (`1100` alone is no reason).
enum DoubledGlyphs {
    /// The text with its doubled lines undoubled; `text` itself when it has none.
    static func undoubling(_ text: String) -> String {
        guard mayHaveDoubledLine(text) else { return text }
        return LineRewrite.rewriting(text) { line in
            var line = line
            return line.withUTF8 { opensDoubled($0, at: 0) } ? undoubled(line) : nil
        }
    }

    /// Whether some line opens on two characters each written twice (`KKẾẾ`, `IIII`, `-- 11`): a byte test over
    /// the text, since most lines open otherwise (`II. MỤC TIÊU` has one pair only).
    static func mayHaveDoubledLine(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var start = 0
            while start < b.count {
                if opensDoubled(b, at: start) { return true }
                guard let nl = ByteSearch.index(of: 0x0A, in: b, from: start) else { return false }
                start = nl + 1
            }
            return false
        }
    }

    /// Whether the bytes from `at` open on a character written twice and then another (after one space or
    /// not) written twice too; read scalar by scalar without decoding the rest of the line.
    static func opensDoubled(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var i = start
        func next() -> UInt32? {
            guard i < b.count, b[i] != 0x0A else { return nil }
            let lead = b[i]
            let n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard i + n <= b.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<n { v = v << 8 | UInt32(b[i + k]) }
            i += n
            return v
        }
        guard let a = next(), a != 0x20, a != 0x09, a != 0x0D, let a2 = next(), a2 == a, var c = next() else { return false }
        if c == 0x20 { guard let after = next() else { return false }; c = after }
        guard c != 0x20, c != 0x09, c != 0x0D, let c2 = next() else { return false }
        return c2 == c
    }

    /// The line with each pair of characters made one, or nil when it is not a doubled line.
    static func undoubled(_ line: Substring) -> String? {
        let chars = Array(line)
        // Every character twice, spaces too.
        if chars.count >= 12, chars.count % 2 == 0, stride(from: 0, to: chars.count, by: 2).allSatisfy({ chars[$0] == chars[$0 + 1] }) {
            return String(stride(from: 0, to: chars.count, by: 2).map { chars[$0] })
        }
        // Every character twice but the single spaces between words.
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        var out: [String] = []
        var letters = 0
        for w in words {
            let c = Array(w)
            guard c.count % 2 == 0, stride(from: 0, to: c.count, by: 2).allSatisfy({ c[$0] == c[$0 + 1] }) else { return nil }
            out.append(String(stride(from: 0, to: c.count, by: 2).map { c[$0] }))
            letters += c.count / 2
        }
        guard out.filter({ !$0.isEmpty }).count >= 2, letters >= 6 else { return nil }
        return out.joined(separator: " ")
    }
}
