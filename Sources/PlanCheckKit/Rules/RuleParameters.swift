import Foundation

/// Typed, located access to a rule's kind parameters (`pattern = …`, `areas = the-che, tthc`).
/// Every conversion error names the rule file and the line of the offending key.
public struct RuleParameters: Sendable {
    public let section: DataSection

    public init(_ section: DataSection) { self.section = section }

    func error(_ key: String, _ message: String) -> DataFileError {
        DataFileError(file: section.file, line: section.line(of: key), message: message)
    }

    public func string(_ key: String) -> String? { section.value(key) }

    public func requireString(_ key: String) throws -> String { try section.require(key) }

    /// Values of a repeatable key, each also split on commas (`areas = a, b` and two `areas` lines are equal).
    public func list(_ key: String) -> [String] {
        section.values(key).flatMap { $0.split(separator: ",").map { $0.trimmedWhitespace } }
            .filter { !$0.isEmpty }
    }

    /// Values of a repeatable key, not split (for regular expressions and phrases that may contain commas).
    public func lines(_ key: String) -> [String] { section.values(key) }

    public func int(_ key: String, default d: Int) throws -> Int {
        guard let v = section.value(key) else { return d }
        guard let i = Int(v) else { throw error(key, L10n.text(.badValue(key: key, value: v, expected: "integer"))) }
        return i
    }

    public func choice(_ key: String, _ allowed: [String], default d: String) throws -> String {
        let v = section.value(key) ?? d
        guard allowed.contains(v) else {
            throw error(key, L10n.text(.badValue(key: key, value: v, expected: allowed.joined(separator: ", "))))
        }
        return v
    }

    public func regex(_ key: String) throws -> NSRegularExpression? {
        guard let v = section.value(key) else { return nil }
        return try compile(v, key: key)
    }

    func compile(_ pattern: String, key: String) throws -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern, options: [])
        } catch {
            throw self.error(key, RuleText.badRegex(pattern))
        }
    }

    /// Reform areas listed under `key`, defaulting to `d`.
    public func areas(_ key: String, default d: [ReformArea]) throws -> [ReformArea] {
        let names = list(key)
        if names.isEmpty { return d }
        return try names.map { n in
            guard let a = ReformArea(rawValue: n) else {
                throw error(key, L10n.text(.badValue(key: key, value: n, expected: ReformArea.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            return a
        }
    }
}
