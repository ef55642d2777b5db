/// `parent-target`: compares the plan's quantitative targets with its parent's, indicator by indicator.
///
/// - `mode = below`: a target less ambitious than the parent's for the same indicator and deadline year.
///   "Less ambitious" respects the indicator's direction (catalogue `better = lower` for ceilings) and
///   reductions (`giảm 10%` is more ambitious than `giảm 5%`); targets of different comparators
///   (a reduction and a level) are not compared.
/// - `mode = below-unlisted`: the same for targets no catalogue indicator matched, paired with the parent's
///   unmatched targets by subject (see `ParentTargetKind+Unlisted.swift`).
/// - `mode = missing-unlisted`: the parent's unmatched targets that a sibling plan carries and this plan does not
///   (see `ParentTargetKind+Unlisted.swift`).
/// - `mode = later`: the plan sets the parent's level only for a later year (see `ParentTargetKind+Later.swift`).
/// - `mode = below-period`: an annual plan's figure below a level its multi-year parent sets for the whole
///   period, with no year of its own (`setsForPeriod`); whether the parent means each year or only the last
///   it does not say, so the finding is less certain than `below`'s.
/// - `mode = missing`: the parent sets a target for the plan's deadline year (for a multi-year plan, any year
///   of its period) that the plan does not carry.
///   With `group = plan` (the default) one finding lists every such indicator, at the plan's first target;
///   with `group = indicator` each gets its own finding.
///
/// Targets are compared (`below`) only when their deadline years (end of the target's period, else the plan's)
/// agree — a 2026 figure of 90% is not "below" a 100% due by 2027 or 2030: an error must be certain — or
/// when the plan's figure is a level set for a period containing the parent's deadline (see `phaseCovers`). For
/// `missing`, a parent target of a short phase (at most three years, e.g. 2026-2027) containing the plan's
/// year also counts as one the plan should carry.
public struct ParentTargetKind: RuleKind {
    public static let name = "parent-target"
    public static let placeholders = ["indicator", "indicatorId", "value", "parentValue", "year", "parentFile", "parentLine",
                                      "indicators", "count", "text", "parentText", "parentYear", "relation"]
    public static let parameters = ["mode", "indicators", "group", "min-shared"]
    public static let summary = "a target below the parent's, or a parent target the plan does not carry"

    let mode: String
    /// Restricts the rule to these indicator ids (empty: all).
    let indicators: Set<String>
    let perIndicator: Bool
    /// `below-unlisted`: share of the smaller set of subject words two targets must have in common.
    let minShared: Double

    public init(_ params: RuleParameters) throws {
        mode = try params.choice("mode", ["below", "missing", "below-unlisted", "missing-unlisted", "later", "below-period"], default: "below")
        minShared = Double(try params.int("min-shared", default: 70)) / 100
        indicators = Set(params.list("indicators"))
        perIndicator = try params.choice("group", ["plan", "indicator"], default: "plan") == "indicator"
    }

    static func year(_ t: Target, _ plan: Plan) -> Int? { (t.period ?? plan.period)?.to }

    /// Whether the parent's target `p` applies to the deadline year `y`.
    static func applies(_ p: Target, of parent: Plan, to y: Int) -> Bool {
        if year(p, parent) == y { return true }
        // "Hằng năm, 100% …": every year of its period.
        if p.everyYear == true, let pp = p.period ?? parent.period, pp.from <= y, y <= pp.to { return true }
        guard let pp = p.period, !pp.isSingleYear, pp.to - pp.from <= 2 else { return false }
        return pp.from <= y && y <= pp.to
    }

    /// A level the plan sets for a period (`Giai đoạn 2026 - 2027: tối thiểu 85%`, `2026-2030: 90%`) must
    /// meet a parent figure due within that period (95% in 2026, 100% by 2027): a lower figure by the same
    /// or a later date is less ambitious whichever way the period is read. Reductions run to a deadline and
    /// are only compared at the same year.
    static func phaseCovers(_ t: Target, _ p: Target, _ parent: Plan) -> Bool {
        guard t.comparator.change == nil, let tp = t.period, !tp.isSingleYear, let y = year(p, parent) else { return false }
        return tp.from <= y && y <= tp.to
    }

    /// A multi-year plan (2026-2030) covers every year of its period: a parent target due in one of them
    /// is one it should carry.
    static func within(_ y: Int, _ period: Period?) -> Bool {
        guard let period, !period.isSingleYear else { return false }
        return period.from <= y && y <= period.to
    }

