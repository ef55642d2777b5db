/// `parent-target` with `mode = below-unlisted`: a target that no catalogue indicator matched, below the
/// parent's target of the same subject. A parent read as a document often sets figures the catalogue does
/// not know; a commune that copies such a target with a lower figure falls short just the same.
///
/// Two unmatched targets are of one subject when their subject words (folded, without function words,
/// figures and the words every target shares, `tỷ lệ`, `đạt`) have three words and `min-shared` of the
/// smaller set in common. Only the plan's and the parent's unmatched targets are paired: a target with an
/// indicator is compared by `mode = below`.
extension ParentTargetKind {
    /// Words that say nothing of what a target measures.
    static let targetFunctionWords: Set<Substring> = [
        "ty", "le", "dat", "toi", "thieu", "tren", "tro", "len", "phan", "dau", "nam", "den", "het", "muc", "so",
        "cac", "cua", "va", "duoc", "trong", "tu", "theo", "voi", "cho", "tai", "la", "co", "khong", "it", "nhat",
        "bao", "dam", "dong", "thoi", "giai", "doan", "moi", "nhung", "nay", "do", "ve",
    ]

    /// The subject words of a target's clause, each as a hash of its folded bytes (FNV-1a): missing-unlisted
    /// reads every target of every plan of a group, and folding them into Strings and Substring sets was
    /// most of its time. Words of figures only (`2026`, `95`) are left out; `95%` is a word.
    static func subjectWords(_ text: String) -> Set<UInt64> {
        var out = Set<UInt64>()
        var hash = wordHashSeed, length = 0, digitsOnly = true
        func endWord() {
            if length > 0, !digitsOnly, !functionWordHashes.contains(hash) { out.insert(hash) }
            hash = wordHashSeed; length = 0; digitsOnly = true
        }
        for b in Folding.foldBytes(text) {
            if b == 0x20 { endWord(); continue }
            hash = wordHash(hash, b)
            length += 1
            if b < 0x30 || b > 0x39 { digitsOnly = false }
        }
        endWord()
        return out
    }

    static let wordHashSeed: UInt64 = 0xCBF29CE484222325
    /// One FNV-1a step: `hash` with byte `b` added.
    @inline(__always) static func wordHash(_ hash: UInt64, _ b: UInt8) -> UInt64 { (hash ^ UInt64(b)) &* 0x100000001B3 }
    static let functionWordHashes: Set<UInt64> = Set(targetFunctionWords.map { $0.utf8.reduce(wordHashSeed, wordHash) })

    /// Whether two sets of subject words name one subject.
    func sameSubject(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Bool {
        let shared = a.intersection(b).count
        return shared >= 3 && Double(shared) >= minShared * Double(min(a.count, b.count))
    }

    func belowUnlisted(_ ctx: RuleContext, _ parent: Plan) -> [RuleHit] {
        let parentTargets = parent.targets.filter { $0.indicator == nil }
        guard !parentTargets.isEmpty else { return [] }
        let parentWords = parentTargets.map { Self.subjectWords($0.text) }
        var hits: [RuleHit] = []
        for t in ctx.plan.targets where t.indicator == nil {
            guard let y = Self.year(t, ctx.plan) else { continue }
            let words = Self.subjectWords(t.text)
            let candidates = parentTargets.indices.filter {
                Self.comparable(t, parentTargets[$0], year: y, parent) && sameSubject(words, parentWords[$0])
            }.map { parentTargets[$0] }
            guard let p = candidates.max(by: { ambition($0, ctx) < ambition($1, ctx) }),
                  ambition(t, ctx) < ambition(p, ctx) else { continue }
            hits.append(RuleHit(line: t.line, anchor: "unlisted:\(t.line):\(y)",
                                values: ["text": t.text, "parentText": p.text, "year": String(y),
                                         "value": Self.shown(t),
                                         "parentValue": Self.shown(p),
                                         "parentFile": parent.file, "parentLine": String(p.line)],
                                related: [RelatedLocation(file: parent.file, line: p.line, text: p.text)]))
        }
        return hits
    }

    /// `mode = missing-unlisted`: the parent's targets that no catalogue indicator matched, due in the plan's
    /// year, that at least one sibling plan of the group carries (so they apply at this level) and this plan
    /// does not — one finding for the plan, listing them. With no sibling loaded nothing is reported: a
    /// provincial target may well not apply to a commune.
    func missingUnlisted(_ ctx: RuleContext, _ parent: Plan) -> [RuleHit] {
        guard ctx.plans.contains(where: { $0.file != ctx.plan.file }) else { return [] }
        // Which plans carry each unlisted parent target: made once per group.
        let key = "parent-target.carriers:\(parent.file):\(ctx.plans.first?.file ?? "")"
        let carriers: [(target: Target, plans: Set<String>)] = ctx.shared.value(key) {
            // The parent's side first: a parent without such targets (a target sheet) needs no plan read.
            let wanted = parent.targets.filter { $0.indicator == nil }.map { ($0, Self.subjectWords($0.text)) }.filter { $0.1.count >= 3 }
            guard !wanted.isEmpty else { return [] }
            let subjects = ctx.plans.map { p in (p.file, p.targets.map { Self.subjectWords($0.text) }) }
            return wanted.map { t, w in (t, Set(subjects.filter { $0.1.contains { sameSubject($0, w) } }.map(\.0))) }
        }
        var hits: [RuleHit] = []
        for c in carriers where !c.plans.contains(ctx.plan.file) && !c.plans.isEmpty {
            guard let y = Self.due(c.target, of: parent, for: ctx.plan) else { continue }
            let pv = Self.shown(c.target)
            let text = c.target.text.drop { "-+•* ".contains($0) }.prefix(90)
            hits.append(RuleHit(line: 0, anchor: "unlisted-missing", values: ["text": String(text),
                                "parentValue": pv, "year": String(y), "count": String(c.plans.count)],
                                related: [RelatedLocation(file: parent.file, line: c.target.line, text: c.target.text)]))
        }
        guard !hits.isEmpty else { return [] }
        let list = hits.map { "\"\($0.values["text"] ?? "")\" (\($0.values["parentValue"] ?? ""), \($0.values["year"] ?? ""))" }
        let line = ctx.plan.targets.map(\.line).min() ?? 0
        return [RuleHit(line: line, anchor: "parent:missing-unlisted",
                        values: ["indicators": list.joined(separator: "; "), "count": String(hits.count)],
                        related: hits.flatMap(\.related), quote: line == 0 ? "" : nil)]
    }
}
