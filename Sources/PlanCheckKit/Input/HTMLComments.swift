/// HTML comments a Markdown export keeps (`<!-- bản cũ: đạt 85% -->`, a block of a draft's figures and leads
/// over several lines between `<!--` and `-->`): not the plan. Read at load as nothing, their line breaks
/// kept so that each line stays where it was. An unclosed `<!--` hides the rest of the text, as a browser would.
enum HTMLComments {
    /// The text without its comments; `text` itself when it has none.
    static func stripped(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            let body = rest[open.upperBound...]
            let close = body.range(of: "-->")
            let hidden = close.map { body[..<$0.lowerBound] } ?? body
            out += String(repeating: "\n", count: hidden.utf8.count(where: { $0 == 0x0A }))
            guard let close else { return out }
            rest = body[close.upperBound...]
        }
        return out + rest
    }
}
