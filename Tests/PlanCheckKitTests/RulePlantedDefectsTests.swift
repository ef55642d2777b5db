import XCTest
@testable import PlanCheckKit

/// Defects planted in the bundled plans (an area removed, a figure lowered below the parent, a citation
/// date changed, a lead removed, a count altered) must be found at the right line (±2), as on unseen plans.
/// Plantings are located by searching the text, never by fixed line numbers of a seed.
final class RulePlantedDefectsTests: XCTestCase {
    static let plansDir = RuleFixtures.repo.appendingPathComponent("plans")

    func seed(_ name: String) throws -> [String] {
        let en = FileManager.default.enumerator(at: Self.plansDir, includingPropertiesForKeys: nil)!
        for case let u as URL in en where u.lastPathComponent == name {
            return SourceDocument(path: name, text: try String(contentsOf: u, encoding: .utf8)).lines
        }
        throw XCTSkip("seed \(name) not bundled")
    }

    func findings(_ lines: [String], parent: [String]? = nil, file: String = "plans/planted/x.txt") -> [Finding] {
        let plan = PlanExtractor.extract(SourceDocument(path: file, lines: lines), catalog: RuleFixtures.catalog)
        let p = parent.map { PlanExtractor.extract(SourceDocument(path: "plans/planted/parent.txt", lines: $0), catalog: RuleFixtures.catalog) }
        let engine = RuleEngine(rules: RuleFixtures.coreRules, registry: RuleFixtures.registry, catalog: RuleFixtures.catalog)
        return engine.run(plans: [plan]) { _ in p }
    }

    func assertFound(_ f: [Finding], _ category: String, near line: Int, file: StaticString = #filePath, at l: UInt = #line) {
        let hit = f.contains { $0.category == category && abs($0.line - line) <= 2 }
        XCTAssertTrue(hit, "no \(category) near line \(line); got \(f.map { "\($0.line) \($0.category)" })", file: file, line: l)
    }

    func firstLine(_ lines: [String], containing s: String) -> Int? { lines.firstIndex { $0.contains(s) } }

    func testAreaRemoved() throws {
        var lines = try seed("binh-phuoc-2026.txt")
        let plan = PlanExtractor.extract(SourceDocument(path: "x", lines: lines), catalog: RuleFixtures.catalog)
        guard let area = plan.area(.taiChinh), let next = plan.areas.map(\.line).filter({ $0 > area.line }).min() else {
            throw XCTSkip("area not extracted")
        }
        lines.removeSubrange((area.line - 1)..<(next - 1))
        assertFound(findings(lines), "missing-area", near: area.line)
    }

    func testFigureLoweredBelowParent() throws {
        let parent = try seed("binh-giang-2026-2030.txt")
        var lines = parent
        guard let i = lines.firstIndex(where: { $0.contains("thanh toán trực tuyến") && $0.contains("đạt 80%") }) else { throw XCTSkip("no figure") }
        lines[i] = lines[i].replacingOccurrences(of: "đạt 80%", with: "đạt 70%")
        assertFound(findings(lines, parent: parent), "target-below-parent", near: i + 1)
        XCTAssertFalse(findings(parent, parent: parent).contains { $0.category == "target-below-parent" && $0.line == i + 1 })
    }

    func testCitationDateChanged() throws {
        var lines = try seed("binh-phuoc-2026.txt")
        guard let i = firstLine(lines, containing: "118/2025/NĐ-CP ngày 09/6/2025") else { throw XCTSkip("no citation") }
        lines[i] = lines[i].replacingOccurrences(of: "118/2025/NĐ-CP ngày 09/6/2025", with: "118/2025/NĐ-CP ngày 09/7/2025")
        assertFound(findings(lines), "citation-date-conflict", near: i + 1)
    }

    func testLeadRemoved() throws {
        var lines = try seed("phu-trung-2026-2030.txt")
        // Remove every chủ trì clause naming the area's lead (section and Tổ chức thực hiện).
        // The extractor reports the first lead clause it finds; remove clauses until none is left.
        let plan = PlanExtractor.extract(SourceDocument(path: "x", lines: lines), catalog: RuleFixtures.catalog)
        guard let area = plan.area(.theChe), !area.leads.isEmpty else { throw XCTSkip("no lead") }
        for _ in 0..<6 {
            let p = PlanExtractor.extract(SourceDocument(path: "x", lines: lines), catalog: RuleFixtures.catalog)
            guard let leads = p.area(.theChe)?.leads, !leads.isEmpty else { break }
            for l in leads { lines[l.line - 1] = "" }
        }
        assertFound(findings(lines), "area-without-lead", near: area.line)
    }

    func testCountAltered() throws {
        var lines = try seed("thanh-dong-2026.txt")
        guard let i = lines.firstIndex(where: { $0.contains("(05 nhiệm vụ)") }) else { throw XCTSkip("no count") }
        lines[i] = lines[i].replacingOccurrences(of: "(05 nhiệm vụ)", with: "(04 nhiệm vụ)")
        assertFound(findings(lines), "count-mismatch", near: i + 1)
    }

    func testUnplantedSeedHasNoCountOrAreaFindings() throws {
        let f = findings(try seed("thanh-dong-2026.txt"))
        XCTAssertFalse(f.contains { ["count-mismatch", "missing-area", "area-without-lead"].contains($0.category) }, "\(f.map(\.message))")
    }
}
