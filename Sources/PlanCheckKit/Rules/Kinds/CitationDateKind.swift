import Foundation

/// `citation-date`: one document cited with different dates — within a plan, across the loaded plans,
/// or against the registry of known documents. Each dated occurrence is judged once:
///
/// - the registry's date (or, for documents not in the registry, the date most occurrences agree on) is
///   taken as correct;
/// - `side = wrong` flags occurrences whose date differs from it (ties: every occurrence is flagged);
/// - `side = counterpart` flags correct occurrences when a wrong one exists, so that each side of the
///   conflict points at the other through `related`.
///
/// Local document numbers (`06/KH-UBND`) are reused by every commune, so across plans only documents
/// whose issuer symbol is in `shared-symbols` (central bodies: CP, TTg, TW, QH …) or that are in the
/// registry are compared, and documents of a province or city (`của UBND tỉnh`, a `Sở`'s letter) between
/// plans of one folder (the communes of one province); within one plan every number is.
public struct CitationDateKind: RuleKind {
    public static let name = "citation-date"
    public static let placeholders = ["document", "number", "date", "expected", "where"]
    public static let parameters = ["side", "shared-symbols"]
    public static let summary = "one document cited with different dates (within a plan, across plans, or against the registry)"

    let side: String
    let sharedSymbols: Set<String>

    public init(_ params: RuleParameters) throws {
        side = try params.choice("side", ["wrong", "counterpart"], default: "wrong")
        let s = params.list("shared-symbols")
        sharedSymbols = Set((s.isEmpty ? ["CP", "TTg", "TW", "QH", "UBTVQH", "BNV", "BCT"] : s).map { Folding.fold($0) })
    }

    struct Occurrence {
        var file: String
        var citation: Citation
        var date: String
        /// Level words of the citation's issuer (see `levels`), worked out once per run.
        var levels: Set<String> = []
        /// Whether the document is the province's (see `isProvincial`), worked out once per run.
        var isProvincial = false
    }

    /// Issuer symbol: the part after the last `-` or `/` (`NQ-CP` → `cp`, `57-NQ/TW` → `tw`).
    static func symbol(_ number: String) -> String {
        let n = DocumentRegistry.key(number)
        return String(n.split(whereSeparator: { $0 == "-" || $0 == "/" }).last ?? "")
    }

    /// Level words of an issuer (`UBND tỉnh` → tỉnh, `UBND xã Bình Giang` → xã). Two citations of one number
    /// by issuers of different levels (a commune's and a province's `06/KH-UBND`) are different documents.
    static let levelWords = ["tinh", "xa", "phuong", "thanh pho", "huyen", "quan", "thi xa", "chinh phu", "thu tuong",
                             "bo chinh tri", "ban chap hanh trung uong", "quoc hoi", "tinh uy", "dang uy"]

    static func levels(_ issuer: String?, _ ctx: RuleContext) -> Set<String> {
        guard let issuer, !issuer.isEmpty else { return [] }
        // Memoised for the run: one issuer ("UBND tỉnh") is compared for every pair of occurrences.
        let memo = ctx.shared.value("citation-date.levels") { MemoCache<Set<String>>() }
        return memo.value(issuer) { issuer in
            let f = " " + (ctx.catalog.map { Folding.foldExpanding(issuer, $0.abbreviations) } ?? Folding.fold(issuer)) + " "
            return Set(levelWords.filter { f.contains(" \($0) ") })
        }
    }

    /// Every loaded plan's dated citations by document key, in plan order, built once per run.
    /// Every loaded plan's dated citations by document key, in plan order, and each plan's keys.
    struct Index {
        var byKey: [String: [Occurrence]] = [:]
        var keysOfFile: [String: Set<String>] = [:]
    }

