import Foundation

/// Shared pieces of every audit output: short names, parent description, counts, finding links.
struct AuditPresentation {
    let group: AuditGroup
    let s: AuditStrings
    /// (file, line) → indices of findings at that line or naming it as related.
    private let byLine: [String: [Int]]

    init(_ group: AuditGroup, _ s: AuditStrings) {
        self.group = group; self.s = s
        var m: [String: [Int]] = [:]
        for (i, f) in group.findings.enumerated() { m["\(f.file)#\(f.line)", default: []].append(i) }
        byLine = m
    }

    /// File name without folder and extension (`binh-phuoc-2026`).
    static func shortName(_ file: String) -> String {
        // As NSString's lastPathComponent and pathExtension, without the bridging (called per finding).
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex, base.index(after: dot) != base.endIndex else { return base }
        return String(base[..<dot])
    }

    func planName(_ i: Int) -> String { Self.shortName(group.plans[i].file) }

    /// `UBND tỉnh Đồng Nai · 228/KH-UBND · 2026`.
    func parentTitle() -> String {
        guard let p = group.parent?.plan else { return s.noParent }
        return [p.issuer, p.number, TargetFormat.period(p.period)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    func planTitle(_ i: Int) -> String {
        let p = group.plans[i]
        return [p.issuer, p.number, TargetFormat.period(p.period)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// Counts by severity of plan `i` (error, warning, info).
    func counts(_ i: Int) -> [Severity: Int] {
        var c: [Severity: Int] = [:]
        for f in group.findings where f.file == group.plans[i].file { c[f.severity, default: 0] += 1 }
        return c
    }

    /// The finding a figure of plan `planIndex` at `line` links to: a target finding at that line first.
    func finding(plan planIndex: Int, line: Int) -> Int? {
        let ids = byLine["\(group.plans[planIndex].file)#\(line)"] ?? []
        let preferred = ["target-below-parent", "inconsistent-figure", "target-missing-vs-parent"]
        return ids.first { preferred.contains(group.findings[$0].category) } ?? ids.first
    }

    /// The finding a missing cell links to: a `target-missing-vs-parent` finding of the plan that names
    /// one of the parent figures as related.
    func missingFinding(plan planIndex: Int, parentTargets: [Int]) -> Int? {
        guard let parent = group.parent else { return nil }
        let lines = Set(parentTargets.map { parent.file(ofTarget: $0) + "#\(parent.plan.targets[$0].line)" })
        let file = group.plans[planIndex].file
        return group.findings.indices.first { i in
            let f = group.findings[i]
            return f.file == file && f.category == "target-missing-vs-parent" && f.related.contains { lines.contains("\($0.file)#\($0.line)") }
        }
    }

    /// A child figure as shown in a cell: `≥95%` plus the period when it is not the plan's own.
    func valueText(_ v: AlignedValue, plan i: Int) -> String {
        var t = TargetFormat.figure(v.target)
        if let p = v.period, p != group.plans[i].period { t += " (\(TargetFormat.period(p)))" }
        if v.shared { t += " \(s.sharedMark)" }
        return t
    }

    /// Tooltip / quotation of a child figure: the clause and what it was compared with.
    func valueNote(_ v: AlignedValue) -> String {
        var t = "\(s.lineShort)\(v.target.line): \(v.target.text)"
        if v.shared { t += " (\(s.sharedNote))" }
        if let pi = v.parentTarget, let parent = group.parent {
            let pt = parent.plan.targets[pi]
            t += " — \(s.parent): \(TargetFormat.figure(pt)) (\(TargetFormat.period(pt.period)))"
        }
        return t
    }

    /// A parent figure: `≥90% (2026)`.
    func parentValueText(_ i: Int) -> String {
        guard let p = group.parent else { return "" }
        let t = p.plan.targets[i]
        let period = TargetFormat.period(t.period)
        return TargetFormat.figure(t) + (period.isEmpty ? "" : " (\(period))")
    }

    func parentValueNote(_ i: Int) -> String {
        guard let p = group.parent else { return "" }
        let t = p.plan.targets[i]
        var note = "\(p.file(ofTarget: i).split(separator: "/").last.map(String.init) ?? ""):\(t.line): \(t.text)"
        if let src = p.source(ofTarget: i) {
            note += " — \(s.source): \(src.text) (\(src.kind == .digest ? s.digest : s.official))"
        }
        return note
    }

    func isDigest(_ i: Int) -> Bool { group.parent?.source(ofTarget: i)?.kind == .digest }

    /// Siblings as one short text: `n=3 · 80–95 (trung vị 90)`; empty for fewer than two plans.
    func siblingsText(_ row: IndicatorRow) -> String {
        let st = row.siblings
        guard st.count > 1, let lo = st.min, let hi = st.max, let med = st.median else { return "" }
        var t = "n=\(st.count) · \(TargetFormat.number(lo))–\(TargetFormat.number(hi)) (\(s.median) \(TargetFormat.number(med)))"
        if !st.belowMost.isEmpty { t += "; \(s.belowMost): " + st.belowMost.map(planName).joined(separator: ", ") }
        return t
    }

    func leadsText(_ leads: [UnitRef]) -> String { leads.map(\.unit).joined(separator: "; ") }
}