    /// The deadline year of the parent's target `p` when it is one the plan should carry: due in the plan's
    /// year (or in a short phase containing it), or within a multi-year plan's period; nil otherwise.
    static func due(_ p: Target, of parent: Plan, for plan: Plan) -> Int? {
        guard let y = year(p, parent) else { return nil }
        guard let planYear = plan.period?.to else { return y }
        return applies(p, of: parent, to: planYear) || within(y, plan.period) || nextMilestone(p, of: parent, for: plan)
            || plan.period?.isSingleYear == true && setsForPeriod(p, of: parent, year: planYear) ? y : nil
    }

    /// Whether `p` is a level a multi-year parent sets for its whole period with no year of its own (`- 100%
    /// văn bản QPPL được rà soát, kiểm tra theo quy định` among a 2026–2030 plan's targets), or for a stage of
    /// it (`+ Giai đoạn 2028 - 2030: đạt tối thiểu 95%`), and `y` is a year of that period: an annual plan of
    /// that year should carry the indicator. Whether the level binds each year or the last the parent does not say.
    static func setsForPeriod(_ p: Target, of parent: Plan, year y: Int) -> Bool {
        guard p.everyYear != true, let pp = parent.period, !pp.isSingleYear, let stage = p.period ?? parent.period,
              !stage.isSingleYear else { return false }
        return stage.from <= y && y <= stage.to
    }

    /// Whether `p` is a multi-year parent's milestone due the year after an annual plan's (`Đến năm 2027`
    /// in a 2026-2030 parent, for a 2026 plan): the plan's year is the first step towards it, so the plan
    /// should set the indicator, with a figure of its own year. Its figure is not compared with the
    /// milestone (`below`): what 2026 must reach on the way to 2027 is not written.
    ///
    /// In a parent of one five-year phase that sets the indicator by stages (`Đến năm 2027 … Đến năm 2030`),
    /// a plan for a year after one milestone works towards the next: a 2028 plan towards 2030.
    static func nextMilestone(_ p: Target, of parent: Plan, for plan: Plan) -> Bool {
        guard let pp = plan.period, pp.isSingleYear, let parentPeriod = parent.period, !parentPeriod.isSingleYear,
              parentPeriod.from <= pp.to, let y = year(p, parent), y > pp.to else { return false }
        if y == pp.to + 1 { return true }
        guard PeriodMatch.isOnePhase(parentPeriod), let id = p.indicator else { return false }
        let years = parent.targets.filter { $0.indicator == id }.compactMap { year($0, parent) }
        return years.contains { $0 < pp.to } && !years.contains { $0 >= pp.to && $0 < y }
    }

    /// A target's figure as the plan prints it, else as plancheck writes it (sheets give no printed figure).
    static func shown(_ t: Target) -> String {
        // A change is shown with its verb (`tăng 3%`), which the figure as written (`3%`) leaves out.
        if t.comparator == .rise { return TargetFormat.figure(t) }
        return t.figure.isEmpty ? KindSupport.figure(t.value, unit: t.unit) : t.figure
    }

    func applies(_ id: String?) -> String? {
        guard let id else { return nil }
        return indicators.isEmpty || indicators.contains(id) ? id : nil
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        guard var parent = ctx.parent else { return [] }
        // Figures the parent sets for another level of government (its own agencies) do not bind the plan.
        // Figures set for one commune by name, or for its level or kind, bind it in place of the general ones.
        let specific = parent.hasSpecificTargets
        let binding = parent.targets.filter { specific ? parent.binds($0, on: ctx.plan) : $0.applies(to: ctx.plan) }
        if binding.count < parent.targets.count { parent.targets = binding }
        switch mode {
        case "below": return below(ctx, parent)
        case "later": return later(ctx, parent)
        case "below-period": return belowPeriod(ctx, parent)
        case "below-unlisted": return belowUnlisted(ctx, parent)
        case "missing-unlisted": return missingUnlisted(ctx, parent)
        default: return missing(ctx, parent)
        }
    }

    /// The parent's levels of indicator `id` due last before the year `y` of the plan's level `t`, within
    /// the plan's own period (an annual plan's: the parent's phase), when the parent's plan runs through `y`:
    /// reaching 100% by 2027 is a floor for 2030, and for a 2028 plan (`PeriodMatch.floor`).
    static func floors(_ t: Target, _ id: String, year y: Int, plan: Period?, _ parent: Plan) -> [Target] {
        guard t.comparator.change == nil, let own = plan, let h = parent.period, h.from <= y, y <= h.to else { return [] }
        let start = PeriodMatch.floorStart(plan: own, horizon: h)
        let earlier = parent.targets.filter {
            guard $0.indicator == id, $0.unit == t.unit, $0.comparator.change == nil, let py = year($0, parent) else { return false }
            return py < y && py >= start
        }
        guard let last = earlier.compactMap({ year($0, parent) }).max() else { return [] }
        return earlier.filter { year($0, parent) == last }
    }

