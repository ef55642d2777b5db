import Foundation
import XCTest
@testable import PlanCheckKit

/// Runs the core rules on the bundled plans and matches the findings against the reviewer's defect list
/// (`../shared/gold/defects.tsv`, the same matching as `score.py`: plan, category, line ±2 also against
/// related lines). Skipped when the gold folder is not next to the repository.
final class RuleGoldRecallTests: XCTestCase {
    func testRecallOnBundledPlans() throws {
        let gold = RuleFixtures.repo.deletingLastPathComponent().appendingPathComponent("shared/gold/defects.tsv")
        guard let text = try? String(contentsOf: gold, encoding: .utf8) else { throw XCTSkip("no gold defects next to the repository") }
        let plansDir = RuleFixtures.repo.appendingPathComponent("plans")
        var plans: [Plan] = []
        let en = FileManager.default.enumerator(at: plansDir, includingPropertiesForKeys: nil)!
        for case let u as URL in en where u.pathExtension == "txt" {
            let doc = SourceDocument(path: "plans/" + u.lastPathComponent, text: try String(contentsOf: u, encoding: .utf8))
            plans.append(PlanExtractor.extract(doc, catalog: RuleFixtures.catalog))
        }
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        let findings = engine.run(plans: plans)
        func id(_ path: String) -> String { URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }
        var used = Set<Int>()
        var hit = 0, total = 0
        var missed: [String] = []
        for row in text.split(separator: "\n").dropFirst() {
            let c = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count >= 3, let line = Int(c[1]) else { continue }
            total += 1
            let found = findings.indices.first { i in
                let f = findings[i]
                guard !used.contains(i), id(f.file) == c[0], f.category == c[2] else { return false }
                let lines = [f.line] + f.related.filter { id($0.file) == c[0] }.map(\.line)
                return lines.contains { abs($0 - line) <= 2 }
            }
            if let i = found { used.insert(i); hit += 1 } else { missed.append("\(c[0]):\(line) \(c[2])") }
        }
        let recall = Double(hit) / Double(max(total, 1))
        XCTAssertGreaterThanOrEqual(recall, 0.9, "missed: \(missed)")
        let unmatched = findings.indices.filter { !used.contains($0) }.map { "\(findings[$0].file):\(findings[$0].line) \(findings[$0].category)" }
        XCTAssertLessThanOrEqual(unmatched.count, 5, "unmatched: \(unmatched)")
    }
}
