/// `citation-number`: a citation whose number is not the one of the document it describes. When a
/// citation's date and its words (kind, most of the title) are those of a registry entry but its number is
/// another, the number is mistyped (`Nghị quyết số 67/NQ-CP ngày 15/7/2021 … Chương trình tổng thể cải cách
/// hành chính …` is 76/NQ-CP). A number that is itself in the registry is left alone: two documents of one
/// day and subject are then both known.
public struct CitationNumberKind: RuleKind {
    public static let name = "citation-number"
    public static let placeholders = ["document", "number", "expected", "date", "title"]
    public static let parameters = ["min-title-share"]
    public static let summary = "a citation whose date and title are a known document's but whose number is another"

    /// Share of the entry's title words the citation must contain.
    let minShare: Double

    public init(_ params: RuleParameters) throws {
        minShare = Double(try params.int("min-title-share", default: 70)) / 100
    }

    /// Title words of every registry entry, folded, made once per run.
    static func titleWords(_ ctx: RuleContext) -> [(entry: DocumentRegistry.Entry, kind: String, words: Set<Substring>)] {
        ctx.shared.value("citation-number.titles") {
            ctx.registry.entries.filter { !$0.title.isEmpty }.map { e in
                (e, Folding.fold(e.kind), Set(Folding.fold(e.title).split(separator: " ").filter { $0.count >= 2 && Int($0) == nil }))
            }
        }
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        let titles = Self.titleWords(ctx)
        for c in ctx.plan.citations where !c.number.isEmpty {
            guard let date = c.date, ctx.registry.entry(for: c.number) == nil else { continue }
            let kind = Folding.fold(c.kind)
            var words: Set<Substring>?
            for t in titles where t.entry.date == date && t.kind == kind && !t.words.isEmpty {
                let w = words ?? Set(Folding.fold(c.text).split(separator: " "))
                words = w
                guard Double(t.words.intersection(w).count) >= minShare * Double(t.words.count) else { continue }
                hits.append(RuleHit(line: c.line, anchor: "number:\(DocumentRegistry.key(c.number))",
                                    values: ["document": "\(c.kind) \(c.number)".trimmedWhitespace, "number": c.number,
                                             "expected": t.entry.number, "date": KindSupport.displayDate(date), "title": t.entry.title]))
                break
            }
        }
        return hits
    }
}
