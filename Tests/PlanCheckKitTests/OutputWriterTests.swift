import Foundation
import XCTest
@testable import PlanCheckKit

/// Reports are written atomically: the target is replaced whole or not at all, and nothing is left behind.
final class OutputWriterTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = try TestDirectory.make("out")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() }

    func testWriteReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let path = dir.appendingPathComponent("r.txt").path
        try OutputWriter.write("old", to: path)
        try OutputWriter.write("new report", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new report\n")
        XCTAssertEqual(try entries(), ["r.txt"])
    }

    func testAFailingReportLeavesTheOldFile() throws {
        struct Boom: Error {}
        let path = dir.appendingPathComponent("r.html").path
        try OutputWriter.write("old", to: path)
        XCTAssertThrowsError(try OutputWriter.stream(to: path) { emit in
            emit(Data("<html>".utf8))
            throw Boom()
        }) { XCTAssertTrue($0 is Boom) }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n")
        XCTAssertEqual(try entries(), ["r.html"])
    }

    func testStreamedPiecesArriveInOrder() throws {
        let path = dir.appendingPathComponent("s.txt").path
        try OutputWriter.stream(to: path) { emit in for i in 0..<1000 { emit(Data("\(i),".utf8)) } }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), (0..<1000).map { "\($0)," }.joined())
    }

    func testAMissingFolderIsAnErrorNamingThePath() {
        let path = dir.appendingPathComponent("no/such/folder/r.txt").path
        XCTAssertThrowsError(try OutputWriter.write("x", to: path)) { e in
            XCTAssertTrue("\(e)".hasPrefix(path), "\(e)")
        }
    }

    func testStreamedHTMLEqualsTheRenderedOne() throws {
        var plan = Plan(file: "plans/x/a.txt")
        plan.lines = ["x"]
        let group = AuditRunner.audit(name: "x", plans: [plan], parent: nil, catalog: RuleFixtures.catalog,
                                      findings: AuditFindings { _, _ in [] })
        let report = AuditReport(groups: Array(repeating: group, count: 11))
        var pieces = ""
        AuditHTML.write(report) { pieces += $0 }
        XCTAssertEqual(pieces, AuditHTML.render(report))
        // Sections rendered in parallel batches come out in group order.
        let ids = pieces.components(separatedBy: "<section id=\"g").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        XCTAssertEqual(ids, Array(0..<11))
        XCTAssertTrue(pieces.hasSuffix("</html>\n"))
    }
}

/// `extract --format json` gives the same bytes for the same plans in every process: keys are sorted
/// (Swift's dictionaries are ordered by a per-process seed, so unsorted output changed from run to run).
final class ExtractJSONOrderTests: XCTestCase {
    func testKeysAreSorted() {
        let plan = RuleFixtures.plan("ỦY BAN NHÂN DÂN PHƯỜNG A\nSố: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.")
        let json = ExtractJSON.render([plan])
        let top = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        XCTAssertEqual(top, ["plans", "schemaVersion"])
        let planKeys = json.split(separator: "\n").filter { $0.hasPrefix("      \"") }.map { String($0.split(separator: "\"")[1]) }
        XCTAssertEqual(planKeys, planKeys.sorted())
        XCTAssertFalse(planKeys.isEmpty)
    }
}
