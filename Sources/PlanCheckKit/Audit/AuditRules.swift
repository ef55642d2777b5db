import Dispatch

/// The audit's findings from the rules module: every rule on every plan, with the group's parent,
/// one plan per core; the order is that of `RuleEngine.sorted`, whatever the scheduling.
public enum AuditRules {
    public static func findings(_ engine: RuleEngine) -> AuditFindings {
        // The engine's own run: parallel, merged and sorted exactly as `check` reports.
        AuditFindings { plans, parent in engine.run(plans: plans, parent: { _ in parent }) }
    }
}
