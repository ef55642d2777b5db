/// A target written as a reply to the parent's wording: `Chỉ tiêu tỉnh giao: "Tỷ lệ … đạt tối thiểu 95%".
/// Phường đăng ký: 97%.` The quotation is the parent's (its figures are not the plan's); the figures after
/// `đăng ký:` are the plan's own, about what the quotation names.
enum RegistrationReply {
    /// `ký:` as bytes (6B C3 BD 3A): a paragraph without it is no reply.
    static let colonMark: [[UInt8]] = [[0x6B, 0xC3, 0xBD, 0x3A]]

    /// The quoted wording and the registration after it, as ranges of `text`; nil for other paragraphs.
    static func parts(_ text: String) -> (quote: Range<String.Index>, registration: Range<String.Index>)? {
        guard text.containsAny(ofBytes: colonMark, key: 1), let mark = text.range(of: "đăng ký:") ?? text.range(of: "Đăng ký:") ?? text.range(of: "ĐĂNG KÝ:") else { return nil }
        let head = text[..<mark.lowerBound]
        let quotes: Set<Character> = ["\"", "“", "”"]
        guard let open = head.firstIndex(where: quotes.contains), let close = head.lastIndex(where: quotes.contains), open < close,
              Folding.fold(String(head[close...])).words.allSatisfy({ ["phuong", "xa", "dac", "khu", "don", "vi", "ubnd"].contains($0) })
        else { return nil }
        return (head.index(after: open)..<close, mark.upperBound..<text.endIndex)
    }
}
