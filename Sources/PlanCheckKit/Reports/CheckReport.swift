/// Everything a reporter needs: the findings of a `check` run, the rules that ran, the files checked and
/// the files that could not be read.
public struct CheckReport: Sendable {
    public var findings: [Finding]
    public var rules: [Rule]
    /// Relative paths of the files checked, sorted.
    public var files: [String]
    /// Files that could not be checked, with the reason (relative path → message).
    public var failures: [(file: String, message: String)]
    public var toolVersion: String

    public init(findings: [Finding], rules: [Rule], files: [String], failures: [(file: String, message: String)] = [],
                toolVersion: String = CLI.version) {
        self.findings = RuleEngine.sorted(findings.map(Self.normalised))
        self.rules = rules.sorted { $0.id < $1.id }
        self.files = files.map(Self.path).sorted()
        self.failures = failures.map { (Self.path($0.file), Self.withoutPath($0.message, $0.file)) }.sorted { $0.0 < $1.0 }
        self.toolVersion = toolVersion
    }

    /// Forward slashes and no leading `./`, so reports are the same on every system.
    public static func path(_ p: String) -> String {
        var s = p.replacingOccurrences(of: "\\", with: "/")
        while s.hasPrefix("./") { s.removeFirst(2) }
        return s
    }

    /// Input errors often start with the file name; the reports print it already.
    static func withoutPath(_ message: String, _ file: String) -> String {
        for prefix in [file + ":", path(file) + ":"] where message.hasPrefix(prefix) {
            return String(message.dropFirst(prefix.count)).trimmedWhitespace
        }
        return message
    }

    static func normalised(_ f: Finding) -> Finding {
        var f = f
        f.file = path(f.file)
        f.related = f.related.map { RelatedLocation(file: path($0.file), line: $0.line, text: $0.text) }
        return f
    }

    public func count(_ s: Severity) -> Int { findings.filter { $0.severity == s }.count }

    /// Findings per category, sorted by category name.
    public var byCategory: [(String, Int)] {
        var c: [String: Int] = [:]
        for f in findings { c[f.category, default: 0] += 1 }
        return c.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

/// Renders a check report in one output format.
public protocol FindingReporter {
    /// `--format` value.
    static var format: String { get }
    func render(_ report: CheckReport) -> String
}

/// The output formats of `plancheck check`.
public enum Reporters {
    public static let formats = ["text", "json", "markdown", "sarif", "github", "gitlab"]

    public static func render(_ report: CheckReport, format: String, colour: Bool = false) -> String {
        switch format {
        case "json": return JSONReporter().render(report)
        case "markdown": return MarkdownReporter().render(report)
        case "sarif": return SARIFReporter().render(report)
        case "github": return GitHubReporter().render(report)
        case "gitlab": return GitLabReporter().render(report)
        default: return TextReporter(colour: colour).render(report)
        }
    }
}
