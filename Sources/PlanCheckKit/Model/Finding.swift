/// Severity of a finding, ordered from least to most serious.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Another place a finding refers to (the other occurrence of a conflicting figure, the parent's target …).
public struct RelatedLocation: Codable, Hashable, Sendable {
    public var file: String
    public var line: Int
    public var text: String

    public init(file: String, line: Int, text: String) { self.file = file; self.line = line; self.text = text }
}

/// One problem a rule found in a plan, located at a line and quoting it.
public struct Finding: Codable, Hashable, Sendable {
    /// Rule id, e.g. `CCHC-AREA-001`.
    public var ruleID: String
    /// Category, e.g. `missing-area` (see docs/rules.md).
    public var category: String
    public var severity: Severity
    public var file: String
    /// 1-based line; 0 when the finding concerns the whole plan.
    public var line: Int
    /// Message rendered in the requested language.
    public var message: String
    /// The source line quoted as written.
    public var quote: String
    public var related: [RelatedLocation]
    /// Stable identity for baselines and SARIF `partialFingerprints`: a hash of rule id, relative path and a
    /// logical anchor (section, indicator, cited document), never of the line or of figures. Nil when unset.
    public var fingerprint: String?

    public init(ruleID: String, category: String, severity: Severity, file: String, line: Int, message: String,
                quote: String, related: [RelatedLocation] = [], fingerprint: String? = nil) {
        self.ruleID = ruleID; self.category = category; self.severity = severity; self.file = file
        self.line = line; self.message = message; self.quote = quote; self.related = related
        self.fingerprint = fingerprint
    }
}
