import Foundation

/// Administrative level of the issuing authority.
public enum PlanLevel: String, Codable, Sendable {
    case xa, phuong, tinh
    /// A district (huyện, quận, thị xã): the middle level until the 2025 reorganisation removed it.
    case huyen
    case thanhPho = "thanh-pho"
    case dacKhu = "dac-khu"
    case national = "quoc-gia"

    /// The level word a figure names for this level of government (`Target.forLevel`): `xa`, `huyen` or
    /// `tinh` (the national baseline sits where a province does).
    public var figureLevel: String {
        switch self {
        case .xa, .phuong, .dacKhu: return "xa"
        case .huyen: return "huyen"
        case .tinh, .thanhPho, .national: return "tinh"
        }
    }
}

/// A document cited by a plan, e.g. `Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ`.
public struct Citation: Codable, Hashable, Sendable {
    /// Kind as written in Vietnamese (`Nghị quyết`, `Quyết định`, `Luật` …).
    public var kind: String
    /// Number as printed (`76/NQ-CP`, `79- NQ/TW`); empty for a Luật cited by name.
    public var number: String
    /// ISO date (YYYY-MM-DD) or nil when the citation carries no date.
    public var date: String?
    /// Issuer as written after `của`, if any.
    public var issuer: String?
    /// 1-based line where the number starts.
    public var line: Int
    /// Source text around the citation, for messages.
    public var text: String

    public init(kind: String, number: String, date: String?, issuer: String?, line: Int, text: String) {
        self.kind = kind; self.number = number; self.date = date; self.issuer = issuer; self.line = line; self.text = text
    }

    /// Number normalised for comparison: folded, no spaces (`79- NQ/TW` == `79-NQ/TW`).
    public var normalizedNumber: String { Folding.fold(number, keepPunctuation: true).replacingOccurrences(of: " ", with: "") }
}

/// A unit named as lead (chủ trì) or coordinator, with its canonical catalogue name.
public struct UnitRef: Codable, Hashable, Sendable {
    /// Canonical name from the unit catalogue, or the cleaned text when not in the catalogue.
    public var unit: String
    /// Catalogue id (`vhxh`, `vp`, …) or nil when unknown.
    public var unitID: String?
    /// Text as written in the plan.
    public var text: String
    public var line: Int

    public init(unit: String, unitID: String?, text: String, line: Int) {
        self.unit = unit; self.unitID = unitID; self.text = text; self.line = line
    }
}

/// A reform area found in a plan, with where it is introduced and who leads it.
public struct AreaPresence: Codable, Hashable, Sendable {
    public var area: ReformArea
    /// First heading of the area in the body, or first mention when there is no heading.
    public var line: Int
    /// Whether `line` is a heading (false: objective list, table group row or lead clause only).
    public var isHeading: Bool
    public var headingText: String
    public var leads: [UnitRef]

    public init(area: ReformArea, line: Int, isHeading: Bool, headingText: String, leads: [UnitRef] = []) {
        self.area = area; self.line = line; self.isHeading = isHeading; self.headingText = headingText; self.leads = leads
    }
}

/// How a target's figure relates to its value.
public enum Comparator: String, Codable, Sendable {
    case atLeast = ">="
    case greaterThan = ">"
    /// A ceiling: `không quá`, `tối đa`, `≤`, `… trở xuống`.
    case atMost = "<="
    /// A strict ceiling: `dưới`, `<`.
    case lessThan = "<"
    case equal = "="
    case reduce = "reduce"
    /// A rise over a base (`tăng tối thiểu 10% so với năm 2025`): like a reduction, a change, not a level.
    case rise = "rise"
    case range = "range"

    /// The kind of change the figure is (`reduce`, `rise`), nil for a level: figures of different kinds are
    /// never compared, and a change is more ambitious the larger it is.
    public var change: Comparator? { self == .reduce || self == .rise ? self : nil }
}

/// One quantitative commitment (one per figure).
public struct Target: Codable, Hashable, Sendable {
    /// The units a figure may have: a percentage, a count, a number of days or minutes (a time limit) or
    /// the top-N group of a ranking.
    public static let units = ["%", "count", "days", "minutes", "rank"]

    /// What follows a figure's number in `lang`: `%`, ` ngày` / ` days`, ` phút` / ` minutes`, or nothing.
    public static func unitSuffix(_ unit: String, _ lang: Language) -> String {
        switch unit {
        case "%": return "%"
        case "days": return lang == .vi ? " ngày" : " days"
        case "minutes": return lang == .vi ? " phút" : " minutes"
        default: return ""
        }
    }