    /// Whether the parent's target `p` is the figure the plan's `t` (due in `y`) must meet: same unit, both
    /// reductions or both levels, due the same year or within the period `t` sets a level for, or set for
    /// every year (a cut too: `Năm 2026 (và hằng năm) | Giảm ít nhất 30%` of the time a procedure takes).
    static func comparable(_ t: Target, _ p: Target, year y: Int, _ parent: Plan) -> Bool {
        p.unit == t.unit && p.comparator.change == t.comparator.change
            && (year(p, parent) == y || phaseCovers(t, p, parent) || p.everyYear == true && applies(p, of: parent, to: y))
    }

    func below(_ ctx: RuleContext, _ parent: Plan) -> [RuleHit] {
        var hits: [RuleHit] = []
        for t in ctx.plan.targets {
            guard let id = applies(t.indicator), let y = Self.year(t, ctx.plan) else { continue }
            // A level set for several years (`Chỉ tiêu năm 2026 (duy trì hằng năm)`, 90%) is not the plan's figure
            // for a year it gives a figure of its own (`Chỉ tiêu đến năm 2030`, 95%): that one meets the parent's.
            // (Nor for the last year of a stage it sets a figure for: `Giai đoạn 2028 - 2030: … 99%`, nor for the
            // years a narrower figure held each year covers: `điều chỉnh … lên 95% kể từ năm 2027`.)
            var ownYears = Set<Int>()
            if let tp = t.period, !tp.isSingleYear {
                for o in ctx.plan.targets where o.indicator == id {
                    guard let op = o.period, op != tp else { continue }
                    if o.everyYear == true, tp.from <= op.from, op.to <= tp.to { ownYears.formUnion(op.from...op.to) }
                    else if o.everyYear != true, let y = Self.year(o, ctx.plan) { ownYears.insert(y) }
                }
            }
            var candidates = parent.targets.filter {
                $0.indicator == id && Self.comparable(t, $0, year: y, parent) && !(Self.year($0, parent).map(ownYears.contains) ?? false)
            }
            if candidates.isEmpty, ownYears.isEmpty { candidates = Self.floors(t, id, year: y, plan: ctx.plan.period, parent) }
            if candidates.isEmpty, !parent.targets.contains(where: { $0.indicator == id }) {
                // The parent sets only a stand-in of this indicator, which the plan does not set itself.
                let standIns = (ctx.catalog?.indicators.indicator(id)?.standIns ?? []).filter { s in
                    !ctx.plan.targets.contains { $0.indicator == s }
                }
                candidates = parent.targets.filter { p in p.indicator.map(standIns.contains) == true && Self.comparable(t, p, year: y, parent) }
            }
            // The most demanding parent figure for that year is the one the plan must meet.
            guard let p = candidates.max(by: { ambition($0, ctx) < ambition($1, ctx) }),
                  ambition(t, ctx) < ambition(p, ctx) else { continue }
            hits.append(RuleHit(line: t.line, anchor: "indicator:\(id):\(y)",
                                values: ["indicator": ctx.indicatorName(id), "indicatorId": id,
                                         "value": Self.shown(t),
                                         "parentValue": Self.shown(p), "relation": Self.relation(p),
                                         "year": String(y), "parentFile": parent.file, "parentLine": String(p.line)],
                                related: [RelatedLocation(file: parent.file, line: p.line, text: p.text)]))
        }
        return hits
    }

    /// How a figure short of the parent's stands to it, in the report's language: below a level, above a
    /// ceiling (`15 ngày làm việc` against `không quá 12 ngày`).
    static func relation(_ parent: Target) -> String {
        let ceiling = parent.comparator == .atMost || parent.comparator == .lessThan
        switch L10n.current {
        case .vi: return ceiling ? "cao hơn mức trần" : "thấp hơn mức"
        case .en: return ceiling ? "above the ceiling of" : "below"
        }
    }

