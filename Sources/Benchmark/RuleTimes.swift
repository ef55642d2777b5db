import Dispatch
import Foundation
import PlanCheckKit

/// `--rule-times`: the CPU time of each rule over already extracted plans, on one thread, slowest first,
/// so that a slow rule (usually a regular expression that its prefilter cannot narrow) is found without
/// a profiler. Folding the lines for the prefilters is timed on its own, before the rules.
enum RuleTimes {
    static func report(groups: [(plans: [Plan], parent: Plan?)], rules: [Rule], engine: RuleEngine) {
        var contexts: [RuleContext] = []
        for g in groups {
            let shared = RuleRunCache()
            for p in g.plans {
                contexts.append(RuleContext(plan: p, plans: g.plans, parent: g.parent, registry: engine.registry,
                                            catalog: engine.catalog, shared: shared))
            }
        }
        // Only the lines: paragraphs are folded on demand, by the rules whose prefilter lets them through.
        let fold = seconds { for c in contexts { _ = c.foldedLines.count } }
        var times: [(id: String, kind: String, seconds: Double, hits: Int)] = []
        for rule in rules {
            var hits = 0
            let t = seconds { for c in contexts { hits += rule.kind.check(c).count } }
            times.append((rule.id, rule.kindName, t, hits))
        }
        let total = times.reduce(fold) { $0 + $1.seconds }
        print(String(format: "rule times over %d plans (one thread): %.3f s in all, %.3f ms per plan",
                     contexts.count, total, total * 1000 / Double(max(1, contexts.count))))
        func padded(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        print("  " + padded("(folding)", 40) + String(format: "%8.3f s", fold))
        for t in times.sorted(by: { $0.seconds > $1.seconds }) {
            print("  " + padded(t.id, 17) + padded(t.kind, 23) + String(format: "%8.3f s %6d hits", t.seconds, t.hits))
        }
    }
}
