/// `citation-number`: a citation whose number is not the one of the document it describes. A citation
/// with the kind and date of a registry entry but another number is the entry mistyped
/// - with `evidence = title`, when its sentence carries most of the entry's title (`Nghị quyết số 67/NQ-CP ngày
///   15/7/2021 … Chương trình tổng thể cải cách hành chính …` is 76/NQ-CP), or, on the entry's own day,
///   describes its subject in words all taken from that title (see `describedBy`);
/// - with `evidence = slip`, when its number is the entry's with one figure slipped (changed, added,
///   dropped or two swapped) and the same symbol, and either more than 3 away from it or with a sentence
///   sharing `min-slip-share` of the entry's title words: documents of one day often carry consecutive
///   numbers (118 and 119/2025/NĐ-CP), so a close number must also be about the entry's subject.
/// - with `evidence = others`, against the other citations of the run rather than the registry: a
///   document of one kind, date and symbol cited elsewhere (in this plan or another) with a number one
///   figure away, at least as often as this one (more than 3 away, or about the same subject), or with
///   any other figures when at least two citations agree on it, outnumber this one and are not about
///   another subject (a letter of the Sở Nội vụ every other commune cites with its right number). On a tie both numbers
///   are reported: which of the two is right is not known.
/// - with `evidence = parent`, against the loaded parent plan's own citations (see `againstParent`).
/// - with `evidence = day`, when the number is not carried with the entry's title, but the citation has
///   the entry's kind, symbol and very day and does not say it is about something else
///   (`Nghị định số 121/2025/NĐ-CP ngày 09/6/2025` for 118/2025/NĐ-CP): a document the registry does not
///   know, or the entry with its number miswritten: worth a look, not an error.
/// A number that is itself in the registry is left alone when the citation can be that document.
public struct CitationNumberKind: RuleKind {
    public static let name = "citation-number"
    public static let placeholders = ["document", "number", "expected", "date", "title", "where"]
    public static let parameters = ["min-title-share", "min-slip-share", "evidence"]
    public static let summary = "a citation whose date and title are a known document's but whose number is another"

    /// Share of the entry's title words the citation must contain.
    let minShare: Double
    /// Share of the entry's title words that lets a slip close to the entry's number count (`slip`).
    let minSlipShare: Double
    /// `title`, `slip`, `others` or `parent` (see `againstParent`).
    let evidence: String

    public init(_ params: RuleParameters) throws {
        minShare = Double(try params.int("min-title-share", default: 70)) / 100
        minSlipShare = Double(try params.int("min-slip-share", default: 40)) / 100
        evidence = try params.choice("evidence", ["title", "slip", "others", "parent", "day"], default: "title")
    }

    /// Whether `a` is `b` with one figure of its leading number changed, added, dropped or swapped with
    /// its neighbour, the rest (`/NQ-CP`, `/2025/NĐ-CP`) being the same.
    static func slipped(_ a: String, _ b: String) -> Bool {
        func split(_ n: String) -> ([Character], String) {
            let digits = Array(n.prefix { $0.isASCII && $0.isNumber })
            return (digits, DocumentRegistry.key(String(n.dropFirst(digits.count))))
        }
        let (da, ra) = split(a), (db, rb) = split(b)
        guard ra == rb, !da.isEmpty, !db.isEmpty, da != db else { return false }
        if da.count == db.count {
            let diff = da.indices.filter { da[$0] != db[$0] }
            if diff.count == 1 { return true }
            return diff.count == 2 && diff[1] == diff[0] + 1 && da[diff[0]] == db[diff[1]] && da[diff[1]] == db[diff[0]]
        }
        let (long, short) = da.count > db.count ? (da, db) : (db, da)
        guard long.count == short.count + 1 else { return false }
        return long.indices.contains { k in Array(long[..<k] + long[(k + 1)...]) == short }
    }

    /// Whether the leading numbers differ by more than 3 (`118` and `119` are likely two documents of a day).
    static func apart(_ a: String, _ b: String) -> Bool {
        guard let x = Int(a.prefix { $0.isASCII && $0.isNumber }), let y = Int(b.prefix { $0.isASCII && $0.isNumber }) else { return false }
        return abs(x - y) > 3
    }

    /// Title words of every registry entry, folded, made once per run.
    static func titleWords(_ ctx: RuleContext) -> [(entry: DocumentRegistry.Entry, kind: String, words: Set<Substring>)] {
        ctx.shared.value("citation-number.titles") {
            ctx.registry.entries.map { e in
                (e, Folding.fold(e.kind), Set(Folding.fold(e.title).words.filter { $0.count >= 2 && Int($0) == nil }))
            }
        }
    }

