/// Reads appendix task tables: group rows (`I. Cải cách thể chế (05 nhiệm vụ)`) give the area; task rows
/// give sequence, content, lead, coordinators, deadline and product. Columns are found from the header
/// row (`TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian … | Sản phẩm`).
struct TaskTableExtractor {
    let catalog: Catalog
    /// Codes the plan defines for its units under a table (`Ghi chú: VP: Văn phòng HĐND và UBND xã; …`).
    var legend: UnitLegend = UnitLegend(codes: [:])
    /// The areas of the plan's numbered items, for a table of units that names the tasks each leads by number.
    var sections: SectionReferences?

    /// `area`: a `Lĩnh vực` column naming each row's reform area (on its first row only, when the export
    /// lost the merged cell).
    /// `unit` and `areasLed`: a table whose rows are units and list the areas each leads (`Đơn vị | Lĩnh vực
    /// chủ trì | Lĩnh vực phối hợp`).
    enum Column { case seq, area, content, lead, coordinators, deadline, product, unit, areasLed }

    static let defaultColumns: [Column] = [.seq, .content, .lead, .coordinators, .deadline, .product]

    enum Role { case leads, coordinates }

    /// The role a bracket closing an area's name in a unit's cell gives it: `(chủ trì)`, `(phối hợp)`; nil
    /// without one.
    static func roleMark(_ part: String) -> Role? {
        let t = part.trimmedWhitespace
        guard t.hasSuffix(")"), let open = t.lastIndex(of: "(") else { return nil }
        let f = Folding.fold(String(t[open...]))
        if f.contains("phoi hop") { return .coordinates }
        return f.contains("chu tri") ? .leads : nil
    }

    /// The tasks of the plan's task tables. (Group rows also give areas: `Outline` reads them.)
    func extract(blocks: [Block]) -> [PlanTask] { read(blocks: blocks).tasks }

