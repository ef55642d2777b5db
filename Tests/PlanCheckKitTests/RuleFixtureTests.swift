import Foundation
import XCTest
@testable import PlanCheckKit

/// Shared fixtures of the rule tests: the repository's rules folder, catalogue and registry, and helpers
/// to build rules and plans by hand.
enum RuleFixtures {
    static let repo: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rulesRoot = repo.appendingPathComponent("rules")
    static let catalog: Catalog = try! Catalog.load(rulesDir: rulesRoot)
    static let registry: DocumentRegistry = try! DocumentRegistry.load(rulesRoot: rulesRoot)
    static let coreRules: [Rule] = try! RuleLoader.load(packs: [rulesRoot.appendingPathComponent("core")])

    /// Extracts a plan from a snippet the way `check` does.
    static func plan(_ text: String, file: String = "plans/test/x.txt") -> Plan {
        PlanExtractor.extract(SourceDocument(path: file, text: text), catalog: catalog)
    }

    /// A kind built from `key = value` parameter lines.
    static func params(_ lines: [String: [String]]) -> RuleParameters {
        var entries: [DataEntry] = []
        for (k, vs) in lines.sorted(by: { $0.key < $1.key }) { for v in vs { entries.append(DataEntry(key: k, value: v, line: 1)) } }
        return RuleParameters(DataSection(kind: "rule", id: "TEST", line: 1, entries: entries, file: "test.ini"))
    }

    static func context(_ plan: Plan, plans: [Plan]? = nil, parent: Plan? = nil, registry: DocumentRegistry? = nil) -> RuleContext {
        RuleContext(plan: plan, plans: plans ?? [plan], parent: parent, registry: registry ?? self.registry, catalog: catalog)
    }

    /// A hand-made plan with raw lines.
    static func raw(_ lines: [String], file: String = "plans/test/x.txt") -> Plan {
        var p = Plan(file: file)
        p.lines = lines
        return p
    }

    static func unit(_ name: String, _ id: String?, line: Int) -> UnitRef { UnitRef(unit: name, unitID: id, text: name, line: line) }
}

final class RuleFixtureTests: XCTestCase {
    func testShippedRulesLoad() {
        XCTAssertFalse(RuleFixtures.coreRules.isEmpty)
        XCTAssertFalse(RuleFixtures.registry.entries.isEmpty)
    }
}
