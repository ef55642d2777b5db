import Foundation
import XCTest
@testable import PlanCheckKit

/// Hand-made catalogue, plans and parent shared by the audit, alignment and parent tests, so that they do
/// not depend on the extractors (which are tested on their own).
enum AuditFixtures {
    static let catalogText = """
    [indicator sat.overall]
    name.vi = Mức độ hài lòng
    name.en = Satisfaction
    area = tthc
    match = hài lòng

    [indicator org.staff-reduction]
    name.vi = Giảm biên chế
    name.en = Staff reduction
    area = bo-may
    match = giảm biên chế

    [indicator tthc.late]
    name.vi = Tỷ lệ hồ sơ trễ hạn
    name.en = Late dossiers
    area = tthc
    better = lower
    match = trễ hạn

    [indicator dir.initiatives]
    name.vi = Số sáng kiến
    name.en = Initiatives
    area = chi-dao
    unit = count
    match = sáng kiến

    [unit vhxh]
    name = Phòng Văn hóa - Xã hội
    alias = Phòng VHXH

    [unit vp]
    name = Văn phòng HĐND và UBND

    [unit ca]
    name = Công an xã
    standard = no

    [area tthc]
    heading = thủ tục hành chính
    """

    static func catalog() -> Catalog {
        let sections = try! DataFile.parse(catalogText, file: "catalog.ini")
        let abbr = Abbreviations()
        return Catalog(areas: try! AreaCatalog(sections.filter { $0.kind == "area" }, abbreviations: abbr),
                       units: try! UnitCatalog(sections.filter { $0.kind == "unit" }, abbreviations: abbr),
                       indicators: try! IndicatorCatalog(sections.filter { $0.kind == "indicator" }, abbreviations: abbr),
                       abbreviations: abbr)
    }

    static func target(_ indicator: String?, _ value: Double, line: Int, _ comparator: PlanCheckKit.Comparator = .atLeast,
                       period: Period? = nil, max: Double? = nil, unit: String = "%", text: String? = nil) -> Target {
        let t = text ?? "chỉ tiêu \(indicator ?? "?") đạt \(value)"
        return Target(line: line, value: value, valueMax: max, unit: unit, comparator: comparator, period: period, area: nil,
                      indicator: indicator, text: t,
                      figure: TargetFormat.figure(value: value, valueMax: max, unit: unit, comparator: comparator, lang: .vi))
    }

    static func plan(_ file: String, period: Period, targets: [Target], areas: [AreaPresence] = [], lines: Int = 60) -> Plan {
        var p = Plan(file: file)
        p.issuer = "UBND phường " + AuditPresentation.shortName(file)
        p.level = .phuong
        p.period = period
        p.number = "1/KH-UBND"
        p.targets = targets
        p.areas = areas
        p.lines = (1...lines).map { "dòng \($0) của \(AuditPresentation.shortName(file)) <&> \"trích\"" }
        return p
    }

    static func lead(_ unit: String, _ id: String?, line: Int) -> UnitRef { UnitRef(unit: unit, unitID: id, text: unit, line: line) }

    static let parentSheet = """
    [sheet tinh-2026]
    issuer = UBND tỉnh Mẫu
    level = tinh
    period = 2026
    number = 9/KH-UBND
    date = 2025-12-20
    source = Báo Mẫu, 01/01/2026
    source-kind = digest

    [target sat]
    indicator = sat.overall
    value = 90
    comparator = >=
    text = Mức độ hài lòng đạt từ 90% trở lên
    source = Báo Mẫu, 01/01/2026
    source-kind = digest

    [target staff]
    indicator = org.staff-reduction
    value = 10
    comparator = reduce
    period = 2026-2030
    text = Giảm 10% biên chế
    source = Kế hoạch 9/KH-UBND, trang 3

    [target late]
    indicator = tthc.late
    value = 2
    comparator = =
    text = Tỷ lệ hồ sơ trễ hạn không quá 2%
    source = Kế hoạch 9/KH-UBND, trang 4

    [area tthc]
    lead = Phòng VHXH
    """

    static func parent() -> ParentPlan {
        try! ParentLoader.parseSheet(parentSheet, path: "parents/tinh.ini", catalog: catalog())
    }

