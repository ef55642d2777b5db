/// The finding categories of the rules issue. Rule files must use one of these names exactly, so that
/// reports, the gold scorer and CI dashboards agree on what a finding is about.
public enum RuleCategory {
    public static let all: [String] = [
        "missing-area", "area-without-lead", "conflicting-lead", "lead-is-coordinator",
        "target-below-parent", "target-missing-vs-parent", "inconsistent-figure",
        "citation-date-conflict", "citation-malformed", "wrong-program-period", "parent-mismatch",
        "duplicate-numbering", "missing-appendix", "count-mismatch", "truncated-text", "stray-artifact",
        "vague-task", "late-issuance", "other",
    ]

    public static func isKnown(_ name: String) -> Bool { all.contains(name) }
}
