/// Runs rules over loaded plans and turns rule-kind hits into localised, fingerprinted findings.
public struct RuleEngine: Sendable {
    public var rules: [Rule]
    public var registry: DocumentRegistry
    public var catalog: Catalog?

    public init(rules: [Rule], registry: DocumentRegistry, catalog: Catalog?) {
        self.rules = rules; self.registry = registry; self.catalog = catalog
    }

    /// Checks every plan; `parent` gives each plan's parent (or nil). Findings are sorted and de-duplicated.
    /// Plans are checked in parallel on every core; the sorted result does not depend on scheduling.
    public func run(plans: [Plan], parent: (Plan) -> Plan? = { _ in nil }) -> [Finding] {
        let parents = plans.map(parent)
        // A target set as the parent's level takes the parent's figure (see `RelativeTargets`).
        let plans = zip(plans, parents).map { RelativeTargets.resolve($0, parent: $1) }
        let engine = self
        let shared = RuleRunCache()
        let perPlan = ParallelMap.map(Array(plans.indices)) { i in
            let found = engine.checkWithSubjects(RuleContext(plan: plans[i], plans: plans, parent: parents[i],
                                                             registry: engine.registry, catalog: engine.catalog, shared: shared))
            return Self.merged(found.map(\.finding), subjects: found.map(\.subject))
        }
        return Self.sorted(perPlan.flatMap { $0 })
    }

    /// Two rules of one category on one line describe one defect (a date both wrong per the registry and
    /// later than the plan): the most severe finding is kept (lowest rule id on a tie), with the related
    /// locations of both. With `subjects` (parallel to `findings`: the document a finding is about, or ""),
    /// findings about two different documents cited on one line stay apart: a preamble line often cites
    /// several, and each may be wrong in its own way.
    public static func merged(_ findings: [Finding], subjects: [String]? = nil) -> [Finding] {
        var best: [String: Finding] = [:]
        var order: [String] = []
        for (k, f) in findings.enumerated() {
            let subject = subjects.map { k < $0.count ? $0[k] : "" } ?? ""
            let key = "\(f.file)|\(f.line)|\(f.category)|\(subject)"
            guard var kept = best[key] else { best[key] = f; order.append(key); continue }
            let replace = f.severity > kept.severity || (f.severity == kept.severity && f.ruleID < kept.ruleID)
            let related = kept.related + f.related
            if replace { kept = f }
            var seen = Set<String>()
            kept.related = related.filter { seen.insert("\($0.file):\($0.line)").inserted }
                .sorted { ($0.file, $0.line) < ($1.file, $1.line) }
            best[key] = kept
        }
        return order.map { best[$0]! }
    }

    /// Findings of every rule on one context, unsorted.
    public func check(_ ctx: RuleContext) -> [Finding] { checkWithSubjects(ctx).map(\.finding) }

    /// `check`, with the document each finding is about (its `number` value, as a registry key; "" for
    /// findings not about one document), for `merged`.
    func checkWithSubjects(_ ctx: RuleContext) -> [(finding: Finding, subject: String)] {
        var out: [(finding: Finding, subject: String)] = []
        for rule in rules {
            var seen = Set<String>()
            var anchorCount: [String: Int] = [:]
            for hit in rule.kind.check(ctx).sorted(by: { $0.line < $1.line }) {
                // Two hits with one anchor on one line are one finding.
                guard seen.insert("\(hit.anchor)#\(hit.line)").inserted else { continue }
                // Repeated anchors (one document cited wrongly twice) get an occurrence number, so that
                // fingerprints stay unique (GitLab requires it) and still ignore line numbers.
                let n = anchorCount[hit.anchor, default: 0]
                anchorCount[hit.anchor] = n + 1
                let anchor = n == 0 ? hit.anchor : "\(hit.anchor)#\(n + 1)"
                let fp = Fingerprint.make(rule: rule.id, file: ctx.plan.file, anchor: anchor)
                out.append((finding(rule, hit, ctx.plan, fingerprint: fp), hit.values["number"].map(DocumentRegistry.key) ?? ""))
            }
        }
        return out
    }

    func finding(_ rule: Rule, _ hit: RuleHit, _ plan: Plan, fingerprint: String) -> Finding {
        var values = hit.values
        values["file"] = plan.file
        values["line"] = String(hit.line)
        values["rule"] = rule.id
        return Finding(ruleID: rule.id, category: rule.category, severity: rule.severity, file: plan.file, line: hit.line,
                       message: rule.message(L10n.current).render(values), quote: hit.quote ?? plan.quote(line: hit.line),
                       related: hit.related.sorted { ($0.file, $0.line) < ($1.file, $1.line) }, fingerprint: fingerprint)
    }

    /// Deterministic report order: file, line, rule id, message.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            (a.file, a.line, a.ruleID, a.message) < (b.file, b.line, b.ruleID, b.message)
        }
    }
}
