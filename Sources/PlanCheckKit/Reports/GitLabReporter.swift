/// GitLab Code Quality report (a JSON array): `description`, `check_name`, `fingerprint` (unique per
/// report), `severity` (`info`, `minor`, `major`, `critical`, `blocker`) and `location.path`/`lines.begin`.
public struct GitLabReporter: FindingReporter {
    public static let format = "gitlab"

    public init() {}

    static func severity(_ s: Severity) -> String {
        switch s {
        case .error: return "critical"
        case .warning: return "minor"
        case .info: return "info"
        }
    }

    public func value(_ report: CheckReport) -> JSONValue {
        var used = Set<String>()
        return .array(report.findings.map { f in
            // GitLab drops issues with a repeated fingerprint; derive a new one for a repeat.
            var fp = f.fingerprint ?? Fingerprint.make(rule: f.ruleID, file: f.file, anchor: f.message)
            var n = 1
            while !used.insert(fp).inserted {
                n += 1
                fp = Fingerprint.make(rule: f.ruleID, file: f.file, anchor: "\(f.fingerprint ?? f.message)#\(n)")
            }
            return .object([
                ("description", .string("\(f.message) [\(f.ruleID)]")), ("check_name", .string(f.ruleID)),
                ("fingerprint", .string(fp)), ("severity", .string(Self.severity(f.severity))),
                ("categories", .array([.string(f.category)])),
                ("location", .object([("path", .string(f.file)), ("lines", .object([("begin", .int(max(f.line, 1)))]))])),
            ])
        })
    }

    public func render(_ report: CheckReport) -> String { value(report).render() }
}
