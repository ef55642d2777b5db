import Foundation

/// Everything `check` and `rules` load before looking at a plan: the rules folder (catalogue and registry)
/// and the rule packs.
///
/// A `--rules DIR` that contains `catalog/` is a rules folder (its catalogue and registry are used, and its
/// `core` pack unless packs are named); any other `--rules DIR` is a rule pack. Named packs (options, then
/// the config's `pack` keys) replace the default `core` pack.
public struct RuleSetup: Sendable {
    public var root: URL
    public var catalog: Catalog
    public var registry: DocumentRegistry
    public var rules: [Rule]

    public static func load(rulesOptions: [String], config: CheckConfig?) throws -> RuleSetup {
        let fm = FileManager.default
        var roots: [String] = []
        var packs: [URL] = []
        for d in rulesOptions {
            if fm.fileExists(atPath: URL(fileURLWithPath: d).appendingPathComponent("catalog").path) { roots.append(d) } else {
                packs.append(URL(fileURLWithPath: d))
            }
        }
        let root = try RulesFolder.defaultRulesDir(roots)
        if packs.isEmpty { packs = config?.packs ?? [] }
        if packs.isEmpty { packs = [root.appendingPathComponent("core")] }
        let catalog = try Catalog.load(rulesDir: root)
        let registry = try DocumentRegistry.load(rulesRoot: root)
        var rules = try RuleLoader.load(packs: packs)
        if let config {
            let unknown = config.unknownRuleIDs(known: Set(rules.map(\.id)))
            if let u = unknown.first {
                throw DataFileError(file: config.file ?? CheckConfig.fileName, line: config.ruleLines[u] ?? 0,
                                    message: L10n.current == .vi ? "không có quy tắc \(u)" : "no rule \(u)")
            }
            rules = config.apply(to: rules)
        }
        return RuleSetup(root: root, catalog: catalog, registry: registry, rules: rules)
    }
}
