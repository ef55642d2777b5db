/// Indicators that make targets from different plans comparable, from `rules/catalog/indicators.ini`.
/// `Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ … đạt tối thiểu 80%` and `… hồ sơ trực tuyến … TTHC đạt
/// tối thiểu 75%` both resolve to the same id.
public struct IndicatorCatalog: Sendable {
    public struct Indicator: Sendable {
        public var id: String
        public var nameVI: String
        public var nameEN: String
        public var area: ReformArea
        /// `%` or `count`.
        public var unit: String
        /// False for indicators where a lower figure is more ambitious (e.g. a ceiling).
        public var higherIsBetter: Bool
        public var matches: [PhrasePattern]
        /// Broad phrases (`weak-match`: `giảm` for a cut in time) read only when no indicator's `match` phrase
        /// is in the clause: a nearer broad word must not outrank a farther phrase that names the subject.
        public var weakMatches: [PhrasePattern] = []
        public var excludes: [PhrasePattern]
        /// Indicators whose figure this one's stands in for when a plan sets only one of them and its parent
        /// only the other (`stand-in` key: satisfaction with the service and with procedures, which plans
        /// use for one another).
        public var standIns: [String] = []
        /// Whether the indicator measures the plan's own body (`scope = own`: a province's PAR Index score), so
        /// that a parent's figure binds no plan below it.
        public var ownScope = false
        public var line: Int
        public var file: String

        public func name(_ lang: Language) -> String { lang == .vi ? nameVI : nameEN }
    }

    public var indicators: [Indicator] {
        didSet { index() }
    }
    private var byID: [String: Int] = [:]
    /// The indicators of each unit (`%`, `count`) as references, in catalogue order: target matching walks
    /// them for every figure, and copying each indicator value there (retaining all its arrays) was most of
    /// the matching's cost.
    private(set) var matchersByUnit: [String: [Matcher]] = [:]

    /// What target matching needs of an indicator.
    final class Matcher: Sendable {
        let id: String
        let matches: [PhrasePattern]
        let weakMatches: [PhrasePattern]
        let excludes: [PhrasePattern]
        init(_ i: Indicator) { id = i.id; matches = i.matches; weakMatches = i.weakMatches; excludes = i.excludes }
    }

    private mutating func index() {
        byID = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        matchersByUnit = Dictionary(grouping: indicators, by: \.unit).mapValues { $0.map(Matcher.init) }
    }

    public init(_ sections: [DataSection], abbreviations: Abbreviations) throws {
        var list: [Indicator] = []
        var seen: [String: DataSection] = [:]
        for s in sections {
            // Sections are unique within a file (DataFile); an id defined in two catalogue files is an error too.
            if let first = seen[s.id] {
                throw DataFileError(file: s.file, line: s.line, message: L10n.text(.duplicateSection("indicator \(s.id)"))
                                    + " (\(first.file):\(first.line))")
            }
            seen[s.id] = s
            try s.checkKeys(["name.vi", "name.en", "area", "unit", "better", "match", "weak-match", "exclude", "stand-in", "scope"])
            let areaText = try s.require("area")
            guard let area = ReformArea(rawValue: areaText) else {
                throw DataFileError(file: s.file, line: s.line(of: "area"), message: L10n.text(.badValue(key: "area", value: areaText,
                    expected: ReformArea.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            let unit = s.value("unit") ?? "%"
            guard Target.units.contains(unit) else {
                throw DataFileError(file: s.file, line: s.line(of: "unit"), message: L10n.text(.badValue(key: "unit", value: unit, expected: Target.units.joined(separator: ", "))))
            }
            let better = s.value("better") ?? "higher"
            guard better == "higher" || better == "lower" else {
                throw DataFileError(file: s.file, line: s.line(of: "better"), message: L10n.text(.badValue(key: "better", value: better, expected: "higher, lower")))
            }
            let scope = s.value("scope") ?? "all"
            guard scope == "all" || scope == "own" else {
                throw DataFileError(file: s.file, line: s.line(of: "scope"), message: L10n.text(.badValue(key: "scope", value: scope, expected: "all, own")))
            }
            let matches = s.values("match").map { PhrasePattern($0, abbreviations: abbreviations) }
            let weakMatches = s.values("weak-match").map { PhrasePattern($0, abbreviations: abbreviations) }
            if matches.isEmpty && weakMatches.isEmpty {
                throw DataFileError(file: s.file, line: s.line, message: L10n.text(.missingKey(key: "match", section: "indicator \(s.id)")))
            }
            list.append(Indicator(id: s.id, nameVI: try s.require("name.vi"), nameEN: s.value("name.en") ?? s.id, area: area,
                                  unit: unit, higherIsBetter: better == "higher", matches: matches, weakMatches: weakMatches,
                                  excludes: s.values("exclude").map { PhrasePattern($0, abbreviations: abbreviations) },
                                  standIns: s.values("stand-in"), ownScope: scope == "own", line: s.line, file: s.file))
        }
        // A stand-in names an indicator of the catalogue.
        let ids = Set(list.map(\.id))
        for s in sections {
            for other in s.values("stand-in") where !ids.contains(other) {
                throw DataFileError(file: s.file, line: s.line(of: "stand-in"),
                                    message: L10n.text(.badValue(key: "stand-in", value: other, expected: "an indicator id of the catalogue")))
            }
        }
        indicators = list
        index()  // didSet does not run in an initialiser
    }

    public func indicator(_ id: String) -> Indicator? { byID[id].map { indicators[$0] } }
}
