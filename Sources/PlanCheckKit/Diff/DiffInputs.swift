import Foundation

/// Reads one version of a plan (a file, or bytes from git) and extracts it, with the same input
/// handling as the other commands (`PlanInput`: .txt/.md/.docx/.pdf, encodings, limits).
struct DiffPlanLoader {
    var catalog: Catalog

    /// Loads a plan file; `displayPath` becomes `Plan.file`, which must be the same for both versions
    /// because finding fingerprints include it.
    func load(path: String, displayPath: String) throws -> Plan {
        var doc = try PlanInput.load(path)
        doc.path = displayPath
        var plan = PlanExtractor.extract(doc, catalog: catalog)
        plan.file = displayPath
        return plan
    }

    /// Loads a plan from its bytes (a git blob): written to a temporary file with the plan's extension
    /// (the loader picks the format by extension), then read like a file. `name` (`REV:path`) replaces
    /// the temporary path in error messages.
    func load(data: Data, name: String, displayPath: String) throws -> Plan {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("plancheck-diff-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        let tmp = dir.appendingPathComponent((displayPath as NSString).lastPathComponent)
        try data.write(to: tmp)
        do {
            return try load(path: tmp.path, displayPath: displayPath)
        } catch var e as InputError {
            e.file = name
            throw e
        }
    }
}

/// Runs the rules on one version of a plan for `diff`, set up as `plancheck check` does: the rule packs
/// and overrides of the nearest `.plancheck.ini`, the document registry, and the plan's parent (from the
/// config's folder settings or `plancheck.ini`), so a target lowered below the parent's shows as a finding
/// introduced. The same parent serves both versions.
final class DiffFindings {
    let engine: RuleEngine
    let config: CheckConfig?
    let catalog: Catalog
    private var parents: [String: Plan?] = [:]

    init(setup: RuleSetup, config: CheckConfig?) {
        engine = RuleEngine(rules: setup.rules, registry: setup.registry, catalog: setup.catalog)
        self.config = config
        catalog = setup.catalog
    }

    /// Loads the rules; `start` is where `.plancheck.ini` is looked for (the current folder or `--repo`).
    static func load(rulesOptions: [String], configFrom start: URL) throws -> DiffFindings {
        let config = try CheckConfig.find(from: start).map(CheckConfig.load)
        return DiffFindings(setup: try RuleSetup.load(rulesOptions: rulesOptions, config: config), config: config)
    }

    /// Findings of `plan`, a version of the file at `location` (absolute path of the plan in the work
    /// tree, used to find its parent).
    func run(_ plan: Plan, location: String) -> [Finding] {
        let parent = self.parent(for: location)
        return engine.run(plans: [plan]) { _ in parent }
    }

    private func parent(for location: String) -> Plan? {
        let folder = URL(fileURLWithPath: location).deletingLastPathComponent().path
        if let cached = parents[folder] { return cached }
        var found: Plan?
        do {
            if let url = try CheckCommand.parentURL(for: location, option: nil, config: config) {
                found = try ParentLoader.loadPlan(url, catalog: catalog)
            }
        } catch {
            Console.error(DiffText().rulesNotRun(String(describing: error)))
        }
        parents[folder] = .some(found)
        return found
    }
}
