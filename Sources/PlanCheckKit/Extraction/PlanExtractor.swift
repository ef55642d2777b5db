import Foundation

/// Runs every extractor over one document and assembles the structured plan.
public enum PlanExtractor {
    public static func extract(_ doc: SourceDocument, catalog: Catalog) -> Plan {
        var plan = Plan(file: doc.path)
        plan.lines = doc.lines
        let blocks = Cleanup.blocks(doc)
        plan.paragraphs = blocks
        let outline = Outline(blocks: blocks, catalog: catalog)
        plan.headings = outline.headings

        let meta = MetadataExtractor.extract(blocks)
        plan.issuer = meta.issuer
        plan.level = meta.level
        plan.period = meta.period
        plan.number = meta.number
        plan.date = meta.date
        plan.draft = meta.draft
        plan.communeKind = CommuneKind.ofPlan(level: meta.level, blocks: blocks)
        plan.adoptsParentTargetsAt = AdoptedTargets.line(in: blocks)

        // Citations and targets, paragraph by paragraph and cell by cell.
        let targets = TargetExtractor(catalog: catalog, planPeriod: meta.period)
        var columnPeriods: [Period?] = []  // per column of the current table: the year its header names
        var headerCells: [String] = []  // the current table's header
        var otherColumns = Set<Int>()  // columns of the current table whose figures are not this plan's targets
        var parentColumn: Int?  // the current table's column of the parent's figures
        var communeColumn: Int?  // the current table's column naming a commune per row (`CommuneTable`)
        var villageColumn: Int?  // the current table's column naming a village per row (`VillageTable`)
        var columnLevels: [String?] = []  // per column: the level of government its title sets figures for
        var columnKinds: [String?] = []  // per column: the kind of commune (`Phường` / `Xã`) its title sets figures for
        var noteColumn: Int?  // the current table's `Ghi chú` column
        var scopeColumn: Int?  // the current table's `Phạm vi` column (`TP` / `TP, xã`)
        var communeTablePeriod: Period?  // the year of that table's figures
        // A table of years (`Năm | Chỉ tiêu`, one row per year) under a line naming its indicator: that line.
        var yearRowsTitle: String?
        // A transposed table of years (`Năm | Điểm chấm CCHC (1) | Chỉ số SIPAS (2) | …`): each column's subject.
        var yearColumns: [String]?
        // Columns of the current table whose title says the figures hold every year (`Năm 2026 (và hằng năm)`).
        var everyYearColumns = Set<Int>()
        // The current table gives rates as fractions (`Chỉ tiêu (tỷ lệ)` over years, cells `0,85`, `1`).
        var fractionTable = false
        // Paragraphs ending in a colon, while their items follow, outermost first (`(16) Về tỷ lệ hồ sơ trực
        // tuyến:` / `a2) Đến năm 2030:` / `- Không ít hơn 90% hồ sơ`).
        var leadIns: [(text: String, depth: Int)] = []
        var recordSubject: String?  // "- Nội dung chỉ tiêu: …" of a target written as labelled lines, while they go on
        var measureRow: String?  // the label of a table's group row that gives no figure, for its `- Cấp xã` sub-rows
        var rowAbove: [String] = []  // the cells of the table's last row, ditto marks resolved
        var rowGroup: Period?  // the year of the table's last group row (`B | Năm 2027`), for the rows under it
        // The fold of each paragraph and of each row's first cell, kept for the appendix references.
        var folds = [AlignedFold?](repeating: nil, count: blocks.count)
        let parentQuotes = Self.parentQuotes(blocks)
        for (i, b) in blocks.enumerated() {
            let firstOfBlock = plan.targets.count
            // Targets under a heading of targets for every year, in a plan of several years, are for each of them;
            // targets under a heading naming a level of government (`2.2. Đối với các sở, ban, ngành`) are for it.
            defer {
                if outline.inEveryYearSection[i], let pp = meta.period, !pp.isSingleYear {
                    for k in firstOfBlock..<plan.targets.count where plan.targets[k].period == pp { plan.targets[k].everyYear = true }
                }
                if let level = outline.levelOfBlock[i] {
                    for k in firstOfBlock..<plan.targets.count where plan.targets[k].forLevel == nil { plan.targets[k].forLevel = level }
                }
            }
            switch b.kind {
            case .paragraph:
                let t = AlignedFold(b.text)
                folds[i] = t
                plan.citations += CitationExtractor.extract(from: t, lineAt: b.line(atOffset:))
                // "- Tỷ lệ giải quyết hồ sơ đúng hạn, trước hạn:" + "+ Phấn đấu đạt trên 98%;": the items under
                // a lead-in ending in a colon are about what it names.
                let depth = b.marker.map(Self.itemDepth) ?? 0
                // "CT1." / "- Nội dung chỉ tiêu: Tỷ lệ …" / "- Mức phấn đấu: ≥ 95%": a target written as a
                // record of labelled lines takes its subject from the record's content line.
                let field = TargetRecords.field(b.text)
                if let field, TargetRecords.isSubjectLabel(field.label) { recordSubject = field.value }
                else if field == nil { recordSubject = nil }
                while let top = leadIns.last, top.depth >= depth { leadIns.removeLast() }
                // A part or a numbered heading ends a lead-in without a marker (`… ban hành Kế hoạch … như sau:`),
                // which leads only the items right under it.
                if let m = b.marker, [.roman, .upperLetter, .arabic, .decimal].contains(m.kind) { leadIns.removeAll { $0.depth == 0 } }
                var context = leadIns.isEmpty ? (field != nil ? recordSubject : nil) : leadIns.map(\.text).joined(separator: " ")
                // "✅ Hồ sơ … được giải quyết đúng hạn." / "👉 Phấn đấu đạt 99 %.": a figure on a line of its own
                // under another kind of bullet answers the item above it.
                if context == nil, i > 0, let m = b.marker, m.kind == .bullet, blocks[i - 1].kind == .paragraph,
                   let above = blocks[i - 1].marker, above.kind == .bullet, above.text != m.text, !blocks[i - 1].text.contains("%") {
                    context = blocks[i - 1].body
                }
                // "2.3. Tỷ lệ hồ sơ … đúng hạn" / "Kết quả năm 2025: 96,9%" / "Đăng ký đạt: 98%": a value line answers
                // the item named above it, past any line of results.
                if context == nil, let field, TargetRecords.isValueLabel(field.label) {
                    var k = i - 1
                    while k >= 0, k >= i - 3, blocks[k].kind == .paragraph,
                          TargetRecords.field(blocks[k].text).map({ TargetRecords.isResultField($0.label) }) == true { k -= 1 }
                    if k >= 0, blocks[k].kind == .paragraph, blocks[k].marker != nil, TargetRecords.field(blocks[k].text) == nil,
                       !blocks[k].text.contains("%") { context = blocks[k].body }
                }
                if b.text.utf8.last == 0x3A, b.text.hasAtMostCharacters(200) { leadIns.append((b.text, depth)) }
                // "☐ 6.1. Tỷ lệ giải ngân … (mức tỉnh giao: ≥ 95%)": a line of a form left unticked commits to nothing.
                if Self.isUntickedBox(b.text) { break }
                // `Chỉ tiêu tỉnh giao: "…". Phường đăng ký: 97%.`: the registration's figures, about the quotation
                // (which the parent's-field test below would set aside whole).
                if !outline.inResultsSection[i], let reply = RegistrationReply.parts(b.text) {
                    let offset = b.text.unicodeScalars.distance(from: b.text.unicodeScalars.startIndex, to: reply.registration.lowerBound)
                    plan.targets += targets.extract(AlignedFold(String(b.text[reply.registration])), lineAt: { b.line(atOffset: offset + $0) },
                                                    sectionArea: outline.areaOfBlock[i], subPeriod: outline.periodOfBlock[i],
                                                    rowContext: String(b.text[reply.quote]))
                    break
                }
                // The figures of a review of past results are achievements, not targets; nor is the parent's
                // figure a record repeats beside the plan's own.
                guard !outline.inResultsSection[i], !(field.map { TargetRecords.isParentField($0.label) || TargetRecords.isResultField($0.label) } ?? false),
                      !parentQuotes.contains(i) else { break }
                if let field, field.label != "noi dung chi tieu", let subject = recordSubject,
                   let pairs = TargetRecords.pairedParts(subject: subject, values: b.text) {
                    // "- Nội dung chỉ tiêu: A; B" / "- Mức phấn đấu: 100%; ≥ 80%": the figures in the subjects' order.
                    for (part, range) in pairs {
                        let offset = b.text.unicodeScalars.distance(from: b.text.unicodeScalars.startIndex, to: range.lowerBound)
                        plan.targets += targets.extract(AlignedFold(String(b.text[range])), lineAt: { b.line(atOffset: offset + $0) },
                                                        sectionArea: outline.areaOfBlock[i], subPeriod: outline.periodOfBlock[i],
                                                        rowContext: part)
                    }
                    break
                }
                plan.targets += targets.extract(t, lineAt: b.line(atOffset:), sectionArea: outline.areaOfBlock[i],
                                                subPeriod: outline.periodOfBlock[i], rowContext: context)
                plan.relativeTargets += RelativeTargets.extract(t, lineAt: b.line(atOffset:), extractor: targets,
                                                                sectionArea: outline.areaOfBlock[i], subPeriod: outline.periodOfBlock[i])
            case .tableRow:
                // "-nt-", "Như trên": the cell above, as resolved (a chain of them goes back to a figure).
                var b = b
                for k in b.cells.indices where k < rowAbove.count && Self.isDitto(b.cells[k].text) { b.cells[k].text = rowAbove[k] }
                // (The row's cell texts, ditto marks resolved, made once for the tests below.)
                let texts = b.cells.map(\.text)
                rowAbove = texts
                // A row of a table of communes: its figures bind the commune it names.
                if let nc = communeColumn {
                    plan.targets += communeRowTargets(b, nameColumn: nc, header: headerCells, period: communeTablePeriod ?? outline.periodOfBlock[i],
                                                      area: outline.areaOfBlock[i], extractor: targets)
                    continue
                }
                // A row of a table of villages: only the whole commune's figures are the plan's.
                if let vc = villageColumn {
                    if vc < texts.count, VillageTable.isWholeCommune(texts[vc]) {
                        plan.targets += measureRowTargets(b, nameColumn: vc, header: headerCells, period: outline.periodOfBlock[i],
                                                          area: outline.areaOfBlock[i], extractor: targets)
                    }
                    continue
                }
                // (A `(%)` over a column of other figures, `So sánh KH 2026/TH 2025 (%)`, says nothing of the plan's.)
                let percentColumn = TableUnits.percentColumn(texts, header: otherColumns.isEmpty ? headerCells
                    : headerCells.enumerated().map { otherColumns.contains($0.offset) ? "" : $0.element })
                let daysColumn = TableUnits.daysColumn(texts)
                let countColumn = percentColumn == nil && daysColumn == nil ? TableUnits.countColumn(texts) : nil
                // "A | Năm 2026 (ước thực hiện)", "B | Năm 2027", "C | Định hướng đến năm 2030": group rows by year;
                // the rows under a year before the plan's are results.
                if let g = Self.rowGroupPeriod(texts) { rowGroup = g; continue }
                if let g = rowGroup, let pp = meta.period, g.to < pp.from { continue }
                // "6⇥Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn⇥⇥" over "⇥- Cấp xã⇥≥ 98%": the group row names the
                // measure its sub-rows give the figures of.
                let subRow = Cleanup.isSubItemRow(texts)
                if !subRow { measureRow = Self.namesMeasureOnly(texts) ? b.cells[1].text : nil }
                // "⇥2026: 3%⇥2027: 2,5%⇥…" on the line under the indicator's name: each cell is its year's figure.
                let cellYears = i > 0 && blocks[i - 1].kind == .paragraph ? Self.yearLabelledCells(b) : nil
                for (ci, cell) in b.cells.enumerated() where !cell.text.isEmpty && !otherColumns.contains(ci) {
                    // "Như tỉnh giao": the commune's target is the parent's figure of the row, on the row's line.
                    var cell = cell
                    if let pc = parentColumn, pc < b.cells.count, Self.takesParentFigure(cell.text) { cell.text = b.cells[pc].text }
                    // "… | 50% | Tỉnh giao 30%": a note quoting the parent's figure.
                    if ci > 1, Self.quotesParentFigure(cell.text) { continue }
                    // "… | > 95% | 6 tháng: ≥ 50%": a step within the year noted beside the year's figure.
                    if ci == noteColumn, Self.notesInterimStep(cell.text) { continue }
                    if let years = cellYears, let (_, figure) = years[ci] { cell.text = figure }
                    if let year = Self.fullYearPart(cell.text) { cell.text = year }
                    // "0,85" under a year of `Chỉ tiêu (tỷ lệ)`: Excel's rate, 85%.
                    if fractionTable, columnPeriods.indices.contains(ci), columnPeriods[ci] != nil, let rate = TableUnits.fractionAsPercent(cell.text) {
                        cell.text = rate
                    }
                    // "… | Tối thiểu | 95%": the comparator in the column before the value's.
                    if ci > 0, TableUnits.isComparatorCell(b.cells[ci - 1].text) { cell.text = b.cells[ci - 1].text + " " + cell.text }
                    let t = AlignedFold(cell.text)
                    // A bare number after the unit column is a percentage ("% | 98").
                    let valueText = percentColumn.flatMap { ci > $0 ? TableUnits.asPercent(cell.text) : nil }
                        ?? daysColumn.flatMap { ci > $0 ? TableUnits.asDays(cell.text) : nil }
                        ?? countColumn.flatMap { ci > $0.index ? TableUnits.asCountTarget(cell.text, noun: $0.noun) : nil }
                    if ci == 0 { folds[i] = t }
                    // Header cells are not part of a row's context; a figure under a year column
                    // ("Năm 2026", "2028-2030") is a target for that year.
                    let others = b.cells.enumerated().filter { $0.offset != ci && !otherColumns.contains($0.offset)
                        && !(columnPeriods.indices.contains($0.offset) && columnPeriods[$0.offset] != nil) }
                        .map(\.element.text).joined(separator: "; ")
                    var columnPeriod = (columnPeriods.indices.contains(ci) ? columnPeriods[ci] : nil) ?? rowGroup
                    var context = subRow ? measureRow.map { $0 + "; " + others } ?? others : others
                    var yearCell: String?
                    if let years = cellYears, let (year, _) = years[ci] {
                        columnPeriod = Period(year: year)
                        context = blocks[i - 1].body
                    } else if let title = yearRowsTitle, ci > 0, let year = Self.rowYear(b.cells[0].text) {
                        // "2028 | Tối thiểu 80%" under "3.1. Tỷ lệ thanh toán trực tuyến …": that year's figure.
                        columnPeriod = Period(year: year)
                        context = title
                    } else if let columns = yearColumns, ci > 0, ci < columns.count, let year = Self.rowYear(b.cells[0].text) {
                        // "2027 | ≥ 85 | > 88 | …" under a header of indicators: that year's figure of the column's.
                        columnPeriod = Period(year: year)
                        context = columns[ci]
                        if valueText == nil, YearRowsTable.isPercent(context) { yearCell = TableUnits.asPercent(cell.text) }
                    }
                    // "100% (hằng năm)", "≥ 98%/năm", also under `Đến năm 2027` with the row's later year cells left
                    // empty (a cell merged over them): the figure holds every year of the plan, not by that year.
                    var cellEveryYear = false
                    if yearRowsTitle == nil, yearColumns == nil, let pp = meta.period, !pp.isSingleYear,
                       cell.text.utf8.count <= 48, Self.saysEveryYear(cell.text)
                        || noteColumn.map({ Self.notedEveryYear(b, column: ci, note: $0, periods: columnPeriods) }) == true {
                        columnPeriod = nil
                        cellEveryYear = true
                    }
                    plan.citations += CitationExtractor.extract(from: t, lineAt: { _ in cell.line })
                    guard !outline.inResultsSection[i] else { continue }
                    var cellTargets = targets.extract((valueText ?? yearCell).map(AlignedFold.init) ?? t, lineAt: { _ in cell.line },
                                                      sectionArea: outline.areaOfBlock[i],
                                                      subPeriod: columnPeriod ?? outline.periodOfBlock[i], rowContext: context)
                    if columnPeriod == nil, outline.periodOfBlock[i] == nil, let pp = meta.period, !pp.isSingleYear {
                        Self.applyLabelDeadlines(others, to: &cellTargets, planPeriod: pp)
                        if everyYearColumns.contains(ci) {
                            for k in cellTargets.indices where cellTargets[k].period == pp { cellTargets[k].everyYear = true }
                        }
                    }
                    if cellEveryYear, let pp = meta.period {
                        for k in cellTargets.indices { cellTargets[k].period = pp; cellTargets[k].everyYear = true }
                    }
                    // "Chỉ tiêu cấp Thành phố | Chỉ tiêu giao cấp xã": each column's figures for its level.
                    if columnLevels.indices.contains(ci), let level = columnLevels[ci] {
                        for k in cellTargets.indices where cellTargets[k].forLevel == nil { cellTargets[k].forLevel = level }
                    }
                    // "STT | Chỉ tiêu | Phường | Xã": each column's figures for wards or for communes.
                    if columnKinds.indices.contains(ci), let kind = columnKinds[ci] {
                        for k in cellTargets.indices where cellTargets[k].forKind == nil { cellTargets[k].forKind = kind }
                    }
                    // "… | ≥ 30% | TP" under `Phạm vi`: a figure for the city's (province's) own agencies only.
                    if let sc = scopeColumn, sc < b.cells.count, Self.scopeIsParentOnly(b.cells[sc].text) {
                        for k in cellTargets.indices where cellTargets[k].forLevel == nil { cellTargets[k].forLevel = "tinh" }
                    }
                    // "⇥- Cấp xã⇥≥ 98%" under its measure: the sub-row's figure for that level.
                    if subRow, ci > 1, let level = Self.columnLevel(b.cells[1].text) {
                        for k in cellTargets.indices where cellTargets[k].forLevel == nil { cellTargets[k].forLevel = level }
                    }
                    plan.targets += cellTargets
                }
            case .tableHeader:
                let yearRows = Cleanup.isYearRowsHeader(b.cells.map(\.text))
                let transposed = yearRows && YearRowsTable.isTransposed(b.cells.map(\.text))
                yearRowsTitle = yearRows && !transposed && i > 0 && blocks[i - 1].kind == .paragraph ? blocks[i - 1].body : nil
                yearColumns = nil
                if transposed {
                    let legend = YearRowsTable.legend(blocks, after: i)
                    yearColumns = b.cells.map { YearRowsTable.subject($0.text, legend: legend) }
                }
                columnPeriods = b.cells.map { Self.columnPeriod($0.text) }
                headerCells = b.cells.map(\.text)
                // (A header over two lines may keep only the years of the title spanning them: read the source.)
                columnLevels = headerCells.map(Self.columnLevel)
                columnKinds = headerCells.map(Self.columnKind)
                // (A header repeated after a page break keeps the year group the rows are under.)
                rowAbove = []
                measureRow = nil
                fractionTable = TableUnits.titlesFractions(b.lineRange.compactMap { doc.lines.indices.contains($0 - 1) ? doc.lines[$0 - 1] : nil })
                communeColumn = CommuneTable.nameColumn(headerCells)
                villageColumn = communeColumn == nil ? VillageTable.nameColumn(headerCells) : nil
                noteColumn = headerCells.firstIndex { $0.utf8.count <= 12 && Folding.fold($0) == "ghi chu" }
                scopeColumn = headerCells.firstIndex(where: Self.isScopeTitle)
                // "Chỉ tiêu năm 2026" over the table: the year of its figures.
                communeTablePeriod = communeColumn != nil && i > 0 && blocks[i - 1].kind == .paragraph
                    ? Self.columnPeriod(Self.lastLine(of: blocks[i - 1])) : nil
                everyYearColumns = Set(b.cells.indices.filter { k in
                    b.cells[k].text.utf8.count <= 60 && TargetExtractor.saysEveryYear(Folding.fold(b.cells[k].text), from: nil)
                })
                // (`Quý IV` beside a `Cả năm 2027` column is a step too.)
                let fullYearColumn = b.cells.contains { $0.text.utf8.count <= 40 && (" " + Folding.fold($0.text) + " ").contains(" ca nam ") }
                otherColumns = Set(b.cells.indices.filter {
                    Self.isOtherFigureColumn(b.cells[$0].text) || Self.isInterimColumn(b.cells[$0].text, besideFullYear: fullYearColumn)
                })
                parentColumn = b.cells.indices.first { Self.isParentColumn(b.cells[$0].text) }
                // An annual plan's table with a column for its year (`Kế hoạch giai đoạn | Năm 2028`): the other
                // period columns hold the stage's or other years' figures, not this plan's targets.
                if let year = meta.period, year.isSingleYear, columnPeriods.contains(year) {
                    for (k, p) in columnPeriods.enumerated() where p.map({ $0 != year }) ?? Cleanup.isStageTitle(b.cells[k].text) {
                        otherColumns.insert(k)
                    }
                }
            }
            if b.kind == .paragraph { columnPeriods = []; headerCells = []; otherColumns = []; parentColumn = nil; communeColumn = nil; villageColumn = nil; noteColumn = nil; scopeColumn = nil; rowAbove = []; columnKinds = []; rowGroup = nil; yearRowsTitle = nil; yearColumns = nil; everyYearColumns = [] }
        }
        // A figure due within the year is the year's own when the plan sets no other for its measure.
        for step in targets.dueSteps.targets {
            guard let id = step.indicator, !plan.targets.contains(where: { $0.indicator == id }) else { continue }
            plan.targets.insert(step, at: plan.targets.firstIndex { $0.line > step.line } ?? plan.targets.endIndex)
        }
        // A note that each milestone binds every year of its stage (`StageNote`).
        StageNote.apply(StageNote.stages(in: blocks), to: &plan.targets)
        // `chỉ tiêu CT15 và CT20 chỉ áp dụng đối với cấp tỉnh`: those codes' figures are the province's own.
        TargetCodes.markProvinceOnly(blocks, targets: &plan.targets)
        // `Cấp tỉnh / Cấp xã` over `…: 100% / 95%`: the province's figure, then the communes'.
        SlashLevels.apply(doc.lines, to: &plan.targets)
        // A ranking that does not say among whom is the plan's own place (a province's among provinces); so is
        // the figure of an indicator of the plan's own body (`scope = own`: the province's PAR Index score).
        if let level = plan.level, level != .national, case let own = level.figureLevel {
            for i in plan.targets.indices where plan.targets[i].forLevel == nil {
                if plan.targets[i].unit == "rank" || plan.targets[i].indicator.flatMap({ catalog.indicators.indicator($0) })?.ownScope == true {
                    // (`Điểm đánh giá kết quả CCHC của UBND cấp xã: … đạt tối thiểu 80 điểm`: the communes' score; so is
                    // a later stage of it on the same line, `…; giai đoạn 2028 - 2030 đạt tối thiểu 82 điểm/năm`.)
                    let t = plan.targets[i]
                    let stageOfCommunes = i > 0 && plan.targets[i - 1].forLevel == "xa" && plan.targets[i - 1].indicator == t.indicator
                        && plan.targets[i - 1].line == t.line
                    plan.targets[i].forLevel = level != .xa && level != .phuong && (Self.namesCommuneLevel(t.text) || stageOfCommunes) ? "xa" : own
                }
            }
        }
        // The plan's own number (in "Kèm theo Quyết định số …") is not a citation of another document.
        if let own = plan.number, !own.hasPrefix("/") {
            let ownKey = Folding.fold(own, keepPunctuation: true)
            let snapshot = plan
            plan.citations.removeAll { Folding.fold($0.number, keepPunctuation: true) == ownKey && isSelfReference($0, snapshot) }
        }
        plan.parentCited = parent(among: plan.citations, blocks: blocks, abbreviations: catalog.abbreviations)

        let legend = UnitLegend.read(blocks, catalog: catalog)
        var taskTables = TaskTableExtractor(catalog: catalog, legend: legend)
        // (A units table that names the tasks each leads by number needs the items' areas: made only then.)
        if blocks.contains(where: { $0.kind == .tableHeader && $0.cells.contains { Folding.fold($0.text).hasPrefix("chu tri nhiem vu") } }) {
            taskTables.sections = SectionReferences(blocks: blocks, outline: outline)
        }
        let (tasks, assignments) = taskTables.read(blocks: blocks)
        plan.tasks = tasks
        // A task table inside an area's section (one small table per area, no group rows) is that area's.
        var sectionTasks: [PlanTask] = []
        var rowOfLine: [Int: Int]?  // first line of each table row → its block, made when first needed
        for k in plan.tasks.indices where plan.tasks[k].area == nil {
            if rowOfLine == nil {
                rowOfLine = Dictionary(blocks.indices.filter { blocks[$0].kind == .tableRow }.map { (blocks[$0].lineRange.lowerBound, $0) },
                                       uniquingKeysWith: { a, _ in a })
            }
            guard let bi = rowOfLine?[plan.tasks[k].line], let area = outline.areaOfBlock[bi] else { continue }
            plan.tasks[k].area = area
            sectionTasks.append(plan.tasks[k])
        }
        plan.appendixRefs = AppendixExtractor.extract(blocks: blocks, folds: folds)

        var leads = LeadExtractor(catalog: catalog, legend: legend).extract(blocks: blocks, outline: outline)
        // A responsibility table whose rows are the areas themselves ("Cải cách thể chế | Văn phòng HĐND
        // và UBND | …") assigns area leads, for areas the text gives none.
        for t in plan.tasks where t.text.hasAtMostCharacters(80) {
            guard let lead = t.lead, lead.unitID != nil,
                  let area = Outline.area(ofHeadingText: t.text, catalog: catalog, within: 12), leads[area] == nil else { continue }
            leads[area] = [lead]
        }
        // The same, in a table without numbers whose header names the lead column (`Lĩnh vực | Cơ quan chủ trì`).
        for t in assignments {
            guard let lead = t.lead, let area = t.area, leads[area] == nil else { continue }
            leads[area] = [lead]
        }
        // A responsibility matrix (a column per unit, a row per area, `CT` / `X (chủ trì)` in the lead's cell).
        for (area, refs) in LeadMatrix.read(blocks: blocks, catalog: catalog, legend: legend) where leads[area] == nil { leads[area] = refs }
        for (area, refs) in UnitRowsMatrix.read(blocks: blocks, catalog: catalog) where leads[area] == nil { leads[area] = refs }
        // Areas the text gives no lead are led through the task table: by the unit that leads most of the
        // area's tasks (the first task's on a tie). A plan that assigns responsibilities only there has its
        // leads from it; an area without a lead in the text or the table stays without one.
        for (area, refs) in Self.taskLeads(plan.tasks) where leads[area] == nil { leads[area] = refs }
        // Tables of the areas' own sections lead the areas the text gives no lead.
        for (area, refs) in Self.taskLeads(sectionTasks) where leads[area] == nil { leads[area] = refs }
        // An area planned in another's section shares its lead.
        for s in outline.sharedSections where leads[s.area] == nil { leads[s.area] = leads[s.with] }
        plan.areas = areas(outline: outline, leads: leads, plan: plan)
        return plan
    }

