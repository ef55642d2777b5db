import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import PlanCheckKit

/// Golden files of every audit output format, from the hand-made group of `AuditFixtures`.
/// Regenerate after an intended change with `PLANCHECK_UPDATE_GOLDEN=1 swift test --filter AuditGoldenTests`
/// and review the diff of `Tests/PlanCheckKitTests/Golden/audit/`.
final class AuditGoldenTests: XCTestCase {
    static let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/audit")
    var savedLanguage: Language = .vi

    override func setUp() { savedLanguage = L10n.current; L10n.current = .vi }
    override func tearDown() { L10n.current = savedLanguage }

    func report(_ lang: Language) -> AuditReport {
        L10n.current = lang
        return AuditReport(groups: [AuditFixtures.group()])
    }

    func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.goldenDir.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PLANCHECK_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.goldenDir, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("missing golden file \(name); run with PLANCHECK_UPDATE_GOLDEN=1", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != text {
            let a = expected.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
            XCTFail("\(name) differs from golden (line \((first?.offset ?? min(a.count, b.count)) + 1)): expected\n\(first?.element.0 ?? "<end>")\ngot\n\(first?.element.1 ?? "<end>")",
                    file: file, line: line)
        }
    }

    func testHTML() throws { try assertGolden(AuditHTML.render(report(.vi), lang: .vi), "report.html") }
    func testHTMLEnglish() throws { try assertGolden(AuditHTML.render(report(.en), lang: .en), "report.en.html") }
    func testMarkdown() throws { try assertGolden(AuditMarkdown.render(report(.vi), lang: .vi), "report.md") }
    func testJSON() throws { try assertGolden(AuditJSON.render(report(.vi), lang: .vi), "report.json") }
    func testText() throws { try assertGolden(AuditPlainText.render(report(.vi), lang: .vi), "report.txt") }
    func testTextEnglish() throws { try assertGolden(AuditPlainText.render(report(.en), lang: .en), "report.en.txt") }
    func testCSVMatrix() throws { try assertGolden(AuditCSV.matrix(report(.vi), lang: .vi), "matrix.csv") }
    func testCSVFindings() throws { try assertGolden(AuditCSV.findings(report(.vi), lang: .vi), "findings.csv") }
    func testUnmatchedText() throws { try assertGolden(AuditPlainText.renderUnmatched(report(.vi), lang: .vi), "unmatched.txt") }

    /// A finding related to a whole province's plans lists the first few in the HTML and counts the rest;
    /// the JSON keeps them all.
    func testHTMLListsTheFirstRelatedLocationsAndCountsTheRest() throws {
        var group = AuditFixtures.group()
        let plan = try XCTUnwrap(group.findings.first)
        var f = plan
        f.related = (1...40).map { RelatedLocation(file: "plans/p\($0).txt", line: $0, text: "Quyết định số 1/QĐ-UBND ngày 2/1/2026") }
        group.findings = [f]
        let html = AuditHTML.render(AuditReport(groups: [group]), lang: .vi)
        XCTAssertTrue(html.contains("p5:5"))
        XCTAssertFalse(html.contains("p6:6"))
        XCTAssertTrue(html.contains("và 35 vị trí liên quan khác"))
        XCTAssertTrue(AuditJSON.render(AuditReport(groups: [group]), lang: .vi).contains("plans/p40.txt"))
        // The message counts the places beyond the third.
        XCTAssertEqual(CitationDateKind.places(["a:1", "b:2", "c:3", "d:4"]), "a:1, b:2, c:3, d:4")
        XCTAssertEqual(CitationDateKind.places((1...9).map { "p\($0):1" }), "p1:1, p2:1, p3:1 và 6 nơi khác")
    }

    func testCSVHasBOMAndQuotes() {
        let csv = AuditCSV.findings(report(.vi), lang: .vi)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}group,"))
        XCTAssertTrue(csv.contains("\"Chỉ tiêu \"\"Mức độ hài lòng\"\" 85% thấp hơn cấp trên (≥90%)\""))
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertEqual(AuditCSV.field("=SUM(A1)"), "'=SUM(A1)")
        XCTAssertEqual(AuditCSV.field("-5"), "-5")
    }

    func testJSONHasSchemaVersionAndParses() throws {
        let json = AuditJSON.render(report(.vi), lang: .vi)
        let obj = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        XCTAssertEqual(obj?["schemaVersion"] as? Int, 1)
        let groups = obj?["groups"] as? [[String: Any]]
        XCTAssertEqual(groups?.count, 1)
        XCTAssertEqual((groups?[0]["unmatched"] as? [Any])?.count, 1)
    }

    /// The report is well-formed XML (XHTML-compatible), every text escaped, with no external resource.
    func testHTMLIsWellFormedAndSelfContained() throws {
        for lang in Language.allCases {
            let html = AuditHTML.render(report(lang), lang: lang)
            XCTAssertNoThrow(try XMLDocument(data: Data(html.utf8), options: []), "\(lang)")
            let doc = try XMLDocument(data: Data(html.utf8), options: [])
            // Links stay inside the document: every href is a fragment that names an id.
            let hrefs = try doc.nodes(forXPath: "//@href").compactMap(\.stringValue)
            XCTAssertFalse(hrefs.isEmpty)
            let ids = Set(try doc.nodes(forXPath: "//@id").compactMap(\.stringValue))
            for h in hrefs {
                XCTAssertTrue(h.hasPrefix("#"), h)
                XCTAssertTrue(ids.contains(String(h.dropFirst())), "dangling link \(h)")
            }
            XCTAssertTrue(try doc.nodes(forXPath: "//*[local-name()='script' or local-name()='link' or local-name()='img']").isEmpty)
            XCTAssertFalse(html.contains("http://") && !html.contains("xmlns=\"http://www.w3.org/1999/xhtml\""))
            XCTAssertTrue(html.contains("@page { size: A4 landscape"))
            // Plan text with markup characters is escaped, never interpreted.
            XCTAssertTrue(html.contains("&lt;đối thoại&gt; &amp; tập huấn"))
        }
    }

    func testEscapingOfHostileText() throws {
        let hostile = "a<b>&\"c\" 'd' \u{1} \u{FFFE} ]]> <script>x</script>"
        let escaped = HTMLEscape.text(hostile)
        XCTAssertFalse(escaped.contains("<"))
        XCTAssertNoThrow(try XMLDocument(data: Data("<p>\(escaped)</p>".utf8), options: []))
        XCTAssertEqual(HTMLEscape.id("dòng 1/2"), "d-ng-1-2")
    }

    /// The below-parent value links to its finding, which quotes the source line.
    func testMatrixValueLinksToItsFinding() throws {
        let html = AuditHTML.render(report(.vi), lang: .vi)
        XCTAssertTrue(html.contains("<a href=\"#g0-f0\" title=\"d.20: chỉ tiêu sat.overall đạt 85.0 — Cấp trên: ≥90% (2026)\">≥85%</a>"))
        XCTAssertTrue(html.contains("<tr id=\"g0-f0\">"))
    }
}
