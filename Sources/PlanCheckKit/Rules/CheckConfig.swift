import Foundation

/// `.plancheck.ini`, found from the current folder upward (or given with `--config`):
///
/// ```
/// [check settings]
/// pack = rules/core              # rule packs to run (repeatable; relative to this file)
/// fail-on = warning              # error | warning | never
/// baseline = .plancheck-baseline.json
/// disable = CCHC-TEXT-002        # rules switched off (repeatable, comma-separated)
///
/// [rule CCHC-AREA-002]           # per-rule overrides
/// severity = error
/// enabled = no
///
/// [folder plans/hai-phong]       # the parent of the plans in a folder (and its subfolders)
/// parent = parents/hai-phong-2026.ini
/// ```
public struct CheckConfig: Sendable {
    public var file: String?
    /// Folder of the config file; relative paths in it are resolved against this folder.
    public var baseDir: URL
    public var packs: [URL] = []
    public var failOn: String?
    public var baseline: URL?
    public var disabled: Set<String> = []
    public var severities: [String: Severity] = [:]
    /// Line of the setting that names each rule id (for errors about unknown ids).
    public var ruleLines: [String: Int] = [:]
    /// Folder (absolute, standardised) → parent file.
    public var parents: [(folder: String, parent: URL)] = []

    public init(baseDir: URL) { self.baseDir = baseDir }

    public static let fileName = ".plancheck.ini"

    /// The nearest `.plancheck.ini` from `start` upward, if any.
    public static func find(from start: URL) -> URL? {
        var dir = start.standardizedFileURL
        for _ in 0..<32 {
            let c = dir.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: c.path) { return c }
            let up = dir.deletingLastPathComponent()
            if up.path == dir.path { break }
            dir = up
        }
        return nil
    }

    public static func load(_ url: URL) throws -> CheckConfig {
        try parse(DataFile.load(url), file: url.path, baseDir: url.deletingLastPathComponent())
    }

    public static func parse(_ sections: [DataSection], file: String?, baseDir: URL) throws -> CheckConfig {
        var c = CheckConfig(baseDir: baseDir)
        c.file = file
        func resolve(_ p: String) -> URL { URL(fileURLWithPath: p, relativeTo: baseDir).standardizedFileURL }
        for s in sections {
            switch s.kind {
            case "check":
                try s.checkKeys(["pack", "fail-on", "baseline", "disable"])
                c.packs += s.values("pack").map(resolve)
                if let f = s.value("fail-on") {
                    guard ["error", "warning", "never"].contains(f) else {
                        throw DataFileError(file: s.file, line: s.line(of: "fail-on"), message: L10n.text(.badValue(key: "fail-on", value: f, expected: "error, warning, never")))
                    }
                    c.failOn = f
                }
                c.baseline = s.value("baseline").map(resolve)
                for e in s.entries where e.key == "disable" {
                    for id in e.value.split(separator: ",") {
                        let id = id.trimmedWhitespace
                        c.disabled.insert(id)
                        c.ruleLines[id] = e.line
                    }
                }
            case "rule":
                try s.checkKeys(["severity", "enabled"])
                c.ruleLines[s.id] = s.line
                if let v = s.value("severity") {
                    guard let sev = Severity(rawValue: v) else {
                        throw DataFileError(file: s.file, line: s.line(of: "severity"), message: L10n.text(.badValue(key: "severity", value: v, expected: "error, warning, info")))
                    }
                    c.severities[s.id] = sev
                }
                if let e = s.value("enabled") {
                    guard e == "yes" || e == "no" else {
                        throw DataFileError(file: s.file, line: s.line(of: "enabled"), message: L10n.text(.badValue(key: "enabled", value: e, expected: "yes, no")))
                    }
                    if e == "no" { c.disabled.insert(s.id) }
                }
            case "folder":
                try s.checkKeys(["parent"])
                c.parents.append((resolve(s.id).path, resolve(try s.require("parent"))))
            default:
                throw DataFileError(file: s.file, line: s.line, message: L10n.text(.unknownSectionKind(s.kind)))
            }
        }
        // Longest folder first, so that the most specific folder wins.
        c.parents.sort { $0.folder.count > $1.folder.count }
        return c
    }

    /// The configured parent of the plan at `path` (absolute or relative to the current folder).
    public func parent(forPlanAt path: String) -> URL? {
        let abs = URL(fileURLWithPath: path).standardizedFileURL.path
        return parents.first { abs.hasPrefix($0.folder + "/") }?.parent
    }

    /// Unknown rule ids in overrides are mistakes (a typo would silently disable nothing).
    public func unknownRuleIDs(known: Set<String>) -> [String] {
        (Array(disabled) + Array(severities.keys)).filter { !known.contains($0) }.sorted()
    }

    /// Applies disabled rules and severity overrides.
    public func apply(to rules: [Rule]) -> [Rule] {
        rules.filter { !disabled.contains($0.id) }.map { r in
            var r = r
            if let s = severities[r.id] { r.severity = s }
            return r
        }
    }
}