    /// Depth of an item marker for lead-ins: bullets `+` and `*` sit under `-` and `•`.
    static func itemDepth(_ m: OutlineMarker) -> Int {
        m.kind == .bullet && (m.text == "+" || m.text == "*") ? m.depth + 1 : m.depth
    }

    /// For each area, the catalogued unit that leads the most of its appendix tasks; on a tie, the one that
    /// leads the first of them (a table that shares an area's tasks out assigns no second area lead).
    static func taskLeads(_ tasks: [PlanTask]) -> [ReformArea: [UnitRef]] {
        var counts: [ReformArea: [String: (count: Int, ref: UnitRef)]] = [:]
        for t in tasks {
            guard let area = t.area, let lead = t.lead, let id = lead.unitID else { continue }
            let seen = counts[area]?[id]
            counts[area, default: [:]][id] = ((seen?.count ?? 0) + 1, seen?.ref ?? lead)
        }
        return counts.mapValues { units in
            let top = units.values.map(\.count).max() ?? 0
            return Array(units.values.filter { $0.count == top }.map(\.ref).sorted { $0.line < $1.line }.prefix(1))
        }
    }

    /// A row label's deadlines (`Tỷ lệ … (đến năm 2027)`; `… - Đến năm 2027 - Đến năm 2030` over a cell
    /// `Tối thiểu 60 / Tối thiểu 80`) set the periods of the row's figures that took the plan's: one
    /// deadline for all of them, or one each in order.
    static func applyLabelDeadlines(_ label: String, to found: inout [Target], planPeriod: Period) {
        guard !found.isEmpty, label.contains("năm") || label.contains("NĂM") else { return }
        let f = Folding.fold(label)
        let years = (DateParsing.years(after: "den nam ", in: f) + DateParsing.years(after: "den het nam ", in: f))
            .filter { planPeriod.from <= $0 && $0 <= planPeriod.to }
        guard !years.isEmpty, years.count == 1 || years.count == found.count else { return }
        for k in found.indices where found[k].period == planPeriod && found[k].everyYear != true {
            found[k].period = Period(year: years.count == 1 ? years[0] : years[k])
        }
    }

