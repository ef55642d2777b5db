import Foundation

/// The public JSON form of extracted plans (`plancheck extract --format json`), schemaVersion 1.
/// Documented in docs/extract-json.md; other tools and the gold scorer read it, so fields are only ever added.
public enum ExtractJSON {
    public static let schemaVersion = 1

    struct Document: Encodable {
        var schemaVersion: Int
        var plans: [PlanDTO]
    }

    struct PeriodDTO: Encodable {
        var from: Int
        var to: Int
    }

    struct CitationDTO: Encodable {
        var line: Int
        var kind: String
        var number: String
        var date: String?
        var issuer: String?
        func encode(to e: Encoder) throws {
            var c = e.container(keyedBy: K.self)
            try c.encode(line, forKey: .line); try c.encode(kind, forKey: .kind); try c.encode(number, forKey: .number)
            try c.encode(date, forKey: .date); try c.encode(issuer, forKey: .issuer)
        }
        enum K: String, CodingKey { case line, kind, number, date, issuer }
    }

    struct LeadDTO: Encodable {
        var unit: String
        var unitId: String?
        var line: Int
    }

    struct AreaDTO: Encodable {
        var id: String
        var line: Int
        var heading: Bool
        var leads: [LeadDTO]
    }

    struct TargetDTO: Encodable {
        var line: Int
        var value: Double
        var valueMax: Double?
        var unit: String
        var comparator: String
        var period: PeriodDTO?
        var area: String?
        var indicator: String?
        var text: String
        var figure: String
        /// Present only when the clause names a level of government (the schema's other keys are always there).
        var forLevel: String?
        /// Present (true) only for a figure set for every year of its period.
        var everyYear: Bool?
        /// Present only when the clause names a kind of commune (`kho-khan`, `thuong`, `phuong`, `xa`).
        var forKind: String?
        /// Present only for a figure a parent sets for one commune by name (the name's key, `minh xuan`).
        var forCommune: String?
        /// Present only for a figure filed under a code (`CT5`).
        var code: String?
        func encode(to e: Encoder) throws {
            var c = e.container(keyedBy: K.self)
            try c.encode(line, forKey: .line); try c.encode(value, forKey: .value); try c.encode(valueMax, forKey: .valueMax)
            try c.encode(unit, forKey: .unit); try c.encode(comparator, forKey: .comparator); try c.encode(period, forKey: .period)
            try c.encode(area, forKey: .area); try c.encode(indicator, forKey: .indicator); try c.encode(text, forKey: .text)
            try c.encode(figure, forKey: .figure)
            try c.encodeIfPresent(forLevel, forKey: .forLevel)
            try c.encodeIfPresent(everyYear, forKey: .everyYear)
            try c.encodeIfPresent(forKind, forKey: .forKind)
            try c.encodeIfPresent(forCommune, forKey: .forCommune)
            try c.encodeIfPresent(code, forKey: .code)
        }
        enum K: String, CodingKey { case line, value, valueMax, unit, comparator, period, area, indicator, text, figure, forLevel, everyYear, forKind, forCommune, code }
    }

    struct TaskDTO: Encodable {
        var line: Int
        var area: String?
        var group: String
        var sequence: String
        var text: String
        var lead: String?
        var coordinators: [String]
        var deadline: String
        var product: String
        func encode(to e: Encoder) throws {
            var c = e.container(keyedBy: K.self)
            try c.encode(line, forKey: .line); try c.encode(area, forKey: .area); try c.encode(group, forKey: .group)
            try c.encode(sequence, forKey: .sequence); try c.encode(text, forKey: .text); try c.encode(lead, forKey: .lead)
            try c.encode(coordinators, forKey: .coordinators); try c.encode(deadline, forKey: .deadline)
            try c.encode(product, forKey: .product)
        }
        enum K: String, CodingKey { case line, area, group, sequence, text, lead, coordinators, deadline, product }
    }

