import XCTest
@testable import PlanCheckKit

/// A figure closing a list of indicators, below the parent for one of the others, is reported by the audit.
final class AuditSharedFindingsTests: XCTestCase {
    typealias F = AuditFixtures

    func group(_ lineText: String, existing: [Finding] = []) -> AuditGroup {
        var p = F.plan("plans/x/a-2026.txt", period: Period(year: 2026), targets: [
            F.target("tthc.late", 80, line: 3, .atLeast, text: "trễ hạn đạt 80%"),
        ])
        p.lines[2] = lineText
        var parent = F.parent()
        parent.plan.targets = [F.target("sat.overall", 90, line: 12, period: Period(year: 2026))]
        parent.sources = [nil]
        return AuditRunner.audit(name: "x", plans: [p], parent: parent, catalog: F.catalog(), findings: AuditFindings { _, _ in existing })
    }

    func testSharedFigureBelowParentIsAFinding() {
        let saved = L10n.current
        L10n.current = .vi
        defer { L10n.current = saved }
        let g = group("Tỷ lệ hồ sơ trễ hạn; mức độ hài lòng của người dân đạt tối thiểu 80%.")
        XCTAssertEqual(g.findings.count, 1)
        let f = g.findings[0]
        XCTAssertEqual(f.ruleID, AuditSharedFindings.ruleID)
        XCTAssertEqual(f.category, "target-below-parent")
        XCTAssertEqual(f.line, 3)
        XCTAssertEqual(f.related.first?.line, 12)
        XCTAssertTrue(f.message.contains("Mức độ hài lòng"))
    }

    func testNoFindingWithoutAListOrWhenTheRulesAlreadyReportIt() {
        XCTAssertTrue(group("Tỷ lệ hồ sơ trễ hạn và mức độ hài lòng đạt tối thiểu 80%.").findings.isEmpty)
        let rule = Finding(ruleID: "CCHC-TARGET-001", category: "target-below-parent", severity: .error, file: "plans/x/a-2026.txt",
                           line: 3, message: "Chỉ tiêu \"Mức độ hài lòng\" thấp hơn", quote: "")
        let g = group("Tỷ lệ hồ sơ trễ hạn; mức độ hài lòng của người dân đạt tối thiểu 80%.", existing: [rule])
        XCTAssertEqual(g.findings.map(\.ruleID), ["CCHC-TARGET-001"])
    }
}
