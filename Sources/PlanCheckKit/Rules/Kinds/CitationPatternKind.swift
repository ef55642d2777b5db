import Foundation

/// `citation-pattern`: a cited document number that does not follow the symbol rules of Nghị định
/// 30/2020/NĐ-CP — e.g. a Nghị định without its year (`118/NĐ-CP`) or a Chương trình with the Chỉ thị
/// symbol `CT`. `kinds` restricts the rule to citation kinds (folded prefixes such as `nghi dinh`);
/// `pattern` is a regular expression that, when it matches the number as written, triggers the rule;
/// `unless` exempts numbers that also match it.
public struct CitationPatternKind: RuleKind {
    public static let name = "citation-pattern"
    public static let placeholders = ["document", "number", "kind", "date"]
    public static let parameters = ["kinds", "pattern", "unless"]
    public static let summary = "a cited document number that does not follow the symbol rules of Nghị định 30/2020/NĐ-CP"

    let kinds: [String]
    let pattern: NSRegularExpression
    let unless: NSRegularExpression?

    public init(_ params: RuleParameters) throws {
        kinds = params.list("kinds").map { Folding.fold($0) }
        pattern = try params.compile(params.requireString("pattern"), key: "pattern")
        unless = try params.regex("unless")
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        ctx.plan.citations.compactMap { c in
            let kind = Folding.fold(c.kind)
            guard !c.number.isEmpty, kinds.isEmpty || kinds.contains(where: { kind.hasPrefix($0) }) else { return nil }
            let number = c.number.replacingOccurrences(of: " ", with: "")
            guard KindSupport.firstMatch(pattern, in: number) else { return nil }
            if let unless, KindSupport.firstMatch(unless, in: number) { return nil }
            return RuleHit(line: c.line, anchor: "document:\(DocumentRegistry.key(c.number))",
                           values: ["document": "\(c.kind) \(c.number)", "number": c.number, "kind": c.kind,
                                    "date": KindSupport.displayDate(c.date)])
        }
    }
}
