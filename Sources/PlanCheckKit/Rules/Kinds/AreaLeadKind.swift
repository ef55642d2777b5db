/// `area-lead`:
/// - `mode = missing`: a present area with no unit chủ trì. Leads of the area's tasks in a task table
///   suffice, unless the text names the lead of at least three other areas: then the text's assignment is
///   the plan's convention and this area was left out of it.
/// - `mode = conflict`: an area claimed by two or more different lead units.
/// - `mode = section`: the area sections each name their lead (`Đơn vị chủ trì: …` inside the section),
///   at least three of them, and one does not. The finding sits where the others put it (as far from the
///   end of the section as theirs, in the median), since the lead given elsewhere may well be a fallback.
///   An area whose lead stands in a later section about it (targets part, then tasks part) has its label.
public struct AreaLeadKind: RuleKind {
    public static let name = "area-lead"
    public static let placeholders = ["area", "areaId", "unit", "otherUnit"]
    public static let parameters = ["mode", "areas"]
    public static let summary = "a reform area without a lead unit, or with two competing lead units"

    let mode: String
    let areas: [ReformArea]

    public init(_ params: RuleParameters) throws {
        mode = try params.choice("mode", ["missing", "conflict", "section"], default: "missing")
        areas = try params.areas("areas", default: ReformArea.allCases)
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        if mode == "section" { return sectionHits(ctx) }
        var hits: [RuleHit] = []
        let textLed = ctx.plan.areas.filter { areas.contains($0.area) && !$0.leads.isEmpty }.count
        for presence in ctx.plan.areas where areas.contains(presence.area) {
            let values = ["area": KindSupport.areaName(presence.area), "areaId": presence.area.rawValue]
            if mode == "missing" {
                let taskLed = ctx.plan.tasks.contains { $0.area == presence.area && $0.lead != nil }
                if presence.leads.isEmpty && (!taskLed || textLed >= 3) {
                    hits.append(RuleHit(line: presence.line, anchor: "area:\(presence.area.rawValue)", values: values))
                }
            } else {
                var distinct: [UnitRef] = []
                for l in presence.leads where !distinct.contains(where: { KindSupport.sameUnit($0, l) }) { distinct.append(l) }
                guard distinct.count >= 2 else { continue }
                var v = values
                v["unit"] = distinct[1].unit
                v["otherUnit"] = distinct[0].unit
                hits.append(RuleHit(line: distinct[1].line, anchor: "area:\(presence.area.rawValue)", values: v,
                                    related: distinct.enumerated().filter { $0.offset != 1 }.map {
                                        RelatedLocation(file: ctx.plan.file, line: $0.element.line, text: $0.element.text)
                                    }))
            }
        }
        return hits
    }

    /// Line range of each area's own section: from its heading to the next area heading (or, for the
    /// last, the next heading at the same or a higher level).
    static func sections(_ plan: Plan, _ areas: [ReformArea]) -> [(presence: AreaPresence, range: Range<Int>)] {
        let headed = plan.areas.filter { $0.isHeading && areas.contains($0.area) }.sorted { $0.line < $1.line }
        return headed.enumerated().map { k, p in
            // Two areas under one heading (`… bộ máy và chế độ công vụ`) share its section.
            var end = headed[(k + 1)...].first { $0.line > p.line }?.line ?? plan.lines.count + 1
            if let depth = plan.headings.first(where: { $0.line == p.line })?.depth,
               let next = plan.headings.first(where: { $0.line > p.line && $0.depth <= depth && $0.kind != "bullet" }) {
                end = min(end, next.line)
            }
            return (p, p.line..<max(p.line + 1, end))
        }
    }

    /// Whether one of the area's leads stands in a later section about the same area: its first heading
    /// may be in the targets part (`2.2. Số hóa và chuyển đổi số`) and its lead in the tasks part.
    static func ledInAnotherSection(_ p: AreaPresence, _ ctx: RuleContext) -> Bool {
        guard let catalog = ctx.catalog, !p.leads.isEmpty else { return false }
        let headings = ctx.plan.headings.filter { $0.kind != "bullet" }
        for (k, h) in headings.enumerated() where h.line > p.line {
            // Only a heading that holds one of the leads is read for its area.
            let end = headings[(k + 1)...].first { $0.depth <= h.depth }?.line ?? ctx.plan.lines.count + 1
            guard p.leads.contains(where: { h.line <= $0.line && $0.line < end }) else { continue }
            if Outline.area(ofHeadingText: h.text, catalog: catalog, within: 12) == p.area { return true }
        }
        return false
    }

    func sectionHits(_ ctx: RuleContext) -> [RuleHit] {
        let secs = Self.sections(ctx.plan, areas)
        // Distance from the end of its section of each section's own lead line.
        var offsets: [Int] = []
        var without: [(AreaPresence, Range<Int>)] = []
        for (p, r) in secs {
            if let own = p.leads.first(where: { r.contains($0.line) }) { offsets.append(r.upperBound - own.line) }
            else if !Self.ledInAnotherSection(p, ctx) { without.append((p, r)) }
        }
        guard offsets.count >= 3, !without.isEmpty else { return [] }
        let offset = offsets.sorted()[offsets.count / 2]
        return without.map { p, r in
            RuleHit(line: max(r.lowerBound, r.upperBound - offset), anchor: "section-lead:\(p.area.rawValue)",
                    values: ["area": KindSupport.areaName(p.area), "areaId": p.area.rawValue],
                    related: [RelatedLocation(file: ctx.plan.file, line: p.line, text: p.headingText)])
        }
    }
}