    /// The tasks of the plan's task tables, and apart from them the rows of assignment tables that give an
    /// area its lead (`Cải cách thể chế | Văn phòng HĐND và UBND xã | …`, no number, no deadline or product:
    /// not tasks to be checked as such).
    func read(blocks: [Block]) -> (tasks: [PlanTask], assignments: [PlanTask]) {
        var tasks: [PlanTask] = []
        var assignments: [PlanTask] = []
        var columns: [Column]?  // column roles, or nil while inside a table that is not a task table
        var sawHeader = false  // a header without a lead column marks a table that is not a task table
        var group = ""
        var groupArea: ReformArea?
        var columnArea: ReformArea?  // the last area named in a `Lĩnh vực` column
        let ab = catalog.abbreviations
        // The table marks its leads in the cells (`VP (chủ trì), P.VHXH`): a cell without the mark names none.
        var marksLeads = false
        // A targets table with an area column and a lead column (`Lĩnh vực | Chỉ tiêu | Mức phấn đấu | Đơn vị chủ
        // trì`): its rows are no tasks, but each names its area's lead.
        var targetLeads: (area: Int, lead: Int)?
        var targetArea: ReformArea?
        for (bi, b) in blocks.enumerated() {
            if b.kind == .tableHeader {
                let folded = b.cells.map { Folding.fold($0.text) }
                columns = Self.columns(of: folded)
                targetLeads = columns == nil ? Self.targetTableLeads(folded) : nil
                targetArea = nil
                sawHeader = true
                columnArea = nil
                marksLeads = blocks[(bi + 1)...].prefix { $0.kind == .tableRow }.contains { b in Self.leadMarks.contains { b.text.contains($0) } }
                continue
            }
            // (Not a row's label wrapped onto a line of its own, `chính nhà nước`, between two rows.)
            if b.kind == .paragraph, !Self.isWrappedCell(b, between: bi > 0 ? blocks[bi - 1] : nil, bi + 1 < blocks.count ? blocks[bi + 1] : nil) {
                sawHeader = false; columns = nil
            }
            guard b.kind == .tableRow, let first = b.cells.first?.text else { continue }
            if let (a, l) = targetLeads {
                if a < b.cells.count, !b.cells[a].text.isEmpty { targetArea = Self.area(ofColumnCell: b.cells[a].text, catalog: catalog) }
                if let area = targetArea, l < b.cells.count,
                   let lead = catalog.units.resolve(legend.expand(b.cells[l].text), line: b.firstLine, abbreviations: ab) {
                    assignments.append(PlanTask(line: b.firstLine, area: area, group: group, sequence: "", text: b.cells[l].text,
                                                lead: lead, coordinators: [], deadline: "", product: ""))
                }
                continue
            }
            let rest = b.cells.dropFirst().map(\.text).filter { !$0.isEmpty }
            if let columns, let u = columns.firstIndex(of: .unit), let a = columns.firstIndex(of: .areasLed) {
                // A unit's row: it leads each area its `Lĩnh vực chủ trì` cell names.
                guard u < b.cells.count, a < b.cells.count,
                      let lead = catalog.units.resolve(legend.expand(b.cells[u].text), line: b.firstLine, abbreviations: ab) else { continue }
                // `1.1, 1.2, 4.1`: the numbers of the tasks the unit leads, each in its item's area.
                if let sections, case let items = b.cells[a].text.split(whereSeparator: { $0 == "," || $0 == ";" }).map({ $0.trimmedWhitespace }),
                   !items.isEmpty, items.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isNumber || $0 == "." } }) {
                    for item in items {
                        guard let area = sections.area(ofItem: Substring(item)) else { continue }
                        assignments.append(PlanTask(line: b.firstLine, area: area, group: group, sequence: item, text: item,
                                                    lead: lead, coordinators: [], deadline: "", product: ""))
                    }
                    continue
                }
                for part in b.cells[a].text.split(whereSeparator: { $0 == ";" }) {
                    // "Cải cách thể chế (phối hợp)": an area the unit only coordinates.
                    let marked = Self.roleMark(String(part))
                    if marked == .coordinates { continue }
                    let name = marked == nil ? String(part) : String(part[..<(part.lastIndex(of: "(") ?? part.endIndex)])
                    guard let area = Self.area(ofColumnCell: name.trimmedWhitespace, catalog: catalog) else { continue }
                    assignments.append(PlanTask(line: b.firstLine, area: area, group: group, sequence: "", text: String(part),
                                                lead: lead, coordinators: [], deadline: "", product: ""))
                }
                continue
            }
            if let (label, body) = Self.groupRow(b.cells.map(\.text), arabic: true) {
                let area = Outline.area(ofHeadingText: body, catalog: catalog)
                // An arabic-numbered row is a group only when it names an area; else it is a task.
                if area != nil || Self.isRoman(label) {
                    group = label
                    groupArea = area
                    continue
                }
            }
            // `CẢI CÁCH THỂ CHẾ` alone in its row, without a numeral (a row merged across the table): the group
            // of the rows below.
            if rest.isEmpty, columns != nil, first.first?.isNumber != true, let area = Self.area(ofColumnCell: first, catalog: catalog) {
                group = first
                groupArea = area
                continue
            }
            // Only tables with a lead column are task tables (a table of chỉ tiêu is not);
            // a table without header row is taken as one when it has the six usual columns. Under a header,
            // a row without number whose first cell is an area (`Cải cách thể chế | Văn phòng … | …`) is that
            // area's assignment.
            let rowArea = columns != nil && first.first?.isNumber != true
                ? Self.area(ofColumnCell: first, catalog: catalog) : nil
            guard first.first?.isNumber == true || rowArea != nil, !rest.isEmpty,
                  let columns = columns ?? (!sawHeader && b.cells.count >= 5 ? Self.defaultColumns : nil) else { continue }
            func cell(_ c: Column) -> String {
                guard let i = columns.firstIndex(of: c), i < b.cells.count else { return "" }
                return b.cells[i].text.trimmedWhitespace
            }
            let lead = markedLead(cell(.lead), line: b.firstLine)
                ?? (marksLeads ? nil : catalog.units.resolve(legend.expand(cell(.lead)), line: b.firstLine, abbreviations: ab))
            let coordinators = cell(.coordinators).split(separator: ";").compactMap {
                catalog.units.resolve(legend.expand(String($0)), line: b.firstLine, abbreviations: ab)
            }
            if columns.contains(.area) {
                let named = cell(.area)
                if !named.isEmpty { columnArea = Self.area(ofColumnCell: named, catalog: catalog) }
            }
            if let rowArea {
                // A wrapped area name ("chính quyền số | | công xã") names no lead: it goes on in the row above.
                if lead != nil { assignments.append(PlanTask(line: b.firstLine, area: rowArea, group: group, sequence: "", text: cell(.content),
                                                             lead: lead, coordinators: coordinators, deadline: "", product: "")) }
                continue
            }
            let seq = first.trimmedWhitespace.trimmingCharacters(in: .init(charactersIn: "."))
            tasks.append(PlanTask(line: b.firstLine, area: columnArea ?? groupArea, group: group, sequence: seq, text: cell(.content),
                                  lead: lead, coordinators: coordinators, deadline: cell(.deadline), product: cell(.product)))
        }
        return (tasks, assignments)
    }

    /// Whether a paragraph is the end of a row's cell wrapped onto a line of its own: short, lower case, a
    /// table row on either side.
    static func isWrappedCell(_ b: Block, between previous: Block?, _ next: Block?) -> Bool {
        guard previous?.kind == .tableRow, next?.kind == .tableRow, b.marker == nil, b.text.hasAtMostCharacters(40),
              let c = b.text.first else { return false }
        return c.isLowercase
    }

    /// How a units cell marks the one that leads (`VP (chủ trì), P.VHXH`).
    static let leadMarks = ["(chủ trì)", "(Chủ trì)"]

    /// The unit a cell of several marks as leading: `P.VHXH (chủ trì), VP`, `Phòng Kinh tế, Hạ tầng và Đô thị
    /// (chủ trì); Công an xã`. The name before the mark is read back to the comma or semicolon from which it
    /// resolves (a unit's name may hold a comma); nil when no part is so marked.
    func markedLead(_ cell: String, line: Int) -> UnitRef? {
        guard cell.contains("("), let mark = Self.leadMarks.lazy.compactMap({ cell.range(of: $0) }).first else { return nil }
        let parts = cell[..<mark.lowerBound].split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == ";" })
        // The shortest name the catalogue knows (a longer one may take in the unit before it); else the last part.
        var unlisted: UnitRef?
        for k in stride(from: parts.count - 1, through: max(0, parts.count - 3), by: -1) {
            let name = parts[k...].joined(separator: ",").trimmedWhitespace
            guard let ref = catalog.units.resolve(legend.expand(name), line: line, abbreviations: catalog.abbreviations) else { continue }
            if ref.unitID != nil { return ref }
            if unlisted == nil { unlisted = ref }
        }
        return unlisted
    }

    /// A group row of a task table: `I. Cải cách thể chế (05 nhiệm vụ)` in the first cell, or the numeral
    /// alone in the first cell (`I` or `I.`) and the title in the second, the other cells empty. Returns
    /// the numeral and the title.
    ///
    /// With `arabic`, also `1 | Cải cách thể chế` and `1. Cải cách thể chế` (the other cells empty): such a
    /// row is a task row unless its title names a reform area, which the caller checks.
    static func groupRow(_ cells: [String], arabic: Bool = false) -> (label: String, title: String)? {
        guard let first = cells.first else { return nil }
        let trimmed = first.trimmedWhitespace
        let numeral = trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
        let restEmpty = cells.dropFirst(2).allSatisfy { $0.trimmedWhitespace.isEmpty }
        if !numeral.isEmpty, Self.isRoman(numeral) || arabic && numeral.allSatisfy({ $0.isASCII && $0.isNumber }),
           cells.count > 1 {
            let second = cells[1].trimmedWhitespace
            guard !second.isEmpty, restEmpty else { return nil }
            return (numeral, second)
        }
        guard let m = OutlineMarker.parse(first) else { return nil }
        let alone = cells.dropFirst().allSatisfy { $0.trimmedWhitespace.isEmpty }
        // `A. CẢI CÁCH THỂ CHẾ` alone in its row: groups lettered with capitals.
        guard m.kind == .roman || arabic && (m.kind == .arabic || m.kind == .upperLetter) && alone else { return nil }
        return (String(m.text.dropLast()), String(first.dropFirst(m.length)))
    }

    /// The area a `Lĩnh vực` cell names, in full (`Cải cách thể chế`) or short (`Tổ chức bộ máy`, `Thể chế`).
    static func area(ofColumnCell text: String, catalog: Catalog) -> ReformArea? {
        Outline.area(ofHeadingText: text, catalog: catalog) ?? Outline.area(ofHeadingText: "Cải cách " + text, catalog: catalog)
    }

    /// Whether a group label is a Roman numeral (`I`, `IV`, `XII`).
    static func isRoman(_ label: String) -> Bool { label.allSatisfy { "IVX".contains($0) } }

    /// The area column and the lead column of a targets table that has both (`Lĩnh vực | Chỉ tiêu | Mức phấn
    /// đấu | Đơn vị chủ trì | Thời gian`), nil for other headers.
    static func targetTableLeads(_ folded: [String]) -> (area: Int, lead: Int)? {
        guard folded.contains(where: { $0.hasPrefix("chi tieu") }), let a = folded.firstIndex(where: { Cleanup.areaColumnTitles.contains($0) }),
              let l = folded.firstIndex(where: { $0.contains("chu tri") && !$0.contains("phoi hop") }) else { return nil }
        return (a, l)
    }

    static func columns(of folded: [String]) -> [Column]? {
        // A table of chỉ tiêu with a lead column (`STT | Chỉ tiêu | Kết quả phải đạt | Cơ quan chủ trì`)
        // is not a task table: its rows are targets, which have no deadline or product to check.
        if folded.contains(where: { $0.hasPrefix("chi tieu") }),
           !folded.contains(where: { $0.contains("nhiem vu") || $0.contains("noi dung") || $0.contains("cong viec") }) {
            return nil
        }
        // `Đơn vị | Lĩnh vực chủ trì | Lĩnh vực phối hợp`, `TT | Đơn vị | Nhiệm vụ chủ trì | Nhiệm vụ phối hợp`: rows of
        // units and the areas they lead.
        if let u = folded.prefix(2).firstIndex(where: { Cleanup.unitFirstTitles.contains($0) }), u == 0 || ["tt", "stt"].contains(folded[0]),
           let led = folded.firstIndex(where: { ($0.hasPrefix("linh vuc") || $0.hasPrefix("nhiem vu")) && $0.contains("chu tri")
                // `Chủ trì nhiệm vụ` over the numbers of the tasks each unit leads.
                || $0.hasPrefix("chu tri") && ($0.contains("nhiem vu") || $0.contains("linh vuc")) })
            // `Đơn vị | Nhiệm vụ được giao`, each area marked `(chủ trì)` or `(phối hợp)` in the cell.
            ?? folded.firstIndex(where: { Cleanup.assignedColumnTitles.contains($0) }) {
            return folded.indices.map { $0 == u ? .unit : $0 == led ? .areasLed : $0 < u ? .seq : .content }
        }
        var cols: [Column] = []
        for f in folded {
            if f == "tt" || f == "stt" { cols.append(.seq) }
            else if Cleanup.areaColumnTitles.contains(f), !cols.contains(.area) { cols.append(.area) }
            else if f.contains("chu tri") { cols.append(.lead) }
            else if f.contains("phoi hop") { cols.append(.coordinators) }
            else if f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do") { cols.append(.deadline) }
            else if f.contains("san pham") || f.contains("ket qua") { cols.append(.product) }
            else { cols.append(.content) }
        }
        // "Đơn vị thực hiện", "Cơ quan thực hiện", "Trách nhiệm thực hiện": the lead column of a table that
        // names no chủ trì (not "Nội dung thực hiện", which is the task).
        if !cols.contains(.lead), let i = folded.firstIndex(where: { f in
            ["don vi", "co quan", "trach nhiem", "phan cong"].contains { f.contains($0) } && !f.contains("phoi hop")
        }), cols[i] == .content {
            cols[i] = .lead
        }
        return cols.contains(.lead) ? cols : nil
    }
}

import Foundation
