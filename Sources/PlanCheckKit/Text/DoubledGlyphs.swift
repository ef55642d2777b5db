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
            opensDoubled(Array(line.utf8.prefix(8))) ? undoubled(line) : nil
        }
    }

    /// Whether some line opens on one character written twice (a byte test over the text: most do not).
    static func mayHaveDoubledLine(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var start = 0
            while start < b.count {
                if opensDoubled(b[start...]) { return true }
                guard let nl = ByteSearch.index(of: 0x0A, in: b, from: start) else { return false }
                start = nl + 1
            }
            return false
        }
    }

    /// Whether the bytes open on one character (one to four UTF-8 bytes, not a space) and the same again.
    static func opensDoubled<C: Collection>(_ b: C) -> Bool where C.Element == UInt8, C.Index == Int {
        guard let first = b.first, first != 0x20, first != 0x09, first != 0x0A, first != 0x0D else { return false }
        let n = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
        let s = b.startIndex
        guard b.count >= 2 * n else { return false }
        return (0..<n).allSatisfy { b[s + $0] == b[s + n + $0] }
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
