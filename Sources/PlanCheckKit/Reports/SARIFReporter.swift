/// SARIF 2.1.0 for GitHub code scanning: the rules that ran in `tool.driver.rules`, one result per finding
/// with a `physicalLocation` relative to `%SRCROOT%`, related locations, and `partialFingerprints` from the
/// finding's stable fingerprint.
public struct SARIFReporter: FindingReporter {
    public static let format = "sarif"
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public init() {}

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func location(_ file: String, _ line: Int) -> JSONValue {
        .object([("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(file)), ("uriBaseId", .string("%SRCROOT%"))])),
            ("region", .object([("startLine", .int(max(line, 1))), ("startColumn", .int(1))])),
        ]))])
    }

    public func value(_ report: CheckReport) -> JSONValue {
        let lang = L10n.current
        let rules: [JSONValue] = report.rules.map { r in
            .object([
                ("id", .string(r.id)), ("name", .string(r.category)),
                ("shortDescription", .object([("text", .string(r.message(lang).source))])),
                ("fullDescription", .object([("text", .string(r.rationale))])),
                ("help", .object([("text", .string("\(r.rationale) \(ReportText.vi ? "Căn cứ" : "Reference"): \(r.reference)"))])),
                ("defaultConfiguration", .object([("level", .string(Self.level(r.severity)))])),
                ("properties", .object([("category", .string(r.category)), ("kind", .string(r.kindName)),
                                        ("tags", .array([.string("cchc"), .string(r.category)]))])),
            ])
        }
        let index = Dictionary(report.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let results: [JSONValue] = report.findings.map { f in
            var o: [(String, JSONValue)] = [("ruleId", .string(f.ruleID))]
            if let i = index[f.ruleID] { o.append(("ruleIndex", .int(i))) }
            o += [("level", .string(Self.level(f.severity))), ("message", .object([("text", .string(f.message))])),
                  ("locations", .array([Self.location(f.file, f.line)]))]
            if !f.related.isEmpty {
                o.append(("relatedLocations", .array(f.related.enumerated().map { i, r in
                    guard case .object(var loc) = Self.location(r.file, r.line) else { return .null }
                    loc.insert(("id", .int(i + 1)), at: 0)
                    loc.append(("message", .object([("text", .string(r.text.isEmpty ? "\(r.file):\(r.line)" : String(r.text.prefix(200))))])))
                    return .object(loc)
                })))
            }
            o.append(("partialFingerprints", .object([("plancheckFingerprint/v1", .string(f.fingerprint ?? Fingerprint.make(rule: f.ruleID, file: f.file, anchor: f.message)))])))
            return .object(o)
        }
        let run: JSONValue = .object([
            ("tool", .object([("driver", .object([
                ("name", .string("plancheck")), ("version", .string(report.toolVersion)),
                ("rules", .array(rules)),
            ]))])),
            ("results", .array(results)),
            ("columnKind", .string("unicodeCodePoints")),
        ])
        return .object([("$schema", .string(Self.schema)), ("version", .string("2.1.0")), ("runs", .array([run]))])
    }

    public func render(_ report: CheckReport) -> String { value(report).render() }
}