    /// The run's index, built once and shared by every plan's check.
    static func index(_ ctx: RuleContext) -> Index {
        ctx.shared.value("citation-date.index") {
            var index = Index()
            for plan in ctx.plans {
                for c in plan.citations where !c.number.isEmpty {
                    guard let d = c.date else { continue }
                    let key = DocumentRegistry.key(c.number)
                    let lv = levels(c.issuer, ctx)
                    // Whether it is a province's document, worked out once: the cross-plan pass asks it of
                    // every occurrence of a number for every plan that cites it.
                    let provincial = isProvincial(c, levels: lv)
                    index.byKey[key, default: []].append(Occurrence(file: plan.file, citation: c, date: d, levels: lv, isProvincial: provincial))
                    index.keysOfFile[plan.file, default: []].insert(key)
                }
            }
            return index
        }
    }

    static func compatible(_ a: Occurrence, _ b: Occurrence) -> Bool {
        let x = a.levels, y = b.levels
        return x.isEmpty || y.isEmpty || !x.isDisjoint(with: y)
    }

    /// The occurrences that take part in a conflict over one document, the dates taken as correct, and
    /// whether any occurrence differs from them; nil when there is no conflict.
    static func conflict(_ occ: [Occurrence], entry: DocumentRegistry.Entry?) -> (relevant: [Occurrence], correct: Set<String>)? {
        // Dates of unrelated documents that share the number are not part of the conflict.
        let relevant = occ.filter { o in
            guard let entry else { return true }
            return !entry.otherDates.contains(o.date)
                && DocumentRegistry.applies(entry, number: o.citation.number, date: o.date, text: o.citation.text)
        }
        let correct: Set<String>
        if let entry {
            correct = [entry.date]
        } else {
            var counts: [String: Int] = [:]
            for o in relevant { counts[o.date, default: 0] += 1 }
            guard counts.count > 1 else { return nil }
            let top = counts.values.max()!
            let winners = counts.filter { $0.value == top }
            correct = winners.count == 1 ? [winners.first!.key] : []
        }
        guard relevant.contains(where: { !correct.contains($0.date) }) else { return nil }
        return (relevant, correct)
    }

    /// Issuers whose documents all communes of a province cite: the province's or city's people's committee
    /// and party committee.
    static let provincialLevels: Set<String> = ["tinh", "thanh pho", "tinh uy"]

    /// Whether an occurrence cites a document of the province: its people's or party committee's, or a
    /// provincial department's (`Sở Nội vụ`, a number such as `4107/SNV-CCHC`), which every commune of the
    /// province is sent alike. Set when the run's index is built.
    static func isProvincial(_ o: Occurrence) -> Bool { o.isProvincial }

    /// Whether citation `c`, whose issuer has the level words `levels` (see `levels`), cites a document of
    /// the province (see `isProvincial(_:)`).
    static func isProvincial(_ c: Citation, levels: Set<String>) -> Bool {
        !levels.isDisjoint(with: provincialLevels) || isDepartment(issuer: c.issuer, number: c.number)
    }

    /// `Sở …` as issuer, or an issuer symbol `S` + 2 to 6 letters in the number (`SNV`, `STP`, `SKHCN`).
    static func isDepartment(issuer: String?, number: String) -> Bool {
        // `Sở ` or `SỞ ` on the bytes (ở is E1 BB 9F, Ở E1 BB 9E): issuers are read for every occurrence.
        if let issuer {
            let u = Array(issuer.utf8.prefix(6))
            if u.count >= 5, u[0] == UInt8(ascii: "S"), u[1] == 0xE1, u[2] == 0xBB, u[3] == 0x9F || u[3] == 0x9E, u[4] == 0x20 { return true }
        }
        // A segment after the first `/` or `-` that is `S` and 2 to 6 capitals (`SNV`, `SKHCN`).
        var seen = false, run = 0, upperRun = true
        for b in number.utf8 {
            if b == UInt8(ascii: "/") || b == UInt8(ascii: "-") || b == UInt8(ascii: "&") {
                if seen, upperRun, (3...7).contains(run) { return true }
                seen = true; run = 0; upperRun = true
                continue
            }
            guard seen else { continue }
            if run == 0 { upperRun = b == UInt8(ascii: "S") }
            else if !(b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) { upperRun = false }
            run += 1
        }
        return seen && upperRun && (3...7).contains(run)
    }

    static func folder(_ file: String) -> Substring {
        file.lastIndex(of: "/").map { file[..<$0] } ?? ""
    }

