import Foundation

/// Finds the units that lead (chủ trì) each reform area:
/// - in responsibility subsections (`2. Phòng Văn hóa - Xã hội` … `- Chủ trì … cải cách tổ chức bộ máy`),
/// - in sentences naming their unit (`Phòng Văn hóa - Xã hội chủ trì …`),
/// - in in-body lines `Đơn vị chủ trì, tham mưu thực hiện: Văn phòng HĐND và UBND.`, `Chủ trì: Phòng VHXH.`
///   and a heading's `(chủ trì: TT PVHCC xã)` (area of the section),
/// - for an area with none of these, in the `chủ trì` sentences of its section (`sectionLead`),
/// - for an area still without one, by `tham mưu` / `chịu trách nhiệm` in "Tổ chức thực hiện" (`advisoryLeads`),
///   where the standing body for the reform (`là cơ quan thường trực`) leads chỉ đạo, điều hành.
/// A `lead` phrase of the area catalogue must follow `chủ trì`; `weak-lead` phrases count only for an area
/// with no other lead. Chủ trì of a narrow task that names no area (Đề án 06, a portal) makes no area lead.
struct LeadExtractor {
    let catalog: Catalog
    /// The plan's codes for its units (`(CQ chủ trì: VHXH)` under `Ghi chú viết tắt: VHXH - Phòng Văn hóa - Xã hội`).
    var legend = UnitLegend(codes: [:])

