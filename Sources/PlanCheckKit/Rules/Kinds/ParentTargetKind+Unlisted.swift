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

    /// The subject words of a target's clause.
    static func subjectWords(_ text: String) -> Set<Substring> {
        Set(Folding.fold(text).split(separator: " ").filter { !targetFunctionWords.contains($0) && Int($0) == nil })
    }

    /// Whether two sets of subject words name one subject.
    func sameSubject(_ a: Set<Substring>, _ b: Set<Substring>) -> Bool {
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
                                         "value": t.figure.isEmpty ? KindSupport.figure(t.value, unit: t.unit) : t.figure,
                                         "parentValue": p.figure.isEmpty ? KindSupport.figure(p.value, unit: p.unit) : p.figure,
                                         "parentFile": parent.file, "parentLine": String(p.line)],
                                related: [RelatedLocation(file: parent.file, line: p.line, text: p.text)]))
        }
        return hits
    }
}