    /// The blocks that quote the parent's targets, which a plan may set out before its own: `Chỉ tiêu tỉnh
    /// giao (trích Kế hoạch số 58/KH-UBND):` then `“- Tỷ lệ … 99%.` … `… tối thiểu 95%.”`. The lead-in ends in
    /// a colon and names the parent's figures or an extract (`trích`); the quotation opens on the next block
    /// and runs to the block that closes it (at most 40).
    static func parentQuotes(_ blocks: [Block]) -> Set<Int> {
        var out = Set<Int>()
        var i = 0
        while i + 1 < blocks.count {
            let b = blocks[i]
            // (The colon read as a byte: `String.hasSuffix` walks Characters, and this runs for every block.)
            guard b.kind == .paragraph, b.text.utf8.last == 0x3A, b.text.utf8.count <= 200,
                  let open = blocks[i + 1].text.unicodeScalars.first, open == "“" || open == "\"" || open == "«" else { i += 1; continue }
            let f = Folding.fold(b.text)
            guard (" " + f + " ").contains(" trich ") || TargetRecords.isParentField(f) else { i += 1; continue }
            var k = i + 1
            while k < blocks.count, k - i <= 40 {
                out.insert(k)
                // The block that closes the quotation (a closing mark past the opening one).
                let rest = blocks[k].text.unicodeScalars.dropFirst(k == i + 1 ? 1 : 0)
                if rest.contains("”") || rest.contains("»") || rest.contains("\"") { break }
                k += 1
            }
            i = k + 1
        }
        return out
    }

