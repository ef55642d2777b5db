/// One line of a diff report: what happened and a sentence saying it.
public struct DiffEntry: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, removed, changed, introduced, resolved }
    public var kind: Kind
    public var text: String

    /// The sign used in the text report.
    var sign: String {
        switch kind {
        case .added, .introduced: return "+"
        case .removed, .resolved: return "-"
        case .changed: return "~"
        }
    }
}

/// A titled group of entries (targets, tasks …) of a diff report.
public struct DiffSection: Sendable, Equatable {
    public var title: String
    public var entries: [DiffEntry]
}

/// Turns a `PlanDiff` into report sentences in one language, shared by the text and Markdown reports.
/// `indicatorName` gives the display name of an indicator id (from the catalogue), nil when unknown.
public struct DiffPresentation {
    var t: DiffText
    var indicatorName: (String) -> String?

    public init(lang: Language, indicatorName: @escaping (String) -> String? = { _ in nil }) {
        t = DiffText(lang); self.indicatorName = indicatorName
    }

    var lang: Language { t.lang }

    public func sections(_ d: PlanDiff) -> [DiffSection] {
        var s: [DiffSection] = []
        func add(_ title: String, _ e: [DiffEntry]) { if !e.isEmpty { s.append(DiffSection(title: title, entries: e)) } }
        add(t.metadata, d.metadata.map(metadata))
        add(t.areas, d.areas.added.map { DiffEntry(kind: .added, text: area($0)) }
            + d.areas.removed.map { DiffEntry(kind: .removed, text: area($0)) }
            + d.areas.changed.map(areaChange))
        add(t.targets, d.targets.changed.map(targetChange)
            + d.targets.added.map { DiffEntry(kind: .added, text: target($0)) }
            + d.targets.removed.map { DiffEntry(kind: .removed, text: target($0)) })
        add(t.tasks, d.tasks.changed.map(taskChange)
            + d.tasks.added.map { DiffEntry(kind: .added, text: task($0)) }
            + d.tasks.removed.map { DiffEntry(kind: .removed, text: task($0)) })
        add(t.citations, d.citations.changed.map(citationChange)
            + d.citations.added.map { DiffEntry(kind: .added, text: citation($0)) }
            + d.citations.removed.map { DiffEntry(kind: .removed, text: citation($0)) })
        if let f = d.findings {
            add(t.findings, f.introduced.map { DiffEntry(kind: .introduced, text: finding($0)) }
                + f.resolved.map { DiffEntry(kind: .resolved, text: finding($0)) })
        }
        return s
    }

    // MARK: sentences

    func metadata(_ c: PlanDiff.MetadataChange) -> DiffEntry {
        let v: (String?) -> String = { c.field == "status" ? t.status($0) : (c.field == "date" ? FigureFormat.date($0, lang: lang) : ($0 ?? "—")) }
        return DiffEntry(kind: .changed, text: "\(t.metadataField(c.field)): \(v(c.old)) → \(v(c.new))")
    }

    func leads(_ l: [String]) -> String { l.isEmpty ? t.none : l.joined(separator: "; ") }

    func area(_ a: PlanDiff.AreaFact) -> String {
        var s = a.area.name(lang)
        if !a.leads.isEmpty { s += " — \(t.lead): \(leads(a.leads))" }
        return s + " (\(t.line(a.line)))"
    }

    func areaChange(_ c: PlanDiff.AreaChange) -> DiffEntry {
        DiffEntry(kind: .changed, text: "\(c.new.area.name(lang)): \(t.lead) \(leads(c.old.leads)) → \(leads(c.new.leads)) (\(t.lineMove(c.old.line, c.new.line)))")
    }

    /// What a reader calls the target: the indicator's name, else the start of its clause.
    func label(_ x: Target) -> String {
        if let i = x.indicator, let n = indicatorName(i) { return n }
        let clause = CanonicalText.clean(x.text)
        if clause.isEmpty { return x.indicator ?? "—" }
        return clause.count > 90 ? String(clause.prefix(87)) + "…" : clause
    }

    func period(_ p: Period?) -> String { p?.description ?? "—" }

    func target(_ x: Target) -> String {
        var s = "\(label(x)): \(FigureFormat.display(x, lang: lang))"
        if let p = x.period { s += ", \(t.period) \(p)" }
        return s + " (\(t.line(x.line)))"
    }

