import Foundation

/// Everything the extractors look up, loaded from `rules/catalog/*.ini`: reform-area heading synonyms,
/// the standard units with their aliases, the indicator catalogue and the abbreviations.
public struct Catalog: Sendable {
    public var areas: AreaCatalog
    public var units: UnitCatalog
    public var indicators: IndicatorCatalog
    public var abbreviations: Abbreviations

    public init(areas: AreaCatalog, units: UnitCatalog, indicators: IndicatorCatalog, abbreviations: Abbreviations) {
        self.areas = areas; self.units = units; self.indicators = indicators; self.abbreviations = abbreviations
    }

    /// Loads `dir/catalog/*.ini` (dir is a rules folder such as `rules/`).
    public static func load(rulesDir dir: URL) throws -> Catalog {
        let catDir = dir.appendingPathComponent("catalog")
        var sections: [DataSection] = []
        for f in DataFile.files(under: catDir) { sections += try DataFile.load(f) }
        let abbr = try Abbreviations.from(sections.filter { $0.kind == "abbreviation" })
        return Catalog(areas: try AreaCatalog(sections.filter { $0.kind == "area" }, abbreviations: abbr),
                       units: try UnitCatalog(sections.filter { $0.kind == "unit" }, abbreviations: abbr),
                       indicators: try IndicatorCatalog(sections.filter { $0.kind == "indicator" }, abbreviations: abbr),
                       abbreviations: abbr)
    }
}
