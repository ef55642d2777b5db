import Foundation

/// Which parent applies to which folder of plans, from a `plancheck.ini` such as `plans/plancheck.ini`:
///
/// ```
/// [default parent]
/// parent = national                            # when a folder has no entry: the national baseline
///
/// [folder dong-nai]                            # folder relative to this file
/// parent = dong-nai/parent.ini                 # target sheet or plan document, relative to this file
/// ```
public struct ParentConfig: Sendable {
    /// The config file itself.
    public var file: URL
    public var defaultParent: URL?
    /// Standardised folder path → parent.
    public var folders: [String: URL]

    public static let fileName = "plancheck.ini"

    public static func load(_ url: URL) throws -> ParentConfig {
        let base = url.deletingLastPathComponent()
        var config = ParentConfig(file: url, defaultParent: nil, folders: [:])
        for s in try DataFile.load(url) {
            // `check` and `rule` sections belong to the `check` command's settings, which may share the file.
            if s.kind == "check" || s.kind == "rule" { continue }
            try s.checkKeys(["parent", "note"])
            let parent = try ParentLoader.resolve(try s.require("parent"), relativeTo: base, file: url.path)
            switch s.kind {
            case "default":
                config.defaultParent = parent
            case "folder":
                let folder = URL(fileURLWithPath: s.id, relativeTo: base).standardizedFileURL.path
                config.folders[folder] = parent
            default:
                throw DataFileError(file: url.path, line: s.line, message: L10n.text(.unknownSectionKind(s.kind)))
            }
        }
        return config
    }

    /// The parent configured for `folder` or the nearest folder above it, else the default.
    public func parent(forFolder folder: URL) -> URL? {
        entry(forFolder: folder) ?? defaultParent
    }

    /// The parent of `folder`'s own entry or of the nearest configured folder containing it.
    public func entry(forFolder folder: URL) -> URL? {
        var path = folder.standardizedFileURL.path
        while true {
            if let p = folders[path] { return p }
            guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return nil }
            path = String(path[..<slash])
        }
    }

    /// The nearest `plancheck.ini` in `dir` or a folder above it.
    public static func find(from dir: URL) -> URL? {
        var d = dir.standardizedFileURL
        while true {
            let candidate = d.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let up = d.deletingLastPathComponent()
            if up.path == d.path { return nil }
            d = up
        }
    }
}