    func targetChange(_ c: PlanDiff.TargetChange) -> DiffEntry {
        var parts: [String] = []
        if c.fields.contains("value") || c.fields.contains("comparator") {
            parts.append("\(FigureFormat.display(c.old, lang: lang)) → \(FigureFormat.display(c.new, lang: lang))")
        }
        if c.fields.contains("period") { parts.append("\(t.period) \(period(c.old.period)) → \(period(c.new.period))") }
        if c.fields.contains("indicator") {
            parts.append("\(t.indicator) \(c.old.indicator ?? "—") → \(c.new.indicator ?? "—")")
        }
        if c.fields.contains("area") {
            parts.append("\(t.area) \(c.old.area?.name(lang) ?? "—") → \(c.new.area?.name(lang) ?? "—")")
        }
        return DiffEntry(kind: .changed, text: "\(label(c.new)): \(parts.joined(separator: "; ")) (\(t.lineMove(c.old.line, c.new.line)))")
    }

    func taskLabel(_ x: PlanTask) -> String {
        let s = CanonicalText.clean(x.text)
        return s.count > 90 ? String(s.prefix(87)) + "…" : s
    }

    func task(_ x: PlanTask) -> String {
        var details: [String] = []
        if let l = x.lead { details.append("\(t.lead): \(l.unit)") }
        if !x.deadline.isEmpty { details.append("\(t.deadline): \(CanonicalText.clean(x.deadline))") }
        return taskLabel(x) + (details.isEmpty ? "" : " — " + details.joined(separator: "; ")) + " (\(t.line(x.line)))"
    }

    func taskChange(_ c: PlanDiff.TaskChange) -> DiffEntry {
        var parts: [String] = []
        if c.fields.contains("area") { parts.append("\(t.area) \(c.old.area?.name(lang) ?? "—") → \(c.new.area?.name(lang) ?? "—")") }
        if c.fields.contains("lead") { parts.append("\(t.lead) \(c.old.lead?.unit ?? "—") → \(c.new.lead?.unit ?? "—")") }
        if c.fields.contains("coordinators") {
            parts.append("\(t.coordinators) \(leads(CanonicalRenderer.unitNames(c.old.coordinators))) → \(leads(CanonicalRenderer.unitNames(c.new.coordinators)))")
        }
        if c.fields.contains("deadline") {
            parts.append("\(t.deadline) \(CanonicalText.clean(c.old.deadline)) → \(CanonicalText.clean(c.new.deadline))")
        }
        if c.fields.contains("product") {
            parts.append("\(t.product) \(CanonicalText.clean(c.old.product)) → \(CanonicalText.clean(c.new.product))")
        }
        return DiffEntry(kind: .changed, text: "\(taskLabel(c.new)): \(parts.joined(separator: "; ")) (\(t.lineMove(c.old.line, c.new.line)))")
    }

    func citationName(_ c: PlanDiff.CitationFact) -> String {
        c.name ?? [c.kind, c.number].filter { !$0.isEmpty }.joined(separator: " ")
    }

    func dates(_ c: PlanDiff.CitationFact) -> String {
        c.dates.isEmpty ? "—" : c.dates.map { FigureFormat.date($0, lang: lang) }.joined(separator: ", ")
    }

    func citation(_ c: PlanDiff.CitationFact) -> String {
        var s = citationName(c)
        if !c.dates.isEmpty { s += " \(t.dated) \(dates(c))" }
        return s + " (\(t.lines(c.lines)))"
    }

    func citationChange(_ c: PlanDiff.CitationChange) -> DiffEntry {
        DiffEntry(kind: .changed, text: "\(citationName(c.new)): \(t.dated) \(dates(c.old)) → \(dates(c.new)) (\(t.lines(c.new.lines)))")
    }

    func finding(_ f: Finding) -> String {
        "[\(f.ruleID)] \(f.message)" + (f.line > 0 ? " (\(t.line(f.line)))" : "")
    }

    /// Counts for the summary line.
    func summary(_ d: PlanDiff) -> String {
        var c: [(String, Int)] = [(t.metadata, d.metadata.count),
                                  (t.areas, d.areas.added.count + d.areas.removed.count + d.areas.changed.count),
                                  (t.targets, d.targets.added.count + d.targets.removed.count + d.targets.changed.count),
                                  (t.tasks, d.tasks.added.count + d.tasks.removed.count + d.tasks.changed.count),
                                  (t.citations, d.citations.added.count + d.citations.removed.count + d.citations.changed.count)]
        if let f = d.findings { c.append((t.findings, f.introduced.count + f.resolved.count)) }
        return t.summary(c)
    }
}
