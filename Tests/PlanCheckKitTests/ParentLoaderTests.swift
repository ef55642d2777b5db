import Foundation
import XCTest
@testable import PlanCheckKit

final class ParentLoaderTests: XCTestCase {
    typealias F = AuditFixtures

    func parseError(_ text: String, catalog: Catalog? = AuditFixtures.catalog()) -> DataFileError? {
        do {
            _ = try ParentLoader.parseSheet(text, path: "t.ini", catalog: catalog)
            return nil
        } catch let e as DataFileError {
            return e
        } catch {
            XCTFail("unexpected error \(error)")
            return nil
        }
    }

    func testSheetGivesThePlanModel() {
        let p = F.parent()
        XCTAssertEqual(p.kind, .sheet)
        XCTAssertEqual(p.plan.issuer, "UBND tỉnh Mẫu")
        XCTAssertEqual(p.plan.level, .tinh)
        XCTAssertEqual(p.plan.period, Period(year: 2026))
        XCTAssertEqual(p.plan.number, "9/KH-UBND")
        XCTAssertEqual(p.plan.date, "2025-12-20")
        XCTAssertEqual(p.source?.kind, .digest)
        let t = p.plan.targets
        XCTAssertEqual(t.map(\.indicator), ["sat.overall", "org.staff-reduction", "tthc.late"])
        XCTAssertEqual(t[0].line, 12)  // the line of `value`
        XCTAssertEqual(t[0].period, Period(year: 2026))  // from the sheet
        XCTAssertEqual(t[1].period, Period(from: 2026, to: 2030))
        XCTAssertEqual(t[1].comparator, .reduce)
        XCTAssertEqual(t[0].area, .tthc)  // from the catalogue
        XCTAssertEqual(p.sources.map { $0?.kind }, [.digest, .official, .official])
        XCTAssertEqual(p.plan.area(.tthc)?.leads.first?.unitID, "vhxh")
        XCTAssertEqual(p.plan.quote(line: 12), "value = 90")
    }

    func testTargetWithoutSourceIsAnErrorAtItsLine() {
        let text = """
        [sheet s]
        issuer = UBND tỉnh Mẫu

        [target ok]
        indicator = sat.overall
        value = 90
        source = trang 2

        [target no-source]
        indicator = sat.overall
        value = 95
        period = 2030
        """
        let e = parseError(text)
        XCTAssertEqual(e?.file, "t.ini")
        XCTAssertEqual(e?.line, 9)
        XCTAssertTrue(e?.message.contains("no-source") ?? false)
        XCTAssertTrue(e.map { "\($0)" }?.hasPrefix("t.ini:9: ") ?? false)
    }

    func testEmptySourceIsAnError() {
        let e = parseError("[sheet s]\n[target a]\nindicator = sat.overall\nvalue = 9\nsource =\n")
        XCTAssertEqual(e?.line, 2)
    }

    func testUnknownIndicatorIsLocated() {
        let e = parseError("[sheet s]\n[target a]\nindicator = sat.nowhere\nvalue = 9\nsource = x\n")
        XCTAssertEqual(e?.line, 3)
        XCTAssertTrue(e?.message.contains("sat.nowhere") ?? false)
    }

    func testBadValuesAreLocated() {
        XCTAssertEqual(parseError("[sheet s]\n[target a]\nindicator = sat.overall\nvalue = chín\nsource = x\n")?.line, 4)
        XCTAssertEqual(parseError("[sheet s]\n[target a]\nindicator = sat.overall\nvalue = 9\ncomparator = <>\nsource = x\n")?.line, 5)
        XCTAssertEqual(parseError("[sheet s]\n[target a]\nindicator = sat.overall\nvalue = 9\nperiod = 2030-20x\nsource = x\n")?.line, 5)
        XCTAssertEqual(parseError("[sheet s]\nlevel = xa\n")?.line, 2)
        XCTAssertEqual(parseError("[sheet s]\ndate = 15/7/2021\n")?.line, 2)
        XCTAssertEqual(parseError("[sheet s]\n[target a]\nindicator = sat.overall\nvalue = 9\nsource = x\nsource-kind = blog\n")?.line, 6)
        XCTAssertEqual(parseError("[sheet s]\n[target a]\nindicator = sat.overall\nvalue = 9\nsource = x\ncolour = red\n")?.line, 6)
        // A range needs its upper bound.
        XCTAssertEqual(parseError("[sheet s]\n[target a]\nindicator = sat.overall\nvalue = 9\ncomparator = range\nsource = x\n")?.line, 2)
        XCTAssertEqual(parseError("[sheet s]\n[oops a]\n")?.line, 2)
        XCTAssertNotNil(parseError("[target a]\nindicator = sat.overall\nvalue = 9\nsource = x\n"))
    }

