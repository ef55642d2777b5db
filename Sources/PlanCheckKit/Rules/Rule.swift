/// A rule loaded from a rule file: an instance of a rule kind with its id, category, severity, messages,
/// documentation and examples.
public struct Rule: Sendable {
    public var id: String
    public var kindName: String
    public var kind: any RuleKind
    public var category: String
    public var severity: Severity
    public var messageVI: MessageTemplate
    public var messageEN: MessageTemplate
    public var rationale: String
    public var reference: String
    /// Plan snippets on which the rule must fire (SwiftLint's triggering examples), escapes decoded.
    public var triggers: [String]
    /// Plan snippets on which the rule must stay silent.
    public var passes: [String]
    /// Snippet used as the parent plan when running the examples (for parent rules).
    public var exampleParent: String?
    /// Snippet loaded as another plan when running the examples (for cross-plan rules).
    public var exampleOther: String?
    public var file: String
    public var line: Int

    public func message(_ lang: Language) -> MessageTemplate { lang == .vi ? messageVI : messageEN }
}