    /// A number that grows with ambition: the committed figure, negated for ceilings; reductions grow with size.
    func ambition(_ t: Target, _ ctx: RuleContext) -> Double {
        if t.comparator.change != nil { return t.value }
        let v = t.value
        let higher = t.indicator.map { ctx.higherIsBetter($0) } ?? Ambition.higherIsBetter(uncatalogued: t)
        return higher ? v : -(t.valueMax ?? v)
    }

    func missing(_ ctx: RuleContext, _ parent: Plan) -> [RuleHit] {
        // A plan carries a parent target when it sets the indicator for a period that overlaps the parent's
        // (a 2026-2030 plan that sets it for 2026-2027 only does not carry the parent's 2030 figure).
        func carries(_ id: String, _ p: Target) -> Bool {
            let pp = p.period ?? Self.year(p, parent).map { Period(year: $0) }
            // A stand-in the parent does not set itself carries the indicator (see `IndicatorCatalog.standIns`).
            let standIns = (ctx.catalog?.indicators.indicator(id)?.standIns ?? []).filter { s in
                !parent.targets.contains { $0.indicator == s }
            }
            let stepTowards = Self.nextMilestone(p, of: parent, for: ctx.plan)
            return ctx.plan.targets.contains { t in
                guard t.indicator == id || t.indicator.map(standIns.contains) == true else { return false }
                guard !stepTowards, let tp = t.period ?? ctx.plan.period, let pp else { return true }
                return tp.from <= pp.to && pp.from <= tp.to
            }
        }
        // One figure closing a `;`-list of indicators carries each of them (see SharedFigures).
        // Made on first need: most parent targets are carried by the plan's own figures.
        var shared: SharedFigures??
        func carriedJointly(_ id: String) -> Bool {
            if shared == nil { shared = .some(ctx.catalog.map { SharedFigures(plan: ctx.plan, catalog: $0) }) }
            guard let made = shared!, let ind = ctx.catalog?.indicators.indicator(id) else { return false }
            return made.sharedTarget(for: ind) != nil
        }
        var done: [String: Int] = [:]  // indicator id → index of its hit
        var hits: [RuleHit] = []
        for p in parent.targets {
            guard let id = applies(p.indicator), !carries(id, p), let y = Self.due(p, of: parent, for: ctx.plan) else { continue }
            if let i = done[id] {
                // Each milestone the plan lacks is named ("60%, 2028 và 80%, 2030"): dropping the 2030 figure
                // of a plan that already lacks the 2028 one is a new gap.
                let more = "\(Self.shown(p)), \(y)"
                guard !(hits[i].values["milestones"] ?? "").contains(more) else { continue }
                hits[i].values["milestones", default: ""] += (RuleText.vi ? " và " : " and ") + more
                hits[i].values["indicators"] = "\(ctx.indicatorName(id)) (\(hits[i].values["milestones"] ?? ""))"
                hits[i].related.append(RelatedLocation(file: parent.file, line: p.line, text: p.text))
                continue
            }
            // Asked once per indicator: an indicator already listed was not carried jointly.
            guard !carriedJointly(id) else { continue }
            done[id] = hits.count
            // Place the finding at the plan's first target of the same area, else its area heading, else its first target.
            let area = p.area ?? ctx.catalog?.indicators.indicator(id)?.area
            let line = ctx.plan.targets.first { $0.area == area && area != nil }?.line
                ?? ctx.plan.areas.first { $0.area == area }?.line
                ?? ctx.plan.targets.first?.line ?? 0
            let pv = Self.shown(p)
            hits.append(RuleHit(line: line, anchor: "indicator:\(id):\(y)",
                                values: ["indicator": ctx.indicatorName(id), "indicatorId": id, "value": "",
                                         "indicators": "\(ctx.indicatorName(id)) (\(pv), \(y))", "count": "1",
                                         "milestones": "\(pv), \(y)",
                                         "parentValue": pv,
                                         "year": String(y), "parentFile": parent.file, "parentLine": String(p.line)],
                                related: [RelatedLocation(file: parent.file, line: p.line, text: p.text)],
                                quote: line == 0 ? "" : nil))
        }
        guard !perIndicator, hits.count > 1 else { return hits }
        // One finding for the plan: the list of indicators, every parent line related.
        let list = hits.map { $0.values["indicators"] ?? "" }
        var v = hits[0].values
        v["indicators"] = list.joined(separator: "; ")
        v["count"] = String(hits.count)
        let line = ctx.plan.targets.map(\.line).min() ?? hits.map(\.line).min() ?? 0
        return [RuleHit(line: line, anchor: "parent:missing", values: v, related: hits.flatMap(\.related), quote: line == 0 ? "" : nil)]
    }
}
