/// `citation-date-sanity`: a citation date that cannot be right on its own, without a second occurrence or
/// a registry entry.
///
/// - `check = number-year`: the number carries its year (`54/2019/QĐ-UBND`) and the date is of another year.
/// - `check = after-plan`: the cited document is dated after the plan itself (a plan cannot rest on a later
///   document). Plans without a date (drafts) are not checked.
public struct CitationDateSanityKind: RuleKind {
    public static let name = "citation-date-sanity"
    public static let placeholders = ["document", "number", "date", "year", "planDate"]
    public static let parameters = ["check"]
    public static let summary = "a citation date that contradicts the number's year or comes after the plan's own date"

    let mode: String

    public init(_ params: RuleParameters) throws {
        mode = try params.choice("check", ["number-year", "after-plan"], default: "number-year")
    }

    /// The year written in the number: a 4-digit group between separators (`118/2025/NĐ-CP` → 2025).
    static func numberYear(_ number: String) -> Int? {
        let groups = number.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        guard groups.count >= 3 else { return nil }
        return groups.dropFirst().first { $0.count == 4 && $0.allSatisfy(\.isNumber) }.flatMap { Int($0) }
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        let plan = ctx.plan
        var hits: [RuleHit] = []
        for c in plan.citations where !c.number.isEmpty {
            guard let d = c.date, let y = Int(d.prefix(4)) else { continue }
            var values = ["document": "\(c.kind) \(c.number)", "number": c.number, "date": KindSupport.displayDate(d),
                          "year": "", "planDate": KindSupport.displayDate(plan.date)]
            if mode == "number-year" {
                guard let ny = Self.numberYear(c.number), ny != y else { continue }
                values["year"] = String(ny)
            } else {
                guard let pd = plan.date, d > pd else { continue }
            }
            hits.append(RuleHit(line: c.line, anchor: "document:\(DocumentRegistry.key(c.number))", values: values))
        }
        return hits
    }
}
