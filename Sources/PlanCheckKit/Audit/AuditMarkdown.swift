/// A Markdown summary of the audit for a pull request or an e-mail: per group the parent, the
/// findings per plan, the indicator matrix with status words, lead marks and unmatched targets.
public enum AuditMarkdown {
    public static func render(_ report: AuditReport, lang: Language = L10n.current) -> String {
        let s = AuditStrings(lang)
        var out = "# \(s.title)\n"
        for g in report.groups {
            let pr = AuditPresentation(g, s)
            out += "\n## \(s.group) \(cell(g.name)) — \(g.plans.count) \(s.plansCount)\n\n"
            out += "**\(s.parentPlan):** \(cell(pr.parentTitle()))"
            if let p = g.parentPath { out += " (`\(p)`, \(s.origin(g.parentOrigin)))" }
            out += "\n\n### \(s.summary)\n\n"
            out += "| \(s.plan) | \(s.period) | \(s.severityName(.error)) | \(s.severityName(.warning)) | \(s.severityName(.info)) |\n"
            out += "|---|---|---:|---:|---:|\n"
            for i in g.plans.indices {
                let c = pr.counts(i)
                out += "| \(cell(pr.planName(i))) | \(TargetFormat.period(g.plans[i].period)) | \(c[.error] ?? 0) | \(c[.warning] ?? 0) | \(c[.info] ?? 0) |\n"
            }
            out += "\n### \(s.indicatorMatrix)\n\n"
            if g.alignment.indicators.isEmpty {
                out += "\(s.noIndicators)\n"
            } else {
                out += "| \(s.indicator) | \(s.parent) | " + g.plans.indices.map { cell(pr.planName($0)) }.joined(separator: " | ") + " |\n"
                out += "|---|---|" + String(repeating: "---|", count: g.plans.count) + "\n"
                for row in g.alignment.indicators {
                    let parent = row.parentTargets.map { pr.parentValueText($0) + (pr.isDigest($0) ? "\\*" : "") }.joined(separator: "<br>")
                    out += "| \(cell(row.name)) | \(parent) | "
                    out += row.cells.map { c -> String in
                        if c.status == .none { return "" }
                        let vals = c.values.map { cell(pr.valueText($0, plan: c.plan)) + " (\(s.lineShort)\($0.target.line))" }.joined(separator: "<br>")
                        return (vals.isEmpty ? "—" : vals) + " " + marker(c.status) + " " + c.status.label(lang)
                    }.joined(separator: " | ") + " |\n"
                }
                out += "\n\\* \(s.digest)\n"
            }
            let marked = g.alignment.responsibilities.flatMap { r in
                r.cells.filter { !$0.marks.isEmpty && !$0.marks.contains(.absent) }.map { (r.area, $0) }
            }
            if !marked.isEmpty {
                out += "\n### \(s.responsibilityMatrix)\n\n"
                for (area, c) in marked {
                    let leads = c.leads.map(\.unit).joined(separator: "; ")
                    out += "- **\(cell(pr.planName(c.plan)))**, \(area.name(lang)): " + c.marks.map { $0.label(lang) }.joined(separator: ", ")
                        + (leads.isEmpty ? "" : " (\(cell(leads)))") + "\n"
                }
            }
            if !g.alignment.unmatched.isEmpty {
                out += "\n### \(s.unmatched)\n\n"
                for u in g.alignment.unmatched {
                    out += "- `\(g.plans[u.plan].file):\(u.target.line)` \(TargetFormat.figure(u.target)) — \(cell(u.target.text))\n"
                }
            }
            out += "\n### \(s.findingsByPlan)\n\n"
            if g.findings.isEmpty { out += "\(s.noFindings)\n" }
            for f in g.findings {
                out += "- `\(f.file):\(f.line)` **\(s.severityName(f.severity))** \(cell(f.message)) `\(f.ruleID)`\n"
            }
        }
        return out
    }

    static func marker(_ st: AlignmentStatus) -> String {
        switch st {
        case .meets: return "✅"
        case .below: return "🔻"
        case .missing: return "⛔"
        case .extra: return "➕"
        case .inconsistent: return "⚠️"
        case .none: return ""
        }
    }

    /// Text safe inside a table cell: no pipes or line breaks, Markdown specials escaped.
    static func cell(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            case "*", "_", "`", "[", "]", "<", ">": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }
}