    /// The text of the citation's paragraph before its number (empty when the paragraph is not found).
    static func textBefore(_ c: Citation, in paragraphs: [Block]) -> Substring {
        guard let b = paragraphs.first(where: { $0.lineRange.contains(c.line) && $0.text.contains(c.number) }),
              let r = b.text.range(of: c.number) else { return "" }
        return b.text[..<r.lowerBound]
    }

    /// The words of the citation's sentence before it (`… cắt giảm, đơn giản hóa TTHC dựa trên dữ liệu theo`):
    /// plans often name what a document is about before citing it. From the last of `stops` in `before`
    /// (the text before the number): `.;:` for the clause, `.:` for the sentence (a clause before `;` often
    /// names the subject of a list of documents cited after it).
    static func lead(_ before: Substring, stops: Set<Character> = [".", ";", ":"]) -> String {
        let start = before.lastIndex(where: { stops.contains($0) }).map { before.index(after: $0) } ?? before.startIndex
        return String(before[start...])
    }

    /// Whether two ISO dates differ in exactly one of day, month and year (`15/7/2022` for `15/7/2021`).
    static func dateSlipped(_ a: String, _ b: String) -> Bool {
        // ISO dates: year, month and day at fixed places (compared in place: this runs for every citation
        // and every registry entry of its kind).
        let x = a.utf8, y = b.utf8
        guard x.count == 10, y.count == 10 else { return false }
        func part(_ r: Range<Int>) -> Bool {
            x.dropFirst(r.lowerBound).prefix(r.count).elementsEqual(y.dropFirst(r.lowerBound).prefix(r.count))
        }
        let differing = (part(0..<4) ? 0 : 1) + (part(5..<7) ? 0 : 1) + (part(8..<10) ? 0 : 1)
        return differing == 1
    }

