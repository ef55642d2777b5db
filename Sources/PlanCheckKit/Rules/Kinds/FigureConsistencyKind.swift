/// `figure-consistency`: the same indicator, for the same deadline year and with the same kind of
/// commitment, given different figures in one plan (`90%` in the objectives, `100%` in the area section).
/// The finding is on the later figure, with the earlier one as `related`.
public struct FigureConsistencyKind: RuleKind {
    public static let name = "figure-consistency"
    public static let placeholders = ["indicator", "indicatorId", "value", "otherValue", "otherLine"]
    public static let parameters = ["indicators"]
    public static let summary = "one indicator given different figures within a plan"

    let indicators: Set<String>

    public init(_ params: RuleParameters) throws {
        indicators = Set(params.list("indicators"))
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        var firstSeen: [String: Target] = [:]
        var hits: [RuleHit] = []
        for t in ctx.plan.targets.sorted(by: { $0.line < $1.line }) {
            guard let id = t.indicator, indicators.isEmpty || indicators.contains(id) else { continue }
            let year = (t.period ?? ctx.plan.period).map { String($0.to) } ?? "-"
            // (A figure held from a later year, `kể từ năm 2027`, replaces the one held from the first.)
            let from = t.everyYear == true ? (t.period ?? ctx.plan.period).map { String($0.from) } ?? "" : ""
            // A figure held every year of a period (`hằng năm 98%`) and one for its last year (`đến năm 2030: 99%`)
            // are two commitments, not one said twice.
            let key = "\(id)|\(t.unit)|\(t.comparator.change?.rawValue ?? "")|\(year)|\(t.everyYear == true ? "each" + from : "")"
            guard let first = firstSeen[key] else { firstSeen[key] = t; continue }
            guard first.value != t.value || first.valueMax != t.valueMax, first.line != t.line else { continue }
            hits.append(RuleHit(line: t.line, anchor: "indicator:\(id):\(year)",
                                values: ["indicator": ctx.indicatorName(id), "indicatorId": id,
                                         "value": KindSupport.figure(t.value, unit: t.unit),
                                         "otherValue": KindSupport.figure(first.value, unit: first.unit),
                                         "otherLine": String(first.line)],
                                related: [RelatedLocation(file: ctx.plan.file, line: first.line, text: first.text)]))
        }
        return hits
    }
}
