/// The audit for the terminal: per group the parent, the findings summary, the indicator rows with a
/// status per plan, lead marks, unmatched targets and the findings in compiler style (`file:line: …`).
public enum AuditPlainText {
    public static func render(_ report: AuditReport, lang: Language = L10n.current) -> String {
        let s = AuditStrings(lang)
        var out = ""
        for g in report.groups {
            let pr = AuditPresentation(g, s)
            out += "== \(s.group) \(g.name) (\(g.plans.count) \(s.plansCount)) ==\n"
            out += "\(s.parentPlan): \(pr.parentTitle())"
            if let p = g.parentPath { out += " [\(p); \(s.origin(g.parentOrigin))]" }
            out += "\n\n"
            out += "\(s.summary):\n"
            let width = max(10, g.plans.indices.map { pr.planName($0).count }.max() ?? 0)
            for i in g.plans.indices {
                let c = pr.counts(i)
                out += "  " + pad(pr.planName(i), width) + "  "
                out += [Severity.error, .warning, .info].map { "\(s.severityName($0)) \(c[$0] ?? 0)" }.joined(separator: ", ") + "\n"
            }
            out += "\n\(s.indicatorMatrix):\n"
            if g.alignment.indicators.isEmpty { out += "  \(s.noIndicators)\n" }
            for row in g.alignment.indicators {
                out += "  \(row.indicator) — \(row.name)\n"
                let parentText = row.parentTargets.map { pr.parentValueText($0) + (pr.isDigest($0) ? "*" : "") }.joined(separator: ", ")
                out += "    " + pad(s.parent, width) + "  " + (parentText.isEmpty ? "—" : parentText) + "\n"
                for c in row.cells where c.status != .none {
                    let vals = c.values.map { "\(pr.valueText($0, plan: c.plan)) \(s.lineShort)\($0.target.line)" }.joined(separator: ", ")
                    out += "    " + pad(pr.planName(c.plan), width) + "  " + (vals.isEmpty ? "—" : vals) + "  [\(c.status.label(lang))]\n"
                }
                let sib = pr.siblingsText(row)
                if row.siblings.count > 1 { out += "    " + pad(s.siblings, width) + "  " + sib + "\n" }
            }
            out += "\n\(s.responsibilityMatrix):\n"
            for row in g.alignment.responsibilities {
                out += "  \(row.area.name(lang))"
                if !row.parentLeads.isEmpty { out += " (\(s.parent): \(pr.leadsText(row.parentLeads)))" }
                out += "\n"
                for c in row.cells {
                    var t = c.leads.map { "\($0.unit) \(s.lineShort)\($0.line)" }.joined(separator: "; ")
                    if !c.marks.isEmpty { t += (t.isEmpty ? "" : "  ") + "[" + c.marks.map { $0.label(lang) }.joined(separator: ", ") + "]" }
                    out += "    " + pad(pr.planName(c.plan), width) + "  " + t + "\n"
                }
            }
            out += unmatched(g, pr, s)
            out += "\n\(s.findingsByPlan):\n"
            if g.findings.isEmpty { out += "  \(s.noFindings)\n" }
            for f in g.findings {
                out += "\(f.file):\(f.line): \(f.severity.rawValue): \(f.message) [\(f.ruleID)]\n"
            }
            out += "\n"
        }
        return out
    }

    static func unmatched(_ g: AuditGroup, _ pr: AuditPresentation, _ s: AuditStrings) -> String {
        var out = "\n\(s.unmatched):\n"
        if g.alignment.unmatched.isEmpty { out += "  \(s.noUnmatched)\n" }
        for u in g.alignment.unmatched {
            out += "  \(g.plans[u.plan].file):\(u.target.line): \(TargetFormat.figure(u.target)) — \(u.target.text)\n"
        }
        return out
    }

    /// Only the unmatched targets (`plancheck audit --unmatched`).
    public static func renderUnmatched(_ report: AuditReport, lang: Language = L10n.current) -> String {
        let s = AuditStrings(lang)
        var out = ""
        for g in report.groups {
            for u in g.alignment.unmatched {
                out += "\(g.plans[u.plan].file):\(u.target.line): \(TargetFormat.figure(u.target)) — \(u.target.text)\n"
            }
        }
        return out.isEmpty ? s.noUnmatched + "\n" : out
    }

    /// Pads by characters (Vietnamese letters are one column each once NFC-composed).
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}
