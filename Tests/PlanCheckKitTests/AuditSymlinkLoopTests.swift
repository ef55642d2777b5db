import XCTest
@testable import PlanCheckKit

/// A folder that links back to an ancestor must not make the audit repeat its plans: one error line,
/// exit 2, and the plans found once are still audited.
final class AuditSymlinkLoopTests: XCTestCase {
    func testSymlinkLoopIsReportedOnceAndTheRestIsAudited() throws {
        let fm = FileManager.default
        let root = try TestDirectory.make("loop")
        let group = root.appendingPathComponent("g")
        try fm.createDirectory(at: group, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: root) }
        let plan = ExtractionFixtures.repoRoot.appendingPathComponent("plans/dong-nai/binh-phuoc-2026.txt")
        try fm.copyItem(at: plan, to: group.appendingPathComponent("binh-phuoc-2026.txt"))
        try fm.createSymbolicLink(atPath: group.appendingPathComponent("back").path, withDestinationPath: root.path)
        let out = root.appendingPathComponent("report.json")
        let code = CLI.run(["audit", root.path, "--format", "json", "--out", out.path, "--fail-on", "never"])
        XCTAssertEqual(code, 2)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        let groups = try XCTUnwrap(doc["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.count, 1)
        XCTAssertEqual((groups[0]["plans"] as? [Any])?.count, 1)
    }
}
