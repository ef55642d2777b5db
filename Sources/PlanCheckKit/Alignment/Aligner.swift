import Dispatch

/// Builds the indicator matrix, the responsibility matrix, sibling statistics and the unmatched list.
public enum Aligner {
    /// Aligns `plans` with `parent` (nil: no parent, every figure is `not-in-parent`).
    public static func align(parent: ParentPlan?, plans: [Plan], catalog: Catalog?) -> Alignment {
        Alignment(indicators: indicatorRows(parent: parent?.plan, plans: plans, catalog: catalog,
                                            clauses: catalog.map { c in plans.map { SharedFigures(plan: $0, catalog: c) } }),
                  responsibilities: responsibilities(parent: parent?.plan, plans: plans, catalog: catalog),
                  unmatched: plans.enumerated().flatMap { i, p in
                      p.targets.filter { $0.indicator == nil }.map { UnmatchedTarget(plan: i, target: $0) }
                  })
    }

    // MARK: indicators

    static func indicatorRows(parent: Plan?, plans: [Plan], catalog: Catalog?, clauses: [SharedFigures]? = nil) -> [IndicatorRow] {
        var ids = Set<String>()
        for t in parent?.targets ?? [] { if let i = t.indicator { ids.insert(i) } }
        for p in plans { for t in p.targets { if let i = t.indicator { ids.insert(i) } } }
        // Catalogue order first (it groups indicators by area), then ids the catalogue does not know.
        let known: [String] = catalog?.indicators.indicators.map(\.id).filter { ids.contains($0) } ?? []
        let order = known + ids.subtracting(known).sorted()
        // Rows are independent: one per core, in catalogue order whatever the scheduling.
        // Each plan's targets by indicator, once, instead of a scan per row.
        let byIndicator: [[String: [Target]]] = plans.map { p in
            Dictionary(grouping: p.targets.filter { $0.indicator != nil }, by: { $0.indicator! })
        }
        return ParallelMap.map(order) { id in
            row(id, parent: parent, plans: plans, catalog: catalog, clauses: clauses, byIndicator: byIndicator)
        }
    }

    /// What makes two figures of one plan and period the same commitment.
    struct FigureKey: Hashable {
        var value: Double
        var valueMax: Double?
        var change: Comparator?
        var unit: String
    }

    static func row(_ id: String, parent: Plan?, plans: [Plan], catalog: Catalog?, clauses: [SharedFigures]?,
                    byIndicator: [[String: [Target]]]? = nil) -> IndicatorRow {
        let ind = catalog?.indicators.indicator(id)
        let hib = ind?.higherIsBetter ?? true
        // Parent figures in time order, so that a row reads 2025, 2026, 2030.
        let parentIdx = (parent.map { p in p.targets.indices.filter { p.targets[$0].indicator == id } } ?? []).sorted { a, b in
            let pa = parent!.targets[a].period ?? parent!.period, pb = parent!.targets[b].period ?? parent!.period
            return (pa?.to ?? 0, pa?.from ?? 0, a) < (pb?.to ?? 0, pb?.from ?? 0, b)
        }
        let parentPeriods = parentIdx.map { (index: $0, period: parent!.targets[$0].period ?? parent!.period) }
        var cells: [AlignmentCell] = []
        let allParentPeriods = parentPeriods
        for (pi, plan) in plans.enumerated() {
            // Figures the parent sets for another level of government do not bind this plan.
            let parentPeriods = allParentPeriods.filter { parent!.binds(parent!.targets[$0.index], on: plan) }
            var own = byIndicator?[pi][id] ?? plan.targets.filter { $0.indicator == id }
            var shared = false
            if own.isEmpty, let ind, let t = clauses?[pi].sharedTarget(for: ind) {
                own = [t]
                shared = true
            }
            // Stand-ins (`IndicatorCatalog.standIns`) the parent does not set and the plan does: one of them
            // carries this indicator's parent figures, and this indicator's figures are held to theirs.
            let standIns = (ind?.standIns ?? []).filter { s in !(parent?.targets.contains { $0.indicator == s } ?? true) }
            let carriedByStandIn = standIns.contains { s in plan.targets.contains { $0.indicator == s } }
            if own.isEmpty {
                // Due: a parent figure of the plan's period, or the next-year milestone of a multi-year parent
                // for an annual plan (as `ParentTargetKind.missing` reports it).
                let missing = carriedByStandIn ? [] : parentPeriods.filter {
                    PeriodMatch.overlaps($0.period, plan.period)
                        || ParentTargetKind.nextMilestone(parent!.targets[$0.index], of: parent!, for: plan)
                }.map(\.index)
                cells.append(AlignmentCell(plan: pi, status: missing.isEmpty ? .none : .missing, values: [], missing: missing))
                continue
            }
            // Figures for one period that disagree make the plan inconsistent for that period.
            var byPeriod: [Period?: Set<FigureKey>] = [:]
            for t in own {
                byPeriod[t.period ?? plan.period, default: []]
                    .insert(FigureKey(value: t.value, valueMax: t.valueMax, change: t.comparator.change, unit: t.unit))
            }
            var values: [AlignedValue] = []
            // With no parent figure of this indicator, the parent's figures of a stand-in the plan does not set.
            let standInParents: [(index: Int, period: Period?)] = parentPeriods.isEmpty && parent != nil
                ? parent!.targets.indices.filter { k in
                    let p = parent!.targets[k]
                    return p.indicator.map { i in (ind?.standIns ?? []).contains(i) && !plan.targets.contains { $0.indicator == i } } == true
                        && parent!.binds(p, on: plan)
                }.map { (index: $0, period: parent!.targets[$0].period ?? parent!.period) }
                : []
            for t in own {
                let period = t.period ?? plan.period
                let compatible = (parentPeriods.isEmpty ? standInParents : parentPeriods).filter { parent!.targets[$0.index].unit == t.unit }
                let levels = t.comparator.change != nil ? [] : compatible.filter { parent!.targets[$0.index].comparator.change == nil }
                let match = PeriodMatch.best(child: period, among: compatible)
                    ?? PeriodMatch.floor(child: period, among: levels, plan: plan.period, horizon: parent?.period)
                var status = AlignmentStatus.extra
                if let m = match {
                    status = Ambition.meets(t, parent!.targets[m], higherIsBetter: hib) ? .meets : .below
                }
                let inconsistent = (byPeriod[period]?.count ?? 0) > 1
                values.append(AlignedValue(target: t, period: period, status: status, inconsistent: inconsistent, parentTarget: match,
                                           shared: shared))
            }
            let worst = values.map { $0.inconsistent ? AlignmentStatus.inconsistent : $0.status }.max { $0.weight < $1.weight }!
            cells.append(AlignmentCell(plan: pi, status: worst, values: values, missing: []))
        }
        return IndicatorRow(indicator: id, name: ind?.name(L10n.current) ?? id, area: ind?.area ?? firstArea(id, parent, plans),
                            higherIsBetter: hib, parentTargets: parentIdx, cells: cells,
                            siblings: siblings(cells, higherIsBetter: hib))
    }

