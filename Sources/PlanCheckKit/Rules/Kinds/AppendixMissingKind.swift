/// `appendix-missing`: the plan refers to an appendix (`Phụ lục II kèm theo`) that is not in the file.
/// One finding per appendix label, at its first mention; later mentions are `related`.
public struct AppendixMissingKind: RuleKind {
    public static let name = "appendix-missing"
    public static let placeholders = ["appendix"]
    public static let parameters: [String] = []
    public static let summary = "an appendix referred to but absent"

    public init(_ params: RuleParameters) throws {}

    /// `I` → `Phụ lục I` (`Appendix I`); an unlabelled appendix is just `Phụ lục` (`The appendix`).
    static func display(_ label: String) -> String {
        let l = label.trimmedWhitespace
        if l.isEmpty { return RuleText.vi ? "Phụ lục" : "The appendix" }
        if Folding.fold(l).hasPrefix("phu luc") { return RuleText.vi ? l : "Appendix" + l.dropFirst(7) }
        return (RuleText.vi ? "Phụ lục " : "Appendix ") + l
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        var order: [String] = []
        var byLabel: [String: [AppendixRef]] = [:]
        for r in ctx.plan.appendixRefs.sorted(by: { $0.line < $1.line }) where !r.present {
            let key = Folding.fold(r.label)
            if byLabel[key] == nil { order.append(key) }
            byLabel[key, default: []].append(r)
        }
        return order.map { key in
            let refs = byLabel[key]!
            let label = Self.display(refs[0].label)
            return RuleHit(line: refs[0].line, anchor: "appendix:\(key)", values: ["appendix": label],
                           related: refs.dropFirst().map { RelatedLocation(file: ctx.plan.file, line: $0.line, text: ctx.plan.quote(line: $0.line)) })
        }
    }
}
