import Foundation

/// Finds the `rules/` folder: `--rules` options, else `$PLANCHECK_RULES`, else a `rules/` folder with a
/// catalogue in the current folder or one of its parents, else the one beside the executable's package.
public enum RulesFolder {
    public struct NotFound: Error, CustomStringConvertible {
        public var description: String {
            L10n.current == .vi
                ? "không tìm thấy thư mục quy tắc rules/ (dùng --rules THƯ_MỤC hoặc biến PLANCHECK_RULES)"
                : "cannot find the rules/ folder (use --rules DIR or PLANCHECK_RULES)"
        }
    }

    /// The default rules folder (the first `--rules` given, or the discovered one).
    public static func defaultRulesDir(_ explicit: [String] = []) throws -> URL {
        if let first = explicit.first { return URL(fileURLWithPath: first) }
        if let env = ProcessInfo.processInfo.environment["PLANCHECK_RULES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let fm = FileManager.default
        var dir = URL(fileURLWithPath: fm.currentDirectoryPath)
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("rules")
            if fm.fileExists(atPath: candidate.appendingPathComponent("catalog").path) { return candidate }
            dir.deleteLastPathComponent()
        }
        // Beside the package the binary was built from: <pkg>/.build/<config>/plancheck
        var exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for _ in 0..<5 {
            exe.deleteLastPathComponent()
            let candidate = exe.appendingPathComponent("rules")
            if fm.fileExists(atPath: candidate.appendingPathComponent("catalog").path) { return candidate }
        }
        // The source tree this library was compiled from (tests, swift run).
        var src = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 {
            src.deleteLastPathComponent()
            let candidate = src.appendingPathComponent("rules")
            if fm.fileExists(atPath: candidate.appendingPathComponent("catalog").path) { return candidate }
        }
        throw NotFound()
    }

    /// Loads the catalogue from the rules folder (catalogues come from the first rules folder).
    public static func loadCatalog(_ explicit: [String] = []) throws -> Catalog {
        try Catalog.load(rulesDir: defaultRulesDir(explicit))
    }
}

/// Reads one plan input file of any supported kind.
public enum PlanInput {
    public static func load(_ path: String) throws -> SourceDocument {
        try DocumentLoader.load(path: path)
    }
}
