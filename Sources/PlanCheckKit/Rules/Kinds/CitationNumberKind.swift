/// `citation-number`: a citation whose number is not the one of the document it describes. A citation
/// with the kind and date of a registry entry but another number is the entry mistyped
/// - with `evidence = title`, when its words carry most of the entry's title (`Nghị quyết số 67/NQ-CP ngày
///   15/7/2021 … Chương trình tổng thể cải cách hành chính …` is 76/NQ-CP);
/// - with `evidence = slip`, when its number is the entry's with one figure slipped (changed, added,
///   dropped or two swapped), the same symbol, and not within 3 of it: documents of one day often carry
///   consecutive numbers (118 and 119/2025/NĐ-CP), a slipped figure rarely lands that close.
/// A number that is itself in the registry is left alone.
public struct CitationNumberKind: RuleKind {
    public static let name = "citation-number"
    public static let placeholders = ["document", "number", "expected", "date", "title"]
    public static let parameters = ["min-title-share", "evidence"]
    public static let summary = "a citation whose date and title are a known document's but whose number is another"

    /// Share of the entry's title words the citation must contain.
    let minShare: Double
    /// `title` or `slip`.
    let evidence: String

    public init(_ params: RuleParameters) throws {
        minShare = Double(try params.int("min-title-share", default: 70)) / 100
        evidence = try params.choice("evidence", ["title", "slip"], default: "title")
    }

    /// Whether `a` is `b` with one figure of its leading number changed, added, dropped or swapped with
    /// its neighbour, the rest (`/NQ-CP`, `/2025/NĐ-CP`) being the same.
    static func slipped(_ a: String, _ b: String) -> Bool {
        func split(_ n: String) -> ([Character], String) {
            let digits = Array(n.prefix { $0.isASCII && $0.isNumber })
            return (digits, DocumentRegistry.key(String(n.dropFirst(digits.count))))
        }
        let (da, ra) = split(a), (db, rb) = split(b)
        guard ra == rb, !da.isEmpty, !db.isEmpty, da != db else { return false }
        if da.count == db.count {
            let diff = da.indices.filter { da[$0] != db[$0] }
            if diff.count == 1 { return true }
            return diff.count == 2 && diff[1] == diff[0] + 1 && da[diff[0]] == db[diff[1]] && da[diff[1]] == db[diff[0]]
        }
        let (long, short) = da.count > db.count ? (da, db) : (db, da)
        guard long.count == short.count + 1 else { return false }
        return long.indices.contains { k in Array(long[..<k] + long[(k + 1)...]) == short }
    }

    /// Whether the leading numbers differ by more than 3 (`118` and `119` are likely two documents of a day).
    static func apart(_ a: String, _ b: String) -> Bool {
        guard let x = Int(a.prefix { $0.isASCII && $0.isNumber }), let y = Int(b.prefix { $0.isASCII && $0.isNumber }) else { return false }
        return abs(x - y) > 3
    }

    /// Title words of every registry entry, folded, made once per run.
    static func titleWords(_ ctx: RuleContext) -> [(entry: DocumentRegistry.Entry, kind: String, words: Set<Substring>)] {
        ctx.shared.value("citation-number.titles") {
            ctx.registry.entries.map { e in
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
            for t in titles where t.entry.date == date && t.kind == kind {
                let w = words ?? Set(Folding.fold(c.text).split(separator: " "))
                words = w
                let titled = !t.words.isEmpty && Double(t.words.intersection(w).count) >= minShare * Double(t.words.count)
                if evidence == "title" { guard titled else { continue } }
                else { guard !titled, Self.slipped(c.number, t.entry.number), Self.apart(c.number, t.entry.number) else { continue } }
                hits.append(RuleHit(line: c.line, anchor: "number:\(DocumentRegistry.key(c.number))",
                                    values: ["document": "\(c.kind) \(c.number)".trimmedWhitespace, "number": c.number,
                                             "expected": t.entry.number, "date": KindSupport.displayDate(date), "title": t.entry.title]))
                break
            }
        }
        return hits
    }
}