    struct AppendixDTO: Encodable {
        var label: String
        var line: Int
        var present: Bool
    }

    struct PlanDTO: Encodable {
        var file: String
        var issuer: String?
        var level: String?
        var period: PeriodDTO?
        var number: String?
        var date: String?
        var draft: Bool
        var parentCited: CitationDTO?
        var areas: [AreaDTO]
        var targets: [TargetDTO]
        var citations: [CitationDTO]
        var tasks: [TaskDTO]
        var appendixRefs: [AppendixDTO]
        func encode(to e: Encoder) throws {
            var c = e.container(keyedBy: K.self)
            try c.encode(file, forKey: .file); try c.encode(issuer, forKey: .issuer); try c.encode(level, forKey: .level)
            try c.encode(period, forKey: .period); try c.encode(number, forKey: .number); try c.encode(date, forKey: .date)
            try c.encode(draft, forKey: .draft); try c.encode(parentCited, forKey: .parentCited)
            try c.encode(areas, forKey: .areas); try c.encode(targets, forKey: .targets)
            try c.encode(citations, forKey: .citations); try c.encode(tasks, forKey: .tasks)
            try c.encode(appendixRefs, forKey: .appendixRefs)
        }
        enum K: String, CodingKey {
            case file, issuer, level, period, number, date, draft, parentCited, areas, targets, citations, tasks, appendixRefs
        }
    }

    static func dto(_ p: Period?) -> PeriodDTO? { p.map { PeriodDTO(from: $0.from, to: $0.to) } }
    static func dto(_ c: Citation) -> CitationDTO {
        CitationDTO(line: c.line, kind: c.kind, number: c.number, date: c.date, issuer: c.issuer)
    }

    static func dto(_ p: Plan) -> PlanDTO {
        PlanDTO(
            file: RelativePath.display(p.file), issuer: p.issuer, level: p.level?.rawValue, period: dto(p.period), number: p.number,
            date: p.date, draft: p.draft, parentCited: p.parentCited.map(dto),
            areas: p.areas.map { AreaDTO(id: $0.area.rawValue, line: $0.line, heading: $0.isHeading,
                                         leads: $0.leads.map { LeadDTO(unit: $0.unit, unitId: $0.unitID, line: $0.line) }) },
            targets: p.targets.map { TargetDTO(line: $0.line, value: $0.value, valueMax: $0.valueMax, unit: $0.unit,
                                               comparator: $0.comparator.rawValue, period: dto($0.period), area: $0.area?.rawValue,
                                               indicator: $0.indicator, text: $0.text, figure: $0.figure, forLevel: $0.forLevel,
                                               everyYear: $0.everyYear, forKind: $0.forKind, forCommune: $0.forCommune, code: $0.code) },
            citations: p.citations.map(dto),
            tasks: p.tasks.map { TaskDTO(line: $0.line, area: $0.area?.rawValue, group: $0.group, sequence: $0.sequence,
                                         text: $0.text, lead: $0.lead?.unit, coordinators: $0.coordinators.map(\.unit),
                                         deadline: $0.deadline, product: $0.product) },
            appendixRefs: p.appendixRefs.map { AppendixDTO(label: $0.label, line: $0.line, present: $0.present) })
    }

    public static func render(_ plans: [Plan]) -> String {
        let enc = JSONEncoder()
        // Sorted keys: the same plan always gives the same bytes (diffable, cacheable).
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(Document(schemaVersion: schemaVersion, plans: plans.map(dto)))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Paths as shown in reports: relative to the current folder when inside it, with forward slashes.
public enum RelativePath {
    public static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        var p = path
        if p.hasPrefix(cwd + "/") { p = String(p.dropFirst(cwd.count + 1)) }
        if p.hasPrefix("./") { p = String(p.dropFirst(2)) }
        return p.replacingOccurrences(of: "\\", with: "/")
    }
}
