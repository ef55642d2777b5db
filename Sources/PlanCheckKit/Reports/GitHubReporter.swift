/// GitHub Actions workflow commands: `::error file=…,line=…,title=…::message`. GitHub shows at most ten
/// annotations of each type per step, so at most 10 errors and 10 warnings (and 9 notices) are emitted,
/// then one `::notice` with the number left out. The full Markdown report goes to `$GITHUB_STEP_SUMMARY`
/// (written by the command, not here).
public struct GitHubReporter: FindingReporter {
    public static let format = "github"
    public static let limit = 10

    public init() {}

    /// Escaping of workflow command data (`%`, CR, LF) and properties (also `:` and `,`).
    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    public func render(_ report: CheckReport) -> String {
        var out = ""
        var shown: [Severity: Int] = [:]
        var overflow = 0
        for f in report.findings {
            let cmd = f.severity == .error ? "error" : f.severity == .warning ? "warning" : "notice"
            let cap = f.severity == .info ? Self.limit - 1 : Self.limit
            guard shown[f.severity, default: 0] < cap else { overflow += 1; continue }
            shown[f.severity, default: 0] += 1
            out += "::\(cmd) file=\(Self.property(f.file)),line=\(max(f.line, 1)),title=\(Self.property("\(f.ruleID) \(f.category)"))::\(Self.data(f.message))\n"
        }
        for fail in report.failures { out += "::error file=\(Self.property(fail.file))::\(Self.data(fail.message))\n" }
        if overflow > 0 { out += "::notice::\(Self.data(ReportText.overflow(overflow)))\n" }
        out += ReportText.summary(report) + "\n"
        return out
    }
}
