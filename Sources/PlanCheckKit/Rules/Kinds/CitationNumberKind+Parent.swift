/// `citation-number` with `evidence = parent`: the loaded parent plan cites a document of the same kind,
/// day and symbol, about the same subject, under another number. Communes copy their legal basis from
/// the parent (`Căn cứ Quyết định số 3417/QĐ-UBND ngày 12/9/2025 của UBND Thành phố ban hành Kế hoạch
/// CCHC giai đoạn 2026-2030`), and the parent's text, checked at the province, is the better witness:
/// one occurrence there outweighs the commune's, which no sibling may repeat.
extension CitationNumberKind {
    /// The loaded parent's dated citations by kind and day, made once per parent (a run may load several).
    static func parentByDay(_ ctx: RuleContext) -> [String: [Citation]] {
        guard let parent = ctx.parent, parent.level != .national, !parent.citations.isEmpty else { return [:] }
        let memo = ctx.shared.value("citation-number.parent") { MemoCache<[String: [Citation]]>() }
        return memo.value(parent.file) { _ in
            var out: [String: [Citation]] = [:]
            for c in parent.citations where !c.number.isEmpty {
                guard let d = c.date else { continue }
                out[kindKey(c.kind) + "|" + d, default: []].append(c)
            }
            return out
        }
    }

    func againstParent(_ ctx: RuleContext) -> [RuleHit] {
        let byDay = Self.parentByDay(ctx)
        guard !byDay.isEmpty, let parent = ctx.parent else { return [] }
        let cited = Set(parent.citations.map { DocumentRegistry.key($0.number) })
        var hits: [RuleHit] = []
        for c in ctx.plan.citations where !c.number.isEmpty {
            let mine = DocumentRegistry.key(c.number)
            guard let date = c.date, let day = byDay[Self.kindKey(c.kind) + "|" + date], !cited.contains(mine),
                  ctx.registry.entry(for: c.number) == nil else { continue }
            // A commune's own decision of the day (`12/QĐ-UBND của UBND phường`) is not the province's.
            let lv = CitationDateKind.levels(c.issuer, ctx)
            guard CitationDateKind.isProvincial(c, levels: lv)
                || CitationDateKind.symbol(c.number) != "ubnd" && lv.isDisjoint(with: ["xa", "phuong"]) else { continue }
            guard let p = day.first(where: { p in
                Self.sameSymbol(c.number, p.number) && Self.sameSubject(c, p)
                    || Self.slipped(c.number, p.number) && Self.apart(c.number, p.number) && !Self.otherSubject(c, p)
            }) else { continue }
            hits.append(RuleHit(line: c.line, anchor: "number:\(mine)",
                                values: ["document": "\(c.kind) \(c.number)".trimmedWhitespace, "number": c.number,
                                         "expected": p.number, "date": KindSupport.displayDate(date), "title": "",
                                         "where": "\(parent.file):\(p.line)"],
                                related: [RelatedLocation(file: parent.file, line: p.line, text: p.text)]))
        }
        return hits
    }
}