    /// A row of cells each labelled with its year (`2026: 3%`, `Năm 2027: 2,5%`), empty cells aside: the
    /// year and the figure of each cell; nil when any other cell has text or fewer than two are labelled.
    static func yearLabelledCells(_ b: Block) -> [(year: Int, figure: String)?]? {
        var out: [(year: Int, figure: String)?] = []
        for cell in b.cells {
            let text = cell.text.trimmedWhitespace
            guard !text.isEmpty else { out.append(nil); continue }
            guard let colon = text.firstIndex(of: ":"), text[..<colon].utf8.count <= 10 else { return nil }
            let head = text[..<colon].split(separator: " ")
            guard let last = head.last, head.count <= 2, let year = rowYear(String(last)),
                  head.count == 1 || Folding.fold(String(head[0])) == "nam" else { return nil }
            out.append((year, String(text[text.index(after: colon)...]).trimmedWhitespace))
        }
        return out.compactMap { $0 }.count >= 2 ? out : nil
    }

    /// The year a row of a table of years starts with (`2028`), else nil.
    static func rowYear(_ cell: String) -> Int? {
        let t = cell.trimmedWhitespace
        guard t.utf8.count == 4, let y = Int(t), (2000...2100).contains(y) else { return nil }
        return y
    }

    /// Whether a target table's column holds figures that are not the plan's own targets: the parent's
    /// (`Chỉ tiêu tỉnh giao`, `Thành phố giao`) or past results (`Kết quả năm 2025`, `Ước thực hiện 2025`),
    /// next to the column the plan commits to (`Chỉ tiêu xã phấn đấu`, `Kế hoạch năm 2026`).
    static func isOtherFigureColumn(_ header: String) -> Bool {
        let f = " " + Folding.fold(header) + " "
        guard f.count <= 80, !f.contains(" phan dau "), !f.contains(" ke hoach ") else { return false }
        // A header opening with them (`Thực hiện 2025`, `Kết quả 2025`, `Ước đạt`), or naming a past result.
        // (`Kết quả phải đạt`, `Kết quả cần đạt` are the plan's own.)
        // `So sánh KH 2026/TH 2025 (%)` compares two columns: a ratio, no target.
        // `KQ 2026 (ước)`, `TH 2025`: the same, abbreviated; `ĐK 2027/KQ 2026 (%)`: a ratio of two columns.
        if f.hasPrefix(" kq ") || f.hasPrefix(" th 20") || header.contains("/") && header.contains("(%)") { return true }
        let pastOpening = [" thuc hien ", " uoc ", " da dat ", " ket qua 20", " so sanh "]
        let past = [" uoc thuc hien ", " ket qua thuc hien ", " ket qua dat duoc ", " ket qua nam "]
        // `Công thức tính`: `(Số hồ sơ đúng hạn / Tổng số hồ sơ) x 100%` defines the measure; its 100% is no target.
        return isParentColumn(header) || pastOpening.contains { f.hasPrefix($0) } || past.contains { f.contains($0) }
            || f.hasPrefix(" cong thuc ")
    }

