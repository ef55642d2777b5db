/// The outline of a plan: headings with their nesting, the reform area each block falls under, the
/// sub-period (`Giai đoạn 2026 - 2027:`) in force, and the unit a responsibility subsection is about.
struct Outline {
    /// Per block: the area of the innermost enclosing area heading, if any.
    var areaOfBlock: [ReformArea?]
    /// Per block: the sub-period heading in force.
    var periodOfBlock: [Period?]
    /// Per block: the unit named by the innermost enclosing heading (`2. Phòng Văn hóa - Xã hội`).
    var unitOfBlock: [UnitCatalog.Unit?]
    /// Per block: the level of government a numbered heading says its targets are for (`2.2. Đối với các sở,
    /// ban, ngành` → `tinh`, `2.3. Đối với UBND các xã, phường` → `xa`).
    var levelOfBlock: [String?]
    /// Per block: whether it lies in the "Tổ chức thực hiện" section.
    var inImplementationSection: [Bool]
    /// Per block: whether it lies in a review of past results (`I. KẾT QUẢ THỰC HIỆN NĂM 2025`,
    /// `Phần thứ nhất` / `KẾT QUẢ NỔI BẬT NĂM 2025`), whose figures are achievements, not targets.
    var inResultsSection: [Bool]
    /// Per block: whether it lies under a numbered heading of targets for every year (`2.1. Các chỉ tiêu
    /// thực hiện hằng năm (áp dụng cho từng năm trong giai đoạn 2026 - 2030)`).
    var inEveryYearSection: [Bool]
    var headings: [Heading]
    /// First heading (or group row) of each area.
    var areaHeadings: [ReformArea: (line: Int, text: String, isHeading: Bool)]
    /// Areas planned in the section of another (`4. Cải cách tổ chức bộ máy và chế độ công vụ`): the
    /// second area and the first, whose section and lead it shares.
    var sharedSections: [(area: ReformArea, with: ReformArea)] = []

