/// `parent-target` with `mode = later`: the plan sets a level the parent asks for by an earlier year only
/// for a later one (`100% DVCTT toàn trình … chậm nhất trong năm 2029` under the parent's `Đến năm 2028:
/// 100%`), and sets nothing for the parent's year. `below` compares figures of one deadline; this is
/// the same shortfall in time.
extension ParentTargetKind {
    func later(_ ctx: RuleContext, _ parent: Plan) -> [RuleHit] {
        var hits: [RuleHit] = []
        for t in ctx.plan.targets where t.comparator.change == nil && t.comparator != .range {
            // Only a deadline the plan writes (`năm 2029`), not the plan's own period.
            guard let id = applies(t.indicator), let tp = t.period, tp.isSingleYear, tp != ctx.plan.period else { continue }
            let y = tp.to
            // The parent's latest deadline before the plan's at which it already asks this level or more.
            let earlier = parent.targets.filter { p in
                p.indicator == id && p.unit == t.unit && p.comparator.change == nil && p.comparator != .range
                    && (Self.year(p, parent).map { $0 < y } ?? false) && ambition(p, ctx) >= ambition(t, ctx)
            }
            guard let p = earlier.max(by: { (Self.year($0, parent) ?? 0) < (Self.year($1, parent) ?? 0) }),
                  let py = Self.year(p, parent) else { continue }
            // A figure of the plan's own for that year (or before) is compared by `below`.
            guard !ctx.plan.targets.contains(where: { $0.indicator == id && (Self.year($0, ctx.plan).map { $0 <= py } ?? false) }) else { continue }
            hits.append(RuleHit(line: t.line, anchor: "indicator:\(id):later",
                                values: ["indicator": ctx.indicatorName(id), "indicatorId": id,
                                         "value": Self.shown(t), "year": String(y),
                                         "parentValue": Self.shown(p), "parentYear": String(py),
                                         "parentFile": parent.file, "parentLine": String(p.line)],
                                related: [RelatedLocation(file: parent.file, line: p.line, text: p.text)]))
        }
        return hits
    }
}