    /// The text of a paragraph's last source line (a title line the clean-up joined to the one above it).
    static func lastLine(of b: Block) -> String {
        guard let offset = b.spans.last?.offset else { return b.text }
        return String(String.UnicodeScalarView(b.text.unicodeScalars.dropFirst(offset))).trimmedWhitespace
    }

    /// The targets of a row of a table of communes (`CommuneTable`): each figure under a measure's column,
    /// about that measure, for the commune the row names.
    static func communeRowTargets(_ b: Block, nameColumn: Int, header: [String], period: Period?, area: ReformArea?,
                                  extractor: TargetExtractor) -> [Target] {
        guard nameColumn < b.cells.count, let key = CommuneTable.rowKey(b.cells[nameColumn].text) else { return [] }
        var out = measureRowTargets(b, nameColumn: nameColumn, header: header, period: period, area: area, extractor: extractor)
        for k in out.indices { out[k].forCommune = key }
        return out
    }

    /// The targets of a row of a table with one column per measure: each figure under a measure's column,
    /// about that measure.
    static func measureRowTargets(_ b: Block, nameColumn: Int, header: [String], period: Period?, area: ReformArea?,
                                  extractor: TargetExtractor) -> [Target] {
        var out: [Target] = []
        for (ci, cell) in b.cells.enumerated() where ci != nameColumn && ci < header.count && !cell.text.isEmpty
            && CommuneTable.isMeasureTitle(header[ci]) {
            let value = header[ci].contains("%") ? TableUnits.asPercent(cell.text) : nil
            out += extractor.extract(AlignedFold(value ?? cell.text), lineAt: { _ in cell.line }, sectionArea: area,
                                     subPeriod: period, rowContext: header[ci])
        }
        return out
    }

