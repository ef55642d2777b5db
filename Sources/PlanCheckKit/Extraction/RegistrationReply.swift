/// A target written as a reply to the parent's wording: `Chỉ tiêu tỉnh giao: "Tỷ lệ … đạt tối thiểu 95%".
/// Phường đăng ký: 97%.`, or a registration form's line `Tỷ lệ … (mức tỉnh giao: ≥ 30%) - Xã đăng ký: ≥ 50%`.
/// The quotation (the bracket) is the parent's (its figures are not the plan's); the figures after `đăng ký:`
/// are the plan's own, about what the quotation (the words before the bracket) names.
enum RegistrationReply {
    /// `ký:` as bytes (6B C3 BD 3A): a paragraph without it is no reply.
    static let colonMark: [[UInt8]] = [[0x6B, 0xC3, 0xBD, 0x3A]]

    /// The quoted wording and the registration after it, as ranges of `text`; nil for other paragraphs.
    static func parts(_ text: String) -> (quote: Range<String.Index>, registration: Range<String.Index>)? {
        guard text.containsAny(ofBytes: colonMark, key: 1), let mark = text.range(of: "đăng ký:") ?? text.range(of: "Đăng ký:") ?? text.range(of: "ĐĂNG KÝ:") else { return nil }
        let head = text[..<mark.lowerBound]
        let quotes: Set<Character> = ["\"", "“", "”"]
        // "☒ 1.2. Tỷ lệ … được kiểm tra (mức tỉnh giao: ≥ 30%) - Xã đăng ký: ≥ 50%": a form's line, the parent's
        // level in brackets after the measure.
        if let paren = parentLevelBracket(head), let close = head[paren...].firstIndex(of: ")"),
           registrant(head[head.index(after: close)...]) {
            return (head.startIndex..<paren, mark.upperBound..<text.endIndex)
        }
        guard let open = head.firstIndex(where: quotes.contains), let close = head.lastIndex(where: quotes.contains), open < close,
              registrant(head[head.index(after: close)...])
        else { return nil }
        return (head.index(after: open)..<close, mark.upperBound..<text.endIndex)
    }

    /// Whether only the registering commune stands between the parent's wording and `đăng ký:` (`Phường`,
    /// `- Xã`, `UBND xã`).
    static func registrant(_ between: Substring) -> Bool {
        Folding.fold(String(between)).words.allSatisfy({ ["phuong", "xa", "dac", "khu", "don", "vi", "ubnd"].contains($0) })
    }

    /// Folded openings of a bracket giving the parent's level (`(mức tỉnh giao: ≥ 30%)`).
    static let parentLevels = ["muc tinh giao", "tinh giao", "muc thanh pho giao", "thanh pho giao", "chi tieu tinh giao",
                               "chi tieu thanh pho giao"]

    /// The opening bracket of the parent's level in `head`, if any.
    static func parentLevelBracket(_ head: Substring) -> String.Index? {
        var from = head.startIndex
        while let open = head[from...].firstIndex(of: "(") {
            let after = Folding.fold(String(head[head.index(after: open)...].prefix(24))) + " "
            if parentLevels.contains(where: { after.hasPrefix($0 + " ") || after.hasPrefix($0 + ":") }) { return open }
            from = head.index(after: open)
        }
        return nil
    }
}