    func extract(blocks: [Block], outline: Outline) -> [ReformArea: [UnitRef]] {
        var strong: [ReformArea: [UnitRef]] = [:]
        var weak: [ReformArea: [UnitRef]] = [:]
        // Units that chủ trì within an area's section without naming an area (`Phòng Kinh tế chủ trì thực hiện`).
        var section: [ReformArea: [UnitRef]] = [:]
        let ab = catalog.abbreviations
        // The areas of the plan's numbered items, made on first need.
        var references: SectionReferences?
        for (bi, b) in blocks.enumerated() where b.kind == .paragraph && Self.mayHaveChuTri(b.text) {
            let t = AlignedFold(b.text)
            let chuTri = t.positions(of: "chu tri")
            guard !chuTri.isEmpty else { continue }
            let bodyStart = b.marker?.length ?? 0
            // "1. Văn phòng HĐND và UBND phường:" / "- Chủ trì: thể chế; chỉ đạo điều hành.": under a unit's heading,
            // a `Chủ trì:` line names the areas the unit leads by their short names.
            if let unit = outline.unitOfBlock[bi], !unit.id.isEmpty, let (p, colon) = labelledLead(t, chuTri: chuTri, bodyStart: bodyStart),
               p - bodyStart <= 8 {
                let areas = t.text((colon + 1)..<labelledEnd(t, from: colon + 1)).split(separator: ";").compactMap {
                    TaskTableExtractor.area(ofColumnCell: $0.trimmingCharacters(in: .init(charactersIn: " .")), catalog: catalog)
                }
                let ref = UnitRef(unit: unit.name, unitID: unit.id, text: unit.name, line: b.line(atOffset: p))
                for a in areas { Self.add(a, ref, to: &strong) }
                if !areas.isEmpty { continue }
            }
            // "a) Đơn vị chủ trì, tham mưu thực hiện: Văn phòng HĐND và UBND.", "2. Cải cách thủ tục hành chính
            // (cơ quan chủ trì: Trung tâm …)": the units after the colon lead the area of the block.
            if let (p, colon) = labelledLead(t, chuTri: chuTri, bodyStart: bodyStart), let area = outline.areaOfBlock[bi] {
                // A label starting the item names its unit however it is written; one inside a sentence
                // only a unit the catalogue knows.
                let atStart = p - bodyStart <= 8
                // "a) Rà soát văn bản … (CQ chủ trì: VP; hoàn thành: Quý I/2026)": a task's own lead counts
                // towards its section's, as a `chủ trì` in the body does (`sectionLead`).
                let taskLead = !atStart && b.marker.map { $0.kind == .letter || $0.kind == .bullet || $0.kind == .romanItem } == true
                for piece in t.text((colon + 1)..<labelledEnd(t, from: colon + 1)).split(whereSeparator: { $0 == ";" }) {
                    // "…; đơn vị phối hợp: các phòng chuyên môn": the coordinators are not leads.
                    let folded = Folding.fold(String(piece))
                    if folded.contains("phoi hop") { break }
                    // "Đơn vị chủ trì: theo phân công tại điểm … của Kế hoạch này": a reference, not a unit's name.
                    if ["theo", "nhu", "tai", "xem"].contains(where: { folded.hasPrefix($0 + " ") }) { break }
                    if let ref = catalog.units.resolve(legend.expand(String(piece)), line: b.line(atOffset: colon + 1), abbreviations: ab),
                       atStart || ref.unitID != nil {
                        if taskLead { section[area, default: []].append(ref); break }
                        Self.add(area, ref, to: &strong)
                    }
                }
                continue
            }
            // "Giao Phòng X chủ trì …; chủ trì …": a later chủ trì of the paragraph keeps the unit of the first.
            var paragraphUnit: UnitCatalog.Unit?
            var subject: UnitCatalog.Unit??  // the paragraph's opening unit, found on first need
            for (k, p) in chuTri.enumerated() {
                let sentenceStart = t.sentenceStart(before: p)
                let precedingFolded = Folding.fold(t.text(max(sentenceStart, p - 14)..<p))
                // "… các nhiệm vụ được giao chủ trì": not a lead, unless a unit is named right before
                // ("Phòng Kinh tế được giao chủ trì thực hiện cải cách tài chính công").
                let assigned = precedingFolded.hasSuffix("duoc giao") || precedingFolded.hasSuffix("duoc phan cong")
                let named = namedRightBefore(t, chuTri: p, sentenceStart: sentenceStart)
                if assigned, named == nil { continue }
                // The unit of this chủ trì: named right before it, else the enclosing responsibility
                // heading's, else an unlisted unit named right before it, else an earlier chủ trì's of the
                // paragraph, else the unit the paragraph opens with.
                var found = named ?? outline.unitOfBlock[bi] ?? Self.unlistedUnit(t.text(sentenceStart..<p)) ?? paragraphUnit
                if found == nil {
                    if subject == nil { subject = .some(openingUnit(t, bodyStart: bodyStart)) }
                    found = subject!
                }
                guard let unit = found else { continue }
                paragraphUnit = unit
                let end = min(t.sentenceEnd(after: p), k + 1 < chuTri.count ? chuTri[k + 1] : t.count)
                let ref = UnitRef(unit: unit.name, unitID: unit.id.isEmpty ? nil : unit.id, text: unit.name, line: b.line(atOffset: p))
                var clauseHadArea = true
                var namesArea = false
                for (ci, clause) in clauses(t, (p + 7)..<end).enumerated() {
                    guard clauseHadArea else { break }
                    let folded = " " + Folding.foldExpanding(t.text(clause), ab) + " "
                    // "chủ trì … cải cách thể chế; phối hợp thực hiện cải cách thủ tục hành chính": the list
                    // of led areas ends where the unit turns coordinator.
                    if ci > 0, Self.opensCoordination(folded) { break }
                    var areas = leadAreas(folded, weak: false)
                    // "chủ trì … các nhiệm vụ tại điểm 1, 2 và 4 Mục III Kế hoạch này": the areas of those items.
                    if areas.isEmpty, folded.contains(" diem ") || folded.contains(" khoan ") || folded.contains(" tai muc ") {
                        if references == nil { references = SectionReferences(blocks: blocks, outline: outline) }
                        areas = references!.areas(pointedAt: folded)
                    }
                    for a in areas { Self.add(a, ref, to: &strong) }
                    if ci == 0 { for a in leadAreas(folded, weak: true) { Self.add(a, ref, to: &weak) } }
                    clauseHadArea = !areas.isEmpty
                    namesArea = namesArea || clauseHadArea
                }
                // "1. Cải cách thể chế (Văn phòng HĐND và UBND xã chủ trì)": in an area's heading, the lead
                // is the heading's area's.
                if !namesArea, let area = outline.areaOfBlock[bi] {
                    if b.isHeadingLike { Self.add(area, ref, to: &strong) } else { section[area, default: []].append(ref) }
                }
            }
        }
        // "Đầu mối: Phòng Văn hóa - Xã hội" in the area's section: as explicit as a `chủ trì:` label.
        for (area, refs) in responsibleLines(blocks: blocks, outline: outline) where strong[area] == nil { strong[area] = refs }
        for (area, refs) in weak where strong[area] == nil { strong[area] = refs }
        for (area, refs) in executorLines(blocks: blocks, outline: outline) { section[area, default: []] += refs }
        for (area, refs) in section where strong[area] == nil {
            if let lead = Self.sectionLead(refs) { strong[area] = [lead] }
        }
        // A plan that writes no chủ trì for an area may still give it to a unit in its "Tổ chức thực hiện"
        // section: `Văn phòng HĐND và UBND xã: Tham mưu UBND xã thực hiện cải cách thể chế`.
        for (area, refs) in advisoryLeads(blocks: blocks, outline: outline) where strong[area] == nil { strong[area] = refs }
        for (area, refs) in assignedAdvisers(blocks: blocks, outline: outline) where strong[area] == nil { strong[area] = refs }
        for (area, refs) in bracketedAreaLeads(blocks: blocks) where strong[area] == nil { strong[area] = refs }
        for (area, refs) in dashedHeadingLeads(blocks: blocks, outline: outline) where strong[area] == nil { strong[area] = refs }
        for (area, refs) in focalPointLeads(blocks: blocks, outline: outline) where strong[area] == nil { strong[area] = refs }
        for (area, refs) in preambleLeads(blocks: blocks, outline: outline) where strong[area] == nil { strong[area] = refs }
        return strong
    }

