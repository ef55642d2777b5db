import Foundation
import XCTest
@testable import PlanCheckKit

/// A folder holding the province's plan with the commune plans that cite it, and nothing naming a parent.
final class ParentDetectionTests: PackageRootTestCase {
    func testTheProvincesPlanTheCommunesCiteIsTheirParent() throws {
        // Copied out of the repository, so that no plancheck.ini above the folder names a parent.
        let folder = tmp.appendingPathComponent("lai-chau")
        try FileManager.default.copyItem(at: AuditFixtures.packageRoot.appendingPathComponent("scripts/keyed-plans/lai-chau-2026-2030"),
                                         to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("key.json"))
        let out = tmp.appendingPathComponent("audit.json")
        XCTAssertEqual(CLI.run(["audit", folder.path, "--format", "json", "--fail-on", "never", "--out", out.path]), 0)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        let group = try XCTUnwrap((doc["groups"] as? [[String: Any]])?.first)
        let parent = try XCTUnwrap(group["parent"] as? [String: Any])
        XCTAssertEqual(parent["origin"] as? String, "detected")
        XCTAssertEqual(((parent["path"] as? String).map { ($0 as NSString).lastPathComponent }), "parent.txt")
        let files = (group["plans"] as? [[String: Any]])?.compactMap { ($0["file"] as? String).map { ($0 as NSString).lastPathComponent } }
        XCTAssertEqual(files?.contains("parent.txt"), false, "the parent is not audited as one of the plans")
    }

    func testNoParentIsDetectedWithoutACitation() {
        var province = Plan(file: "tinh.txt"); province.level = .tinh; province.number = "58/KH-UBND"
        var commune = Plan(file: "xa.txt"); commune.level = .xa
        XCTAssertNil(ParentDetection.index(in: [province, commune]))
        commune.citations = [Citation(kind: "Kế hoạch", number: "58/KH-UBND", date: "2026-03-09", issuer: "UBND tỉnh", line: 9, text: "")]
        XCTAssertEqual(ParentDetection.index(in: [province, commune]), 0)
        var second = province; second.file = "tinh2.txt"
        XCTAssertNil(ParentDetection.index(in: [province, second, commune]), "two provincial plans: ambiguous")
    }
}
