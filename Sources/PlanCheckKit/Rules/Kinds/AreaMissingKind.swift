/// `area-missing`: one of the listed reform areas (default: the six of Nghị quyết 76/NQ-CP and chỉ đạo
/// điều hành) is absent from the plan. The finding sits where the area would have been: at the first
/// present area that comes after it in the programme's order (else the last area).
public struct AreaMissingKind: RuleKind {
    public static let name = "area-missing"
    public static let placeholders = ["area", "areaId"]
    public static let parameters = ["areas"]
    public static let summary = "a reform area of the national programme is absent from the plan"

    let areas: [ReformArea]

    public init(_ params: RuleParameters) throws {
        areas = try params.areas("areas", default: ReformArea.allCases)
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        let plan = ctx.plan
        // A plan in which no area at all was recognised is not a CCHC plan we understand; one finding
        // per area would only be noise.
        guard !plan.areas.isEmpty else { return [] }
        let present = Set(plan.areas.map(\.area))
        let ordered = plan.areas.sorted { $0.area < $1.area }
        return areas.filter { !present.contains($0) }.map { missing in
            let next = ordered.first { $0.area > missing } ?? ordered.last!
            return RuleHit(line: next.line, anchor: "area:\(missing.rawValue)",
                           values: ["area": KindSupport.areaName(missing), "areaId": missing.rawValue])
        }
    }
}
