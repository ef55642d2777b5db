extension PlanDiff {
    /// Compares two versions of a plan fact by fact (see `FactMatcher` for how facts are paired).
    /// Findings are not compared here: set `findings` with `FindingsDelta.compute` when the rules ran.
    public static func compute(old: Plan, new: Plan) -> PlanDiff {
        var d = PlanDiff()
        d.metadata = metadataChanges(old, new)
        d.areas = areaChanges(old, new)
        d.targets = targetChanges(old.targets, new.targets)
        d.tasks = taskChanges(old.tasks, new.tasks)
        // A plan quoting its own number (`Kèm theo Quyết định số 16/QĐ-UBND`) is not citing another document;
        // once signed, the extractor stops listing it, which must not read as a citation removed.
        let own = Set([old.number, new.number].compactMap { $0 }.map(ownNumberKey).filter { $0.contains(where: \.isNumber) })
        let notOwn = { (c: Citation) in !own.contains(ownNumberKey(c.number)) }
        d.citations = citationChanges(old.citations.filter(notOwn), new.citations.filter(notOwn))
        return d
    }

    // MARK: metadata

    static func metadataChanges(_ a: Plan, _ b: Plan) -> [MetadataChange] {
        var out: [MetadataChange] = []
        func cmp(_ field: String, _ x: String?, _ y: String?, key: (String) -> String = CanonicalText.key) {
            let kx = x.map(key).flatMap { $0.isEmpty ? nil : $0 }, ky = y.map(key).flatMap { $0.isEmpty ? nil : $0 }
            if kx != ky { out.append(MetadataChange(field: field, old: x.map(CanonicalText.clean), new: y.map(CanonicalText.clean))) }
        }
        let number: (String) -> String = { Folding.fold($0, keepPunctuation: true).replacingOccurrences(of: " ", with: "") }
        cmp("issuer", a.issuer, b.issuer)
        cmp("level", a.level?.rawValue, b.level?.rawValue)
        cmp("period", a.period?.description, b.period?.description, key: { $0 })
        cmp("number", a.number, b.number, key: number)
        cmp("date", a.date, b.date, key: { $0 })
        cmp("status", a.draft ? "draft" : "signed", b.draft ? "draft" : "signed", key: { $0 })
        func parent(_ c: Citation?) -> String? {
            c.map { [$0.kind, $0.number, $0.date ?? ""].filter { !$0.isEmpty }.joined(separator: " ") }
        }
        cmp("parent", parent(a.parentCited), parent(b.parentCited),
            key: { number($0) })
        return out
    }

    // MARK: areas

    static func unitKey(_ u: UnitRef) -> String { u.unitID ?? Folding.fold(u.unit) }

    static func areaFact(_ a: AreaPresence) -> AreaFact {
        AreaFact(area: a.area, line: a.line, leads: CanonicalRenderer.unitNames(a.leads))
    }

    static func areaChanges(_ a: Plan, _ b: Plan) -> Changes<AreaFact, AreaChange> {
        var c = Changes<AreaFact, AreaChange>()
        let oldIDs = Set(a.areas.map(\.area)), newIDs = Set(b.areas.map(\.area))
        c.removed = a.areas.filter { !newIDs.contains($0.area) }.sorted { $0.area < $1.area }.map(areaFact)
        c.added = b.areas.filter { !oldIDs.contains($0.area) }.sorted { $0.area < $1.area }.map(areaFact)
        for n in b.areas.sorted(by: { $0.area < $1.area }) {
            guard let o = a.area(n.area) else { continue }
            if Set(o.leads.map(unitKey)) != Set(n.leads.map(unitKey)) {
                c.changed.append(AreaChange(old: areaFact(o), new: areaFact(n)))
            }
        }
        return c
    }

    // MARK: targets

    static func targetKey(_ t: Target) -> String {
        let p = t.period?.description ?? "-"
        if let i = t.indicator { return "i|\(i)|\(p)" }
        return "t|\(CanonicalText.keyWithoutDigits(t.text))|\(p)"
    }

    static func targetFields(_ o: Target, _ n: Target) -> [String] {
        var f: [String] = []
        if o.value != n.value || o.valueMax != n.valueMax || o.unit != n.unit { f.append("value") }
        if o.comparator != n.comparator { f.append("comparator") }
        if o.period != n.period { f.append("period") }
        if o.indicator != n.indicator { f.append("indicator") }
        if o.area != n.area { f.append("area") }
        return f
    }

    static func targetChanges(_ a: [Target], _ b: [Target]) -> Changes<Target, TargetChange> {
        let matcher = FactMatcher<Target>(
            key: targetKey,
            substance: { t in "\(t.value)|\(t.valueMax ?? -1)|\(t.unit)|\(t.comparator.rawValue)|\(t.period?.description ?? "")|\(t.indicator ?? "")|\(t.area?.rawValue ?? "")" },
            similarity: { o, n in
                var s = CanonicalText.similarity(CanonicalText.words(o.text), CanonicalText.words(n.text))
                if let i = o.indicator, i == n.indicator { s += 0.5 }
                return min(s, 1)
            },
            threshold: 0.6)
        let r = matcher.match(old: a.sorted { $0.line < $1.line }, new: b.sorted { $0.line < $1.line })
        var c = Changes<Target, TargetChange>()
        c.added = r.added
        c.removed = r.removed
        for p in r.pairs {
            let f = targetFields(p.old, p.new)
            if !f.isEmpty { c.changed.append(TargetChange(old: p.old, new: p.new, fields: f)) }
        }
        return c
    }

    // MARK: tasks

    static func taskFields(_ o: PlanTask, _ n: PlanTask) -> [String] {
        var f: [String] = []
        if o.area != n.area { f.append("area") }
        if o.lead.map(unitKey) != n.lead.map(unitKey) { f.append("lead") }
        if Set(o.coordinators.map(unitKey)) != Set(n.coordinators.map(unitKey)) { f.append("coordinators") }
        if Folding.fold(o.deadline) != Folding.fold(n.deadline) { f.append("deadline") }
        if Folding.fold(o.product) != Folding.fold(n.product) { f.append("product") }
        return f
    }

    static func taskChanges(_ a: [PlanTask], _ b: [PlanTask]) -> Changes<PlanTask, TaskChange> {
        let matcher = FactMatcher<PlanTask>(
            key: { "\($0.area?.rawValue ?? "-")|\(Folding.fold($0.text))" },
            substance: { t in
                "\(t.lead.map(unitKey) ?? "")|\(t.coordinators.map(unitKey).sorted().joined(separator: ","))|\(Folding.fold(t.deadline))|\(Folding.fold(t.product))"
            },
            similarity: { o, n in
                let s = CanonicalText.similarity(CanonicalText.words(o.text), CanonicalText.words(n.text))
                return o.area == n.area ? s : s * 0.8
            },
            threshold: 0.6)
        let r = matcher.match(old: a.sorted { $0.line < $1.line }, new: b.sorted { $0.line < $1.line })
        var c = Changes<PlanTask, TaskChange>()
        c.added = r.added
        c.removed = r.removed
        for p in r.pairs {
            let f = taskFields(p.old, p.new)
            if !f.isEmpty { c.changed.append(TaskChange(old: p.old, new: p.new, fields: f)) }
        }
        return c
    }

    // MARK: citations

    static func ownNumberKey(_ n: String) -> String {
        Folding.fold(n, keepPunctuation: true).replacingOccurrences(of: " ", with: "")
    }

    static func citationKey(_ c: Citation) -> String {
        let n = c.normalizedNumber
        // A law cited by name has no number; its kind and date are all that identify it.
        return n.isEmpty ? "k|\(Folding.fold(c.kind))|\(c.date ?? "")" : "n|\(n)"
    }

    /// Citations of one version grouped by document, in order of first appearance.
    static func citationFacts(_ cs: [Citation]) -> [(key: String, fact: CitationFact)] {
        var order: [String] = []
        var facts: [String: CitationFact] = [:]
        for c in cs.sorted(by: { $0.line < $1.line }) {
            let k = citationKey(c)
            if var f = facts[k] {
                if let d = c.date, !f.dates.contains(d) { f.dates = (f.dates + [d]).sorted() }
                if !f.lines.contains(c.line) { f.lines = (f.lines + [c.line]).sorted() }
                if f.issuer == nil { f.issuer = c.issuer }
                if f.name == nil { f.name = CanonicalText.citedName(c) }
                facts[k] = f
            } else {
                order.append(k)
                facts[k] = CitationFact(kind: c.kind, number: c.number, name: CanonicalText.citedName(c), dates: c.date.map { [$0] } ?? [], issuer: c.issuer, lines: [c.line])
            }
        }
        return order.map { ($0, facts[$0]!) }
    }

    static func citationChanges(_ a: [Citation], _ b: [Citation]) -> Changes<CitationFact, CitationChange> {
        let old = citationFacts(a), new = citationFacts(b)
        let oldByKey = Dictionary(old.map { ($0.key, $0.fact) }, uniquingKeysWith: { x, _ in x })
        let newKeys = Set(new.map(\.key))
        var c = Changes<CitationFact, CitationChange>()
        c.removed = old.filter { !newKeys.contains($0.key) }.map(\.fact)
        for (k, f) in new {
            if let o = oldByKey[k] {
                if o.dates != f.dates { c.changed.append(CitationChange(old: o, new: f)) }
            } else {
                c.added.append(f)
            }
        }
        return c
    }
}