    /// Three plans: one meeting everything, one below the parent, one inconsistent and without a lead.
    static func plans() -> [Plan] {
        let y = Period(year: 2026)
        let a = plan("plans/x/a-2026.txt", period: y, targets: [
            target("sat.overall", 95, line: 10),
            target("org.staff-reduction", 10, line: 12, .reduce, period: Period(year: 2030)),
            target("tthc.late", 1, line: 14, .equal),
            target(nil, 7, line: 16, .equal, text: "Tổ chức 7 hội nghị <đối thoại> & tập huấn"),
        ], areas: [AreaPresence(area: .tthc, line: 5, isHeading: true, headingText: "Cải cách TTHC", leads: [lead("Phòng Văn hóa - Xã hội", "vhxh", line: 40)])])
        let b = plan("plans/x/b-2026.txt", period: y, targets: [
            target("sat.overall", 85, line: 20),
            target("org.staff-reduction", 5, line: 22, .reduce, period: Period(year: 2030)),
            target("tthc.late", 3, line: 24, .equal),
            target("dir.initiatives", 2, line: 26, unit: "count"),
        ], areas: [AreaPresence(area: .tthc, line: 6, isHeading: true, headingText: "Cải cách TTHC",
                                leads: [lead("Phòng Văn hóa - Xã hội", "vhxh", line: 41), lead("Văn phòng HĐND và UBND", "vp", line: 42)])])
        let c = plan("plans/x/c-2026.txt", period: y, targets: [
            target("sat.overall", 92, line: 30),
            target("sat.overall", 80, line: 31),
            target("dir.initiatives", 3, line: 33, unit: "count"),
        ], areas: [AreaPresence(area: .tthc, line: 7, isHeading: true, headingText: "Cải cách TTHC", leads: [lead("Công an xã", "ca", line: 43)]),
                   AreaPresence(area: .so, line: 8, isHeading: true, headingText: "Chính quyền số", leads: [])])
        return [a, b, c]
    }

    /// Findings as the rules would give them, fixed so that golden files do not move with the rules.
    static func findings() -> [Finding] {
        [
            Finding(ruleID: "CCHC-TARGET-001", category: "target-below-parent", severity: .error, file: "plans/x/b-2026.txt", line: 20,
                    message: "Chỉ tiêu \"Mức độ hài lòng\" 85% thấp hơn cấp trên (≥90%)", quote: "dòng 20 của b-2026 <&> \"trích\"",
                    related: [RelatedLocation(file: "parents/tinh.ini", line: 12, text: "Mức độ hài lòng đạt từ 90% trở lên")]),
            Finding(ruleID: "CCHC-TARGET-003", category: "inconsistent-figure", severity: .warning, file: "plans/x/c-2026.txt", line: 31,
                    message: "Chỉ tiêu \"Mức độ hài lòng\" được ghi 80% ở đây nhưng 92% ở dòng 30", quote: "dòng 31 của c-2026 <&> \"trích\"",
                    related: [RelatedLocation(file: "plans/x/c-2026.txt", line: 30, text: "dòng 30")]),
            Finding(ruleID: "CCHC-AREA-002", category: "area-without-lead", severity: .warning, file: "plans/x/c-2026.txt", line: 8,
                    message: "Lĩnh vực \"Chính quyền điện tử, chính quyền số\" không có cơ quan chủ trì", quote: "dòng 8 của c-2026 <&> \"trích\""),
        ]
    }

    static func group() -> AuditGroup {
        let f = findings()
        return AuditRunner.audit(name: "x", plans: plans(), parent: parent(), parentPath: "parents/tinh.ini", origin: .config,
                                 catalog: catalog(), findings: AuditFindings { _, _ in f })
    }

    /// The package root, found from this file.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// Sanity checks of the fixtures themselves.
final class AuditFixturesTests: XCTestCase {
    func testFixtureCatalogAndParentLoad() {
        XCTAssertEqual(AuditFixtures.catalog().indicators.indicators.count, 4)
        XCTAssertEqual(AuditFixtures.parent().plan.targets.count, 3)
    }
}
