/// A Markdown table for a pull-request comment or a CI step summary.
public struct MarkdownReporter: FindingReporter {
    public static let format = "markdown"

    public init() {}

    /// Escapes table-breaking characters.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }

    static func icon(_ s: Severity) -> String {
        switch s {
        case .error: return "🔴"
        case .warning: return "🟡"
        case .info: return "🔵"
        }
    }

    public func render(_ report: CheckReport) -> String {
        var out = "## \(ReportText.title)\n\n\(ReportText.summary(report))\n\n"
        if report.findings.isEmpty {
            out += ReportText.noFindings + "\n"
        } else {
            let h = ReportText.headers
            out += "| \(h.joined(separator: " | ")) |\n|---|---|---|---|---|\n"
            for f in report.findings {
                var related = f.related.prefix(ReportText.relatedShown).map { "`\($0.file):\($0.line)`" }.joined(separator: ", ")
                if f.related.count > ReportText.relatedShown { related += " " + ReportText.moreRelated(f.related.count - ReportText.relatedShown) }
                out += "| \(Self.icon(f.severity)) \(ReportText.severity(f.severity)) | `\(f.file):\(f.line)` | \(f.ruleID) (\(f.category)) | \(Self.cell(f.message)) | \(related) |\n"
            }
        }
        if !report.failures.isEmpty {
            out += "\n### \(ReportText.unreadable)\n\n"
            for fail in report.failures { out += "- `\(fail.file)`: \(Self.cell(fail.message))\n" }
        }
        return out
    }
}
