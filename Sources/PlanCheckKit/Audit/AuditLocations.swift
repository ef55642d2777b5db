import Foundation

/// Finds the rules folder and the bundled plans when the command line does not name them.
enum AuditLocations {
    /// `explicit`, else `$PLANCHECK_RULES`, else the nearest `rules/` with a `catalog/` from the
    /// current folder or from `near` upwards.
    static func rulesDir(explicit: String?, near: [URL]) -> URL? {
        if let e = explicit { return URL(fileURLWithPath: e) }
        if let env = ProcessInfo.processInfo.environment["PLANCHECK_RULES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for start in [cwd] + near {
            if let found = upward(from: start, { $0.appendingPathComponent("rules/catalog") }) {
                return found.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// The bundled `plans/` folder: `./plans`, else the nearest `plans/` holding a `plancheck.ini` above.
    static func bundledPlans() -> String? {
        let fm = FileManager.default
        if fm.fileExists(atPath: "plans") { return "plans" }
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath)
        return upward(from: cwd, { $0.appendingPathComponent("plans/plancheck.ini") })?.deletingLastPathComponent().path
    }

    private static func upward(from start: URL, _ candidate: (URL) -> URL) -> URL? {
        var d = start.standardizedFileURL
        while true {
            let c = candidate(d)
            if FileManager.default.fileExists(atPath: c.path) { return c }
            let up = d.deletingLastPathComponent()
            if up.path == d.path { return nil }
            d = up
        }
    }

    /// The national baseline sheet inside a rules folder.
    static func baseline(rulesDir: URL) -> URL? {
        let u = rulesDir.appendingPathComponent("national/baseline.ini")
        return FileManager.default.fileExists(atPath: u.path) ? u : nil
    }
}
