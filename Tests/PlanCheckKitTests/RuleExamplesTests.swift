import XCTest
@testable import PlanCheckKit

/// Runs the `trigger` and `pass` examples of every shipped rule (SwiftLint's triggering / non-triggering
/// examples): each trigger must make the rule fire, each pass must leave it silent.
final class RuleExamplesTests: XCTestCase {
    func run(_ rule: Rule, _ snippet: String) -> [Finding] {
        let plan = RuleFixtures.plan(snippet, file: "plans/example/plan.txt")
        var plans = [plan]
        if let other = rule.exampleOther { plans.append(RuleFixtures.plan(other, file: "plans/example/other.txt")) }
        let parent = rule.exampleParent.map { RuleFixtures.plan($0, file: "plans/example/parent.txt") }
        let engine = RuleEngine(rules: [rule], registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        return engine.check(RuleFixtures.context(plan, plans: plans, parent: parent))
    }

    func testEveryRuleHasExamples() {
        for rule in RuleFixtures.coreRules {
            XCTAssertFalse(rule.triggers.isEmpty, rule.id)
            XCTAssertFalse(rule.passes.isEmpty, rule.id)
        }
    }

    func testTriggeringExamplesFire() {
        for rule in RuleFixtures.coreRules {
            for (i, t) in rule.triggers.enumerated() {
                let f = run(rule, t)
                XCTAssertFalse(f.isEmpty, "\(rule.id) trigger #\(i + 1) did not fire (\(rule.file):\(rule.line))")
                for x in f {
                    XCTAssertEqual(x.category, rule.category)
                    XCTAssertFalse(x.message.contains("{"), "\(rule.id): unfilled placeholder in \(x.message)")
                }
            }
        }
    }

    func testPassingExamplesStaySilent() {
        for rule in RuleFixtures.coreRules {
            for (i, p) in rule.passes.enumerated() {
                let f = run(rule, p)
                XCTAssertTrue(f.isEmpty, "\(rule.id) pass #\(i + 1) fired: \(f.map(\.message)) (\(rule.file):\(rule.line))")
            }
        }
    }

    func testEnglishMessagesHaveNoGaps() {
        L10n.current = .en
        defer { L10n.current = .vi }
        for rule in RuleFixtures.coreRules {
            for t in rule.triggers {
                for x in run(rule, t) { XCTAssertFalse(x.message.contains("{"), "\(rule.id): \(x.message)") }
            }
        }
    }
}
