/// `foreign-locality`: a commune or ward plan that names another commune or ward as the body acting in it
/// (`UBND xã Bình Giang triển khai …` in the plan of xã Phú Trung) — most often left over when a neighbour's
/// plan was copied. Read after `UBND`, `Ủy ban nhân dân` and `trên địa bàn`; one finding per foreign name, at
/// its first mention. Not reported: a name marked `(cũ)` (a commune merged in 2025), a body named right after
/// `với` (`phối hợp với UBND xã …`), plans of other levels (a district's plan names its communes), and plans
/// that never name themselves so (their issuer was probably misread).
public struct ForeignLocalityKind: RuleKind {
    public static let name = "foreign-locality"
    public static let placeholders = ["match", "own", "locality"]
    public static let parameters: [String] = []
    public static let summary = "a commune or ward plan naming another commune or ward as the body acting in it"

    public init(_ params: RuleParameters) throws {}

    /// Level words, folded, with how they are written.
    static let levels: [(folded: String, written: String)] = [("thi tran", "thị trấn"), ("phuong", "phường"), ("xa", "xã")]
    /// Folded words that make the next `xã …` the acting body: `UBND`, `(Ủy ban) nhân dân`, `(trên) địa bàn`.
    static let bodies: [[String]] = [["ubnd"], ["nhan", "dan"], ["dia", "ban"]]
    /// Byte cues a paragraph must hold to be read (most paragraphs name no locality).
    static let cues: [[UInt8]] = bodies.flatMap { b in levels.map { Array((b.joined(separator: " ") + " " + $0.folded + " ").utf8) } }

    /// The plan's own place name, folded (`UBND xã Long Sơn` → `long son`).
    static func ownName(_ plan: Plan) -> String? {
        guard plan.level == .xa || plan.level == .phuong, let issuer = plan.issuer else { return nil }
        let f = Folding.fold(issuer)
        for l in levels where f.hasPrefix("ubnd " + l.folded + " ") { return String(f.dropFirst(5 + l.folded.count + 1)) }
        return nil
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        guard let own = Self.ownName(ctx.plan) else { return [] }
        var first: [String: RuleHit] = [:]
        var order: [String] = []
        var ownSeen = false
        for (i, bytes) in ctx.foldedParagraphs.enumerated()
        where Self.cues.contains(where: { PhrasePattern.find($0, in: bytes, from: 0) != nil }) {
            let b = ctx.paragraphs[i]
            let t = AlignedFold(b.text)
            for level in Self.levels {
                for p in t.positions(of: level.folded) {
                    guard let (name, start, end) = Self.actingBody(t, level: level.folded, at: p) else { continue }
                    let folded = Folding.fold(name)
                    guard !own.hasPrefix(folded), !folded.hasPrefix(own) else { ownSeen = true; continue }
                    let line = b.line(atOffset: p)
                    if var hit = first[folded] {
                        hit.related.append(RelatedLocation(file: ctx.plan.file, line: line, text: ctx.plan.quote(line: line)))
                        first[folded] = hit
                        continue
                    }
                    order.append(folded)
                    first[folded] = RuleHit(line: line, anchor: "locality:\(folded)",
                                            values: ["match": t.text(start..<end), "locality": "\(level.written) \(name)",
                                                     "own": ctx.plan.issuer ?? ""])
                }
            }
        }
        // A plan that never names itself this way was probably read with a wrong issuer: report nothing.
        return ownSeen ? order.compactMap { first[$0] } : []
    }

    /// The place named at the level word at `p` when a body word comes right before it and nothing marks it
    /// as merged or as a partner: its name (capitalised words, or a ward's number), and the range to quote.
    static func actingBody(_ t: AlignedFold, level: String, at p: Int) -> (String, Int, Int)? {
        let before = FigureScanner.words(t, before: p, max: 3)
        guard let body = bodies.first(where: { before.suffix($0.count).elementsEqual($0) }) else { return nil }
        let partner = before.dropLast(body.count).last
        if partner == "voi" || partner == "cac" { return nil }
        var words: [String] = []
        // The name follows after one space: a tab ends a table cell ("UBND phường<TAB>Các phòng …").
        var j = p + level.utf8.count
        guard j + 1 < t.count, t.chars[j] == " " else { return nil }
        j += 1
        var end = j
        while j < t.count, words.count < 4 {
            var e = j
            while e < t.count, t.isLetter(e) || t.isDigit(e) { e += 1 }
            guard e > j, t.isUpper(j) || words.isEmpty && t.isDigit(j) && e - j <= 2 else { break }
            words.append(t.text(j..<e))
            end = e
            guard e < t.count, t.chars[e] == " " else { break }
            j = e + 1
        }
        guard !words.isEmpty else { return nil }
        // "xã Phú Xuân (cũ)", "xã Phú Xuân cũ": a commune merged into this one.
        let after = Folding.fold(t.text(end..<min(t.count, end + 6)), keepPunctuation: true).trimmedWhitespace
        if after.hasPrefix("(cu") || after.hasPrefix("cu ") || after == "cu" || after.hasPrefix("cu,") { return nil }
        var start = p
        for _ in 0..<body.count { start = wordStart(t, before: start) }
        let name = words.map(MetadataExtractor.titleCase).joined(separator: " ")
        return (name, start, end)
    }

    /// The start of the word before index `i`.
    static func wordStart(_ t: AlignedFold, before i: Int) -> Int {
        var j = i
        while j > 0, t.chars[j - 1] == " " { j -= 1 }
        while j > 0, t.isLetter(j - 1) { j -= 1 }
        return j
    }
}
