/// `task-lead-coordinator`: a task whose lead unit (cơ quan chủ trì) is also listed among its coordinators
/// (cơ quan phối hợp) — a unit cannot coordinate with itself, the cells are usually swapped or copied.
public struct TaskLeadCoordinatorKind: RuleKind {
    public static let name = "task-lead-coordinator"
    public static let placeholders = ["unit", "number", "task"]
    public static let parameters: [String] = []
    public static let summary = "a task's lead unit is also listed as its coordinator"

    public init(_ params: RuleParameters) throws {}

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        ctx.plan.tasks.compactMap { t in
            guard let lead = t.lead, t.coordinators.contains(where: { KindSupport.sameUnit($0, lead) }) else { return nil }
            let number = t.number
            return RuleHit(line: t.line, anchor: "task:\(number):\(KindSupport.unitKey(lead))",
                           values: ["unit": lead.unit, "number": number, "task": String(t.text.prefix(80))])
        }
    }
}
