import Foundation

/// The diff of one plan file between two versions, as reported by `plancheck diff`.
public struct FileDiff: Codable, Sendable, Equatable {
    /// The plan's path (as given, or relative to the repository with `--git`).
    public var path: String
    /// Where the old and new versions come from: a file path, `REV:path` or the working tree.
    public var old: String
    public var new: String
    public var diff: PlanDiff

    public init(path: String, old: String, new: String, diff: PlanDiff) {
        self.path = path; self.old = old; self.new = new; self.diff = diff
    }
}

/// Renders file diffs as text (terminal, default), Markdown (pull-request comments, step summaries) or JSON.
///
/// JSON layout (`schemaVersion` 1): `{"schemaVersion":1,"tool":"plancheck","version":…,"files":[{"path","old",
/// "new","hasChanges","diff":{"metadata":[…],"areas":{"added","removed","changed"},"targets":{…},"tasks":{…},
/// "citations":{…},"findings":{"introduced","resolved"}|absent}}]}`; facts use the model's JSON (see docs/version-control.md).
public enum DiffReport {
    public static let schemaVersion = 1

    /// `findingsNote`: say so when the rules did not run (off when the user asked for `--no-findings`).
    public static func text(_ files: [FileDiff], presentation p: DiffPresentation, findingsNote: Bool = true) -> String {
        var out: [String] = []
        for f in files {
            if !out.isEmpty { out.append("") }
            out.append("\(f.path): \(f.old) → \(f.new)")
            let sections = p.sections(f.diff)
            if sections.isEmpty { out.append("  " + p.t.noChange) }
            for s in sections {
                out.append("  \(s.title)")
                for e in s.entries { out.append("    \(e.sign) \(e.text)") }
            }
            if !sections.isEmpty { out.append("  " + p.summary(f.diff)) }
            if f.diff.findings == nil && findingsNote { out.append("  " + p.t.findingsNotRun) }
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ files: [FileDiff], presentation p: DiffPresentation, findingsNote: Bool = true) -> String {
        var out: [String] = []
        for f in files {
            if !out.isEmpty { out.append("") }
            out.append("### `\(f.path)`: \(escape(f.old)) → \(escape(f.new))")
            out.append("")
            let sections = p.sections(f.diff)
            if sections.isEmpty { out.append(p.t.noChange) }
            for s in sections {
                out.append("**\(s.title)**")
                out.append("")
                for e in s.entries { out.append("- **\(p.t.kindLabel(e.kind)):** \(escape(e.text))") }
                out.append("")
            }
            if !sections.isEmpty { out.append("_\(escape(p.summary(f.diff)))_") }
            if f.diff.findings == nil && findingsNote { out.append(""); out.append("_\(escape(p.t.findingsNotRun))_") }
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// Escapes the characters Markdown would take for formatting in quoted plan text.
    static func escape(_ s: String) -> String {
        var r = ""
        for ch in s {
            if "\\`*_[]<>|#".contains(ch) { r.append("\\") }
            r.append(ch)
        }
        return r
    }

    struct JSONFile: Encodable {
        var path: String, old: String, new: String, hasChanges: Bool, diff: PlanDiff
    }
    struct JSONRoot: Encodable {
        var schemaVersion: Int, tool: String, version: String, files: [JSONFile]
    }

    public static func json(_ files: [FileDiff]) -> String {
        let root = JSONRoot(schemaVersion: schemaVersion, tool: "plancheck", version: CLI.version,
                            files: files.map { JSONFile(path: $0.path, old: $0.old, new: $0.new, hasChanges: !$0.diff.isEmpty, diff: $0.diff) })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? enc.encode(root)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