    init(blocks: [Block], catalog: Catalog) {
        var areaOf: [ReformArea?] = []
        var periodOf: [Period?] = []
        var unitOf: [UnitCatalog.Unit?] = []
        var levelOf: [String?] = []
        var levelHeading: (level: String, at: [Int])?  // the heading naming a level in force, and its `level`
        var inImpl: [Bool] = []
        var inResults: [Bool] = []
        var everyYear: [Bool] = []
        var everyYearLevel: [Int]?  // `level` of the numbered heading of targets for every year in force
        // The depth of the heading that opened a review of past results (0: a part or an unmarked title).
        var resultsDepth: Int?
        var headings: [Heading] = []
        var firstHeading: [ReformArea: (Int, String, Bool)] = [:]
        var shared: [(area: ReformArea, with: ReformArea)] = []
        var sharedFirst = Set<ReformArea>()  // areas whose first heading is one they share with another
        /// A section of the area's own after one it shared: it neither shares the other's lead nor is placed
        /// at the shared heading.
        func ownSection(_ a: ReformArea, _ b: Block) {
            guard sharedFirst.remove(a) != nil else { return }
            shared.removeAll { $0.area == a }
            firstHeading[a] = (b.firstLine, b.text, true)
        }
        // Stack of open structural items: depth, area, unit.
        // `plain`: opened by an unnumbered heading (see below).
        var stack: [(depth: Int, area: ReformArea?, unit: UnitCatalog.Unit?, plain: Bool)] = []
        var subPeriod: Period?
        var subPeriodLevel: [Int]?  // `level` of the numbered heading that set `subPeriod`
        var subPeriodKind: OutlineMarker.Kind?  // the marker kind of the heading that set `subPeriod`
        var subPeriodItems: OutlineMarker.Kind?  // the marker kind of the first item under it
        var implementation = false

        for (bi, b) in blocks.enumerated() {
            let previous = bi > 0 ? blocks[bi - 1] : nil
            if b.kind == .tableRow {
                // Appendix group rows ("I. Cải cách thể chế (05 nhiệm vụ)", "I<TAB>Cải cách thể chế") introduce
                // an area too.
                if let (_, title) = TaskTableExtractor.groupRow(b.cells.map(\.text), arabic: true),
                   let a = Outline.area(ofHeadingText: title, catalog: catalog), firstHeading[a] == nil {
                    firstHeading[a] = (b.firstLine, b.cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " "), false)
                }
                areaOf.append(stack.last(where: { $0.area != nil })?.area)
                periodOf.append(subPeriod)
                unitOf.append(nil)
                levelOf.append(levelHeading?.level)
                inImpl.append(implementation)
                inResults.append(resultsDepth != nil)
                everyYear.append(everyYearLevel != nil)
                continue
            }
            if let depth = Outline.partDepth(b) {
                // A part or a heading at the results' level or above closes the review, and so does a Roman or
                // lettered part after an unnumbered title (`KẾT QUẢ NĂM 2025` … `I. MỤC TIÊU`): a review left
                // open would swallow every target after it. A results title opens it.
                if let open = resultsDepth, depth <= open || depth == 0 || (open == 0 && depth <= 2) { resultsDepth = nil }
                // `Phụ lục II: BỘ CHỈ SỐ THEO DÕI, ĐÁNH GIÁ` / `KẾT QUẢ CẢI CÁCH HÀNH CHÍNH …`: the second line of an
                // appendix's title names what its indicators measure, not a review.
                let appendixTitle = previous.map { $0.kind == .paragraph && Folding.fold(String($0.text.prefix(8))).hasPrefix("phu luc") } ?? false
                if Outline.isResultsTitle(b.body), !appendixTitle { resultsDepth = depth }
            }
            if let m = b.marker, m.kind != .bullet, m.kind != .letter,
               everyYearLevel.map({ !$0.lexicographicallyPrecedes(Outline.level(m)) }) ?? false {
                everyYearLevel = nil
            }
            if let m = b.marker, m.kind != .bullet, m.kind != .letter, Outline.headsEveryYear(b) { everyYearLevel = Outline.level(m) }
            if let m = b.marker, m.kind != .bullet {
                if let h = levelHeading, !h.at.lexicographicallyPrecedes(Outline.level(m)) { levelHeading = nil }
                if let level = Outline.levelNamed(b) { levelHeading = (level, Outline.level(m)) }
            } else if b.marker == nil, b.kind == .paragraph, let level = Outline.tableTitleLevel(b) {
                // `Biểu số 01: Chỉ tiêu đối với các sở, ban, ngành tỉnh`: the table under it is for that level,
                // until another such title or any numbered heading.
                levelHeading = (level, [Int.max])
            }
            if let p = Outline.subPeriod(b) {
                everyYearLevel = nil
                subPeriod = p
                // A numbered sub-period heading (`2.1. Đến năm 2027`) holds its numbered subsections
                // (`2.1.1. Về cải cách thể chế`) until a heading at its own level or above.
                subPeriodLevel = b.marker.flatMap { $0.kind == .bullet ? nil : Outline.level($0) }
                subPeriodKind = b.marker?.kind
                subPeriodItems = nil
            } else if let k = subPeriodKind, k == .letter || k == .parenthesized, let m = b.marker {
                // `a2) Các chỉ tiêu đến hết năm 2027:` over `(8) …`, `(9) …`, or `a1) Đến hết năm 2027:` over
                // `- …` items: the kind of the first item under it is its items' kind, whatever the depths say;
                // its own kind again, a decimal heading or above, or another kind ends it.
                if subPeriodItems == nil, m.kind != k { subPeriodItems = m.kind }
                // Items numbered on through the stages (`b) Chỉ tiêu năm 2026` / `6. …`, `7. …` / `c) …` /
                // `12. …`) are sentences under it, not headings above it.
                let item = m.kind == subPeriodItems && (b.body.hasSuffix(".") || b.body.contains("%"))
                if m.kind == k || (m.depth <= 4 && !item) || (m.kind != subPeriodItems && m.kind != .bullet) {
                    subPeriod = nil; subPeriodLevel = nil; subPeriodKind = nil
                }
            } else if let m = b.marker, m.kind != .bullet, m.kind != .letter,
                      subPeriodLevel.map({ !$0.lexicographicallyPrecedes(Outline.level(m)) }) ?? true {
                subPeriod = nil
                subPeriodLevel = nil
                subPeriodKind = nil
            } else if subPeriod != nil, Outline.opensEveryYear(b) {
                // "Chỉ tiêu thực hiện hằng năm:" after "Đến năm 2030:": what follows is for every year.
                subPeriod = nil
                subPeriodLevel = nil
            }
            if let m = b.marker, m.kind != .bullet {
                while let top = stack.last, top.depth >= m.depth { stack.removeLast() }
                var area: ReformArea?
                var unit: UnitCatalog.Unit?
                if b.isHeadingLike {
                    let body = b.body
                    unit = Outline.unit(startingHeading: body, catalog: catalog)
                    if unit == nil { area = Outline.area(ofHeadingText: body, catalog: catalog) ?? Outline.area(ofOpeningClause: body, catalog: catalog) }
                    if let a = area, let second = Outline.secondArea(ofHeadingText: body, after: a, catalog: catalog) {
                        if firstHeading[second]?.2 != true {
                            firstHeading[second] = (b.firstLine, b.text, true)
                            sharedFirst.insert(second)
                        }
                        // Also when the second area had a heading before (in the targets part): its tasks and
                        // their lead are here.
                        if !shared.contains(where: { $0 == (second, a) }) { shared.append((second, a)) }
                    }
                    headings.append(Heading(kind: m.kind.rawValue, marker: m.text, depth: m.depth, text: body, line: b.firstLine))
                    if m.kind == .roman {
                        let f = Folding.fold(body)
                        implementation = f.contains("to chuc thuc hien") || f.contains("phan cong trach nhiem")
                    }
                    // A heading of the body comes before an objective item naming the area ("d) Về chính
                    // quyền số: 100% …") or a group row met earlier.
                    if let a = area, firstHeading[a]?.2 != true { firstHeading[a] = (b.firstLine, b.text, true) }
                    // An area with a section of its own does not share another's ("3. Về tổ chức bộ máy, chế độ
                    // công vụ:" among the targets, then "5. Cải cách chế độ công vụ" among the tasks).
                    if let a = area { ownSection(a, b) }
                } else if case let body = b.body, let colon = body.utf8.firstIndex(of: UInt8(ascii: ":")) ?? Outline.runInStop(body),
                          body[..<colon].hasAtMostCharacters(60),
                          let a = Outline.area(ofHeadingText: String(body[..<colon]), catalog: catalog, within: 12) {
                    // "a) Cải cách thể chế: 100% văn bản …": an item that names its area before a colon (or a stop:
                    // "1. Công tác chỉ đạo, điều hành. Ban hành …"). Without a figure it plans the area's work
                    // ("2. Cải cách thể chế: rà soát văn bản …"), as a heading does.
                    area = a
                    let work = !body[colon...].utf8.contains(UInt8(ascii: "%"))
                    if firstHeading[a] == nil || work && firstHeading[a]?.2 == false { firstHeading[a] = (b.firstLine, b.text, work) }
                    if work { ownSection(a, b) }
                    // "4. Cải cách tổ chức bộ máy và chế độ công vụ: … Phòng Văn hóa - Xã hội chủ trì cả hai nội dung
                    // này.": the second area named shares the item, and its lead, as under a heading naming two.
                    if work, let second = Outline.secondArea(ofHeadingText: String(body[..<colon]), after: a, catalog: catalog) {
                        if firstHeading[second]?.2 != true {
                            firstHeading[second] = (b.firstLine, b.text, true)
                            sharedFirst.insert(second)
                        }
                        if !shared.contains(where: { $0 == (second, a) }) { shared.append((second, a)) }
                    }
                } else if let a = Outline.area(ofOpeningClause: b.body, catalog: catalog) {
                    // "2. Về cải cách thể chế, bảo đảm 100% văn bản …; do Văn phòng HĐND và UBND phường chủ trì":
                    // an item that opens on its area and a comma holds that area's figures; with its lead, it is
                    // the area's section, as a heading is.
                    area = a
                    let work = LeadExtractor.mayHaveChuTri(b.body)
                    if firstHeading[a] == nil || work && firstHeading[a]?.2 == false { firstHeading[a] = (b.firstLine, b.text, work) }
                    if work { ownSection(a, b) }
                }
                stack.append((m.depth, area, unit, false))
            } else if b.isPlainHeading, case let area = Outline.area(ofHeadingText: b.text, catalog: catalog),
                      area != nil || Outline.closesPlainSection(b.text) {
                // A heading whose numbering the export lost (`CẢI CÁCH THỂ CHẾ` on a line of its own, as Word's
                // automatic numbering leaves it) opens its area's section like a numbered one, at the level of
                // the numbered heading it sits in: the section lasts until the next such heading, a part
                // such as `TỔ CHỨC THỰC HIỆN`, or a numbered heading at that level.
                while let top = stack.last, top.plain { stack.removeLast() }
                if let a = area {
                    if firstHeading[a] == nil { firstHeading[a] = (b.firstLine, b.text, true) }
                    stack.append((stack.last?.depth ?? 0, a, nil, true))
                }
            } else if b.marker == nil, b.kind == .paragraph, let a = Outline.area(ofCapitalRunIn: b.text, catalog: catalog) {
                // `CẢI CÁCH THỂ CHẾ. Văn phòng HĐND và UBND xã chủ trì …`: a run-in heading in capitals (Word's
                // numbering lost) opens its area's section as a heading on a line of its own does.
                while let top = stack.last, top.plain { stack.removeLast() }
                if firstHeading[a]?.2 != true { firstHeading[a] = (b.firstLine, b.text, true) }
                stack.append((stack.last?.depth ?? 0, a, nil, true))
            } else if b.marker == nil, bi + 1 < blocks.count, blocks[bi + 1].marker?.kind == .bullet,
                      let unit = Outline.unitNamedAlone(b.text, catalog: catalog) {
                // `**Phòng Văn hóa - Xã hội**` over `- Chủ trì: …` / `- Phối hợp: …`: a unit's name alone on its
                // line (its emphasis gone) heads the unit's duties, as a numbered unit heading does.
                while let top = stack.last, top.plain { stack.removeLast() }
                stack.append((stack.last?.depth ?? 0, nil, unit, true))
            } else if b.marker?.kind == .bullet, let colon = b.body.firstIndex(of: ":"), b.body[..<colon].hasAtMostCharacters(60),
                      let a = Outline.area(ofHeadingText: String(b.body.prefix(60)), catalog: catalog, within: 12) {
                if LeadExtractor.mayHaveChuTri(String(b.body[colon...])) {
                    // "🔹 Cải cách TTHC: 👉 Trung tâm Phục vụ hành chính công phường chủ trì, …": a bullet that names its
                    // area and its lead is the area's section, as a heading is (until the next such bullet or heading).
                    while let top = stack.last, top.plain { stack.removeLast() }
                    if firstHeading[a]?.2 != true { firstHeading[a] = (b.firstLine, b.text, true) }
                    stack.append((stack.last?.depth ?? 0, a, nil, true))
                    if let second = Outline.secondArea(ofHeadingText: String(b.body[..<colon]), after: a, catalog: catalog) {
                        if firstHeading[second]?.2 != true { firstHeading[second] = (b.firstLine, b.text, true); sharedFirst.insert(second) }
                        if !shared.contains(where: { $0 == (second, a) }) { shared.append((second, a)) }
                    }
                } else if firstHeading[a] == nil {
                    // An objective-list item such as "- Cải cách thủ tục hành chính: …".
                    firstHeading[a] = (b.firstLine, b.text, false)
                }
            }
            areaOf.append(stack.last(where: { $0.area != nil })?.area)
            periodOf.append(subPeriod)
            unitOf.append(stack.last(where: { $0.unit != nil })?.unit)
            levelOf.append(levelHeading?.level)
            inImpl.append(implementation)
            inResults.append(resultsDepth != nil)
            everyYear.append(everyYearLevel != nil)
        }
        self.areaOfBlock = areaOf
        self.periodOfBlock = periodOf
        self.unitOfBlock = unitOf
        self.levelOfBlock = levelOf
        self.inImplementationSection = inImpl
        self.inResultsSection = inResults
        self.inEveryYearSection = everyYear
        self.headings = headings
        self.areaHeadings = firstHeading.mapValues { (line: $0.0, text: $0.1, isHeading: $0.2) }
        self.sharedSections = shared
    }

    /// Title words of an unnumbered heading that ends an area's unnumbered section (`TỔ CHỨC THỰC HIỆN`,
    /// `KINH PHÍ THỰC HIỆN`, `NHIỆM VỤ, GIẢI PHÁP`), folded.
    static let sectionTitles = ["to chuc thuc hien", "kinh phi", "phan cong", "trach nhiem", "noi nhan", "che do bao cao",
                                "phu luc", "muc tieu", "muc dich", "nhiem vu", "ket qua", "danh gia", "giai phap"]

    /// Whether an unnumbered heading starts another part of the plan (see `sectionTitles`).
    static func closesPlainSection(_ text: String) -> Bool {
        let f = Folding.fold(String(text.prefix(40)))
        return sectionTitles.contains { f.hasPrefix($0) }
    }

    /// The level of a block that can open or close a review of past results: 0 for a part (`Phần thứ
    /// nhất`, `PHẦN I`) or an unmarked title in capitals, the marker's depth for a Roman or lettered part
    /// heading; nil for everything else.
    static func partDepth(_ b: Block) -> Int? {
        guard b.kind == .paragraph else { return nil }
        if let m = b.marker {
            // Items (`a)`, `(9) Kết quả giải quyết thủ tục hành chính được số hóa …`, `(ii)`, `-`) are not parts.
            return m.kind != .bullet && m.kind != .letter && m.kind != .parenthesized && m.kind != .romanItem && b.isHeadingLike ? m.depth : nil
        }
        guard b.isPlainHeading, let first = b.text.unicodeScalars.first, first.properties.isUppercase else { return nil }
        let f = Folding.fold(String(b.text.prefix(12)))
        if f.hasPrefix("phan ") || Cleanup.isAllCaps(b.text) { return 0 }
        // A lead-in line (`Khái quát tình hình thực hiện CCHC năm 2025:`) opens a review below every heading.
        return b.text.hasSuffix(":") ? 8 : nil
    }

    /// Words of a title that reviews past results: `KẾT QUẢ NỔI BẬT NĂM 2025`, `ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN
    /// CÔNG TÁC CCHC NĂM 2025`, `TÌNH HÌNH THỰC HIỆN`; not one that also sets goals (`KẾT QUẢ VÀ NHIỆM VỤ`).
    static func isResultsTitle(_ text: String) -> Bool {
        var f = Folding.fold(text)
        for part in ["phan thu nhat ", "phan thu hai ", "phan i ", "phan ii ", "phan 1 ", "phan 2 "] where f.hasPrefix(part) {
            f.removeFirst(part.count)
        }
        let opens = ["ket qua", "danh gia ket qua", "danh gia tinh hinh", "tinh hinh thuc hien", "danh gia thuc hien",
                     "so ket", "tong ket", "khai quat tinh hinh", "khai quat ket qua", "tinh hinh chung", "thuc trang"].contains { f.hasPrefix($0) }
        // `Kết quả cần đạt`, `Kết quả phấn đấu`, `Kết quả đầu ra` are what the plan commits to.
        let plans = ["muc tieu", "nhiem vu", "chi tieu", "giai phap", "phuong huong", "can dat", "phai dat", "phan dau",
                     "dau ra", "du kien"].contains { f.contains($0) }
        return opens && !plans
    }

    /// The area of a heading text, when an area phrase appears near its start.
    static func area(ofHeadingText text: String, catalog: Catalog, within: Int = 40) -> ReformArea? {
        let folded = Folding.foldExpanding(text, catalog.abbreviations)
        // Require the phrase to start near the beginning: "1. Ban Chỉ đạo … chuyển đổi số" is not an area heading.
        guard let m = catalog.areas.headingMatch(String(folded.prefix(within + 40))), m.start <= within else { return nil }
        return m.area
    }

    /// The area an item's opening clause names after `Về` (`Về cải cách thể chế, bảo đảm …`, `Về công tác chỉ
    /// đạo, điều hành, …`): the words before the first comma that is not inside the area's own name.
    static func area(ofOpeningClause body: String, catalog: Catalog) -> ReformArea? {
        // (`Về` and `VỀ` open on 56 or 56 E1 BB 80 / 81: one byte rules out most items.)
        guard let first = body.utf8.first, first == 0x56 || first == 0x76, body.hasPrefix("Về ") || body.hasPrefix("VỀ ") else { return nil }
        var end = body.startIndex
        // The second comma too: `Về công tác chỉ đạo, điều hành,`.
        for _ in 0..<2 {
            guard let comma = body[end...].firstIndex(of: ","), body[..<comma].hasAtMostCharacters(60) else { return nil }
            if let a = area(ofHeadingText: String(body[..<comma]), catalog: catalog, within: 8) { return a }
            // `Về thủ tục hành chính,`, `Về công vụ,`: the area named without its `cải cách`.
            let named = body[body.index(body.startIndex, offsetBy: 3)..<comma]
            if named.hasAtMostCharacters(30), let a = area(ofHeadingText: "cải cách " + named, catalog: catalog, within: 2) { return a }
            end = body.index(after: comma)
        }
        return nil
    }

    /// The area of a run-in heading in capitals that opens a paragraph and ends at its first full stop
    /// (`CẢI CÁCH THỦ TỤC HÀNH CHÍNH. Trung tâm …`); nil when the words before the stop have a lower-case letter.
    /// Where a run-in title in ordinary case ends: its first full stop within 60 characters, followed by a
    /// space and a capital (`Công tác chỉ đạo, điều hành. Ban hành …`); nil when there is none.
    static func runInStop(_ body: String) -> String.Index? {
        guard let stop = body.utf8.prefix(120).firstIndex(of: 0x2E), body[..<stop].hasAtMostCharacters(60) else { return nil }
        let after = body[body.index(after: stop)...]
        guard after.hasPrefix(" "), let next = after.dropFirst().first, next.isUppercase else { return nil }
        return stop
    }

    static func area(ofCapitalRunIn text: String, catalog: Catalog) -> ReformArea? {
        // Capitals open on an ASCII capital or a two- or three-byte letter: `a`–`z` first rules most paragraphs out.
        // (A sentence's second letter is lower case: one scalar rules out the rest before any search.)
        guard let first = text.utf8.first, !(0x61...0x7A).contains(first),
              text.unicodeScalars.dropFirst().first?.properties.isLowercase != true,
              let stop = text.utf8.prefix(400).firstIndex(of: 0x2E), text[..<stop].hasAtMostCharacters(90),
              text[text.index(after: stop)...].hasPrefix(" "),
              !text[..<stop].contains(where: \.isLowercase), text[..<stop].contains(where: \.isLetter) else { return nil }
        return area(ofHeadingText: String(text[..<stop]), catalog: catalog)
    }

    /// A second area a heading joins to its first with `và` (`Cải cách tổ chức bộ máy và chế độ công vụ`,
    /// `… và cải cách tài chính công`), within a few words of the first area's phrase.
    static func secondArea(ofHeadingText text: String, after first: ReformArea, catalog: Catalog) -> ReformArea? {
        let folded = Folding.foldExpanding(text, catalog.abbreviations)
        if let r = folded.range(of: " va "), folded.distance(from: folded.startIndex, to: r.lowerBound) <= 60 {
            let rest = String(folded[r.upperBound...])
            if let m = catalog.areas.headingMatch(rest), m.start <= 12, m.area != first { return m.area }
        }
        // "Về cải cách tổ chức bộ máy, chế độ công vụ:": the second area after a comma.
        guard let comma = text.firstIndex(of: ","), text[..<comma].hasAtMostCharacters(60) else { return nil }
        let rest = Folding.foldExpanding(String(text[text.index(after: comma)...].prefix(60)), catalog.abbreviations)
        guard let m = catalog.areas.headingMatch(rest), m.start <= 4, m.area != first else { return nil }
        return m.area
    }

    /// The catalogued unit a short line names and nothing more (`Phòng Văn hóa - Xã hội`, `Văn phòng HĐND và
    /// UBND phường`): at most two words past the catalogue's name, no colon, no full stop.
    static func unitNamedAlone(_ text: String, catalog: Catalog) -> UnitCatalog.Unit? {
        guard text.utf8.count <= 90, text.utf8.last != 0x2E, !text.contains(":"),
              let unit = unit(startingHeading: text, catalog: catalog), !unit.id.isEmpty else { return nil }
        let words = Folding.foldExpanding(text, catalog.abbreviations).words.count
        return words <= Folding.foldExpanding(unit.name, catalog.abbreviations).words.count + 2 ? unit : nil
    }

    /// The unit a heading names at its start (`Phòng Văn hóa - Xã hội`, `Văn phòng HĐND và UBND phường`).
    static func unit(startingHeading text: String, catalog: Catalog) -> UnitCatalog.Unit? {
        var t = text
        for prefix in ["Đề nghị ", "Trách nhiệm của ", "Trách nhiệm "] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        // Most headings start with a word no unit starts with: one word folded rules them out.
        let first = Folding.foldExpanding(String(t.prefix { $0 != " " }), catalog.abbreviations)
        guard let w = first.words.first, catalog.units.firstWords.contains(String(w)) else { return nil }
        let folded = Folding.foldExpanding(t, catalog.abbreviations)
        guard let m = catalog.units.mentions(in: folded).first, m.start <= 2 else { return nil }
        return m.unit
    }

    /// A marker's place in the outline, comparable lexicographically: its kind's depth, then (for decimal
    /// numbers) how many numbers it has (`2.1.` above `2.1.1.`).
    static func level(_ m: OutlineMarker) -> [Int] {
        [m.depth, m.kind == .decimal ? m.text.split(separator: ".").count : 0]
    }

    /// A short lead-in or title about every year of the plan (`Chỉ tiêu thực hiện hằng năm:`, `Hàng năm`).
    static func opensEveryYear(_ b: Block) -> Bool {
        guard b.body.hasAtMostCharacters(60), b.body.hasSuffix(":") || b.isPlainHeading || b.isHeadingLike else { return false }
        return (" " + Folding.fold(b.body) + " ").contains(" hang nam ")
    }

    /// The level of government an appendix table's title names: `Biểu số 01: Chỉ tiêu đối với các sở, ban,
    /// ngành tỉnh` (`tinh`), `Biểu số 02: Chỉ tiêu đối với UBND các xã, phường` (`xa`), also `Phụ lục …`, `Bảng …`.
    static func tableTitleLevel(_ b: Block) -> String? {
        // `B`/`b`/`P`/`p` first: most paragraphs are ruled out before any folding.
        guard let b0 = b.text.utf8.first, "BbPp".utf8.contains(b0), b.text.hasAtMostCharacters(240), !b.text.contains("%") else { return nil }
        // (The title may be joined to its `(Kèm theo Kế hoạch số …)` line.)
        let f = Folding.fold(String(b.text.prefix { $0 != "(" }))
        guard f.hasPrefix("bieu") || f.hasPrefix("phu luc") || f.hasPrefix("bang"), let r = f.range(of: " doi voi ") else { return nil }
        return level(named: " " + f[r.lowerBound...] + " ")
    }

    /// The level a short numbered heading says its targets are for: `Đối với các sở, ban, ngành` (`tinh`),
    /// `Đối với UBND các xã, phường`, `Đối với cấp xã`, `Chỉ tiêu riêng đối với UBND cấp xã` (`xa`).
    static func levelNamed(_ b: Block) -> String? {
        // Most headings are ruled out on their first bytes (`Đ`/`đ` is C4 90/91, `C`/`c`) before any folding.
        guard let b0 = b.body.utf8.first, b0 == 0xC4 || b0 == UInt8(ascii: "C") || b0 == UInt8(ascii: "c"),
              b.body.hasAtMostCharacters(80), !b.body.contains("%") else { return nil }
        let f = " " + Folding.fold(b.body) + " "
        if f.hasPrefix(" doi voi ") { return level(named: f) }
        // "2. Chỉ tiêu riêng đối với UBND cấp xã": the words from `đối với` on.
        guard f.hasPrefix(" chi tieu "), let r = f.range(of: " doi voi "),
              f[f.startIndex..<r.lowerBound].split(separator: " ").count <= 3 else { return nil }
        return level(named: String(f[r.lowerBound...]))
    }

    /// The level folded words from `đối với` on name (with a space at either end): the province's
    /// departments (`tinh`) or the communes (`xa`).
    static func level(named f: String) -> String? {
        if f.contains(" so ban nganh ") || f.contains(" cap tinh ") || f.contains(" co quan chuyen mon thuoc ubnd tinh ") { return "tinh" }
        if f.contains(" xa ") || f.contains(" phuong ") || f.contains(" cap xa ") { return "xa" }
        return nil
    }

    /// Whether a numbered heading titles targets for every year (`2.1. Các chỉ tiêu thực hiện hằng năm`,
    /// `2.3. Hằng năm`), with perhaps a bracket saying so (`(áp dụng cho từng năm trong giai đoạn 2026 - 2030)`).
    static func headsEveryYear(_ b: Block) -> Bool {
        // Most headings are ruled out on their first byte (`C`/`c`, `M`/`m`) before any folding.
        guard let b0 = b.body.utf8.first, "CcMmHh".utf8.contains(b0), b.body.hasAtMostCharacters(120), !b.body.contains("%") else { return false }
        let f = " " + Folding.fold(b.body) + " "
        // `2.3. Hằng năm` alone.
        if f.hasPrefix(" hang nam ") || f.hasPrefix(" hang nam") { return b.body.hasAtMostCharacters(30) }
        return f.hasPrefix(" chi tieu ") || f.hasPrefix(" cac chi tieu ") || f.hasPrefix(" muc tieu ")
            ? f.contains(" hang nam ") || f.contains(" moi nam ") : false
    }

    /// `Giai đoạn 2026 - 2027:`, `- Giai đoạn 2028 - 2030:`, `Năm 2026:`, `Đến năm 2030:`, `2.2. Đến năm
    /// 2030`: a short line that sets the period of the targets listed under it.
    static func subPeriod(_ b: Block) -> Period? {
        let body = b.body
        // `Giai đoạn`, `Năm`, `Đến năm`, and those after `Mục tiêu cụ thể` / `Chỉ tiêu`: the first byte rules
        // out most blocks (Đ/đ start with C4 90/91).
        guard let b0 = body.utf8.first, "GgNnMmCc".utf8.contains(b0) || b0 == 0xC4, body.hasAtMostCharacters(60) else { return nil }
        var f = Folding.fold(body)
        // "Mục tiêu cụ thể đến năm 2027:", "Chỉ tiêu giai đoạn 2026 - 2027:": the period after the title words.
        var words = f.words.map(String.init)
        let titled = words.prefix { Self.periodTitleWords.contains($0) }.count
        if titled > 0 {
            // A lead-in (`Mục tiêu cụ thể đến năm 2027:`), or a numbered heading (`2. Chỉ tiêu đến năm 2027`).
            guard body.hasSuffix(":") || b.marker.map({ $0.kind != .bullet }) == true else { return nil }
            words.removeFirst(titled)
            f = words.joined(separator: " ")
        } else if !body.hasAtMostCharacters(40), !(body.contains("(") && body.prefix(while: { $0 != "(" }).count <= 40) {
            // A short title, or one with a note in brackets (`Đến hết năm 2027 (giai đoạn 2026 - 2027):`).
            return nil
        }
        guard let first = words.first, ["giai", "nam", "den"].contains(first) else { return nil }
        // "Chỉ tiêu năm 2026 (duy trì hằng năm)": every year, not one (see `headsEveryYear`).
        if words.contains("hang") || words.contains("moi"), (" " + f + " ").contains(" hang nam ") || (" " + f + " ").contains(" moi nam ") { return nil }
        let years = words.compactMap { w -> Int? in
            guard w.count == 4, let y = Int(w), (1990...2100).contains(y) else { return nil }
            return y
        }
        guard let y0 = years.first else { return nil }
        if f.hasPrefix("giai doan"), years.count == 2 { return Period(from: y0, to: years[1]) }
        // "b) Giai đoạn 2026 - 2027 (đạt chậm nhất đến hết năm 2027):": the stage, its end said again in brackets.
        if f.hasPrefix("giai doan"), years.count == 3, years[2] == years[1], body.contains("(") { return Period(from: y0, to: years[1]) }
        if years.count == 1, f.hasPrefix("nam ") || f.hasPrefix("den nam ") || f.hasPrefix("den het nam ") { return Period(year: y0) }
        // "c) Đến hết năm 2027 (giai đoạn 2026 - 2027):": the stage the milestone closes, in brackets.
        if years.count == 3, years[2] == y0, body.contains("("), f.hasPrefix("den nam ") || f.hasPrefix("den het nam ") { return Period(year: y0) }
        return nil
    }
}