    /// Whether a document is compared across plans: it is in the registry or issued by a central body.
    func isShared(_ number: String, _ ctx: RuleContext) -> Bool {
        ctx.registry.entry(for: number) != nil || sharedSymbols.contains(Self.symbol(number))
    }

    /// The keys of the documents compared across plans, and of those among them whose occurrences in the
    /// run conflict. A shared document's occurrences are the same for every plan, so this is worked out
    /// once per run; most documents have no conflict, and then no plan needs to look at them again.
    func sharedKeys(_ ctx: RuleContext) -> (shared: Set<String>, conflicts: [String: Conflict]) {
        let cacheKey = "citation-date.conflicts." + sharedSymbols.sorted().joined(separator: ",")
        return ctx.shared.value(cacheKey) {
            var shared = Set<String>(), conflicts: [String: Conflict] = [:]
            for (key, occ) in Self.index(ctx).byKey {
                guard let first = occ.first, isShared(first.citation.number, ctx) else { continue }
                shared.insert(key)
                if let c = Self.conflict(occ, entry: ctx.registry.entry(for: first.citation.number)) { conflicts[key] = Conflict(c) }
            }
            return (shared, conflicts)
        }
    }

    /// The dates the loaded parent plan gives the documents it cites, by key, where it gives one date only.
    /// Made once per parent: a run may load several parents (one per folder).
    /// The parent's own number and date count as its citation of itself, over any other: a commune that
    /// alone cites the parent with its right date is not outvoted by siblings that copied a wrong one.
    static func parentDates(_ ctx: RuleContext) -> [String: Occurrence] {
        guard let parent = ctx.parent, parent.level != .national else { return [:] }
        let memo = ctx.shared.value("citation-date.parent") { MemoCache<[String: Occurrence]>() }
        return memo.value(parent.file) { _ in
            var byKey: [String: [Occurrence]] = [:]
            for c in parent.citations where !c.number.isEmpty {
                guard let d = c.date else { continue }
                let lv = levels(c.issuer, ctx)
                byKey[DocumentRegistry.key(c.number), default: []].append(
                    Occurrence(file: parent.file, citation: c, date: d, levels: lv, isProvincial: isProvincial(c, levels: lv)))
            }
            var dates = byKey.compactMapValues { occ in Set(occ.map(\.date)).count == 1 ? occ[0] : nil }
            if let number = parent.number, !number.hasPrefix("/"), let date = parent.date {
                let own = Citation(kind: "", number: number, date: date, issuer: parent.issuer, line: 1, text: number)
                let lv = levels(parent.issuer, ctx)
                dates[DocumentRegistry.key(number)] = Occurrence(file: parent.file, citation: own, date: date, levels: lv,
                                                                 isProvincial: isProvincial(own, levels: lv))
            }
            return dates
        }
    }

    /// The conflict over a document once the loaded parent's own citation of it is heard. A commune plan
    /// copies its legal basis from the parent, the better-checked text, so for a document outside the
    /// registry the parent's date is taken as correct: a plan that alone cites the province's 2026-2030
    /// plan with another day than the parent does is wrong even with no sibling to outvote it. The
    /// parent's occurrence counts only for a document of the same level (a commune's own `07/KH-UBND` is
    /// not the province's `07/KH-UBND`).
    static func settledByParent(_ found: Conflict?, key: String, all: [Occurrence], entry: DocumentRegistry.Entry?,
                                shared: Bool, _ ctx: RuleContext) -> Conflict? {
        guard entry == nil, let p = parentDates(ctx)[key] else { return found }
        func sameDocument(_ o: Occurrence) -> Bool { compatible(o, p) && (shared || o.isProvincial) }
        let mine = all.filter { $0.file == ctx.plan.file }
        guard mine.contains(where: sameDocument) else { return found }
        var relevant = (found?.relevant ?? mine).filter { $0.file != ctx.plan.file || sameDocument($0) }
        guard relevant.contains(where: { $0.date != p.date }) else { return nil }
        relevant.append(p)
        return Conflict((relevant, [p.date]))
    }

