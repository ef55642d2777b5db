import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import PlanCheckKit

/// `plancheck audit` on the bundled plans, in process through `CLI.run`.
final class AuditEndToEndTests: PackageRootTestCase {
    func json(_ path: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
    }

    func testAuditOfTheBundledPlansWithoutArguments() throws {
        let out = tmp.appendingPathComponent("audit.json")
        let code = CLI.run(["audit", "--format", "json", "--out", out.path])
        XCTAssertTrue(code == 0 || code == 1, "exit \(code)")
        let doc = try json(out)
        XCTAssertEqual(doc["schemaVersion"] as? Int, 1)
        let groups = try XCTUnwrap(doc["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["name"] as? String },
                       ["dong-nai", "dong-nai/2026-2030", "ha-tinh", "hai-phong", "hai-phong/2026-2030"])
        let planCounts = groups.map { ($0["plans"] as? [Any])?.count ?? 0 }
        XCTAssertEqual(planCounts, [1, 1, 1, 1, 1])
        // Every annual group has its bundled parent sheet (with the baseline as fallback); the 2026-2030 plans,
        // whose provincial plans are not available, have the national baseline itself.
        for g in groups {
            let parent = try XCTUnwrap(g["parent"] as? [String: Any])
            XCTAssertEqual(parent["origin"] as? String, "config")
            if (g["name"] as? String ?? "").hasSuffix("2026-2030") {
                XCTAssertTrue((parent["path"] as? String ?? "").hasSuffix("rules/national/baseline.ini"))
            } else {
                XCTAssertTrue((parent["path"] as? String ?? "").hasSuffix("parent.ini"))
                XCTAssertEqual((parent["fallbacks"] as? [String])?.first, "rules/national/baseline.ini")
            }
        }
        // A parent figure never lacks its source.
        for g in groups {
            for t in (g["parent"] as? [String: Any])?["targets"] as? [[String: Any]] ?? [] {
                XCTAssertNotNil(t["source"] as? String)
            }
        }
    }

    func testEveryFormatIsWrittenAndTheHTMLParses() throws {
        for format in AuditCommand.formats {
            let out = tmp.appendingPathComponent("audit.\(format)")
            let code = CLI.run(["audit", "plans", "--format", format, "--out", out.path])
            XCTAssertTrue(code == 0 || code == 1, "\(format): exit \(code)")
            let data = try Data(contentsOf: out)
            XCTAssertGreaterThan(data.count, 500, format)
            if format == "html" {
                XCTAssertNoThrow(try XMLDocument(data: data, options: []))
                let html = String(decoding: data, as: UTF8.self)
                XCTAssertTrue(html.contains("binh-phuoc-2026"))
                XCTAssertTrue(html.contains("lang=\"vi\""))
            }
            if format == "csv" {
                XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
                XCTAssertTrue(FileManager.default.fileExists(atPath: tmp.appendingPathComponent("audit-findings.csv").path))
            }
        }
    }

    func testAlignmentOfTheBundledPlans() throws {
        let out = tmp.appendingPathComponent("a.json")
        _ = CLI.run(["audit", "plans/dong-nai", "--format", "json", "--out", out.path])
        let g = try XCTUnwrap((try json(out)["groups"] as? [[String: Any]])?.first)
        let rows = try XCTUnwrap(g["indicators"] as? [[String: Any]])
        func cell(_ id: String, _ plan: String) -> [String: Any]? {
            let r = rows.first { $0["indicator"] as? String == id }
            return (r?["cells"] as? [[String: Any]])?.first { ($0["plan"] as? String ?? "").contains(plan) }
        }
        // Bình Phước gives the e-identification target as 90% (line 102) and 100% (line 241).
        XCTAssertEqual(cell("digital.eid", "binh-phuoc")?["status"] as? String, "inconsistent")
        // On-time resolution ≥98% meets Đồng Nai's ≥98%.
        XCTAssertEqual(cell("tthc.on-time", "binh-phuoc")?["status"] as? String, "meets")
        // The lead units of every plan are listed per area.
        let resp = try XCTUnwrap(g["responsibilities"] as? [[String: Any]])
        XCTAssertEqual(resp.count, ReformArea.allCases.count)
    }

    func testUnmatchedOnlyAndEnglish() throws {
        let out = tmp.appendingPathComponent("u.txt")
        XCTAssertEqual(CLI.run(["audit", "plans", "--unmatched", "--lang", "en", "--out", out.path]), 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        XCTAssertFalse(text.contains("== Group"))
        XCTAssertFalse(text.isEmpty)
    }

    func testBadInputExitsTwo() throws {
        XCTAssertEqual(CLI.run(["audit", "no/such/folder"]), 2)
        XCTAssertEqual(CLI.run(["audit", "plans", "--format", "pdf"]), 2)
        let sheet = tmp.appendingPathComponent("bad.ini")
        try "[sheet s]\n[target a]\nindicator = sat.overall\nvalue = 90\n".write(to: sheet, atomically: false, encoding: .utf8)
        XCTAssertEqual(CLI.run(["audit", "plans/ha-tinh", "--parent", sheet.path, "--out", tmp.appendingPathComponent("x.txt").path]), 2)
    }

    func testUnreadableFileIsReportedAndTheOthersAudited() throws {
        let dir = tmp.appendingPathComponent("xa")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: AuditFixtures.packageRoot.appendingPathComponent("plans/ha-tinh/vung-ang-2025.txt"),
                                         to: dir.appendingPathComponent("vung-ang-2025.txt"))
        FileManager.default.createFile(atPath: dir.appendingPathComponent("empty.txt").path, contents: Data())
        let out = tmp.appendingPathComponent("r.json")
        XCTAssertEqual(CLI.run(["audit", dir.path, "--parent", "national", "--format", "json", "--out", out.path]), 2)
        let g = try XCTUnwrap((try json(out)["groups"] as? [[String: Any]])?.first)
        XCTAssertEqual((g["plans"] as? [[String: Any]])?.count, 1)
        XCTAssertEqual((g["parent"] as? [String: Any])?["number"] as? String, "76/NQ-CP")
    }

    func testFailOnNeverExitsZero() {
        XCTAssertEqual(CLI.run(["audit", "plans", "--fail-on", "never", "--out", tmp.appendingPathComponent("n.txt").path]), 0)
    }
}
