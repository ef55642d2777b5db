/// `area-missing`: one of the listed reform areas (default: the six of Nghị quyết 76/NQ-CP and chỉ đạo
/// điều hành) is absent from the plan. The finding sits where the area would have been: at the first
/// present area that comes after it in the programme's order (else the last area).
/// With `presence = substantive`, an area named only in passing (a lead clause in "Tổ chức thực hiện", a
/// figure in the general objectives) does not count: it needs a heading or a task of its own — a plan that
/// sets a TTHC target but plans no TTHC work has not planned the area.
public struct AreaMissingKind: RuleKind {
    public static let name = "area-missing"
    public static let placeholders = ["area", "areaId"]
    public static let parameters = ["areas", "presence"]
    public static let summary = "a reform area of the national programme is absent from the plan"

    let areas: [ReformArea]
    let substantive: Bool

    public init(_ params: RuleParameters) throws {
        areas = try params.areas("areas", default: ReformArea.allCases)
        substantive = try params.choice("presence", ["any", "substantive"], default: "any") == "substantive"
    }

    func counts(_ a: AreaPresence, in plan: Plan) -> Bool {
        !substantive || a.isHeading || plan.tasks.contains { $0.area == a.area }
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        let plan = ctx.plan
        // A plan in which no area at all was recognised is not a CCHC plan we understand; one finding
        // per area would only be noise.
        guard !plan.areas.isEmpty else { return [] }
        let counted = plan.areas.filter { counts($0, in: plan) }
        guard !counted.isEmpty else { return [] }
        let present = Set(counted.map(\.area))
        let ordered = counted.sorted { $0.area < $1.area }
        return areas.filter { !present.contains($0) }.map { missing in
            RuleHit(line: place(of: missing, ordered, plan), anchor: "area:\(missing.rawValue)",
                    values: ["area": KindSupport.areaName(missing), "areaId": missing.rawValue])
        }
    }

    /// Where the missing area's section would start: after the section of the area that precedes it in the
    /// programme's order (the next heading of the same or a higher level), else at the area that follows it.
    func place(of missing: ReformArea, _ ordered: [AreaPresence], _ plan: Plan) -> Int {
        if let prev = ordered.last(where: { $0.area < missing }),
           let depth = plan.headings.first(where: { $0.line == prev.line })?.depth,
           let next = plan.headings.first(where: { $0.line > prev.line && $0.depth <= depth && $0.kind != "bullet" }) {
            return next.line
        }
        return (ordered.first { $0.area > missing } ?? ordered.last!).line
    }
}