    /// A conflict over one document: the occurrences taking part and the dates taken as correct.
    struct Conflict {
        var relevant: [Occurrence]
        var correct: Set<String>
        init(_ c: (relevant: [Occurrence], correct: Set<String>)) { relevant = c.relevant; correct = c.correct }
    }

    /// `a.txt:12, b.txt:40, c.txt:7 và 97 nơi khác`: the first places in full and the rest counted, so
    /// that a conflict across a province's hundred plans does not make a message of a hundred places (the
    /// related locations keep them all).
    static func places(_ all: [String], shown: Int = 3) -> String {
        guard all.count > shown + 1 else { return all.joined(separator: ", ") }
        let rest = all.count - shown
        return all.prefix(shown).joined(separator: ", ") + (RuleText.vi ? " và \(rest) nơi khác" : " and \(rest) more")
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        // Only documents this plan cites can be in a conflict that concerns it: other plans' citations are
        // looked at only when they share a number with it (the cross-plan pass is the costly part).
        let index = Self.index(ctx)
        let (sharedKeys, conflicts) = sharedKeys(ctx)
        for key in (index.keysOfFile[ctx.plan.file] ?? []).sorted() {
            guard let all = index.byKey[key], let first = all.first else { continue }
            let entry = ctx.registry.entry(for: first.citation.number)
            let found: Conflict?
            if sharedKeys.contains(key) {
                found = conflicts[key]
            } else if all.contains(where: { $0.file == ctx.plan.file && Self.isProvincial($0) }) {
                // A province's own document (its plan, its decisions) is the same one for every commune of the
                // province, which sit in one folder: a date most of them agree on is the right one.
                let folder = Self.folder(ctx.plan.file)
                // Conflicts over a province's documents, per folder, worked out once per run like the shared ones.
                let memo = ctx.shared.value("citation-date.folders") { MemoCache<Conflict?>() }
                let own = all.filter { $0.file == ctx.plan.file }
                // Plans whose own occurrence is not provincial-level see the folder's others with their own.
                found = own.allSatisfy(Self.isProvincial)
                    ? memo.value(key + "|" + folder) { _ in
                        Self.conflict(all.filter { Self.folder($0.file) == folder && Self.isProvincial($0) }, entry: entry).map(Conflict.init)
                    }
                    : Self.conflict(all.filter { $0.file == ctx.plan.file || (Self.folder($0.file) == folder && Self.isProvincial($0)) },
                                    entry: entry).map(Conflict.init)
            } else {
                found = Self.conflict(all.filter { $0.file == ctx.plan.file }, entry: entry).map(Conflict.init)
            }
            guard let found = Self.settledByParent(found, key: key, all: all, entry: entry, shared: sharedKeys.contains(key), ctx) else { continue }
            let (relevant, correct) = (found.relevant, found.correct)
            let mine = relevant.filter { $0.file == ctx.plan.file }
            for o in mine {
                let isWrong = !correct.contains(o.date)
                guard isWrong == (side == "wrong") else { continue }
                let others = relevant.filter { $0.date != o.date && Self.compatible($0, o) }
                guard !others.isEmpty || (entry != nil && isWrong) else { continue }
                let expectedDates: [String] = (isWrong ? entry.map { [$0.date] } : nil) ?? Array(Set(others.map(\.date))).sorted()
                let whereText: String
                if entry != nil, isWrong {
                    whereText = RuleText.vi ? "danh mục văn bản đã biết (rules/registry)" : "the registry of known documents (rules/registry)"
                } else {
                    whereText = Self.places(others.map { "\($0.file):\($0.citation.line)" })
                }
                hits.append(RuleHit(line: o.citation.line, anchor: "document:\(key)",
                                    values: ["document": "\(o.citation.kind) \(o.citation.number)".trimmedWhitespace,
                                             "number": o.citation.number, "date": KindSupport.displayDate(o.date),
                                             "expected": expectedDates.map { KindSupport.displayDate($0) }.joined(separator: ", "),
                                             "where": whereText],
                                    related: others.map { RelatedLocation(file: $0.file, line: $0.citation.line, text: $0.citation.text) }))
            }
        }
        return hits
    }
}
