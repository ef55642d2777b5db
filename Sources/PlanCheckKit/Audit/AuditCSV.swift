/// CSV of the indicator matrix and of the findings, UTF-8 with a byte-order mark so that Excel on
/// Windows shows Vietnamese correctly. RFC 4180 quoting, CRLF line ends.
public enum AuditCSV {
    static let bom = "\u{FEFF}"

    /// The matrix in long form: one row per group × indicator × plan (plus the parent's figures).
    public static func matrix(_ report: AuditReport, lang: Language = L10n.current) -> String {
        let s = AuditStrings(lang)
        var rows: [[String]] = [["group", "indicator", s.indicator, "plan", "status", s.status, s.values, "lines", s.parent, "siblings"]]
        for g in report.groups {
            let pr = AuditPresentation(g, s)
            for row in g.alignment.indicators {
                let parent = row.parentTargets.map { pr.parentValueText($0) + (pr.isDigest($0) ? "*" : "") }.joined(separator: "; ")
                for c in row.cells {
                    rows.append([g.name, row.indicator, row.name, g.plans[c.plan].file, c.status == .none ? "" : c.status.rawValue,
                                 c.status.label(lang), c.values.map { pr.valueText($0, plan: c.plan) }.joined(separator: "; "),
                                 c.values.map { String($0.target.line) }.joined(separator: "; "), parent, pr.siblingsText(row)])
                }
            }
        }
        return bom + rows.map(line).joined()
    }

    /// One row per finding.
    public static func findings(_ report: AuditReport, lang: Language = L10n.current) -> String {
        let s = AuditStrings(lang)
        var rows: [[String]] = [["group", "file", "line", "severity", s.severity, "rule", "category", s.message, s.quote]]
        for g in report.groups {
            for f in g.findings {
                rows.append([g.name, f.file, String(f.line), f.severity.rawValue, s.severityName(f.severity), f.ruleID, f.category,
                             f.message, f.quote])
            }
        }
        return bom + rows.map(line).joined()
    }

    /// Unmatched targets only (`--unmatched`).
    public static func unmatched(_ report: AuditReport, lang: Language = L10n.current) -> String {
        var rows: [[String]] = [["group", "file", "line", "figure", "text"]]
        for g in report.groups {
            for u in g.alignment.unmatched {
                rows.append([g.name, g.plans[u.plan].file, String(u.target.line), TargetFormat.figure(u.target, lang: lang), u.target.text])
            }
        }
        return bom + rows.map(line).joined()
    }

    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    static func field(_ f: String) -> String {
        // A leading = + - @ would make Excel evaluate the cell as a formula.
        var v = f
        if let c = v.first, "=+-@".contains(c), Double(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
