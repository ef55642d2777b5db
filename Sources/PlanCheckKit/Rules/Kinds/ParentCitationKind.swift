import Foundation

/// `parent-citation`: the plan and its parent disagree.
///
/// - `check = number`: the plan cites a parent plan whose number differs from the loaded parent's and
///   does not cite the loaded parent anywhere (skipped when the loaded parent is the national baseline,
///   the parent of last resort, or has no number).
/// - `check = period`: the parent the plan cites is for another period (a 2026 plan based on the province's
///   2025 plan). The cited parent's period is read from the citation's own words (`… năm 2025`,
///   `giai đoạn 2021-2025`); when they give none, the loaded parent's period is used if it is the cited
///   document. Periods that share a year are compatible.
/// - `check = date`: the plan cites the loaded parent (same number) with another date than the parent's own.
///   The parent is the one document whose date is known for certain, registry or not.
/// - `check = number-slip`: the citation the plan gives as its parent has the loaded parent's date and its
///   number with one figure slipped (see `CitationNumberKind.slipped`): the parent, mistyped.
public struct ParentCitationKind: RuleKind {
    public static let name = "parent-citation"
    public static let placeholders = ["cited", "parent", "period", "parentPeriod", "date", "parentDate", "number"]
    public static let parameters = ["check"]
    public static let summary = "the plan cites a parent other than the one loaded, or a parent of another period"

    let mode: String

    public init(_ params: RuleParameters) throws {
        mode = try params.choice("check", ["number", "period", "date", "number-slip"], default: "number")
    }

    /// `năm 2025` (not the year of a date `ngày 16 tháng 6 năm 2025`) or `giai đoạn 2021 - 2025`.
    static let periodRE = try! NSRegularExpression(
        pattern: "giai đoạn\\s*(20[0-9]{2})\\s*[-–]\\s*(20[0-9]{2})|(?<!tháng [0-9]{1,2} )(?<!tháng [0-9] )năm\\s+(20[0-9]{2})", options: [.caseInsensitive])

    /// The period named in the words of the citation, from its number to the end of the clause.
    static func citedPeriod(_ c: Citation, in plan: Plan) -> Period? {
        guard c.line >= 1, c.line <= plan.lines.count else { return nil }
        var text = plan.lines[(c.line - 1)..<min(plan.lines.count, c.line + 3)].joined(separator: " ")
        if !c.number.isEmpty, let r = text.range(of: c.number) { text = String(text[r.upperBound...]) }
        if let end = text.firstIndex(where: { $0 == ";" }) { text = String(text[..<end]) }
        guard let m = KindSupport.matches(periodRE, in: text).first else { return nil }
        if let a = m.groups[1].flatMap({ Int($0) }), let b = m.groups[2].flatMap({ Int($0) }) { return Period(from: a, to: b) }
        return m.groups[3].flatMap { Int($0) }.map { Period(year: $0) }
    }

    static func overlaps(_ a: Period, _ b: Period) -> Bool { a.from <= b.to && b.from <= a.to }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        let plan = ctx.plan
        let parent = ctx.parent
        let cited = plan.parentCited
        var values = ["cited": cited?.number ?? "", "parent": parent?.number ?? parent?.file ?? "",
                      "period": plan.period?.description ?? "", "parentPeriod": parent?.period?.description ?? ""]
        let related = parent.map { [RelatedLocation(file: $0.file, line: 1, text: $0.number ?? "")] } ?? []
        if mode == "date" || mode == "number-slip" {
            // Both compare citations with the loaded parent's own number and date, which must be known.
            guard let parent, parent.level != .national, let pn = parent.number, pn.contains(where: \.isNumber),
                  let pd = parent.date else { return [] }
            let wrong: [Citation]
            if mode == "date" {
                let key = DocumentRegistry.key(pn)
                wrong = plan.citations.filter { DocumentRegistry.key($0.number) == key && $0.date != nil && $0.date != pd }
            } else {
                // The citation the plan gives as its parent: another document of the province's of that day (its
                // numbers run on) may well carry the next number. A later mention of the parent (`Cụ thể hóa các chỉ
                // tiêu tại Kế hoạch 415/KH-UBND ngày 29-12-2025 của UBND tỉnh`) is one too when the plan cites the
                // parent rightly elsewhere and the mention is of the parent's kind, day and province.
                let key = DocumentRegistry.key(pn)
                let citesParent = plan.citations.contains { DocumentRegistry.key($0.number) == key }
                wrong = plan.citations.filter { c in
                    guard c.date == pd, CitationNumberKind.slipped(c.number, pn) else { return false }
                    if c.line == cited?.line && c.number == cited?.number { return true }
                    return citesParent && c.kind == cited?.kind
                        && CitationDateKind.isProvincial(c, levels: CitationDateKind.levels(c.issuer, ctx))
                }
            }
            return wrong.map { c in
                var v = values
                v["cited"] = "\(c.kind) \(c.number)".trimmedWhitespace
                v["number"] = c.number
                v["date"] = KindSupport.displayDate(c.date)
                v["parentDate"] = KindSupport.displayDate(pd)
                return RuleHit(line: c.line, anchor: "parent:\(mode)", values: v, related: related)
            }
        }
        if mode == "number" {
            // A parent without a number (a draft, `Số: /KH-UBND`) cannot be compared.
            guard let parent, parent.level != .national, let cited, let pn = parent.number, pn.contains(where: \.isNumber),
                  DocumentRegistry.key(cited.number) != DocumentRegistry.key(pn) else { return [] }
            // A 2026 plan may first cite the city's 2026-2030 plan and then the loaded 2026 one: a plan that
            // cites the loaded parent anywhere implements it.
            let parentKey = DocumentRegistry.key(pn)
            guard !plan.citations.contains(where: { DocumentRegistry.key($0.number) == parentKey }) else { return [] }
            return [RuleHit(line: cited.line, anchor: "parent:number", values: values, related: related)]
        }
        guard let cited, let p = plan.period else { return [] }
        var pp = Self.citedPeriod(cited, in: plan)
        if pp == nil, let parent, let pn = parent.number, DocumentRegistry.key(pn) == DocumentRegistry.key(cited.number) { pp = parent.period }
        guard let pp, !Self.overlaps(pp, p) else { return [] }
        values["parentPeriod"] = pp.description
        return [RuleHit(line: cited.line, anchor: "parent:period", values: values)]
    }
}