    /// Words that say nothing of a document's subject, left out of title shares.
    static let functionWords: Set<Substring> = ["ve", "va", "cua", "cac", "mot", "so", "nam", "ngay", "theo", "trong", "voi",
                                                "cho", "den", "tai", "nhung", "nay", "do", "la", "duoc", "tren"]

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        if evidence == "others" { return againstOthers(ctx) }
        if evidence == "parent" { return againstParent(ctx) }
        var hits: [RuleHit] = []
        let titles = Self.titleWords(ctx)
        for c in ctx.plan.citations where !c.number.isEmpty {
            guard let date = c.date else { continue }
            // A number in the registry is that document, unless the citation cannot be it (dated years
            // away with another subject: `26/CT-TTg ngày 02/9/2021` is not the 2016 directive).
            // (Nor when the entry is about one province and the citation names another: `1662/NQ-UBTVQH15 …
            // sắp xếp các đơn vị hành chính cấp xã của thành phố Đà Nẵng` is Đồng Nai's number on Đà Nẵng's title.)
            let place = Self.province(in: c.text)
            if let own = ctx.registry.entry(for: c.number),
               DocumentRegistry.applies(own, number: c.number, date: date, text: c.text),
               !Self.otherProvince(place, own) { continue }
            let kind = Folding.fold(c.kind)
            var before: Substring?, clause: Set<Substring>?, sentence: Set<Substring>?
            for t in titles where t.kind == kind {
                // The title evidence also holds when the date is one slip from the entry's as well: a
                // citation can carry two mistakes, and its title still says which document it is.
                guard t.entry.date == date
                    || (evidence == "title" && Self.dateSlipped(date, t.entry.date) && Self.slipped(c.number, t.entry.number)) else { continue }
                let text = before ?? Self.textBefore(c, in: ctx.paragraphs)
                before = text
                let w = clause ?? Set(Folding.fold(Self.lead(text) + " " + c.text).words)
                clause = w
                let titled = !t.words.isEmpty && (Double(t.words.intersection(w).count) >= minShare * Double(t.words.count)
                    || t.entry.date == date && Self.describedBy(c, titleWords: t.words))
                if Self.otherProvince(place, t.entry) { continue }
                if evidence == "title" { guard titled else { continue } }
                else if evidence == "day" {
                    // What the title evidence reports is its own (a slip that CCHC-CITE-013 also reports is
                    // merged into its finding, of the same category); a citation about another subject is
                    // another document of that day.
                    guard t.entry.date == date, !titled, Self.sameSymbol(c.number, t.entry.number) else { continue }
                    let own = Self.subject(c).subtracting(Self.functionWords).filter { !$0.contains(where: \.isNumber) }
                    if own.count >= 3, Double(own.intersection(t.words).count) < 0.3 * Double(own.count) { continue }
                } else {
                    guard !titled, Self.slipped(c.number, t.entry.number) else { continue }
                    if !Self.apart(c.number, t.entry.number) {
                        let s = sentence ?? w.union(Folding.fold(Self.lead(text, stops: [".", ":"])).words)
                        sentence = s
                        let subject = t.words.subtracting(Self.functionWords)
                        let about = !subject.isEmpty && Double(subject.intersection(s).count) >= minSlipShare * Double(subject.count)
                        guard about else { continue }
                    }
                }
                // With a date of its own, the entry's date is part of what the reader should write instead.
                let expected = t.entry.date == date ? t.entry.number : "\(t.entry.number) (\(KindSupport.displayDate(t.entry.date)))"
                hits.append(RuleHit(line: c.line, anchor: "number:\(DocumentRegistry.key(c.number))",
                                    values: ["document": "\(c.kind) \(c.number)".trimmedWhitespace, "number": c.number,
                                             "expected": expected, "date": KindSupport.displayDate(date), "title": t.entry.title]))
                break
            }
        }
        return hits
    }

    /// The province or city a text is about (`… cấp xã của thành phố Đà Nẵng năm 2025` → `da nang`), folded:
    /// the words after `của tỉnh` / `của thành phố`, up to `năm` or four words; nil when it names none.
    static func province(in text: String) -> String? {
        placeCache.value(text, place)
    }

    /// Every citation rule asks this of every citation, and of the registry titles it is compared with: the
    /// answers are remembered (shared by all threads, under a lock).
    static let placeCache = MemoCache<String?>()

    static func place(_ text: String) -> String? {
        let f = " " + Folding.fold(text) + " "
        guard let r = f.range(of: " cua tinh ") ?? f.range(of: " cua thanh pho ") else { return nil }
        let words = f[r.upperBound...].words.prefix { $0 != "nam" && $0 != "ve" && Int($0) == nil }.prefix(4)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Whether a citation about `place` (`province(in:)`) cannot be the entry, whose title is about another.
    static func otherProvince(_ place: String?, _ entry: DocumentRegistry.Entry) -> Bool {
        guard let place, let theirs = province(in: entry.title) else { return false }
        return place != theirs
    }

    /// The words of a citation's text that say what the document is about: not its kind, number, date,
    /// issuer or function words.
    static func subject(_ c: Citation) -> Set<Substring> {
        var drop = Set(Folding.fold(c.kind + " " + (c.issuer ?? "") + " " + c.number).words)
        drop.formUnion(functionWords)
        drop.formUnion(["thang", "so"])
        return Set(Folding.fold(c.text).words.filter { !drop.contains($0) && Int($0) == nil })
    }

    /// Whether the citation's own account of its subject (five words at least) lies within a registry
    /// title: `… về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông` is a shortened
    /// title of Nghị định 118/2025/NĐ-CP, though it carries fewer than `min-title-share` of its words.
    static func describedBy(_ c: Citation, titleWords: Set<Substring>) -> Bool {
        let own = subject(c).filter { !$0.contains(where: \.isNumber) }
        return own.count >= 5 && Double(own.intersection(titleWords).count) >= 0.9 * Double(own.count)
    }

    /// Whether two citations say what they are about and share hardly any of it (another document of the
    /// day); a citation without a subject (`Căn cứ CV số 4107/SNV-CCHC ngày 31/12/2025 của Sở Nội vụ;`)
    /// conflicts with none.
    static func otherSubject(_ a: Citation, _ b: Citation) -> Bool {
        let x = subject(a), y = subject(b)
        let smaller = min(x.count, y.count)
        return smaller >= 3 && Double(x.intersection(y).count) < 0.2 * Double(smaller)
    }

    /// Whether two citations' subjects share most of their words (three at least).
    static func sameSubject(_ a: Citation, _ b: Citation) -> Bool {
        let x = subject(a), y = subject(b)
        let smaller = min(x.count, y.count)
        return smaller >= 3 && Double(x.intersection(y).count) >= 0.6 * Double(smaller)
    }

    /// The kind of a citation as compared between citations: a letter is cited as `Công văn` or `Văn bản`.
    static func kindKey(_ kind: String) -> String {
        let k = Folding.fold(kind)
        return k == "cong van" ? "van ban" : k
    }

    /// Whether two numbers differ only in their leading figures (`4107/SNV-CCHC`, `4110/SNV-CCHC`).
    static func sameSymbol(_ a: String, _ b: String) -> Bool {
        let ra = a.drop { $0.isASCII && $0.isNumber }, rb = b.drop { $0.isASCII && $0.isNumber }
        return ra.count < a.count && rb.count < b.count && DocumentRegistry.key(String(ra)) == DocumentRegistry.key(String(rb))
    }

    /// `evidence = others`: this plan's citations whose number is one figure away from another citation's
    /// of the same kind, date and symbol, cited at least as often, in this plan or another of the run; or
    /// any other number there that more citations agree on, not about another subject. A citation with the
    /// loaded parent's own number and date is right whatever the others say.
    func againstOthers(_ ctx: RuleContext) -> [RuleHit] {
        // Every dated citation of the run, by kind and day and then by number: made once per run, so that
        // each citation is compared with the few distinct numbers of its day, not with every occurrence.
        typealias Day = [String: [(file: String, citation: Citation)]]
        let index: [String: Day] = ctx.shared.value("citation-number.by-day") {
            var out: [String: Day] = [:]
            for p in ctx.plans {
                for c in p.citations where !c.number.isEmpty {
                    guard let d = c.date else { continue }
                    out[Self.kindKey(c.kind) + "|" + d, default: [:]][DocumentRegistry.key(c.number), default: []].append((p.file, c))
                }
            }
            return out
        }
        var hits: [RuleHit] = []
        for c in ctx.plan.citations where !c.number.isEmpty {
            guard let date = c.date, let day = index[Self.kindKey(c.kind) + "|" + date], day.count > 1,
                  ctx.registry.entry(for: c.number) == nil else { continue }
            let mine = DocumentRegistry.key(c.number)
            // The loaded parent's own number and date: the citation names the parent as it is.
            if let parent = ctx.parent, parent.date == date, parent.number.map(DocumentRegistry.key) == mine { continue }
            let count = day[mine]?.count ?? 0
            // A close number (118, 119) must also be about the same subject: documents of one day often
            // carry consecutive numbers.
            // Any other number is a mistake too when several other citations agree on it and none is about
            // another subject (`4110/SNV-CCHC` where the province's other communes cite its letter as
            // `4107/SNV-CCHC`).
            // Only a province's documents are sent alike to every commune of its folder; a commune's own plan
            // numbers (06/KH-UBND, 12/KH-UBND) differ from commune to commune on the same day.
            var provincial: Bool?
            let folder = CitationDateKind.folder(ctx.plan.file)
            let best = day.filter { key, occurrences in
                guard key != mine, occurrences.count >= count else { return false }
                let other = occurrences[0].citation.number
                if Self.slipped(c.number, other) {
                    // In the plan itself (its basis cited again in a task), a subject that does not conflict
                    // is enough: `41/KH-UBND ngày 20/10/2025 … về chuyển đổi số` twice, once mistyped 44.
                    return Self.apart(c.number, other) || occurrences.contains { o in
                        Self.sameSubject(c, o.citation)
                            || o.file == ctx.plan.file && !Self.otherSubject(c, o.citation)
                                && CitationDateKind.levels(o.citation.issuer, ctx) == CitationDateKind.levels(c.issuer, ctx)
                    }
                }
                guard occurrences.count >= 2, occurrences.count > count, Self.sameSymbol(c.number, other) else { return false }
                if provincial == nil {
                    provincial = CitationDateKind.isProvincial(c, levels: CitationDateKind.levels(c.issuer, ctx))
                }
                guard provincial == true else { return false }
                let near = occurrences.filter { CitationDateKind.folder($0.file) == folder }
                return near.count >= 2 && near.count > count && near.allSatisfy { !Self.otherSubject(c, $0.citation) }
            }.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }
            guard let (_, others) = best else { continue }
            let o = others[0]
            hits.append(RuleHit(line: c.line, anchor: "number:\(mine)",
                                values: ["document": "\(c.kind) \(c.number)".trimmedWhitespace, "number": c.number,
                                         "expected": o.citation.number, "date": KindSupport.displayDate(date), "title": ""],
                                related: others.prefix(20).map { RelatedLocation(file: $0.file, line: $0.citation.line, text: $0.citation.text) }))
        }
        return hits
    }
}
