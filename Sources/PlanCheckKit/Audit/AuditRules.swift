import Dispatch

/// The audit's findings from the rules module: every rule on every plan, with the group's parent,
/// one plan per core; the order is that of `RuleEngine.sorted`, whatever the scheduling.
public enum AuditRules {
    public static func findings(_ engine: RuleEngine) -> AuditFindings {
        AuditFindings { plans, parent in
            let slots = ResultSlots<[Finding]>(count: plans.count)
            DispatchQueue.concurrentPerform(iterations: plans.count) { i in
                let ctx = RuleContext(plan: plans[i], plans: plans, parent: parent, registry: engine.registry, catalog: engine.catalog)
                slots.set(i, engine.check(ctx))
            }
            return RuleEngine.sorted(slots.values().flatMap { $0 ?? [] })
        }
    }
}
