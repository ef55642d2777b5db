import Foundation

/// The reviewer's report as one self-contained XHTML-compatible HTML file: inline CSS, no script,
/// no network. Every text is escaped; markup is well-formed XML so it can be checked by a parser.
public enum AuditHTML {
    public static func render(_ report: AuditReport, lang: Language = L10n.current) -> String {
        var out = ""
        write(report, lang: lang) { out += $0 }
        return out
    }

    /// Renders piece by piece into `emit`: the head, then the groups, a few at a time on all cores, in
    /// order. A report of thousands of plans is written out without being held in memory whole.
    public static func write(_ report: AuditReport, lang: Language = L10n.current, to emit: (String) -> Void) {
        let s = AuditStrings(lang)
        var h = HTMLBuilder()
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(lang.rawValue)\">\n<head>\n")
        h.raw("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        h.el("title", s.title)
        h.raw("<style>\n\(AuditStyle.css)\n</style>\n</head>\n<body>\n")
        h.el("h1", s.title)
        let nPlans = report.groups.reduce(0) { $0 + $1.plans.count }
        let nFindings = report.groups.reduce(0) { $0 + $1.findings.count }
        h.el("p", "\(s.groupsLabel): \(report.groups.count) · \(s.plansLabel): \(nPlans) · \(s.findingsLabel): \(nFindings) · \(s.generatedBy) \(CLI.version)",
             cls: "meta")
        if !report.failures.isEmpty {
            h.el("h4", s.unreadable, cls: "sev-error")
            h.raw("<ul>\n")
            for f in report.failures { h.raw("<li>\(HTMLEscape.text(f.file)): \(HTMLEscape.text(f.message))</li>\n") }
            h.raw("</ul>\n")
        }
        if report.groups.count > 1 {
            h.raw("<nav><h4>\(HTMLEscape.text(s.contents))</h4><ul>\n")
            for (gi, g) in report.groups.enumerated() {
                h.raw("<li><a href=\"#g\(gi)\">\(HTMLEscape.text(g.name))</a> — \(HTMLEscape.text(AuditPresentation(g, s).parentTitle()))</li>\n")
            }
            h.raw("</ul></nav>\n")
        }
        emit(h.out)
        // Groups are independent sections: a batch at a time rendered on all cores, written in order.
        let batch = max(4, 2 * ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < report.groups.count {
            let indices = Array(start..<min(report.groups.count, start + batch))
            let sections = ParallelMap.map(indices) { gi -> String in
                var section = HTMLBuilder()
                group(&section, report.groups[gi], gi, AuditStrings(lang))
                return section.out
            }
            sections.forEach(emit)
            start += batch
        }
        emit("</body>\n</html>\n")
    }

    static func group(_ h: inout HTMLBuilder, _ g: AuditGroup, _ gi: Int, _ s: AuditStrings) {
        let pr = AuditPresentation(g, s)
        h.raw("<section id=\"g\(gi)\">\n")
        h.el("h2", "\(s.group) \(g.name) — \(g.plans.count) \(s.plansCount)")
        h.raw("<p class=\"meta\"><b>\(HTMLEscape.text(s.parentPlan)):</b> \(HTMLEscape.text(pr.parentTitle()))")
        if let path = g.parentPath { h.raw(" <span class=\"ln\">(\(HTMLEscape.text(path)); \(HTMLEscape.text(s.origin(g.parentOrigin))))</span>") }
        h.raw("</p>\n")
        if let p = g.parent {
            if let src = p.source {
                h.raw("<p class=\"note\">\(HTMLEscape.text(s.source)): \(HTMLEscape.text(src.text))")
                if src.kind == .digest { h.raw(" <span class=\"digest\">(\(HTMLEscape.text(s.digest)))</span>") }
                h.raw("</p>\n")
            }
            if let n = p.note { h.el("p", "\(s.note): \(n)", cls: "note") }
            if !p.fallbackFiles.isEmpty {
                h.el("p", "\(s.fallbackNote) \(p.fallbackFiles.map { AuditRunner.displayPath($0) }.joined(separator: ", ")).", cls: "note")
            }
        }
        summary(&h, g, gi, pr, s)
        indicators(&h, g, gi, pr, s)
        responsibilities(&h, g, gi, pr, s)
        unmatched(&h, g, pr, s)
        findings(&h, g, gi, pr, s)
        h.raw("</section>\n")
    }

    static func summary(_ h: inout HTMLBuilder, _ g: AuditGroup, _ gi: Int, _ pr: AuditPresentation, _ s: AuditStrings) {
        h.el("h3", "1. \(s.summary)")
        h.raw("<table class=\"summary\">\n<thead><tr>")
        for c in [s.plan, s.issuer, s.period] { h.el("th", c) }
        for sev in [Severity.error, .warning, .info] { h.el("th", s.severityName(sev), cls: "num") }
        h.el("th", s.total, cls: "num")
        h.raw("</tr></thead>\n<tbody>\n")
        var totals: [Severity: Int] = [:]
        for i in g.plans.indices {
            let c = pr.counts(i)
            h.raw("<tr><td><a href=\"#g\(gi)-p\(i)\">\(HTMLEscape.text(pr.planName(i)))</a></td>")
            h.el("td", g.plans[i].issuer ?? "")
            h.el("td", TargetFormat.period(g.plans[i].period))
            for sev in [Severity.error, .warning, .info] {
                totals[sev, default: 0] += c[sev] ?? 0
                h.el("td", String(c[sev] ?? 0), cls: (c[sev] ?? 0) > 0 ? "num sev-\(sev.rawValue)" : "num")
            }
            h.el("td", String(c.values.reduce(0, +)), cls: "num")
            h.raw("</tr>\n")
        }
        h.raw("<tr><th colspan=\"3\">\(HTMLEscape.text(s.total))</th>")
        for sev in [Severity.error, .warning, .info] { h.el("th", String(totals[sev] ?? 0), cls: "num") }
        h.el("th", String(totals.values.reduce(0, +)), cls: "num")
        h.raw("</tr>\n</tbody></table>\n")
    }

    static func indicators(_ h: inout HTMLBuilder, _ g: AuditGroup, _ gi: Int, _ pr: AuditPresentation, _ s: AuditStrings) {
        h.el("h3", "2. \(s.indicatorMatrix)")
        guard !g.alignment.indicators.isEmpty else { h.el("p", s.noIndicators, cls: "note"); return }
        h.raw("<p class=\"legend small\">\(HTMLEscape.text(s.legend)): ")
        for st in [AlignmentStatus.meets, .below, .missing, .extra, .inconsistent] {
            h.raw("<span class=\"st-\(st.rawValue)\">\(HTMLEscape.text(st.label(s.lang)))</span>")
        }
        h.raw("<span class=\"digest\">* \(HTMLEscape.text(s.digest))</span></p>\n")
        h.raw("<table class=\"matrix\">\n<thead><tr>")
        h.el("th", s.indicator)
        h.el("th", s.parent)
        for i in g.plans.indices { h.raw("<th><a href=\"#g\(gi)-p\(i)\">\(HTMLEscape.text(pr.planName(i)))</a></th>") }
        h.el("th", s.siblings)
        h.raw("</tr></thead>\n<tbody>\n")
        for row in g.alignment.indicators {
            h.raw("<tr><td class=\"name\">\(HTMLEscape.text(row.name))<br/><span class=\"ln\">\(HTMLEscape.text(row.indicator))")
            if !row.higherIsBetter { h.raw(" · \(HTMLEscape.text(s.lowerIsBetter()))") }
            h.raw("</span></td>")
            h.raw("<td>")
            for (k, ti) in row.parentTargets.enumerated() {
                if k > 0 { h.raw("<br/>") }
                h.raw("<span title=\"\(HTMLEscape.text(pr.parentValueNote(ti)))\">\(HTMLEscape.text(pr.parentValueText(ti)))</span>")
                if pr.isDigest(ti) { h.raw("<span class=\"digest\">*</span>") }
            }
            h.raw("</td>")
            for cell in row.cells { self.cell(&h, cell, row, gi, pr, s) }
            h.el("td", pr.siblingsText(row), cls: "small")
            h.raw("</tr>\n")
        }
        h.raw("</tbody></table>\n")
    }

    static func cell(_ h: inout HTMLBuilder, _ cell: AlignmentCell, _ row: IndicatorRow, _ gi: Int,
                     _ pr: AuditPresentation, _ s: AuditStrings) {
        let cls = cell.status == .none ? "" : " class=\"st-\(cell.status.rawValue)\""
        h.raw("<td\(cls) title=\"\(HTMLEscape.text(cell.status.label(s.lang)))\">")
        if cell.status == .missing {
            let label = HTMLEscape.text("— " + AlignmentStatus.missing.label(s.lang))
            if let f = pr.missingFinding(plan: cell.plan, parentTargets: cell.missing) {
                h.raw("<a href=\"#g\(gi)-f\(f)\">\(label)</a>")
            } else {
                h.raw(label)
            }
        }
        for (k, v) in cell.values.enumerated() {
            if k > 0 { h.raw("<br/>") }
            let text = HTMLEscape.text(pr.valueText(v, plan: cell.plan))
            let note = HTMLEscape.text(pr.valueNote(v))
            if let f = pr.finding(plan: cell.plan, line: v.target.line) {
                h.raw("<a href=\"#g\(gi)-f\(f)\" title=\"\(note)\">\(text)</a>")
            } else {
                h.raw("<span title=\"\(note)\">\(text)</span>")
            }
            h.raw(" <span class=\"ln\">\(HTMLEscape.text(s.lineShort))\(v.target.line)</span>")
        }
        h.raw("</td>")
    }

    static func responsibilities(_ h: inout HTMLBuilder, _ g: AuditGroup, _ gi: Int, _ pr: AuditPresentation, _ s: AuditStrings) {
        h.el("h3", "3. \(s.responsibilityMatrix)")
        h.raw("<table class=\"matrix\">\n<thead><tr>")
        h.el("th", s.area)
        h.el("th", s.parent)
        for i in g.plans.indices { h.el("th", pr.planName(i)) }
        h.raw("</tr></thead>\n<tbody>\n")
        for row in g.alignment.responsibilities {
            h.raw("<tr>")
            h.el("td", row.area.name(s.lang), cls: "name")
            h.el("td", pr.leadsText(row.parentLeads))
            for c in row.cells {
                h.raw("<td>")
                for (k, l) in c.leads.enumerated() {
                    if k > 0 { h.raw("<br/>") }
                    h.raw("<span title=\"\(HTMLEscape.text(l.text))\">\(HTMLEscape.text(l.unit))</span> <span class=\"ln\">\(HTMLEscape.text(s.lineShort))\(l.line)</span>")
                }
                if !c.marks.isEmpty {
                    if !c.leads.isEmpty { h.raw("<br/>") }
                    // A mark links to the rules' finding on the area's line when there is one.
                    let link = c.line.flatMap { pr.finding(plan: c.plan, line: $0) }
                    for m in c.marks {
                        let mark = "<span class=\"mark \(m.rawValue)\">\(HTMLEscape.text(m.label(s.lang)))</span>"
                        h.raw(link.map { "<a href=\"#g\(gi)-f\($0)\">\(mark)</a>" } ?? mark)
                    }
                }
                h.raw("</td>")
            }
            h.raw("</tr>\n")
        }
        h.raw("</tbody></table>\n")
    }

    static func unmatched(_ h: inout HTMLBuilder, _ g: AuditGroup, _ pr: AuditPresentation, _ s: AuditStrings) {
        h.el("h3", "4. \(s.unmatched)")
        guard !g.alignment.unmatched.isEmpty else { h.el("p", s.noUnmatched, cls: "note"); return }
        h.raw("<table>\n<thead><tr>")
        for c in [s.plan, s.line, s.figure, s.text] { h.el("th", c) }
        h.raw("</tr></thead>\n<tbody>\n")
        for u in g.alignment.unmatched {
            h.raw("<tr>")
            h.el("td", pr.planName(u.plan))
            h.el("td", String(u.target.line), cls: "num")
            h.el("td", TargetFormat.figure(u.target), cls: "num")
            h.el("td", u.target.text, cls: "quote")
            h.raw("</tr>\n")
        }
        h.raw("</tbody></table>\n")
    }

    static func findings(_ h: inout HTMLBuilder, _ g: AuditGroup, _ gi: Int, _ pr: AuditPresentation, _ s: AuditStrings) {
        h.el("h3", "5. \(s.findingsByPlan)")
        for i in g.plans.indices {
            h.raw("<h4 id=\"g\(gi)-p\(i)\">\(HTMLEscape.text(pr.planName(i))) <span class=\"ln\">\(HTMLEscape.text(pr.planTitle(i)))</span></h4>\n")
            let ids = g.findings.indices.filter { g.findings[$0].file == g.plans[i].file }
            guard !ids.isEmpty else { h.el("p", s.noFindings, cls: "note"); continue }
            h.raw("<table class=\"findings\">\n<thead><tr>")
            for c in [s.line, s.severity, s.rule, s.message, s.quote] { h.el("th", c) }
            h.raw("</tr></thead>\n<tbody>\n")
            for fi in ids {
                let f = g.findings[fi]
                h.raw("<tr id=\"g\(gi)-f\(fi)\">")
                h.el("td", f.line > 0 ? String(f.line) : "", cls: "num")
                h.el("td", s.severityName(f.severity), cls: "sev-\(f.severity.rawValue)")
                h.raw("<td class=\"id\">\(HTMLEscape.text(f.ruleID))<br/>\(HTMLEscape.text(f.category))</td>")
                h.raw("<td>\(HTMLEscape.text(f.message))")
                // A province-wide conflict relates a finding to every other plan: the first few are shown,
                // the rest counted (JSON and SARIF keep them all).
                for r in f.related.prefix(ReportText.relatedShown) {
                    h.raw("<br/><span class=\"ln\">\(HTMLEscape.text(s.related)): \(HTMLEscape.text(AuditPresentation.shortName(r.file))):\(r.line)")
                    if !r.text.isEmpty { h.raw(" — <q>\(HTMLEscape.text(r.text))</q>") }
                    h.raw("</span>")
                }
                if f.related.count > ReportText.relatedShown {
                    h.raw("<br/><span class=\"ln\">\(HTMLEscape.text(s.moreRelated(f.related.count - ReportText.relatedShown)))</span>")
                }
                h.raw("</td>")
                h.el("td", f.quote, cls: "quote")
                h.raw("</tr>\n")
            }
            h.raw("</tbody></table>\n")
        }
    }
}

/// Accumulates markup; `el` escapes its text.
struct HTMLBuilder {
    var out = ""

    mutating func raw(_ s: String) { out += s }

    mutating func el(_ tag: String, _ text: String, cls: String? = nil) {
        out += "<\(tag)"
        if let c = cls, !c.isEmpty { out += " class=\"\(c)\"" }
        out += ">" + HTMLEscape.text(text) + "</\(tag)>"
        if ["p", "h1", "h2", "h3", "h4", "title"].contains(tag) { out += "\n" }
    }
}
