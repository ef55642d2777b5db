import Foundation

/// Finds the bundled plans and the national baseline when the command line does not name them
/// (the rules folder itself is found by `RulesFolder`).
enum AuditLocations {
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
