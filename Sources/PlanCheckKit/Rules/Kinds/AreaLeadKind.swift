/// `area-lead`: with `mode = missing`, a present area with no unit chủ trì (neither in the body nor in the
/// task table); with `mode = conflict`, an area claimed by two or more different lead units.
public struct AreaLeadKind: RuleKind {
    public static let name = "area-lead"
    public static let placeholders = ["area", "areaId", "unit", "otherUnit"]
    public static let parameters = ["mode", "areas"]
    public static let summary = "a reform area without a lead unit, or with two competing lead units"

    let mode: String
    let areas: [ReformArea]

    public init(_ params: RuleParameters) throws {
        mode = try params.choice("mode", ["missing", "conflict"], default: "missing")
        areas = try params.areas("areas", default: ReformArea.allCases)
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        for presence in ctx.plan.areas where areas.contains(presence.area) {
            let values = ["area": KindSupport.areaName(presence.area), "areaId": presence.area.rawValue]
            if mode == "missing" {
                let taskLed = ctx.plan.tasks.contains { $0.area == presence.area && $0.lead != nil }
                if presence.leads.isEmpty && !taskLed {
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
}
