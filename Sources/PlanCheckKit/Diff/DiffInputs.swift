import Foundation

/// Where the `diff` command finds the rules folder (for the catalogue and the rule packs):
/// `--rules`, then `PLANCHECK_RULES`, then `rules/` in the given directories, then next to the
/// executable (walking up from `.build/debug/plancheck`), so that a git textconv driver started
/// in another repository still finds it.
enum RulesLocation {
    static func find(option: String?, searchFrom dirs: [URL]) -> URL? {
        if let o = option { return URL(fileURLWithPath: o, isDirectory: true) }
        if let e = ProcessInfo.processInfo.environment["PLANCHECK_RULES"], !e.isEmpty { return URL(fileURLWithPath: e, isDirectory: true) }
        var candidates = dirs
        if let exe = Bundle.main.executableURL {
            var d = exe.deletingLastPathComponent()
            var r = exe.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                candidates += [d, r]
                d = d.deletingLastPathComponent(); r = r.deletingLastPathComponent()
            }
        }
        for c in candidates {
            let rules = c.appendingPathComponent("rules", isDirectory: true)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: rules.appendingPathComponent("catalog").path, isDirectory: &isDir), isDir.boolValue {
                return rules
            }
        }
        return nil
    }
}

/// Reads one version of a plan (a file, or bytes from git) and extracts it.
struct DiffPlanLoader {
    var catalog: Catalog

    /// Loads a plan file; `displayPath` becomes `Plan.file`, which must be the same for both versions
    /// because finding fingerprints include it.
    func load(path: String, displayPath: String) throws -> Plan {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiffFailure(message: "\(path): " + L10n.text(.cannotRead))
        }
        return try load(data: data, name: path, displayPath: displayPath)
    }

    /// Loads a plan from its bytes (a git blob); `name` is used in error messages.
    func load(data: Data, name: String, displayPath: String) throws -> Plan {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiffFailure(message: "\(name): " + L10n.text(.notUTF8))
        }
        var plan = PlanExtractor.extract(SourceDocument(path: displayPath, text: text), catalog: catalog)
        plan.file = displayPath
        return plan
    }
}

/// Runs the rules on one version of a plan for `diff`: the `rules/core` pack and the document registry.
/// Parent plans are not loaded, so rules that compare with a parent stay silent on both versions and cannot appear as introduced.
enum DiffFindings {
    typealias Runner = (Plan) -> [Finding]

    static func make(rulesDir: URL, catalog: Catalog, configFrom start: URL) throws -> Runner? {
        // TODO(diff): apply the packs and overrides of `.plancheck.ini` (CheckConfig) once it is committed.
        let rules = try RuleLoader.load(packs: [rulesDir.appendingPathComponent("core", isDirectory: true)])
        let engine = RuleEngine(rules: rules, registry: try DocumentRegistry.load(rulesRoot: rulesDir), catalog: catalog)
        return { plan in engine.run(plans: [plan]) }
    }
}
