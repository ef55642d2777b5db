/// One place a rule kind found a problem, before the rule's message and severity are applied.
public struct RuleHit: Sendable {
    /// 1-based line in the checked plan; 0 for the whole plan.
    public var line: Int
    /// Logical anchor of the finding for its fingerprint: a section, indicator, cited document or area id —
    /// never a line number or a figure, so that the fingerprint survives edits elsewhere in the plan.
    public var anchor: String
    /// Values for the message placeholders.
    public var values: [String: String]
    public var related: [RelatedLocation]
    /// Quote of the source; nil means the plan's text at `line`.
    public var quote: String?

    public init(line: Int, anchor: String, values: [String: String] = [:], related: [RelatedLocation] = [], quote: String? = nil) {
        self.line = line; self.anchor = anchor; self.values = values; self.related = related; self.quote = quote
    }
}

/// A kind of check implemented in Swift; rules in `rules/*/*.ini` are parameterised instances of a kind
/// (Vale's `extends:`), so a new rule of an existing kind needs no Swift code.
public protocol RuleKind: Sendable {
    /// The `kind = …` value in rule files.
    static var name: String { get }
    /// Placeholders the kind fills for messages (besides the common `{file}`, `{line}`, `{rule}`).
    static var placeholders: [String] { get }
    /// Kind-specific parameter keys a rule may set.
    static var parameters: [String] { get }
    /// One-line description for the rule reference.
    static var summary: String { get }

    /// Builds the kind from a rule's parameters; throws a located `DataFileError` on a bad value.
    init(_ params: RuleParameters) throws

    func check(_ context: RuleContext) -> [RuleHit]
}

/// All rule kinds known to plancheck. Adding a kind means adding its type here.
public enum RuleKinds {
    public static let all: [any RuleKind.Type] = [
        AreaMissingKind.self, AreaCoverageKind.self, AreaLeadKind.self, TaskLeadCoordinatorKind.self, ParentTargetKind.self,
        FigureConsistencyKind.self, CitationDateKind.self, CitationDateSanityKind.self, CitationPatternKind.self, TextPatternKind.self,
        StrayNumberKind.self, ParentCitationKind.self, HeadingNumberingKind.self, AppendixMissingKind.self,
        DeclaredCountKind.self, VagueTaskKind.self, LateIssuanceKind.self, CitationNumberKind.self, ForeignLocalityKind.self,
    ]

    public static func named(_ name: String) -> (any RuleKind.Type)? { all.first { $0.name == name } }

    /// Placeholders every kind may use.
    public static let common = ["file", "line", "rule"]
}
