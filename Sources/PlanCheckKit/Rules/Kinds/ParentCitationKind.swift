/// `parent-citation`: the plan and the loaded parent disagree. `check = number`: the plan cites a parent
/// plan whose number differs from the loaded parent's (skipped when the parent is the national baseline,
/// the parent of last resort). `check = period`: the loaded parent's period does not cover the plan's.
public struct ParentCitationKind: RuleKind {
    public static let name = "parent-citation"
    public static let placeholders = ["cited", "parent", "period", "parentPeriod"]
    public static let parameters = ["check"]
    public static let summary = "the plan cites a parent other than the one loaded, or a parent of another period"

    let mode: String

    public init(_ params: RuleParameters) throws {
        mode = try params.choice("check", ["number", "period"], default: "number")
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        guard let parent = ctx.parent else { return [] }
        let plan = ctx.plan
        let cited = plan.parentCited
        var values = ["cited": cited?.number ?? "", "parent": parent.number ?? parent.file,
                      "period": plan.period?.description ?? "", "parentPeriod": parent.period?.description ?? ""]
        let related = [RelatedLocation(file: parent.file, line: 1, text: parent.number ?? "")]
        if mode == "number" {
            // A parent without a number (a draft, `Số: /KH-UBND`) cannot be compared.
            guard parent.level != .national, let cited, let pn = parent.number, pn.contains(where: \.isNumber),
                  DocumentRegistry.key(cited.number) != DocumentRegistry.key(pn) else { return [] }
            values["cited"] = cited.number
            return [RuleHit(line: cited.line, anchor: "parent:number", values: values, related: related)]
        }
        guard let pp = parent.period, let p = plan.period, !pp.contains(p) else { return [] }
        return [RuleHit(line: cited?.line ?? 1, anchor: "parent:period", values: values, related: related,
                        quote: cited.map { plan.quote(line: $0.line) })]
    }
}
