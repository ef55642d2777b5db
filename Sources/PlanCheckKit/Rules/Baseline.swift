import Foundation

/// Recorded findings that later runs do not report again (SwiftLint's baseline). Identity is the finding's
/// fingerprint (rule id + relative path + logical anchor), so edits elsewhere in a plan keep it valid.
/// The file is JSON, sorted and pretty-printed for stable diffs, and written atomically.
public struct Baseline: Sendable {
    public struct Entry: Sendable, Hashable {
        public var fingerprint: String
        public var rule: String
        public var file: String
        public var message: String
    }

    public var entries: [Entry]

    public init(findings: [Finding]) {
        entries = findings.map { Entry(fingerprint: $0.fingerprint ?? "", rule: $0.ruleID, file: CheckReport.path($0.file), message: $0.message) }
            .sorted { ($0.file, $0.rule, $0.fingerprint) < ($1.file, $1.rule, $1.fingerprint) }
    }

    init(entries: [Entry]) { self.entries = entries }

    public var fingerprints: Set<String> { Set(entries.map(\.fingerprint)) }

    /// Findings not in the baseline.
    public func filter(_ findings: [Finding]) -> [Finding] {
        let known = fingerprints
        return findings.filter { f in f.fingerprint.map { !known.contains($0) } ?? true }
    }

    public func render() -> String {
        JSONValue.object([
            ("schemaVersion", .int(1)),
            ("findings", .array(entries.map { e in
                .object([("fingerprint", .string(e.fingerprint)), ("rule", .string(e.rule)), ("file", .string(e.file)),
                         ("message", .string(e.message))])
            })),
        ]).render()
    }

    public func write(to path: String) throws { try OutputWriter.write(render(), to: path) }

    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var description: String {
            L10n.current == .vi ? "\(file):1: tệp baseline không hợp lệ (cần JSON do --write-baseline tạo)"
                : "\(file):1: invalid baseline file (expected the JSON written by --write-baseline)"
        }
    }

    public static func load(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path),
              let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = obj["findings"] as? [[String: Any]] else { throw LoadError(file: path) }
        return Baseline(entries: try list.map { d in
            guard let fp = d["fingerprint"] as? String else { throw LoadError(file: path) }
            return Entry(fingerprint: fp, rule: d["rule"] as? String ?? "", file: d["file"] as? String ?? "", message: d["message"] as? String ?? "")
        })
    }
}