    /// Whether a row's note column says its figure holds every year (`Ghi chú: Hằng năm`) and the figure in
    /// `column` is its only one under the year columns (a cell merged over them).
    static func notedEveryYear(_ b: Block, column: Int, note: Int, periods: [Period?]) -> Bool {
        guard periods.indices.contains(column), periods[column] != nil, note < b.cells.count, !b.cells[note].text.isEmpty,
              TargetExtractor.saysEveryYear(Folding.fold(b.cells[note].text), from: nil) else { return false }
        return periods.indices.allSatisfy { k in k == column || periods[k] == nil || k >= b.cells.count || b.cells[k].text.isEmpty }
    }

    /// Whether a line opens on an empty check box (`☐`, `□`, `[ ]`): a registration form's item not chosen.
    static func isUntickedBox(_ text: String) -> Bool {
        // (Read on the first bytes: every paragraph passes here. `☐` is E2 98 90, `□` E2 96 A1.)
        text.withBytes { b in
            var i = 0
            while i < b.count, b[i] == 0x20 { i += 1 }
            guard i + 2 < b.count else { return false }
            if b[i] == 0xE2 { return b[i + 1] == 0x98 && b[i + 2] == 0x90 || b[i + 1] == 0x96 && b[i + 2] == 0xA1 }
            guard b[i] == 0x5B else { return false }  // [
            var k = i + 1
            while k < b.count, k <= i + 3, b[k] == 0x20 { k += 1 }
            return k > i + 1 && k < b.count && b[k] == 0x5D  // ]
        }
    }

    /// A ditto mark in a table cell: `-nt-`, `nt`, `Như trên` (as above).
    static func isDitto(_ cell: String) -> Bool {
        guard cell.utf8.count <= 14 else { return false }
        let f = Folding.fold(cell)
        return f == "nt" || f == "nhu tren"
    }

    /// Whether a column title says whom a row binds: `Phạm vi`, `Phạm vi áp dụng`, `Đối tượng áp dụng`.
    static func isScopeTitle(_ title: String) -> Bool {
        guard title.utf8.count <= 40 else { return false }
        let f = Folding.fold(title)
        return f == "pham vi" || f.hasPrefix("pham vi ap dung") || f.hasPrefix("doi tuong ap dung")
    }

    /// Whether a scope cell names the province's or city's own level only (`TP`, `Cấp tỉnh`, `Thành phố`),
    /// not its communes (`TP, xã`, `Cấp xã`, `Tất cả`).
    static func scopeIsParentOnly(_ cell: String) -> Bool {
        let words = Folding.fold(cell).words
        return !words.isEmpty && words.allSatisfy { ["tp", "thanh", "pho", "tinh", "cap"].contains($0) }
    }

    /// Whether a cell quotes the parent's figure (`Tỉnh giao 30%`, `Thành phố giao: ≥ 95%`).
    /// Whether a target's clause says it is set for the communes (`của UBND cấp xã`, `các xã, phường`).
    static func namesCommuneLevel(_ text: String) -> Bool {
        let f = " " + Folding.fold(text) + " "
        return f.contains(" cap xa ") || f.contains(" cac xa phuong ") || f.contains(" xa phuong ")
    }

