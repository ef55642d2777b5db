/// `parent-target` with `mode = below-period`: an annual plan's figure below a level its multi-year parent
/// sets for the whole period or a stage with no year of its own (`setsForPeriod`: `- 100% văn bản QPPL được
/// rà soát, kiểm tra theo quy định` among a 2026–2030 plan's targets, `Giai đoạn 2028 - 2030: ≥ 95%`). `below` compares figures of one deadline, and
/// such a level has none: the parent may mean each year or only the last. A plan at 85% in 2026 still falls
/// short of a 100% the parent writes for its period, so this is said, as a warning.
extension ParentTargetKind {
    func belowPeriod(_ ctx: RuleContext, _ parent: Plan) -> [RuleHit] {
        guard let own = ctx.plan.period, own.isSingleYear, let pp = parent.period, !pp.isSingleYear else { return [] }
        let y = own.to
        var hits: [RuleHit] = []
        for t in ctx.plan.targets {
            guard let id = applies(t.indicator), Self.year(t, ctx.plan) == y else { continue }
            let ofIndicator = parent.targets.filter { $0.indicator == id }
            // A parent figure due that year (or set for every year) is `below`'s to compare.
            guard !ofIndicator.contains(where: { Self.comparable(t, $0, year: y, parent) }) else { continue }
            let levels = ofIndicator.filter {
                Self.setsForPeriod($0, of: parent, year: y) && $0.unit == t.unit && $0.comparator.change == t.comparator.change
            }
            guard let p = levels.max(by: { ambition($0, ctx) < ambition($1, ctx) }), ambition(t, ctx) < ambition(p, ctx) else { continue }
            hits.append(RuleHit(line: t.line, anchor: "indicator:\(id):period",
                                values: ["indicator": ctx.indicatorName(id), "indicatorId": id,
                                         "value": Self.shown(t), "parentValue": Self.shown(p), "relation": Self.relation(p),
                                         "year": String(y), "parentYear": Self.span(p.period ?? pp),
                                         "parentFile": parent.file, "parentLine": String(p.line)],
                                related: [RelatedLocation(file: parent.file, line: p.line, text: p.text)]))
        }
        return hits
    }

    /// `2028–2030`.
    static func span(_ p: Period) -> String { "\(p.from)–\(p.to)" }
}
