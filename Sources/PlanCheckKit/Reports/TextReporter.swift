/// Compiler-style text: `file:line:col: severity: message [rule-id]`, one finding per line, so that editors
/// and CI log parsers pick the findings up; then a one-line summary. Severity keywords stay `error`,
/// `warning`, `note` (what the parsers look for); messages are localised. ANSI colour only when asked
/// (the command asks when stdout is a terminal and `NO_COLOR` is unset).
public struct TextReporter: FindingReporter {
    public static let format = "text"
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    static func keyword(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    /// One finding per line: line breaks inside a message would split it for log parsers.
    static func oneLine(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }

    public func render(_ report: CheckReport) -> String {
        var out = ""
        for f in report.findings {
            let kw = Self.keyword(f.severity)
            let painted = paint(kw, f.severity == .error ? "1;31" : f.severity == .warning ? "1;33" : "1;36")
            out += "\(f.file):\(max(f.line, 1)):1: \(painted): \(Self.oneLine(f.message)) [\(f.ruleID)]\n"
            for r in f.related.prefix(ReportText.relatedShown) {
                out += "\(r.file):\(max(r.line, 1)):1: note: \(ReportText.vi ? "liên quan" : "related"): \(Self.oneLine(String(r.text.prefix(120)))) [\(f.ruleID)]\n"
            }
            if f.related.count > ReportText.relatedShown {
                out += "\(f.file):\(max(f.line, 1)):1: note: \(ReportText.moreRelated(f.related.count - ReportText.relatedShown)) [\(f.ruleID)]\n"
            }
        }
        for fail in report.failures { out += "\(fail.file):1:1: error: \(Self.oneLine(fail.message))\n" }
        out += (report.findings.isEmpty && report.failures.isEmpty ? ReportText.noFindings + " " : "") + ReportText.summary(report) + "\n"
        return out
    }
}