    static func quotesParentFigure(_ cell: String) -> Bool {
        guard cell.utf8.count <= 60, let first = cell.unicodeScalars.first, first == "T" || first == "t" else { return false }
        let f = Folding.fold(cell)
        return (f.hasPrefix("tinh giao ") || f.hasPrefix("thanh pho giao ") || f.hasPrefix("tp giao ")) && f.contains(where: \.isNumber)
    }

    /// Whether a `Ghi chú` cell notes a step within the year (`6 tháng: ≥ 50%`, `Quý II: 60%`, `6 tháng đầu năm đạt
    /// 55%`), not a figure of the plan's own.
    static func notesInterimStep(_ cell: String) -> Bool {
        guard cell.utf8.count <= 80, let first = cell.utf8.first, first == 0x36 || first == 0x51 || first == 0x71 else { return false }  // 6, Q, q
        let f = Folding.fold(cell)
        return f.hasPrefix("6 thang") || f.hasPrefix("quy ")
    }

    /// The year a table's group row names (`B⇥Năm 2027⇥⇥`, `A⇥Năm 2026 (ước thực hiện)`, `C⇥Định hướng đến năm
    /// 2030`): a letter or Roman numeral, a title of a year and words about it, and no figure elsewhere.
    static func rowGroupPeriod(_ cells: [String]) -> Period? {
        guard cells.count >= 2, let mark = cells.first, (1...4).contains(mark.count), mark.allSatisfy({ $0.isUppercase }),
              cells[1].utf8.count <= 60, !cells.dropFirst(2).contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
        let words = Folding.fold(cells[1]).words
        guard words.contains("nam"), words.count <= 8,
              words.allSatisfy({ columnPeriodWords.contains($0) || rowGroupWords.contains($0) || ($0.count == 4 && Int($0) != nil) }),
              let year = words.compactMap({ $0.count == 4 ? Int($0) : nil }).last, (2000...2100).contains(year) else { return nil }
        return Period(year: year)
    }
    static let rowGroupWords: Set<Substring> = ["uoc", "thuc", "hien", "dinh", "huong", "ket", "qua", "dat"]

    /// Whether a table row only names a measure: a number, a label, and no figure in its other cells.
    static func namesMeasureOnly(_ cells: [String]) -> Bool {
        cells.count >= 2 && !cells[0].isEmpty && !cells[1].isEmpty
            && !cells.dropFirst(2).contains(where: \.hasASCIIDigit)
    }

    /// Whether a value cell says its figure holds every year: `100% (hằng năm)`, `≥ 98%/năm`, `100% mỗi năm`.
    ///
    /// `Duy trì 100%` under `Mục tiêu đến năm 2027` too: a level already reached, held each year.
    static func saysEveryYear(_ cell: String) -> Bool {
        guard !cell.hasSuffix("/năm") else { return true }
        let f = Folding.fold(cell)
        return TargetExtractor.saysEveryYear(f, from: nil) || f.hasPrefix("duy tri ") && f.contains(where: \.isNumber)
    }

    /// Whether a column holds a step within the year (`Quý I`, `Quý II`, `6 tháng đầu năm`): a roadmap to the
    /// year's figure, which stands in the last column (`Quý IV/cả năm`, `Cả năm`).
    /// With `besideFullYear` (the table has a `Cả năm` column of its own), `Quý IV` is a step as well.
    static func isInterimColumn(_ header: String, besideFullYear: Bool = false) -> Bool {
        guard header.utf8.count <= 40 else { return false }
        let f = " " + Folding.fold(header) + " "
        if f.contains(" ca nam ") || !besideFullYear && (f.contains(" quy iv ") || f.contains(" quy 4 ")) { return false }
        return f.hasPrefix(" quy ") || f.contains(" thang dau nam ") || f.hasPrefix(" 6 thang ") || f.hasPrefix(" 9 thang ")
    }

    /// The year's figure of a cell that gives the steps to it (`6 tháng: ≥ 50; cả năm: ≥ 70` → `≥ 70`): the
    /// steps within the year are a roadmap, as in an interim column (`isInterimColumn`). Nil for other cells.
    static func fullYearPart(_ cell: String) -> String? {
        guard cell.utf8.count <= 100, cell.utf8.contains(UInt8(ascii: ";")) else { return nil }
        let parts = cell.split(separator: ";")
        var year: Substring?
        for part in parts {
            let f = " " + Folding.fold(String(part)) + " "
            if f.hasPrefix(" ca nam ") {
                guard year == nil else { return nil }
                year = part.firstIndex(of: ":").map { part[part.index(after: $0)...] } ?? part.drop { !$0.isNumber && !"≥>≤<".contains($0) }
            } else if !(f.hasPrefix(" quy ") || f.hasPrefix(" 6 thang ") || f.hasPrefix(" 9 thang ") || f.contains(" thang dau nam ")) {
                return nil
            }
        }
        return year.map { String($0).trimmedWhitespace }
    }

    /// The level a column's title sets its figures for, when the table has one column per level: `Chỉ tiêu
    /// cấp Thành phố` / `Cấp tỉnh` (`tinh`), `Chỉ tiêu giao cấp xã` (`xa`), read as a figure's words are
    /// (`TargetExtractor.level(in:)`); nil for other titles.
    static func columnLevel(_ header: String) -> String? {
        header.utf8.count <= 60 ? TargetExtractor.level(in: Folding.fold(header)) : nil
    }

    /// The kind of commune a column's title names alone (`Phường`, `Xã`, `Đối với xã`): its figures bind
    /// wards (`CommuneKind.ward`) or communes (`CommuneKind.rural`) only; nil for other titles.
    static func columnKind(_ header: String) -> String? {
        guard header.utf8.count <= 24 else { return nil }
        var words = Folding.fold(header).words[...]
        if words.starts(with: ["doi", "voi"]) { words = words.dropFirst(2) }
        if words.first == "cac" { words = words.dropFirst() }
        guard words.count == 1 else { return nil }
        return words.first == "phuong" ? CommuneKind.ward : words.first == "xa" ? CommuneKind.rural : nil
    }

    /// Whether a target table's column holds the parent's figures (`Tỉnh giao`, `Chỉ tiêu của tỉnh`).
    static func isParentColumn(_ header: String) -> Bool {
        let f = " " + Folding.fold(header) + " "
        guard f.count <= 80, !f.contains(" phan dau "), !f.contains(" ke hoach ") else { return false }
        return [" tinh giao ", " thanh pho giao ", " cap tren giao ", " huyen giao ", " chi tieu tinh ", " chi tieu cua tinh "]
            .contains { f.contains($0) }
    }

