/// A responsibility matrix laid the other way round: one row per unit, one column per reform area, the
/// columns numbered and named in a note under the table.
///
///     Đơn vị                    (1)   (2)   (3)  …
///     Văn phòng HĐND và UBND    ph    x     ph
///     Phòng Văn hóa - Xã hội    x     ph    ph
///     Ghi chú: x - đơn vị chủ trì; ph - đơn vị phối hợp. Cột (1) Công tác chỉ đạo, điều hành; (2) Cải cách thể chế; …
///
/// A column's area is its title's when it names one, else the note's for its number. A cell leads when it
/// says so (`CT`, `chủ trì`) or holds a code the note says means `chủ trì`.
enum UnitRowsMatrix {
    static func read(blocks: [Block], catalog: Catalog) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        for (i, b) in blocks.enumerated() where b.kind == .tableHeader || b.kind == .tableRow {
            let titles = b.cells.map(\.text)
            guard titles.count >= 4, let first = titles.first, first.utf8.count <= 24,
                  ["don vi", "co quan", "don vi, co quan"].contains(Folding.fold(first)),
                  titles.dropFirst().filter({ !$0.isEmpty }).allSatisfy({ $0.hasAtMostCharacters(60) }) else { continue }
            // The rows, then the note after them.
            var rows: [Block] = []
            var k = i + 1
            while k < blocks.count, blocks[k].kind == .tableRow { rows.append(blocks[k]); k += 1 }
            let note = k < blocks.count && blocks[k].kind == .paragraph ? blocks[k].text : ""
            let areas = titles.indices.map { c -> ReformArea? in
                guard c > 0 else { return nil }
                return Outline.area(ofHeadingText: titles[c], catalog: catalog, within: 60) ?? numberedArea(titles[c], in: note, catalog: catalog)
            }
            guard areas.compactMap({ $0 }).count >= 3 else { continue }
            let leadCodes = leadCodes(in: note)
            for row in rows {
                guard let name = row.cells.first?.text, let unit = catalog.units.resolve(name, line: row.firstLine, abbreviations: catalog.abbreviations),
                      unit.unitID != nil else { continue }
                for (c, cell) in row.cells.enumerated() where c < areas.count {
                    guard let area = areas[c], LeadMatrix.isLead(cell.text) || leadCodes.contains(Folding.fold(cell.text)),
                          !(out[area] ?? []).contains(where: { $0.unit == unit.unit }) else { continue }
                    out[area, default: []].append(UnitRef(unit: unit.unit, unitID: unit.unitID, text: unit.text, line: cell.line))
                }
            }
        }
        return out
    }

    /// The area a note gives a numbered column (`(2) Cải cách thể chế;`): the words after its number, to the
    /// next `;` or `(`.
    static func numberedArea(_ title: String, in note: String, catalog: Catalog) -> ReformArea? {
        let number = title.trimmedWhitespace
        guard number.hasPrefix("("), number.hasSuffix(")"), number.count <= 5, let r = note.range(of: number) else { return nil }
        let rest = note[r.upperBound...].prefix { $0 != ";" && $0 != "(" && $0 != "." }
        return Outline.area(ofHeadingText: String(rest).trimmedWhitespace, catalog: catalog, within: 80)
    }

    /// Folded codes a note says mean `chủ trì` (`x - đơn vị chủ trì`, `X: chủ trì`).
    static func leadCodes(in note: String) -> Set<String> {
        var out = Set<String>()
        for part in note.split(whereSeparator: { $0 == ";" || $0 == "." || $0 == "," }) {
            let pieces = part.split(whereSeparator: { $0 == "-" || $0 == ":" || $0 == "–" }).map { String($0).trimmedWhitespace }
            guard pieces.count >= 2 else { continue }
            var code = Folding.fold(pieces[pieces.count - 2])
            if code.hasPrefix("ghi chu ") { code.removeFirst(8) }
            let meaning = " " + Folding.fold(pieces[pieces.count - 1]) + " "
            if code.count <= 3, !code.isEmpty, meaning.contains(" chu tri "), !meaning.contains(" phoi hop ") { out.insert(code) }
        }
        return out
    }
}
