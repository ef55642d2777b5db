/// A responsibility matrix: one column per unit, one row per reform area, the lead marked in its cell.
///
///     Lĩnh vực                     VP HĐND-UBND   Phòng VHXH    Phòng KT   TT PVHCC
///     2. Cải cách thể chế          X (chủ trì)    x             x
///     3. Cải cách thủ tục hành …   PH             PH                       CT
///
/// A column is a unit's when its title resolves to a catalogued unit, and a table is a matrix when three
/// of its titles do. A cell leads when it says so (`CT`, `X (chủ trì)`, `chủ trì`), or holds a code the
/// plan's legend says means it (`C` under `Ghi chú: C - chủ trì; P - phối hợp`); a bare `x` or `PH`
/// coordinates.
enum LeadMatrix {
    static func read(blocks: [Block], catalog: Catalog, legend: UnitLegend = UnitLegend(codes: [:])) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        let leadCodes = Set(legend.codes.filter { Folding.fold($0.value).hasPrefix("chu tri") }.keys.map { Folding.fold($0) })
        var columns: [Int: UnitRef]?  // the current matrix's unit columns
        for b in blocks {
            guard b.kind != .paragraph else { columns = nil; continue }
            let cells = b.cells.map(\.text)
            if let header = unitColumns(b, catalog: catalog) { columns = header; continue }
            guard let columns, let title = cells.first(where: { !$0.isEmpty && Int($0) == nil }),
                  let area = Outline.area(ofHeadingText: title, catalog: catalog, within: 30) else { continue }
            for (k, cell) in cells.enumerated() where isLead(cell) || (cell.utf8.count <= 4 && leadCodes.contains(Folding.fold(cell))) {
                if let unit = columns[k], !(out[area] ?? []).contains(where: { $0.unit == unit.unit }) {
                    out[area, default: []].append(UnitRef(unit: unit.unit, unitID: unit.unitID, text: unit.text, line: b.cells[k].line))
                }
            }
        }
        return out
    }

    /// The unit columns of a header row: three titles or more that are catalogued units.
    static func unitColumns(_ b: Block, catalog: Catalog) -> [Int: UnitRef]? {
        guard b.cells.count >= 4 else { return nil }
        var found: [Int: UnitRef] = [:]
        for (k, cell) in b.cells.enumerated() where k > 0 && !cell.text.isEmpty && cell.text.hasAtMostCharacters(40) {
            if let ref = catalog.units.resolve(cell.text, line: cell.line, abbreviations: catalog.abbreviations), ref.unitID != nil {
                found[k] = ref
            }
        }
        return found.count >= 3 ? found : nil
    }

    /// `CT`, `X (chủ trì)`, `Chủ trì`: the cell of the unit that leads.
    static func isLead(_ cell: String) -> Bool {
        guard !cell.isEmpty, cell.hasAtMostCharacters(20) else { return false }
        let f = Folding.fold(cell)
        return f == "ct" || f.contains("chu tri")
    }
}
