import Foundation

/// Reader of a **target sheet**: a parent's targets kept as a small data file (see docs/audit.md).
///
/// ```
/// [sheet hai-phong-2026]
/// issuer = UBND thành phố Hải Phòng
/// level = thanh-pho                  # tinh | thanh-pho | huyen | quoc-gia
/// period = 2026
/// number = 5256/QĐ-UBND
/// date = 2025-12-26
/// source = thoibaotaichinhvietnam.vn, 06/01/2026
/// source-kind = digest
/// fallback = ../../rules/national/baseline.ini   # figures the sheet does not set
///
/// [target sat-overall]
/// indicator = sat.overall
/// value = 90
/// comparator = >=                    # >=, >, <=, <, =, reduce, rise, range (then value-max)
/// period = 2026
/// text = Mức độ hài lòng … đạt từ 90% trở lên
/// source = thoibaotaichinhvietnam.vn (06/01/2026)
/// source-kind = digest
///
/// [area tthc]
/// lead = Sở Nội vụ
///
/// [deadline quarterly-report]
/// text = Báo cáo CCHC quý
/// due = trước ngày 10 của tháng cuối quý
/// ```
///
/// A target without `source` is an error: a figure nobody can trace is never used.
enum TargetSheet {
    static let sheetKeys: Set<String> = ["issuer", "level", "period", "number", "kind", "date", "title", "source",
                                         "source-kind", "fallback", "note"]
    static let targetKeys: Set<String> = ["indicator", "value", "value-max", "comparator", "period", "unit", "area",
                                          "text", "source", "source-kind"]

    /// Parses `text` (the sheet at `path`); `catalog`, when given, checks indicator ids and fills units/areas.
    static func parse(_ text: String, path: String, catalog: Catalog?) throws -> (ParentPlan, fallback: String?) {
        let sections = try DataFile.parse(text, file: path)
        let sheets = sections.filter { $0.kind == "sheet" }
        guard sheets.count == 1, let sheet = sheets.first else {
            throw DataFileError(file: path, line: sheets.dropFirst().first?.line ?? 1, message: ParentMessages.noSheet)
        }
        try sheet.checkKeys(sheetKeys)
        var plan = Plan(file: path)
        plan.lines = SourceDocument(path: path, text: text).lines
        plan.issuer = sheet.value("issuer")
        if let l = sheet.value("level") {
            guard let level = PlanLevel(rawValue: l), [.tinh, .thanhPho, .huyen, .national].contains(level) else {
                throw DataFileError(file: path, line: sheet.line(of: "level"),
                                    message: L10n.text(.badValue(key: "level", value: l, expected: "tinh, thanh-pho, huyen, quoc-gia")))
            }
            plan.level = level
        }
        if let p = sheet.value("period") { plan.period = try period(p, sheet, "period") }
        plan.number = sheet.value("number")
        if let d = sheet.value("date") { plan.date = try isoDate(d, sheet) }
        let sheetSource = try source(sheet, required: false)

        var sources: [TargetSource?] = []
        var deadlines: [ReportingDeadline] = []
        for s in sections {
            switch s.kind {
            case "sheet": continue
            case "target":
                let (t, src) = try target(s, plan: plan, catalog: catalog)
                plan.targets.append(t)
                sources.append(src)
            case "area":
                try s.checkKeys(["lead", "line"])
                guard let area = ReformArea(rawValue: s.id) else {
                    throw DataFileError(file: path, line: s.line, message: L10n.text(.badValue(key: "area", value: s.id,
                        expected: ReformArea.allCases.map(\.rawValue).joined(separator: ", "))))
                }
                let leads = s.entries.filter { $0.key == "lead" }.map { e -> UnitRef in
                    if let c = catalog, let r = c.units.resolve(e.value, line: e.line, abbreviations: c.abbreviations) { return r }
                    return UnitRef(unit: e.value, unitID: nil, text: e.value, line: e.line)
                }
                plan.areas.append(AreaPresence(area: area, line: s.line, isHeading: false, headingText: area.nameVI, leads: leads))
            case "deadline":
                try s.checkKeys(["text", "due", "source", "source-kind"])
                deadlines.append(ReportingDeadline(id: s.id, text: try s.require("text"), due: try s.require("due"),
                                                   source: try source(s, required: false), line: s.line))
            default:
                throw DataFileError(file: path, line: s.line, message: L10n.text(.unknownSectionKind(s.kind)))
            }
        }
        // Areas the sheet's targets belong to count as present even without an [area] section.
        for t in plan.targets {
            if let a = t.area, plan.area(a) == nil {
                plan.areas.append(AreaPresence(area: a, line: t.line, isHeading: false, headingText: a.nameVI))
            }
        }
        plan.areas.sort { $0.area < $1.area }
        let parent = ParentPlan(kind: .sheet, plan: plan, sources: sources, deadlines: deadlines,
                                note: sheet.value("note"), source: sheetSource)
        return (parent, sheet.value("fallback"))
    }

