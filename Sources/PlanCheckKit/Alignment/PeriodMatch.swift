/// Picks the parent figure a child figure is compared with.
///
/// Preference: the same period; else the narrowest parent period containing the child's (an annual
/// plan against the parent's multi-year figure); else, when the child's period is the wider one, the
/// parent figure ending last inside it (a 2026–2030 target against the 2028–2030 figure); else the
/// overlapping parent figure ending last. A figure without a period takes its plan's period; when that
/// is unknown too it matches the parent's latest figure.
enum PeriodMatch {
    static func best(child: Period?, among parents: [(index: Int, period: Period?)]) -> Int? {
        guard !parents.isEmpty else { return nil }
        guard let c = child else {
            return parents.max { ($0.period?.to ?? 0, -$0.index) < ($1.period?.to ?? 0, -$1.index) }?.index
        }
        var best: (rank: Int, key: Int, index: Int)?
        for (i, p) in parents {
            let rank: Int, key: Int
            if let p {
                if p == c { rank = 4; key = 0 }
                else if p.contains(c) { rank = 3; key = -(p.to - p.from) }
                else if c.contains(p) { rank = 2; key = p.to }
                else if p.from <= c.to && c.from <= p.to { rank = 1; key = p.to }
                else { continue }
            } else {
                rank = 0; key = 0
            }
            if best == nil || (rank, key) > (best!.rank, best!.key) { best = (rank, key, i) }
        }
        return best?.index
    }

    /// When no parent figure is due in the child's period: the parent's latest level due before it and
    /// within the child's plan (`plan`, e.g. 2026–2030), which the parent's plan (`horizon`) still runs
    /// through — `100% by 2027` is a floor for the 2030 figure of a 2026–2030 plan. An annual plan's floors
    /// may come from earlier in the parent's phase (`100% by 2027` for a 2028 plan). A milestone before the
    /// phase began (the national 2025 figures for a 2026 plan) is not: it belonged to an earlier phase.
    /// Reductions run to their own deadline and are not floors.
    static func floor(child: Period?, among parents: [(index: Int, period: Period?)], plan: Period?, horizon: Period?) -> Int? {
        guard let c = child, let h = horizon, let own = plan, h.from <= c.to, c.to <= h.to else { return nil }
        let start = floorStart(plan: own, horizon: h)
        return parents.filter { p in p.period.map { $0.to < c.from && $0.to >= start } ?? false }
            .max { ($0.period!.to, -$0.index) < ($1.period!.to, -$1.index) }?.index
    }

    /// The first year whose parent milestones are floors for a plan: its own first year, or for an annual
    /// plan under a parent of one five-year phase, the phase's first year.
    static func floorStart(plan: Period, horizon: Period) -> Int {
        plan.isSingleYear && isOnePhase(horizon) ? min(plan.from, horizon.from) : plan.from
    }

    /// Whether a multi-year plan's period is one five-year phase (2026–2030), not the ten years of the
    /// national programme (2021–2030), whose 2025 milestones closed its first phase.
    static func isOnePhase(_ p: Period) -> Bool { !p.isSingleYear && p.to - p.from <= 4 }

    /// Whether two periods share a year (nil overlaps everything).
    static func overlaps(_ a: Period?, _ b: Period?) -> Bool {
        guard let a, let b else { return true }
        return a.from <= b.to && b.from <= a.to
    }
}