    public var line: Int
    public var value: Double
    public var valueMax: Double?
    /// One of `Target.units`: `%`, `count`, `days`, `minutes` or `rank`.
    public var unit: String
    public var comparator: Comparator
    public var period: Period?
    public var area: ReformArea?
    /// Indicator id from `rules/catalog/indicators`, nil when no indicator matched.
    public var indicator: String?
    /// The clause the figure belongs to, as written (clean-up applied).
    public var text: String
    /// The figure as written (`tối thiểu 80%`, `25%-35%`).
    public var figure: String
    /// The level of government the figure is set for when its clause names one (`100% hồ sơ công việc tại
    /// cấp tỉnh và 90% … tại cấp xã`): `tinh`, `huyen` or `xa`; nil when it names none.
    public var forLevel: String?
    /// True when the figure is set for every year of its period (`Hằng năm, 100% văn bản …`, items under
    /// `Chỉ tiêu thực hiện hằng năm:`), not by its end: an annual plan within the period is held to it.
    /// Nil otherwise (omitted from JSON).
    public var everyYear: Bool?
    /// The kind of commune the figure is set for when its clause names one (`đối với các xã miền núi, xã đặc
    /// biệt khó khăn`): `CommuneKind.difficult` or `.ordinary`, or `.ward` / `.rural` for a figure set for wards
    /// apart from communes (`phường: tối thiểu 80%; xã: …`); nil when it names none (omitted from JSON).
    public var forKind: String?
    /// The commune the figure is set for by name, in a parent's table of communes (`CommuneTable`): the name's
    /// key (`minh xuan`); nil for a figure set for all (omitted from JSON).
    public var forCommune: String?
    /// The code the plan files the figure under (`CT5` for `CT05`, `CT-05`, `CT5`; `TargetCodes`), when it
    /// names one: a province's codes pair a commune's figure with the parent's. Nil otherwise (omitted from JSON).
    public var code: String?

    public init(line: Int, value: Double, valueMax: Double?, unit: String, comparator: Comparator, period: Period?,
                area: ReformArea?, indicator: String?, text: String, figure: String, forLevel: String? = nil) {
        self.line = line; self.value = value; self.valueMax = valueMax; self.unit = unit; self.comparator = comparator
        self.period = period; self.area = area; self.indicator = indicator; self.text = text; self.figure = figure
        self.forLevel = forLevel
    }

    /// Whether a parent's figure applies to a plan of `level`: it names no level, or the plan's (a commune
    /// is not held to a figure set for the province's own agencies).
    public func applies(to level: PlanLevel?) -> Bool {
        guard let mine = forLevel, let level else { return true }
        return mine == level.figureLevel
    }

    /// Whether a parent's figure applies to a commune of `kind` (`CommuneKind`) and `level`: it names no kind,
    /// or the commune's; a plan of unknown kind is held to the ordinary communes' figures. A figure for wards
    /// binds wards, one for communes (xã) communes and special zones (and a plan of unknown level).
    public func applies(toKind kind: String?, level: PlanLevel? = nil) -> Bool {
        guard let mine = forKind else { return true }
        if mine == CommuneKind.ward { return level == .phuong }
        if mine == CommuneKind.rural { return level.map { $0 == .xa || $0 == .dacKhu } ?? true }
        return mine == (kind ?? CommuneKind.ordinary)
    }

    /// How narrowly the figure is set: 2 for a commune by name, 1 for a level of government or a kind of
    /// commune, 0 for all.
    public var specificity: Int { forCommune != nil ? 2 : forLevel != nil || forKind != nil ? 1 : 0 }

    /// Whether a parent's figure binds `plan`: for its level of government, its kind of commune and, for a
    /// figure set for a commune by name, that commune.
    public func applies(to plan: Plan) -> Bool {
        applies(to: plan.level) && applies(toKind: plan.communeKind, level: plan.level) && (forCommune.map { $0 == plan.communeKey } ?? true)
    }
}

/// A row of an appendix task table.
public struct PlanTask: Codable, Hashable, Sendable {
    public var line: Int
    public var area: ReformArea?
    /// Group label as written (`I`, `II` …).
    public var group: String
    public var sequence: String
    public var text: String
    public var lead: UnitRef?
    public var coordinators: [UnitRef]
    public var deadline: String
    public var product: String

    /// The task's number as a reader cites it: `I.3`, or `3` in a table without group rows.
    public var number: String {
        // "1.2" under group "1" is already numbered within its group.
        group.isEmpty || sequence.hasPrefix(group + ".") ? sequence : "\(group).\(sequence)"
    }