extension Outline {
    /// Folded words that may title a sub-period line before its period (`Mục tiêu cụ thể đến năm 2027:`).
    static let periodTitleWords: Set<String> = ["muc", "tieu", "cu", "the", "chi", "cac"]
}

extension Block {
    /// A short title line with no marker that reads as a heading ("Phụ lục", a bold area title).
    var isPlainHeading: Bool {
        // (The last byte, not `hasSuffix`: that walks Characters, and this runs for most blocks.)
        kind == .paragraph && marker == nil && text.utf8.last != 0x2E && text.utf8.last != 0x3B && text.hasAtMostCharacters(90)
            && !Block.afterCaptionNumber(text).contains(". ")
    }

    /// The title after a table's caption number (`Bảng 2. CẢI CÁCH THỂ CHẾ`, `Biểu 3: …`), whose stop is no
    /// sentence's end; the text itself when it has none.
    static func afterCaptionNumber(_ text: String) -> Substring {
        // (`B` first: most lines are ruled out on one byte.)
        guard text.utf8.first == UInt8(ascii: "B"), let space = text.firstIndex(of: " "),
              ["Bảng", "BẢNG", "Biểu", "BIỂU"].contains(text[..<space]) else { return text[...] }
        let number = text[text.index(after: space)...].prefix { $0.isNumber || "IVX".contains($0) }
        guard !number.isEmpty, let stop = text[number.endIndex...].first, stop == "." || stop == ":" else { return text[...] }
        return text[text.index(after: number.endIndex)...]
    }
}
