/// Targets a plan sets relative to its parent's instead of with a figure: `Tỷ lệ hồ sơ … trực tuyến không
/// thấp hơn mức tỉnh giao`. Extraction keeps them apart (`Plan.relativeTargets`, value unknown); once the
/// parent is loaded, `resolve` gives each the parent's figure for its indicator and year, so that the plan
/// carries the indicator (no "missing" finding) at the parent's level. Without a parent they stay apart.
public enum RelativeTargets {
    /// Folded phrases that name the parent's level, longest first (`mức chỉ tiêu tỉnh giao` before `chỉ tiêu
    /// tỉnh giao`, so that the cue is looked for before the whole phrase).
    static let phrases = ["muc tinh giao", "muc thanh pho giao", "chi tieu tinh giao", "chi tieu thanh pho giao",
                          "muc chi tieu tinh giao", "muc chi tieu thanh pho giao", "muc cap tren giao", "muc do tinh giao",
                          "muc do thanh pho giao", "muc ke hoach tinh giao"].sorted { $0.count > $1.count }
    /// Folded words right before the phrase that make it a commitment to that level.
    static let cues = ["khong thap hon", "khong duoi", "toi thieu bang", "bang", "dat", "theo", "toi thieu"]

    /// The relative targets of one paragraph or cell: the phrase after a cue, with the indicator its clause names.
    static func extract(_ t: AlignedFold, lineAt: (Int) -> Int, extractor: TargetExtractor, sectionArea: ReformArea?,
                        subPeriod: Period?) -> [Target] {
        var out: [Target] = []
        // Every phrase ends in `giao`: one scan finds them all.
        for g in t.positions(of: "giao") where Self.afterLevelWord(t, g) {
            let lead = (t.fold(max(0, g - 40)..<g) + " giao").words.joined(separator: " ")
            guard let phrase = phrases.first(where: { lead.hasSuffix(" " + $0) || lead == $0 }) else { continue }
            let p = g + 4 - phrase.utf8.count
            guard p >= 0, case let before = t.fold(max(0, p - 40)..<p), let cue = cues.first(where: { before.hasSuffix($0) }) else { continue }
            var s = p
            while s > 0, t.chars[s - 1] != ";", !(t.chars[s - 1] == "." && s < t.count && t.chars[s] == " ") { s -= 1 }
            guard let id = extractor.match(before: t.fold(s..<p), after: "", unit: "%") else { continue }
            let start = t.positions(of: cue).last { $0 < p && $0 >= s } ?? p
            let end = g + 4
            // "bằng mức Thành phố giao (95%)": the plan writes the level out, and that figure is its target
            // (compared with the parent's like any other).
            if Self.figureFollows(t, end) { continue }
            out.append(Target(line: lineAt(p), value: 0, valueMax: nil, unit: "%", comparator: .atLeast,
                              period: subPeriod ?? extractor.planPeriod,
                              area: extractor.catalog.indicators.indicator(id)?.area ?? sectionArea, indicator: id,
                              text: t.text(s..<end).trimmedWhitespace, figure: t.text(start..<end).trimmedWhitespace))
        }
        return out
    }

    /// Whether a figure follows position `k` in brackets or after a colon (`(95%)`, `: 95%`).
    static func figureFollows(_ t: AlignedFold, _ k: Int) -> Bool {
        var j = k
        while j < t.count, t.chars[j] == " " { j += 1 }
        guard j < t.count, t.chars[j] == "(" || t.chars[j] == ":" else { return false }
        j += 1
        while j < t.count, t.chars[j] == " " { j += 1 }
        return j < t.count && t.chars[j].properties.numericType != nil
    }

    /// Whether `tinh`, `pho` or `tren` and one space stand right before position `g` (read on the folded
    /// bytes: most `giao` are `giao dịch`, `được giao`).
    static func afterLevelWord(_ t: AlignedFold, _ g: Int) -> Bool {
        guard g >= 4, t.folded[g - 1] == 0x20 else { return false }
        func ends(_ w: String) -> Bool {
            let n = w.utf8.count
            return g - 1 >= n && t.folded[(g - 1 - n)..<(g - 1)].elementsEqual(w.utf8)
        }
        return ends("tinh") || ends("pho") || ends("tren")
    }

    /// `plan` with each relative target given the parent's figure for its indicator (the parent's target due
    /// the same year, else one for a period holding it) and moved among its targets, and, when the plan adopts
    /// its parent's targets by reference (`AdoptedTargets`), each parent target it does not restate added at
    /// the adopting line; unchanged without a parent.
    public static func resolve(_ plan: Plan, parent: Plan?) -> Plan {
        guard let parent else { return plan }
        var plan = plan
        // `CT05: đạt 92%`, `Chỉ tiêu (5): đạt 98%`: a figure filed only under the parent's code, or cited by the
        // parent's number, is about that target's indicator.
        if plan.targets.contains(where: { $0.code != nil && $0.indicator == nil }) {
            let byCode = Dictionary(parent.targets.compactMap { p in p.code.flatMap { c in p.indicator.map { (TargetCodes.lookupKey(c), (id: $0, area: p.area)) } } },
                                    uniquingKeysWith: { first, _ in first })
            for k in plan.targets.indices where plan.targets[k].indicator == nil {
                guard let code = plan.targets[k].code, TargetCodes.resolvable(code), let known = byCode[code] else { continue }
                plan.targets[k].indicator = known.id
                plan.targets[k].area = known.area ?? plan.targets[k].area
            }
        }
        guard !plan.relativeTargets.isEmpty || plan.adoptsParentTargetsAt != nil else { return plan }
        // A plan that takes its parent's targets by reference (`AdoptedTargets`): each parent target it does
        // not restate is its own, at the parent's level, quoted from the adopting sentence.
        if let line = plan.adoptsParentTargetsAt {
            let own = Set(plan.targets.compactMap(\.indicator))
            let text = plan.quote(line: line)
            for p in parent.targets where parent.binds(p, on: plan) {
                guard let id = p.indicator, !own.contains(id) else { continue }
                var t = p
                t.line = line; t.text = text; t.forCommune = nil; t.forLevel = nil; t.forKind = nil
                plan.targets.append(t)
            }
        }
        for r in plan.relativeTargets {
            guard let id = r.indicator, let year = (r.period ?? plan.period)?.to else { continue }
            let same = parent.targets.filter { $0.indicator == id && $0.unit == r.unit && $0.comparator.change == nil && parent.binds($0, on: plan) }
            let due = same.first { ($0.period ?? parent.period)?.to == year }
                ?? same.first { p in (p.period ?? parent.period).map { $0.from <= year && year <= $0.to } ?? false }
            guard let p = due else { continue }
            var t = r
            t.value = p.value; t.valueMax = p.valueMax; t.comparator = p.comparator == .equal ? .atLeast : p.comparator
            plan.targets.append(t)
        }
        plan.targets.sort { $0.line < $1.line }
        plan.relativeTargets = []
        return plan
    }
}
