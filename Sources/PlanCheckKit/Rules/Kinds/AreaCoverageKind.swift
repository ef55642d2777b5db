/// `area-coverage`: a part of the plan that goes through the reform areas one subsection each (the
/// targets part, the tasks part) but skips one the plan has elsewhere — the plan sets targets for an area
/// and plans no work for it, or plans work without a target. `AreaMissingKind` covers an area absent from
/// the whole plan; this kind covers an area absent from one part.
///
/// A part is a top-level (Roman-numbered) section; it counts as going through the areas when its
/// subsection headings name at least `min-covered` of `areas` (default 5 of the six: one area left out
/// is a gap; a part naming only some areas may be about those areas alone). The finding sits where the
/// missing subsection would be: at the part's heading of the next area in the programme's order, else at
/// the end of the part.
public struct AreaCoverageKind: RuleKind {
    public static let name = "area-coverage"
    public static let placeholders = ["area", "areaId", "part"]
    public static let parameters = ["areas", "min-covered"]
    public static let summary = "a part of the plan that goes through the reform areas but skips one"

    let areas: [ReformArea]
    let minCovered: Int

    public init(_ params: RuleParameters) throws {
        areas = try params.areas("areas", default: ReformArea.sixAreas)
        minCovered = try params.int("min-covered", default: 5)
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        guard let catalog = ctx.catalog else { return [] }
        let plan = ctx.plan
        let present = Set(plan.areas.map(\.area))
        let parts = plan.headings.filter { $0.kind == "roman" }
        var hits: [RuleHit] = []
        for (k, part) in parts.enumerated() {
            let end = k + 1 < parts.count ? parts[k + 1].line : Int.max
            // Subsection headings of this part that name an area, in order.
            var named: [(area: ReformArea, line: Int)] = []
            for h in plan.headings where h.line > part.line && h.line < end && h.kind != "roman" && h.kind != "bullet" {
                guard let a = Outline.area(ofHeadingText: h.text, catalog: catalog) else { continue }
                // "Cải cách tổ chức bộ máy và chế độ công vụ" goes through two areas.
                for area in [a] + [Outline.secondArea(ofHeadingText: h.text, after: a, catalog: catalog)].compactMap({ $0 })
                where !named.contains(where: { $0.area == area }) {
                    named.append((area, h.line))
                }
            }
            let covered = Set(named.map(\.area)).intersection(areas)
            guard covered.count >= minCovered, covered.count < areas.count else { continue }
            for missing in areas where !covered.contains(missing) && present.contains(missing) {
                let next = named.filter { $0.area > missing }.min { $0.area < $1.area }
                let lastLine = min(end - 1, plan.lines.count)
                hits.append(RuleHit(line: next?.line ?? lastLine, anchor: "coverage:\(part.marker):\(missing.rawValue)",
                                    values: ["area": KindSupport.areaName(missing), "areaId": missing.rawValue,
                                             "part": "\(part.marker) \(part.text)".trimmedWhitespace]))
            }
        }
        return hits
    }
}