    /// Whether a commune's cell takes the parent's figure instead of writing one (`Như tỉnh giao`, `Bằng mức
    /// tỉnh giao`, `Theo chỉ tiêu tỉnh`, `Đạt chỉ tiêu Thành phố giao`): a short cell without a digit that
    /// opens on a word of likeness and names the parent.
    static func takesParentFigure(_ cell: String) -> Bool {
        guard cell.utf8.count <= 60, !cell.hasASCIIDigit else { return false }
        let f = " " + Folding.fold(cell) + " "
        guard let first = f.words.first, ["nhu", "bang", "theo", "dat", "giu"].contains(first) else { return false }
        return f.contains(" tinh ") || f.contains(" thanh pho ") || f.contains(" cap tren ")
    }

    /// Words a year column's header may hold besides its years (`Kế hoạch năm 2025`, `Chỉ tiêu đến năm 2030`).
    static let columnPeriodWords: Set<Substring> = ["nam", "giai", "doan", "den", "ke", "hoach", "chi", "tieu", "muc",
                                                    // `Giá trị mục tiêu 2027` (a table of monitoring indicators)
                                                    "gia", "tri",
                                                    // `Mốc 2027` (a milestone)
                                                    "moc",
                                                    // `Năm 2026 Xã đăng ký` (a commune's column under its year)
                                                    "xa", "phuong", "dang", "ky"]

    /// The period a table column header names: `2026`, `Năm 2026`, `2028 - 2030`, `Giai đoạn 2026-2027`.
    static func columnPeriod(_ header: String) -> Period? {
        // (`2026 (%)`: the unit said under the year.)
        let words = Folding.fold(header).words.filter { $0 != "%" && $0 != "(%)" }
        guard !words.isEmpty, words.count <= 5 else { return nil }
        let years = words.compactMap { w -> Int? in
            guard w.count == 4, let y = Int(w), (2000...2100).contains(y) else { return nil }
            return y
        }
        let others = words.filter { Int($0) == nil }
        guard !years.isEmpty, years.count <= 2, others.allSatisfy({ columnPeriodWords.contains($0) }) else { return nil }
        return years.count == 2 ? Period(from: years[0], to: years[1]) : Period(year: years[0])
    }

    /// A citation of the plan's own number: in `Kèm theo Quyết định số …` or the `Số:` line.
    static func isSelfReference(_ c: Citation, _ plan: Plan) -> Bool {
        let line = Folding.fold(plan.quote(line: c.line))
        let prev = Folding.fold(plan.quote(line: c.line - 1))
        return line.contains("kem theo") || prev.hasSuffix("kem theo") || line.hasPrefix("so")
    }

    /// The parent plan cited in the preamble: a Kế hoạch / Quyết định of the province or city about
    /// its CCHC plan (not the 2021–2030 Chương trình or an Đề án).
    static func parent(among citations: [Citation], blocks: [Block], abbreviations: Abbreviations) -> Citation? {
        let head = MetadataExtractor.titleBlocks(blocks)
        let lastLine = head.last?.lineRange.upperBound ?? 0
        for c in citations where c.line <= lastLine {
            // "Kế hoạch … được ban hành kèm theo văn bản số 86/KH-UBND": a letter's number says what it is.
            let isPlan = c.kind == "Kế hoạch" || (c.kind == "Văn bản" || c.kind == "Công văn") && Self.typeCode(c.number) == "kh"
            guard isPlan || c.kind == "Quyết định" else { continue }
            // "… của UBND huyện về CCHC năm 2025": abbreviations expanded; the words may come before the
            // number ("Thực hiện Kế hoạch cải cách hành chính … kèm theo văn bản số 86/KH-UBND").
            let f = Folding.foldExpanding(Self.sentenceBefore(c, blocks) + " " + c.text, abbreviations)
            let iss = " " + Folding.fold(c.issuer ?? "") + " "
            // The commune's own earlier plan ("của Ủy ban nhân dân xã") is not its parent.
            guard f.contains("cai cach hanh chinh"), !f.contains("chuong trinh"), !f.contains("de an"),
                  iss.contains("tinh") || iss.contains("thanh pho") || iss.contains("uy ban nhan dan") || iss.contains("ubnd"),
                  !(iss.contains(" xa ") && !iss.contains(" thi xa ")) && !iss.contains(" phuong ") else { continue }
            if !isPlan, !f.contains("ke hoach") { continue }
            var p = c
            let tail = String(c.text.drop(while: { $0 != " " }))
            if let (name, _) = MetadataExtractor.issuer(in: [tail]) { p.issuer = name }
            return p
        }
        return nil
    }

    /// The type code of a document number, folded: `86/KH-UBND` → `kh`, `15/2025/QĐ-UBND` → `qd`.
    static func typeCode(_ number: String) -> String {
        let parts = number.split(separator: "/")
        guard parts.count >= 2, let last = parts.last else { return "" }
        return Folding.fold(String(last.prefix { $0 != "-" }))
    }

    /// The text of the citation's sentence before it, in its paragraph (after the last `;` or `. `), empty
    /// when the citation opens its sentence.
    static func sentenceBefore(_ c: Citation, _ blocks: [Block]) -> String {
        guard let b = blocks.first(where: { $0.kind == .paragraph && $0.lineRange.contains(c.line) }),
              let r = b.text.range(of: c.number) else { return "" }
        var before = b.text[..<r.lowerBound]
        if let cut = before.lastIndex(where: { $0 == ";" }) { before = before[before.index(after: cut)...] }
        if let cut = before.range(of: ". ", options: .backwards) { before = before[cut.upperBound...] }
        return String(before)
    }

    /// Areas present: headings, appendix group rows, objective-list items, and areas that only have
    /// targets, tasks or leads.
    static func areas(outline: Outline, leads: [ReformArea: [UnitRef]], plan: Plan) -> [AreaPresence] {
        var out: [AreaPresence] = []
        for area in ReformArea.allCases {
            var presence: AreaPresence?
            if let h = outline.areaHeadings[area] {
                presence = AreaPresence(area: area, line: h.line, isHeading: h.isHeading, headingText: h.text)
            } else if let t = plan.targets.first(where: { $0.area == area }) {
                presence = AreaPresence(area: area, line: t.line, isHeading: false, headingText: t.text)
            } else if let l = leads[area]?.first {
                presence = AreaPresence(area: area, line: l.line, isHeading: false, headingText: plan.quote(line: l.line))
            }
            guard var p = presence else { continue }
            p.leads = leads[area] ?? []
            out.append(p)
        }
        return out
    }
}