    static func firstArea(_ id: String, _ parent: Plan?, _ plans: [Plan]) -> ReformArea? {
        for p in [parent].compactMap({ $0 }) + plans { if let t = p.targets.first(where: { $0.indicator == id }), let a = t.area { return a } }
        return nil
    }

    /// The figure a plan is represented by among its siblings: the one for the latest period.
    static func representative(_ cell: AlignmentCell) -> AlignedValue? {
        cell.values.max { a, b in
            let ka = a.period?.to ?? 0, kb = b.period?.to ?? 0
            return ka != kb ? ka < kb : a.target.line > b.target.line
        }
    }

    static func siblings(_ cells: [AlignmentCell], higherIsBetter hib: Bool) -> SiblingStats {
        let reps = cells.compactMap { c in representative(c).map { (plan: c.plan, v: $0) } }
        guard !reps.isEmpty else { return SiblingStats(count: 0, min: nil, median: nil, max: nil, belowMost: []) }
        let shown = reps.map { Ambition.representative($0.v.target, higherIsBetter: hib) }.sorted()
        let n = shown.count
        let median = n % 2 == 1 ? shown[n / 2] : (shown[n / 2 - 1] + shown[n / 2]) / 2
        var below: [Int] = []
        if reps.count >= 3 {
            let scores = reps.map { Ambition.score($0.v.target, higherIsBetter: hib) }
            for (i, r) in reps.enumerated() {
                let moreAmbitious = scores.enumerated().filter { $0.offset != i && $0.element > scores[i] + 1e-9 }.count
                if moreAmbitious * 2 > reps.count - 1 { below.append(r.plan) }
            }
        }
        return SiblingStats(count: n, min: shown.first, median: median, max: shown.last, belowMost: below)
    }

    // MARK: responsibilities

    static func responsibilities(parent: Plan?, plans: [Plan], catalog: Catalog?) -> [ResponsibilityRow] {
        ReformArea.allCases.map { area in
            let cells = plans.enumerated().map { pi, plan -> ResponsibilityCell in
                guard let a = plan.area(area) else {
                    return ResponsibilityCell(plan: pi, present: false, line: nil, leads: [], marks: [.absent])
                }
                var marks: [ResponsibilityMark] = []
                if a.leads.isEmpty { marks.append(.noLead) }
                // Chỉ đạo điều hành is often split (direction, inspection, communication): two units there are usual.
                if area != .chiDao, Set(a.leads.map { $0.unitID ?? $0.unit }).count > 1 { marks.append(.twoLeads) }
                if a.leads.contains(where: { l in
                    guard let id = l.unitID else { return true }
                    return catalog?.units.unit(id: id)?.standard == false
                }) { marks.append(.nonStandard) }
                return ResponsibilityCell(plan: pi, present: true, line: a.line, leads: a.leads, marks: marks)
            }
            return ResponsibilityRow(area: area, parentLeads: parent?.area(area)?.leads ?? [], cells: cells)
        }
    }
}