    public init(line: Int, area: ReformArea?, group: String, sequence: String, text: String, lead: UnitRef?,
                coordinators: [UnitRef], deadline: String, product: String) {
        self.line = line; self.area = area; self.group = group; self.sequence = sequence; self.text = text
        self.lead = lead; self.coordinators = coordinators; self.deadline = deadline; self.product = product
    }
}

/// A heading of the plan outline.
public struct Heading: Codable, Hashable, Sendable {
    /// Marker kind: `roman`, `upperLetter`, `arabic`, `decimal`, `letter`, `bullet`.
    public var kind: String
    /// Marker as written (`II.`, `1.2.`, `a)`).
    public var marker: String
    /// Nesting depth (`OutlineMarker.depth`): 1 = Roman, 2 = capital letter, 3 = Arabic, 4 = decimal, 5 = number in brackets,
    /// 6 = letter, 7 = bullet.
    public var depth: Int
    public var text: String
    public var line: Int
}

/// A structured CCHC plan extracted from one input file.
public struct Plan: Codable, Sendable {
    public var file: String
    public var issuer: String?
    public var level: PlanLevel?
    public var period: Period?
    public var number: String?
    public var date: String?
    public var draft: Bool
    public var parentCited: Citation?
    public var areas: [AreaPresence]
    public var targets: [Target]
    public var citations: [Citation]
    public var tasks: [PlanTask]
    /// Outline headings, in order.
    public var headings: [Heading]
    /// References to appendices (`Phụ lục I kèm theo`) and whether each was found.
    public var appendixRefs: [AppendixRef]
    /// Raw lines as read (NFC), index 0 = line 1, for quoting.
    public var lines: [String]
    /// The cleaned paragraphs and table rows the extractors worked on, kept so that the rules need not
    /// clean the text again (that was a fifth of a large audit). Not part of the encoded form.
    public var paragraphs: [Block] = []
    /// Targets set as the parent's level (`không thấp hơn mức tỉnh giao`), their figure unknown until the
    /// parent is loaded (`RelativeTargets.resolve`). Not part of the encoded form.
    public var relativeTargets: [Target] = []
    /// The kind of commune the plan says it is (`CommuneKind`), nil above the communes. Not encoded.
    public var communeKind: String?
    /// The line where the plan takes its parent's targets by reference (`AdoptedTargets`), if it does: the
    /// parent's targets it does not restate are its own once the parent is loaded. Not encoded.
    public var adoptsParentTargetsAt: Int?

    /// The plan's commune as a parent's table of communes names it (`CommuneTable.key(ofName:)` of the issuer).
    public var communeKey: String { CommuneTable.key(ofName: issuer ?? "") }

    /// Whether this plan's (the parent's) target `t` binds `child`: it applies to the child (`Target.applies`),
    /// and no more specific figure takes its place for the same indicator and year: one the parent sets for
    /// the child by name (`forCommune`) over all others, one for the child's level or kind of commune
    /// (`2. Chỉ tiêu riêng đối với UBND cấp xã`) over a general one.
    public func binds(_ t: Target, on child: Plan) -> Bool {
        guard t.applies(to: child) else { return false }
        let rank = t.specificity
        guard rank < 2, let id = t.indicator else { return true }
        let year = (t.period ?? period)?.to
        return !targets.contains { $0.specificity > rank && $0.indicator == id && ($0.period ?? period)?.to == year && $0.applies(to: child) }
    }

    /// Whether some target is set for a commune by name, a level or a kind of commune: only then can one
    /// target take another's place (`binds`).
    public var hasSpecificTargets: Bool { targets.contains { $0.specificity > 0 } }

    enum CodingKeys: String, CodingKey {
        case file, issuer, level, period, number, date, draft, parentCited, areas, targets, citations, tasks, headings,
             appendixRefs, lines
    }

    public init(file: String) {
        self.file = file; self.draft = false; self.areas = []; self.targets = []; self.citations = []
        self.tasks = []; self.headings = []; self.appendixRefs = []; self.lines = []
    }

    /// The original text of a 1-based line, trimmed; empty when out of range.
    public func quote(line: Int) -> String {
        guard line >= 1, line <= lines.count else { return "" }
        return lines[line - 1].trimmedWhitespace
    }

    public func area(_ id: ReformArea) -> AreaPresence? { areas.first { $0.area == id } }
}

/// A mention of an appendix (`Phụ lục II kèm theo`).
public struct AppendixRef: Codable, Hashable, Sendable {
    public var label: String
    public var line: Int
    public var present: Bool
}
