/// `heading-numbering`: two consecutive sibling headings with the same number (`2.` then `2.` again),
/// usually an item inserted without renumbering the rest.
public struct HeadingNumberingKind: RuleKind {
    public static let name = "heading-numbering"
    public static let placeholders = ["number", "heading", "otherLine", "otherHeading"]
    public static let parameters: [String] = []
    public static let summary = "two sibling headings with the same number"

    public init(_ params: RuleParameters) throws {}

    /// `2.` / `2)` / `II.` → `2` / `II`, so that `2.` and `2)` count as the same number.
    static func number(_ marker: String) -> String {
        var m = marker.trimmedWhitespace
        while let l = m.last, l == "." || l == ")" { m.removeLast() }
        return m
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        var lastAtDepth: [Int: Heading] = [:]
        var hits: [RuleHit] = []
        // A parent path keeps anchors stable: "II/2" rather than a line number.
        for h in ctx.plan.headings where h.kind != "bullet" {
            for d in lastAtDepth.keys where d > h.depth { lastAtDepth[d] = nil }
            if let prev = lastAtDepth[h.depth], prev.kind == h.kind, Self.number(prev.marker) == Self.number(h.marker) {
                let path = lastAtDepth.keys.filter { $0 < h.depth }.sorted().compactMap { lastAtDepth[$0].map { Self.number($0.marker) } }
                hits.append(RuleHit(line: h.line, anchor: "heading:\((path + [Self.number(h.marker)]).joined(separator: "/")):\(h.text.prefix(40))",
                                    values: ["number": h.marker, "heading": h.text, "otherLine": String(prev.line), "otherHeading": prev.text],
                                    related: [RelatedLocation(file: ctx.plan.file, line: prev.line, text: prev.text)]))
            }
            lastAtDepth[h.depth] = h
        }
        return hits
    }
}