    private static func target(_ s: DataSection, plan: Plan, catalog: Catalog?) throws -> (Target, TargetSource) {
        try s.checkKeys(targetKeys)
        // The source is checked first: it is the one thing a sheet may never leave out.
        guard let src = try source(s, required: true) else {
            throw DataFileError(file: s.file, line: s.line, message: ParentMessages.noSource(s.id))
        }
        let id = try s.require("indicator")
        let indicator = catalog?.indicators.indicator(id)
        if catalog != nil && indicator == nil {
            throw DataFileError(file: s.file, line: s.line(of: "indicator"), message: ParentMessages.unknownIndicator(id))
        }
        let value = try number(s, "value")
        let valueMax = s.value("value-max") == nil ? nil : try number(s, "value-max")
        let compText = s.value("comparator") ?? ">="
        guard let comparator = Comparator(rawValue: compText) else {
            throw DataFileError(file: s.file, line: s.line(of: "comparator"),
                                message: L10n.text(.badValue(key: "comparator", value: compText, expected: ">=, >, <=, <, =, reduce, rise, range")))
        }
        if comparator == .range && valueMax == nil {
            throw DataFileError(file: s.file, line: s.line, message: L10n.text(.missingKey(key: "value-max", section: "target \(s.id)")))
        }
        let period = try s.value("period").map { try Self.period($0, s, "period") } ?? plan.period
        var area = indicator?.area
        if let a = s.value("area") {
            guard let ra = ReformArea(rawValue: a) else {
                throw DataFileError(file: s.file, line: s.line(of: "area"), message: L10n.text(.badValue(key: "area", value: a,
                    expected: ReformArea.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            area = ra
        }
        let unit = s.value("unit") ?? indicator?.unit ?? "%"
        guard Target.units.contains(unit) else {
            throw DataFileError(file: s.file, line: s.line(of: "unit"), message: L10n.text(.badValue(key: "unit", value: unit, expected: Target.units.joined(separator: ", "))))
        }
        let text = s.value("text") ?? indicator?.nameVI ?? id
        let t = Target(line: s.line(of: "value"), value: value, valueMax: valueMax, unit: unit, comparator: comparator,
                       period: period, area: area, indicator: id, text: text,
                       figure: TargetFormat.figure(value: value, valueMax: valueMax, unit: unit, comparator: comparator))
        return (t, src)
    }

    private static func source(_ s: DataSection, required: Bool) throws -> TargetSource? {
        let kindText = s.value("source-kind") ?? "official"
        guard let kind = TargetSource.Kind(rawValue: kindText) else {
            throw DataFileError(file: s.file, line: s.line(of: "source-kind"),
                                message: L10n.text(.badValue(key: "source-kind", value: kindText, expected: "official, digest")))
        }
        guard let text = s.value("source"), !text.isEmpty else {
            if required { throw DataFileError(file: s.file, line: s.line, message: ParentMessages.noSource(s.id)) }
            return nil
        }
        return TargetSource(text: text, kind: kind)
    }

    private static func number(_ s: DataSection, _ key: String) throws -> Double {
        let raw = try s.require(key)
        guard let v = Double(raw.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "%", with: "")), v.isFinite else {
            throw DataFileError(file: s.file, line: s.line(of: key), message: L10n.text(.badValue(key: key, value: raw, expected: "số / number")))
        }
        return v
    }

    /// `2026`, `2026-2030` or `2026–2030`.
    static func period(_ raw: String, _ s: DataSection, _ key: String) throws -> Period {
        let parts = raw.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
            .map { $0.trimmedWhitespace }
        let years = parts.compactMap { Int($0) }
        guard years.count == parts.count, (1...2).contains(years.count), years.allSatisfy({ (1900...2100).contains($0) }) else {
            throw DataFileError(file: s.file, line: s.line(of: key), message: L10n.text(.badValue(key: key, value: raw, expected: "2026, 2026-2030")))
        }
        return Period(from: years[0], to: years.last!)
    }

    private static func isoDate(_ raw: String, _ s: DataSection) throws -> String {
        let p = raw.split(separator: "-")
        guard p.count == 3, p[0].count == 4, let m = Int(p[1]), let d = Int(p[2]), Int(p[0]) != nil,
              (1...12).contains(m), (1...31).contains(d) else {
            throw DataFileError(file: s.file, line: s.line(of: "date"), message: L10n.text(.badValue(key: "date", value: raw, expected: "YYYY-MM-DD")))
        }
        return raw
    }
}
