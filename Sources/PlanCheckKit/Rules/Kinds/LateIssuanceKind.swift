/// `late-issuance`: the plan is dated more than `months` months after the start of the period it plans
/// (an annual plan for 2025 signed in August 2025). The finding is on the line that carries the plan's
/// number (or its date).
public struct LateIssuanceKind: RuleKind {
    public static let name = "late-issuance"
    public static let placeholders = ["date", "period", "months"]
    public static let parameters = ["months"]
    public static let summary = "the plan is dated late in, or after, the period it plans"

    let months: Int

    public init(_ params: RuleParameters) throws {
        months = try params.int("months", default: 6)
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        let plan = ctx.plan
        guard let date = plan.date, let period = plan.period else { return [] }
        let p = date.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return [] }
        let monthsIn = (p[0] - period.from) * 12 + (p[1] - 1)
        guard monthsIn >= months else { return [] }
        return [RuleHit(line: line(of: plan, date: p), anchor: "plan:date",
                        values: ["date": KindSupport.displayDate(date), "period": period.description, "months": String(months)])]
    }

    /// The line with the plan's number, else the first with its date written `d/m/yyyy` or `ngày d tháng m năm yyyy`.
    func line(of plan: Plan, date p: [Int]) -> Int {
        if let n = plan.number.map({ DocumentRegistry.key($0) }), !n.isEmpty, n.contains(where: \.isNumber) {
            if let i = plan.lines.firstIndex(where: { DocumentRegistry.key($0).contains(n) }) { return i + 1 }
        }
        let forms = ["\(p[2])/\(p[1])/\(p[0])", String(format: "%02d/%02d/%d", p[2], p[1], p[0]),
                     "\(p[2]) thang \(p[1]) nam \(p[0])", String(format: "%02d thang %02d nam %d", p[2], p[1], p[0])]
        if let i = plan.lines.firstIndex(where: { l in let f = Folding.fold(l, keepPunctuation: true); return forms.contains { f.contains($0) } }) {
            return i + 1
        }
        return 1
    }
}