    func testFallbackAddsOnlyWhatTheSheetDoesNotSet() throws {
        let dir = try TestDirectory.make("parent")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("g"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        [sheet national]
        period = 2021-2030
        [target a]
        indicator = sat.overall
        value = 95
        period = 2026-2030
        source = n
        [target b]
        indicator = sat.overall
        value = 80
        period = 2026
        source = n
        [target c]
        indicator = tthc.late
        value = 3
        comparator = =
        period = 2030
        source = n
        """.write(to: dir.appendingPathComponent("national.ini"), atomically: false, encoding: .utf8)
        try """
        [sheet g]
        period = 2026
        fallback = ../national.ini
        [target own]
        indicator = sat.overall
        value = 90
        source = s
        """.write(to: dir.appendingPathComponent("g/parent.ini"), atomically: false, encoding: .utf8)
        let p = try ParentLoader.load(dir.appendingPathComponent("g/parent.ini"), catalog: F.catalog())
        // Own 2026 figure; the national 2026 figure is covered by it, the 2026-2030 and the 2030 ones are not.
        XCTAssertEqual(p.plan.targets.map(\.value), [90, 95, 3])
        XCTAssertTrue(p.file(ofTarget: 0).hasSuffix("g/parent.ini"))
        XCTAssertTrue(p.file(ofTarget: 1).hasSuffix("national.ini"))
        XCTAssertEqual(p.fallbackFiles.count, 1)
    }

    func testFallbackLoopIsAnError() throws {
        let dir = try TestDirectory.make("loop")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "[sheet a]\nfallback = b.ini\n".write(to: dir.appendingPathComponent("a.ini"), atomically: false, encoding: .utf8)
        try "[sheet b]\nfallback = a.ini\n".write(to: dir.appendingPathComponent("b.ini"), atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try ParentLoader.load(dir.appendingPathComponent("a.ini"), catalog: F.catalog()))
        XCTAssertThrowsError(try ParentLoader.load(dir.appendingPathComponent("missing.ini"), catalog: F.catalog()))
    }

    func testConfigMapsFoldersAndSubfolders() throws {
        let dir = try TestDirectory.make("config")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("plancheck.ini")
        try "[default parent]\nparent = base.ini\n[folder a]\nparent = a/parent.ini\n[check settings]\nfail-on = warning\n"
            .write(to: url, atomically: false, encoding: .utf8)
        let c = try ParentConfig.load(url)
        XCTAssertEqual(c.parent(forFolder: dir.appendingPathComponent("a"))?.lastPathComponent, "parent.ini")
        XCTAssertEqual(c.parent(forFolder: dir.appendingPathComponent("a/sub")), dir.appendingPathComponent("a/parent.ini").standardizedFileURL)
        XCTAssertEqual(c.parent(forFolder: dir.appendingPathComponent("b"))?.lastPathComponent, "base.ini")
        XCTAssertEqual(ParentConfig.find(from: dir.appendingPathComponent("a/sub"))?.lastPathComponent, "plancheck.ini")
        try "[folders a]\nparent = x\n".write(to: url, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try ParentConfig.load(url)) { e in XCTAssertEqual((e as? DataFileError)?.line, 1) }
    }

    /// The bundled parents and the national baseline load with the real catalogue: every indicator id
    /// exists and every figure has a source.
    func testBundledParentsLoad() throws {
        let root = F.packageRoot
        let catalog = try Catalog.load(rulesDir: root.appendingPathComponent("rules"))
        let baseline = try ParentLoader.load(root.appendingPathComponent("rules/national/baseline.ini"), catalog: catalog)
        XCTAssertEqual(baseline.plan.level, .national)
        XCTAssertGreaterThanOrEqual(baseline.plan.targets.count, 10)
        XCTAssertTrue(baseline.sources.allSatisfy { $0?.kind == .digest })
        for group in ["dong-nai", "hai-phong", "ha-tinh"] {
            let p = try ParentLoader.load(root.appendingPathComponent("plans/\(group)/parent.ini"), catalog: catalog)
            XCTAssertTrue(p.sources.allSatisfy { $0 != nil }, group)
            XCTAssertEqual(p.fallbackFiles.count, 1, group)
        }
        let config = try ParentConfig.load(root.appendingPathComponent("plans/plancheck.ini"))
        XCTAssertEqual(config.folders.count, 5)
        XCTAssertNotNil(config.defaultParent)
    }
}
