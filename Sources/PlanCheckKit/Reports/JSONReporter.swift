/// The documented JSON report (docs/check.md):
/// `{"schemaVersion": 1, "findings": [{"rule", "category", "severity", "file", "line", "message", "quote",
/// "fingerprint", "related": [{"file", "line", "note"}]}], "summary": {…}}`.
public struct JSONReporter: FindingReporter {
    public static let format = "json"

    public init() {}

    public func value(_ report: CheckReport) -> JSONValue {
        let findings: [JSONValue] = report.findings.map { f in
            .object([
                ("rule", .string(f.ruleID)), ("category", .string(f.category)), ("severity", .string(f.severity.rawValue)),
                ("file", .string(f.file)), ("line", .int(f.line)), ("message", .string(f.message)), ("quote", .string(f.quote)),
                ("fingerprint", .string(f.fingerprint ?? "")),
                ("related", .array(f.related.map { .object([("file", .string($0.file)), ("line", .int($0.line)), ("note", .string($0.text))]) })),
            ])
        }
        let summary: JSONValue = .object([
            ("files", .int(report.files.count)), ("findings", .int(report.findings.count)),
            ("error", .int(report.count(.error))), ("warning", .int(report.count(.warning))), ("info", .int(report.count(.info))),
            ("byCategory", .object(report.byCategory.map { ($0.0, .int($0.1)) })),
            ("unreadable", .array(report.failures.map { .object([("file", .string($0.file)), ("message", .string($0.message))]) })),
        ])
        return .object([("schemaVersion", .int(1)), ("tool", .string("plancheck \(report.toolVersion)")),
                        ("findings", .array(findings)), ("summary", summary)])
    }

    public func render(_ report: CheckReport) -> String { value(report).render() }
}
