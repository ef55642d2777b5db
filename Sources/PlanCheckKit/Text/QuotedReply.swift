/// An earlier message quoted under a reply: `Vào Th 4, 23 thg 12, 2026 lúc 16:05 … đã viết:` (or `… wrote:`)
/// followed by `> …` lines holding a previous draft with its older figures. When the plan itself stands
/// above the attribution (its `KẾ HOẠCH` title unquoted), the quoted lines are the old draft's, not the
/// plan's, and are not read. (A plan forwarded whole inside the quote has no plan above it, and is read.)
enum QuotedReply {
    /// The lines (0-based) of the attribution and the quoted block after it, or an empty range.
    static func lines(_ lines: [String]) -> Range<Int> {
        // `đã viết:` / `wrote:` end the attribution: a byte test for `:` at a line's end first.
        guard let a = lines.indices.first(where: { i in
            let l = lines[i]
            guard l.utf8.count <= 200, l.contains("đã viết:") || l.contains("wrote:") else { return false }
            return i + 1 < lines.count && lines[i + 1].utf8.first == UInt8(ascii: ">")
        }) else { return 0..<0 }
        // The plan above it: its title unquoted.
        guard lines[..<a].contains(where: { $0.utf8.first != UInt8(ascii: ">") && Folding.fold(String($0.prefix(12))).hasPrefix("ke hoach") })
        else { return 0..<0 }
        var e = a + 1
        while e < lines.count, lines[e].utf8.first == UInt8(ascii: ">") { e += 1 }
        return a..<e
    }
}