    /// `ối` / `ỐI` of `mối` (E1 BB 91 69 / E1 BB 90 49), searched on bytes to skip other paragraphs unfolded.
    static let focalPointCues: [[UInt8]] = [[0xE1, 0xBB, 0x91, 0x69], [0xE1, 0xBB, 0x90, 0x49]]
    static let focalPointPhrases = ["la don vi dau moi", "la co quan dau moi", "la dau moi"]

    /// `Phòng Văn hóa - Xã hội là đơn vị đầu mối, giúp UBND xã theo dõi …` in an area's section: the unit named
    /// right before leads the areas the sentence names, else the section's area. Outside "Tổ chức thực hiện"
    /// (whose `đầu mối giúp` is read by `advisoryLeads`).
    func focalPointLeads(blocks: [Block], outline: Outline) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        for (bi, b) in blocks.enumerated() where b.kind == .paragraph && !outline.inImplementationSection[bi]
            && b.text.containsAny(ofBytes: Self.focalPointCues, key: 2) {
            let t = AlignedFold(b.text)
            if let (ref, p) = unitNamedBefore(Self.focalPointPhrases, in: t, block: b) { give(ref, areasGiven(t, from: p), bi, outline, &out) }
        }
        return out
    }

    /// Pieces of the preamble verbs as written (any case of their first letter), to skip other paragraphs.
    static let preambleCues = ["mưu", "MƯU", "thường trực", "THƯỜNG TRỰC", "hiện", "HIỆN"]
    /// `Phòng Văn hóa - Xã hội là đơn vị thường trực, tham mưu …`, `… tham mưu, tổ chức thực hiện; … phối hợp.`,
    /// `Các nội dung dưới đây do Phòng Văn hóa - Xã hội thực hiện, các đơn vị liên quan phối hợp:`, folded.
    static let preamblePhrases = standingBodyPhrases + ["tham muu", "thuc hien"]

    /// The unmarked paragraph that opens an area's section and names who carries it out without `chủ trì`
    /// (`Phòng Kinh tế là đơn vị thường trực, tham mưu UBND xã …`, `… do Văn phòng HĐND và UBND xã thực hiện,
    /// các đơn vị liên quan phối hợp`): the unit named right before the verb leads the areas the sentence
    /// names, else the section's area. A `phối hợp` before the unit, or a person (`Đồng chí Phó Chủ tịch …
    /// trực tiếp chỉ đạo`), names no lead. Outside "Tổ chức thực hiện".
    func preambleLeads(blocks: [Block], outline: Outline) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        for (bi, b) in blocks.enumerated() where b.kind == .paragraph && b.marker == nil && !outline.inImplementationSection[bi]
            && outline.areaOfBlock[bi] != nil && Self.opensSection(blocks, bi)
            && Self.preambleCues.contains(where: { b.text.contains($0) }) {
            let t = AlignedFold(b.text)
            if let (ref, p) = unitNamedBefore(Self.preamblePhrases, in: t, block: b) { give(ref, areasGiven(t, from: p), bi, outline, &out) }
        }
        return out
    }

    /// Whether only unmarked paragraphs (two at most) stand between the block and a heading: the block is
    /// part of what a section says before its first item.
    static func opensSection(_ blocks: [Block], _ bi: Int) -> Bool {
        var k = bi - 1
        while k >= max(0, bi - 3) {
            if blocks[k].isHeadingLike { return true }
            guard blocks[k].kind == .paragraph, blocks[k].marker == nil else { return false }
            k -= 1
        }
        return false
    }

    /// The first of `phrases` (folded) in `t` with a unit of the catalogue named right before it: the unit as
    /// a reference, and where the phrase stands.
    private func unitNamedBefore(_ phrases: [String], in t: AlignedFold, block b: Block) -> (UnitRef, Int)? {
        for p in phrases.flatMap({ t.positions(of: $0) }).sorted() {
            guard let unit = namedRightBefore(t, chuTri: p, sentenceStart: t.sentenceStart(before: p)), !unit.id.isEmpty else { continue }
            return (UnitRef(unit: unit.name, unitID: unit.id, text: unit.name, line: b.line(atOffset: p)), p)
        }
        return nil
    }

    /// Gives `ref` the areas its sentence names (`named`), else the area of the block's section.
    private func give(_ ref: UnitRef, _ named: [ReformArea], _ bi: Int, _ outline: Outline, _ out: inout [ReformArea: [UnitRef]]) {
        for a in named { Self.add(a, ref, to: &out) }
        if named.isEmpty, let area = outline.areaOfBlock[bi] { Self.add(area, ref, to: &out) }
    }

    /// Whether `text` holds an em or en dash between spaces (` — `, ` – `: 20 E2 80 94/93 20), read on bytes.
    static func hasSpacedDash(_ text: String) -> Bool { text.containsAny(ofBytes: spacedDashes, key: 1) }
    static let spacedDashes = [Array(" — ".utf8), Array(" – ".utf8)]

    /// `2. Cải cách thể chế — VP HĐND-UBND`: an area's numbered heading with its lead after a dash (an em dash,
    /// or an en dash between spaces: a hyphen is inside names, `Phòng Văn hóa - Xã hội`).
    func dashedHeadingLeads(blocks: [Block], outline: Outline) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        // (An em or en dash is E2 80 94 / E2 80 93: a byte test rules out most headings before any search.)
        for (bi, b) in blocks.enumerated() where b.kind == .paragraph && b.marker != nil && b.text.utf8.count <= 480 && Self.hasSpacedDash(b.text) {
            guard let area = outline.areaOfBlock[bi],
                  let dash = b.text.range(of: " — ", options: .backwards) ?? b.text.range(of: " – ", options: .backwards) else { continue }
            let name = String(b.text[dash.upperBound...]).trimmingCharacters(in: .init(charactersIn: " .:;"))
            if let ref = catalog.units.resolve(legend.expand(name), line: b.firstLine, abbreviations: catalog.abbreviations), ref.unitID != nil {
                Self.add(area, ref, to: &out)
            }
        }
        return out
    }

    /// "- Phòng Văn hóa - Xã hội (tổ chức bộ máy; chế độ công vụ): chủ trì …": an item opening on a unit the
    /// catalogue knows, the areas it leads in brackets after it, then what it leads.
    func bracketedAreaLeads(blocks: [Block]) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        // The bracket opens within the first 60 characters: a byte test on the first bytes rules most items out
        // before any Character is read.
        for b in blocks where b.kind == .paragraph && b.text.containsByte(0x28, within: 260) {
            let body = b.body
            guard let open = body.firstIndex(of: "("), body[..<open].hasAtMostCharacters(60),
                  let close = body[open...].firstIndex(of: ")"),
                  body[body.index(after: close)...].drop(while: { $0 == " " }).first == ":",
                  Folding.fold(String(body[body.index(after: close)...].prefix(80))).contains("chu tri"),
                  let ref = catalog.units.resolve(String(body[..<open]), line: b.firstLine, abbreviations: catalog.abbreviations),
                  ref.unitID != nil else { continue }
            for part in body[body.index(after: open)..<close].split(separator: ";") {
                guard let area = TaskTableExtractor.area(ofColumnCell: String(part).trimmedWhitespace, catalog: catalog) else { continue }
                Self.add(area, ref, to: &out)
            }
        }
        return out
    }

    /// Adds `ref` to the area's leads unless its unit is already there.
    static func add(_ area: ReformArea, _ ref: UnitRef, to dict: inout [ReformArea: [UnitRef]]) {
        if !(dict[area] ?? []).contains(where: { $0.unit == ref.unit }) { dict[area, default: []].append(ref) }
    }

    /// Pieces of those verbs as written (any case of their first letter), to skip other paragraphs unfolded.
    static let advisoryCues = ["mưu", "MƯU", "nhiệm", "NHIỆM", "thường trực", "THƯỜNG TRỰC", "đầu mối giúp"]

    /// Verbs by which the "Tổ chức thực hiện" section gives an area to a unit without `chủ trì`, folded.
    static let advisoryVerbs = ["tham muu", "chiu trach nhiem", "co trach nhiem", "co quan thuong truc",
                                // "… là cơ quan đầu mối giúp UBND xã thực hiện các nội dung cải cách thể chế"
                                "co quan dau moi giup"]

    /// `Giao Phòng X tham mưu UBND xã triển khai …` in any section: the unit assigned leads the areas the
    /// sentence names, else the area of the section it stands in.
    func assignedAdvisers(blocks: [Block], outline: Outline) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        for (bi, b) in blocks.enumerated() where b.kind == .paragraph && Self.opensWithGiao(b) && b.text.contains("mưu") {
            let t = AlignedFold(b.text)
            let bodyStart = b.marker?.length ?? 0
            guard t.hasWord("giao", at: bodyStart) else { continue }
            for p in t.positions(of: "tham muu") where p < bodyStart + 90 {
                let sentenceStart = t.sentenceStart(before: p)
                guard sentenceStart <= bodyStart, let unit = namedRightBefore(t, chuTri: p, sentenceStart: sentenceStart) else { continue }
                let ref = UnitRef(unit: unit.name, unitID: unit.id.isEmpty ? nil : unit.id, text: unit.name, line: b.line(atOffset: p))
                let named = areasGiven(t, from: p)
                for a in named { Self.add(a, ref, to: &out) }
                if named.isEmpty, let area = outline.areaOfBlock[bi] { Self.add(area, ref, to: &out) }
                break
            }
        }
        return out
    }

    /// The areas the sentence from `p` (a unit's verb) gives it, up to a clause where it turns coordinator
    /// (`…; phối hợp thực hiện cải cách thủ tục hành chính`).
    func areasGiven(_ t: AlignedFold, from p: Int) -> [ReformArea] {
        var out: [ReformArea] = []
        for (ci, clause) in clauses(t, p..<t.sentenceEnd(after: p)).enumerated() {
            let folded = " " + Folding.foldExpanding(t.text(clause), catalog.abbreviations) + " "
            if ci > 0, Self.opensCoordination(folded) { break }
            out += leadAreas(folded, weak: false)
        }
        return out
    }

    /// Whether the block's body (after its marker) starts with `Giao ` / `giao `, read on its first bytes.
    static func opensWithGiao(_ b: Block) -> Bool {
        var text = b.text
        return text.withUTF8 { u in
            // The marker is ASCII or a bullet of a few bytes: `giao ` within the first 16 bytes.
            var i = 0
            while i + 4 < min(u.count, 16) {
                if u[i] | 0x20 == 0x67, u[i + 1] == 0x69, u[i + 2] == 0x61, u[i + 3] == 0x6F, u[i + 4] == 0x20 { return true }  // giao
                i += 1
            }
            return false
        }
    }

    /// Areas given to a unit in the implementation section by `tham mưu` / `chịu trách nhiệm` (the unit
    /// named right before, heading its subsection, or opening its paragraph), a `phối hợp` clause excepted.
    func advisoryLeads(blocks: [Block], outline: Outline) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        for (bi, b) in blocks.enumerated() where b.kind == .paragraph && outline.inImplementationSection[bi]
            && Self.advisoryCues.contains(where: { b.text.contains($0) }) {
            let t = AlignedFold(b.text)
            let verbs = Self.advisoryVerbs.flatMap { t.positions(of: $0) }.sorted()
            guard !verbs.isEmpty else { continue }
            var subject: UnitCatalog.Unit??
            for p in verbs {
                let sentenceStart = t.sentenceStart(before: p)
                var unit = namedRightBefore(t, chuTri: p, sentenceStart: sentenceStart) ?? outline.unitOfBlock[bi]
                if unit == nil {
                    if subject == nil { subject = .some(openingUnit(t, bodyStart: b.marker?.length ?? 0)) }
                    unit = subject!
                }
                guard let unit else { continue }
                let ref = UnitRef(unit: unit.name, unitID: unit.id.isEmpty ? nil : unit.id, text: unit.name, line: b.line(atOffset: p))
                // "… là cơ quan thường trực (về cải cách hành chính)": the unit that runs the reform's direction.
                if t.hasWord("co quan thuong truc", at: p) { Self.add(.chiDao, ref, to: &out) }
                for a in areasGiven(t, from: p) { Self.add(a, ref, to: &out) }
            }
        }
        return out
    }

    /// `Cơ quan thực hiện: Văn phòng HĐND và UBND phường.` after each task of an area's section (with
    /// `Cơ quan phối hợp:`, `Thời gian:`, `Sản phẩm:` lines): the first unit named carries out the task, and
    /// counts towards the section's lead (`sectionLead`) as a `chủ trì` in the body does.
    func executorLines(blocks: [Block], outline: Outline) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        for (bi, b) in blocks.enumerated() where b.kind == .paragraph && b.text.contains("thực hiện:") {
            guard let area = outline.areaOfBlock[bi] else { continue }
            let t = AlignedFold(b.text)
            for (colon, lineEnd) in Self.labelledLines(b, t, labels: ["co quan thuc hien", "don vi thuc hien"]) {
                // The unit runs to the end of its line, or to the first `;` / `,`.
                var e = colon + 1
                while e < lineEnd, t.chars[e] != ";", t.chars[e] != "," { e += 1 }
                if let ref = catalog.units.resolve(t.text((colon + 1)..<e), line: b.line(atOffset: colon + 1),
                                                   abbreviations: catalog.abbreviations), ref.unitID != nil {
                    out[area, default: []].append(ref)
                }
            }
        }
        return out
    }

    /// Where each of `labels` (folded) opens a line of the source or the item and is followed by a colon
    /// (the lines after a task are often joined to it): the colon, and the end of its line.
    static func labelledLines(_ b: Block, _ t: AlignedFold, labels: [String]) -> [(colon: Int, lineEnd: Int)] {
        var out: [(colon: Int, lineEnd: Int)] = []
        for label in labels {
            for p in t.positions(of: label) {
                guard b.spans.contains(where: { $0.offset == p }) || p == (b.marker?.length ?? 0) else { continue }
                let colon = DateParsing.skipSpaces(t, p + label.utf8.count)
                guard colon < t.count, t.chars[colon] == ":" else { continue }
                out.append((colon, b.spans.first(where: { $0.offset > colon })?.offset ?? t.count))
            }
        }
        return out
    }

    /// Lines that name an area's lead without the word `chủ trì`: `Đơn vị chịu trách nhiệm chính: Phòng Văn hóa
    /// - Xã hội.`, `Đầu mối tham mưu: …; Đơn vị phối hợp: …`, `Đầu mối: …`. The label opens a line of the
    /// source or the item; the units after its colon, up to the end of the line or a piece naming `phối hợp`,
    /// lead the area of the section. Only units the catalogue knows count: `đầu mối` also names contact
    /// persons.
    func responsibleLines(blocks: [Block], outline: Outline) -> [ReformArea: [UnitRef]] {
        var out: [ReformArea: [UnitRef]] = [:]
        // `đầu mối`, `trách nhiệm chính` in lower case as written: two byte searches rule out the other paragraphs
        // (`chính` alone is in every `hành chính`).
        for (bi, b) in blocks.enumerated() where b.kind == .paragraph && (b.text.contains("ầu mối") || b.text.contains("nhiệm chính")
                                                                          || b.text.contains("ẦU MỐI") || b.text.contains("hụ trách")
                                                                          || b.text.contains("mưu chính")) {
            guard let area = outline.areaOfBlock[bi] else { continue }
            let t = AlignedFold(b.text)
            let labelled = Self.labelledLines(b, t, labels: Self.responsibleLabels)
            for (colon, lineEnd) in labelled {
                for piece in t.text((colon + 1)..<lineEnd).split(separator: ";") {
                    if Folding.fold(String(piece)).contains("phoi hop") { break }
                    if let ref = catalog.units.resolve(String(piece), line: b.line(atOffset: colon + 1),
                                                       abbreviations: catalog.abbreviations), ref.unitID != nil {
                        Self.add(area, ref, to: &out)
                    }
                }
            }
            // "- Phòng Văn hóa - Xã hội phụ trách chính; phối hợp: …": the unit named right before the words.
            guard labelled.isEmpty else { continue }
            for p in t.positions(of: "phu trach chinh") {
                guard let unit = namedRightBefore(t, chuTri: p, sentenceStart: t.sentenceStart(before: p)), !unit.id.isEmpty else { continue }
                Self.add(area, UnitRef(unit: unit.name, unitID: unit.id, text: unit.name, line: b.line(atOffset: p)), to: &out)
            }
        }
        return out
    }

    /// Folded labels of `responsibleLines`, longest first so that `đầu mối tham mưu` is not also read as
    /// `đầu mối` (a shorter label must be followed by its colon, which the longer one's words are not).
    static let responsibleLabels = ["don vi chiu trach nhiem chinh", "co quan chiu trach nhiem chinh", "chiu trach nhiem chinh",
                                    "don vi phu trach chinh", "co quan phu trach chinh",
                                    "co quan dau moi", "don vi dau moi", "dau moi tham muu", "dau moi",
                                    // `Đơn vị phụ trách:` / `Phụ trách:` over `Đơn vị phối hợp:`
                                    "don vi phu trach", "co quan phu trach", "phu trach",
                                    // `Cơ quan tham mưu chính: Phòng Kinh tế.`
                                    "co quan tham muu chinh", "don vi tham muu chinh"]

    /// The lead of an area whose section names its units only by `chủ trì` in its body (`1. Cải cách thể chế
    /// … Văn phòng HĐND và UBND xã chủ trì thực hiện`): the unit of more than half of the section's `chủ trì`
    /// (its first mention). A section whose tasks are led by several units in turn has no area lead.
    static func sectionLead(_ refs: [UnitRef]) -> UnitRef? {
        var counts: [String: Int] = [:]
        for r in refs { counts[r.unit, default: 0] += 1 }
        guard let (unit, n) = counts.max(by: { $0.value < $1.value }), 2 * n > refs.count else { return nil }
        return refs.first { $0.unit == unit }
    }

    /// `đơn vị chủ trì:` / `cơ quan chủ trì, tham mưu thực hiện:`, and a bare `Chủ trì:` opening the item or
    /// a parenthesis (`3.1. Cải cách thể chế (chủ trì: Văn phòng HĐND - UBND)`): the `chủ trì` of such a
    /// label and its colon (within 40 characters, no clause break or `phối hợp` before it).
    func labelledLead(_ t: AlignedFold, chuTri: [Int], bodyStart: Int) -> (Int, Int)? {
        for p in chuTri {
            let pre = Folding.fold(t.text(max(bodyStart, p - 12)..<p))
            // "Cơ quan tham mưu, chủ trì: …": the adviser's title before it opens the item.
            // `(CQ chủ trì: VHXH; …)`: the abbreviated title (folded, its bracket is a space).
            guard pre.hasSuffix("don vi") || pre.hasSuffix("co quan") || pre == "cq" || pre.hasSuffix(" cq")
                || Self.opensLabel(t, at: p, bodyStart: bodyStart)
                || p - bodyStart <= 26 && Self.adviserTitles.contains(Folding.fold(t.text(bodyStart..<p)))
            else { continue }
            var j = p + 7
            while j < min(t.count, p + 40) {
                let c = t.chars[j]
                if c == ":" {
                    // "Chủ trì, phối hợp với …:" introduces tasks, not units.
                    if Folding.fold(t.text((p + 7)..<j)).contains("phoi hop") { break }
                    return (p, j)
                }
                if c == ";" || c == "." || c == ")" { break }
                j += 1
            }
        }
        return nil
    }

    /// Folded titles that may stand before `chủ trì` in a lead's label.
    /// (`Trách nhiệm chủ trì: Phòng Văn hóa - Xã hội.` under a group of tasks: the responsibility's name.)
    static let adviserTitles: Set<String> = ["co quan tham muu", "don vi tham muu", "tham muu", "trach nhiem"]

    /// Whether only spaces stand between `p` and the start of the item's body or an opening parenthesis.
    static func opensLabel(_ t: AlignedFold, at p: Int, bodyStart: Int) -> Bool {
        var j = p - 1
        while j >= bodyStart, t.chars[j] == " " { j -= 1 }
        return j < bodyStart || t.chars[j] == "("
    }

    /// Where the units of a `chủ trì:` label end: a closing parenthesis, a sentence end or the paragraph's end.
    func labelledEnd(_ t: AlignedFold, from start: Int) -> Int {
        var j = start
        while j < t.count {
            if t.chars[j] == ")" { return j }
            if t.chars[j] == ".", j + 1 >= t.count || t.chars[j + 1] == " " { return j }
            j += 1
        }
        return t.count
    }

    /// Whether `text` may contain `chủ trì` (also `CHỦ TRÌ`, or `chu tri` without marks): `tr` + `ì`/`i`
    /// ending a word, after `ch` + `ủ`/`u` and a space. Read on the bytes, so that the paragraphs without it
    /// (most of a plan) are not folded.
    static func mayHaveChuTri(_ text: String) -> Bool {
        var s = text
        return s.withUTF8 { b in
            let n = b.count
            var i = 0
            while i + 2 < n {
                defer { i += 1 }
                guard b[i] | 0x20 == UInt8(ascii: "t"), b[i + 1] | 0x20 == UInt8(ascii: "r") else { continue }
                // ì (C3 AC), Ì (C3 8C) or i, then no letter.
                var e = i + 2
                if b[e] == 0xC3, e + 1 < n, b[e + 1] == 0xAC || b[e + 1] == 0x8C { e += 2 }
                else if b[e] | 0x20 == UInt8(ascii: "i") { e += 1 }
                else { continue }
                if e < n, Self.startsLetter(b, e) { continue }
                // " " before, and ủ (E1 BB A7), Ủ (E1 BB A6) or u before it, after "ch".
                guard i >= 4, b[i - 1] == 0x20 else { continue }
                var h = i - 2
                if b[h] | 0x20 == UInt8(ascii: "u") { h -= 1 }
                else if h >= 2, b[h - 2] == 0xE1, b[h - 1] == 0xBB, b[h] == 0xA7 || b[h] == 0xA6 { h -= 3 }
                else { continue }
                if h >= 1, b[h] | 0x20 == UInt8(ascii: "h"), b[h - 1] | 0x20 == UInt8(ascii: "c") { return true }
            }
            return false
        }
    }

    /// Whether the UTF-8 bytes at `i` start a letter: ASCII, a Vietnamese letter (lead bytes C3–C6, or
    /// E1 B8–BB), or a combining mark (CC, CD). Punctuation, dashes and spaces end a word.
    static func startsLetter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z") }
        if (0xC3...0xC6).contains(c) || c == 0xCC || c == 0xCD { return true }
        return c == 0xE1 && i + 1 < b.count && (0xB8...0xBB).contains(b[i + 1])
    }

    /// Areas whose lead phrases occur, skipping those that only describe what a system serves
    /// (`hệ thống … phục vụ công tác chỉ đạo, điều hành`) or name a tool (`hệ thống thư điện tử công vụ`).
    func leadAreas(_ folded: String, weak: Bool) -> [ReformArea] {
        let bytes = Array(folded.utf8)
        let signature = TextSignature(literal: bytes)
        var out: [ReformArea] = []
        for e in catalog.areas.entries {
            let pats = weak ? e.weakLeads : e.leads
            let hit = pats.contains { p in
                p.mayMatch(signature) && p.allMatches(bytes: bytes).contains { m in
                    let lo = max(0, m.start - 16)
                    let before = String(decoding: bytes[lo..<m.start], as: UTF8.self)
                    return !before.contains("phuc vu") && !before.trimmedWhitespace.hasSuffix("dien tu")
                }
            }
            if hit { out.append(e.area) }
        }
        return out
    }

    /// Words that may stand between a unit and its `chủ trì`, folded: the standing body of the reform named as
    /// such (`Văn phòng HĐND và UBND phường là cơ quan thường trực, chủ trì …`), or `cũng được giao`.
    static let standingBody = standingBodyPhrases + ["la co quan dau moi", "la dau moi",
                               // `Văn phòng HĐND và UBND phường cũng được giao chủ trì …` (a news report of the plan)
                               "cung duoc giao"]
    /// `là cơ quan thường trực`, `là đơn vị thường trực`, folded.
    static let standingBodyPhrases = ["la co quan thuong truc", "la don vi thuong truc"]

    /// A catalogue unit named as the subject of `chủ trì` (`Phòng Văn hóa - Xã hội chủ trì`): in its sentence, with nothing but a verb-less
    /// gap (`có trách nhiệm`, `được giao`, `là cơ quan thường trực`) between it and `chủ trì`.
    ///
    /// A unit of a `phối hợp (với)` clause coordinates (`Giao Văn phòng chủ trì, phối hợp với các phòng chuyên
    /// môn tham mưu …`): it is not the subject of the verb after it.
    func namedRightBefore(_ t: AlignedFold, chuTri p: Int, sentenceStart: Int) -> UnitCatalog.Unit? {
        var clauseStart = p
        while clauseStart > sentenceStart, t.chars[clauseStart - 1] != ";" { clauseStart -= 1 }
        var raw = t.text(clauseStart..<p)
        // `Giao Phòng Văn hóa - Xã hội (cơ quan thường trực CCHC) chủ trì`: a note in brackets after the unit.
        if raw.trimmedWhitespace.hasSuffix(")"), let open = raw.lastIndex(of: "("), raw.distance(from: open, to: raw.endIndex) <= 60 {
            raw = String(raw[..<open])
        }
        // `Giao Trung tâm chủ trì`, where the plan gave `Trung tâm` as the short name of a unit.
        if !legend.shortNames.isEmpty, let unit = legend.unit(endingText: raw[...]) { return unit }
        let before = Folding.foldExpanding(raw, catalog.abbreviations)
        guard let m = catalog.units.mentions(in: before).last else { return nil }
        // Offsets count in " " + before + " ".
        if String(decoding: before.utf8.prefix(max(0, m.start - 1)), as: UTF8.self).contains("phoi hop") { return nil }
        if before.count + 2 - m.end <= 14 { return m.unit }
        let gap = String(before.suffix(max(0, before.count + 2 - m.end))).trimmedWhitespace
        // The unit's name may run on past the catalogue's (`… và UBND phường`).
        return Self.standingBody.contains { gap.hasSuffix($0) && gap.count <= $0.count + 10 } ? m.unit : nil
    }

    /// The unit a paragraph opens with, as its subject (`1. Giao Phòng Văn hóa - Xã hội là cơ quan thường
    /// trực …; chủ trì tham mưu … cải cách chế độ công vụ`): a later `chủ trì` with no unit of its own is
    /// that unit's. Only `Giao`, `Đề nghị` or nothing may stand before the unit.
    func openingUnit(_ t: AlignedFold, bodyStart: Int) -> UnitCatalog.Unit? {
        let head = Folding.foldExpanding(t.text(bodyStart..<min(t.count, bodyStart + 90)), catalog.abbreviations)
        guard let m = catalog.units.mentions(in: head).first else { return nil }
        // Offsets count in " " + head + " ".
        let before = head.utf8.prefix(max(0, m.start - 1))
        let words = String(decoding: before, as: UTF8.self).words
        return words.isEmpty || words == ["giao"] || words == ["de", "nghi"] || words == ["giao", "cho"] ? m.unit : nil
    }

    /// Words that begin the name of a unit (`Tổ công nghệ số cộng đồng`, `Ban Chỉ huy Quân sự xã`), folded.
    static let unitHeads: [[Substring]] = ["phong", "van phong", "trung tam", "bo phan", "ban", "to", "doi", "hoi",
                                           "doan", "so", "chi cuc", "cong chuc", "can bo"].map { $0.words }

    /// A unit the catalogue does not list, named as the subject right before `chủ trì` (`Giao Tổ công nghệ
    /// số cộng đồng chủ trì …`): the lead is reported as written and marked as outside the standard units,
    /// rather than the area being reported without a lead. The name starts with a unit word (capitalised,
    /// but for `công chức` and `cán bộ`) and has at most eight words; `Giao`, `Đề nghị` before it are dropped.
    static func unlistedUnit(_ before: String) -> UnitCatalog.Unit? {
        let words = before.words
        guard let last = words.last, !last.hasSuffix(","), !last.hasSuffix(";"), words.count <= 10 else { return nil }
        let folded = words.map { Substring(Folding.fold(String($0))) }
        for start in max(0, words.count - 8)..<words.count {
            guard let head = unitHeads.first(where: { h in
                start + h.count <= words.count && Array(folded[start..<(start + h.count)]) == h
            }) else { continue }
            let capitalised = words[start].first?.isUppercase == true
            guard capitalised || head.count == 2 && (head[0] == "cong" || head[0] == "can"),
                  start + head.count < words.count else { continue }
            // A clause is not a name: "Hội nghị do Chủ tịch UBND xã chủ trì", "Ban đã được giao chủ trì".
            if folded[(start + head.count)...].contains(where: { ["do", "duoc", "da", "se", "dang"].contains($0) }) { return nil }
            if head == ["hoi"], words[start + 1].first?.isUppercase != true { continue }
            let name = words[start...].joined(separator: " ")
            return UnitCatalog.Unit(id: "", name: name, nameEN: name, standard: false, aliases: [])
        }
        return nil
    }

    /// Whether a folded clause (with a leading space) opens on `phối hợp`, after a duty's number if any
    /// (`(4) Phối hợp với Phòng Kinh tế …`): from there the unit coordinates.
    static func opensCoordination(_ folded: String) -> Bool {
        folded.drop { $0 == " " || $0.isNumber }.hasPrefix("phoi hop")
    }

    /// Splits at `;`: a list of areas continues across semicolons.
    func clauses(_ t: AlignedFold, _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = r.lowerBound
        for i in r where t.chars[i] == ";" {
            out.append(s..<i)
            s = i + 1
        }
        if s < r.upperBound { out.append(s..<r.upperBound) }
        return out
    }
}
