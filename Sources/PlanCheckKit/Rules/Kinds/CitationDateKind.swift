/// `citation-date`: one document cited with different dates — within a plan, across the loaded plans,
/// or against the registry of known documents. Each dated occurrence is judged once:
///
/// - the registry's date (or, for documents not in the registry, the date most occurrences agree on) is
///   taken as correct;
/// - `side = wrong` flags occurrences whose date differs from it (ties: every occurrence is flagged);
/// - `side = counterpart` flags correct occurrences when a wrong one exists, so that each side of the
///   conflict points at the other through `related`.
///
/// Local document numbers (`06/KH-UBND`) are reused by every commune, so across plans only documents
/// whose issuer symbol is in `shared-symbols` (central bodies: CP, TTg, TW, QH …) or that are in the
/// registry are compared; within one plan every number is.
public struct CitationDateKind: RuleKind {
    public static let name = "citation-date"
    public static let placeholders = ["document", "number", "date", "expected", "where"]
    public static let parameters = ["side", "shared-symbols"]
    public static let summary = "one document cited with different dates (within a plan, across plans, or against the registry)"

    let side: String
    let sharedSymbols: Set<String>

    public init(_ params: RuleParameters) throws {
        side = try params.choice("side", ["wrong", "counterpart"], default: "wrong")
        let s = params.list("shared-symbols")
        sharedSymbols = Set((s.isEmpty ? ["CP", "TTg", "TW", "QH", "UBTVQH", "BNV", "BCT"] : s).map { Folding.fold($0) })
    }

    struct Occurrence {
        var file: String
        var citation: Citation
        var date: String
    }

    /// Issuer symbol: the part after the last `-` or `/` (`NQ-CP` → `cp`, `57-NQ/TW` → `tw`).
    static func symbol(_ number: String) -> String {
        let n = DocumentRegistry.key(number)
        return String(n.split(whereSeparator: { $0 == "-" || $0 == "/" }).last ?? "")
    }

    /// Level words of an issuer (`UBND tỉnh` → tỉnh, `UBND xã Bình Giang` → xã). Two citations of one number
    /// by issuers of different levels (a commune's and a province's `06/KH-UBND`) are different documents.
    static let levelWords = ["tinh", "xa", "phuong", "thanh pho", "huyen", "quan", "thi xa", "chinh phu", "thu tuong",
                             "bo chinh tri", "ban chap hanh trung uong", "quoc hoi", "tinh uy", "dang uy"]

    static func levels(_ issuer: String?, _ ctx: RuleContext) -> Set<String> {
        guard let issuer, !issuer.isEmpty else { return [] }
        // Memoised for the run: one issuer ("UBND tỉnh") is compared for every pair of occurrences.
        let memo = ctx.shared.value("citation-date.levels") { MemoCache() }
        let joined = memo.value(issuer) { issuer in
            let f = " " + (ctx.catalog.map { Folding.foldExpanding(issuer, $0.abbreviations) } ?? Folding.fold(issuer)) + " "
            return levelWords.filter { f.range(of: " \($0) ") != nil }.joined(separator: "|")
        }
        return joined.isEmpty ? [] : Set(joined.split(separator: "|").map(String.init))
    }

    /// Every loaded plan's dated citations by document key, in plan order, built once per run.
    static func index(_ ctx: RuleContext) -> [String: [Occurrence]] {
        ctx.shared.value("citation-date.index") {
            var byKey: [String: [Occurrence]] = [:]
            for plan in ctx.plans {
                for c in plan.citations where !c.number.isEmpty {
                    guard let d = c.date else { continue }
                    byKey[DocumentRegistry.key(c.number), default: []].append(Occurrence(file: plan.file, citation: c, date: d))
                }
            }
            return byKey
        }
    }

    static func compatible(_ a: Citation, _ b: Citation, _ ctx: RuleContext) -> Bool {
        let x = levels(a.issuer, ctx), y = levels(b.issuer, ctx)
        return x.isEmpty || y.isEmpty || !x.isDisjoint(with: y)
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        var byKey: [String: [Occurrence]] = [:]
        // Only documents this plan cites can be in a conflict that concerns it: other plans' citations are
        // looked at only when they share a number with it (the cross-plan pass is the costly part).
        let mine = Set(ctx.plan.citations.filter { !$0.number.isEmpty && $0.date != nil }.map { DocumentRegistry.key($0.number) })
        let index = Self.index(ctx)
        for key in mine {
            for o in index[key] ?? [] {
                let shared = ctx.registry.entry(for: o.citation.number) != nil || sharedSymbols.contains(Self.symbol(o.citation.number))
                guard o.file == ctx.plan.file || shared else { continue }
                byKey[key, default: []].append(o)
            }
        }
        for key in byKey.keys.sorted() {
            let occ = byKey[key]!
            guard occ.contains(where: { $0.file == ctx.plan.file }) else { continue }
            let entry = ctx.registry.entry(for: occ[0].citation.number)
            // Dates of unrelated documents that share the number are not part of the conflict.
            let relevant = occ.filter { entry == nil || !entry!.otherDates.contains($0.date) }
            let correct: Set<String>
            if let entry {
                correct = [entry.date]
            } else {
                var counts: [String: Int] = [:]
                for o in relevant { counts[o.date, default: 0] += 1 }
                guard counts.count > 1 else { continue }
                let top = counts.values.max()!
                let winners = counts.filter { $0.value == top }
                correct = winners.count == 1 ? [winners.first!.key] : []
            }
            let wrong = relevant.filter { !correct.contains($0.date) }
            guard !wrong.isEmpty else { continue }
            let mine = relevant.filter { $0.file == ctx.plan.file }
            for o in mine {
                let isWrong = !correct.contains(o.date)
                guard isWrong == (side == "wrong") else { continue }
                let others = relevant.filter { $0.date != o.date && Self.compatible($0.citation, o.citation, ctx) }
                guard !others.isEmpty || (entry != nil && isWrong) else { continue }
                let expectedDates: [String] = (isWrong ? entry.map { [$0.date] } : nil) ?? Array(Set(others.map(\.date))).sorted()
                let whereText: String
                if entry != nil, isWrong {
                    whereText = RuleText.vi ? "danh mục văn bản đã biết (rules/registry)" : "the registry of known documents (rules/registry)"
                } else {
                    whereText = others.map { "\($0.file):\($0.citation.line)" }.joined(separator: ", ")
                }
                hits.append(RuleHit(line: o.citation.line, anchor: "document:\(key)",
                                    values: ["document": "\(o.citation.kind) \(o.citation.number)".trimmedWhitespace,
                                             "number": o.citation.number, "date": KindSupport.displayDate(o.date),
                                             "expected": expectedDates.map { KindSupport.displayDate($0) }.joined(separator: ", "),
                                             "where": whereText],
                                    related: others.map { RelatedLocation(file: $0.file, line: $0.citation.line, text: $0.citation.text) }))
            }
        }
        return hits
    }
}
