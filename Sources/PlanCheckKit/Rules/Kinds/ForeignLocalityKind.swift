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

    /// The plan's own place name as its issuer writes it (`UBND xã Long Sơn` → `Long Sơn`), for a commune or ward.
    static func ownName(_ plan: Plan) -> String? {
        guard plan.level == .xa || plan.level == .phuong, let issuer = plan.issuer else { return nil }
        return levels.lazy.map { "UBND " + $0.written + " " }.first(where: issuer.hasPrefix).map { String(issuer.dropFirst($0.count)) }
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        guard let written = Self.ownName(ctx.plan) else { return [] }
        let own = Folding.fold(written)
        // The own name as written and in capitals, to pass over its mentions unfolded.
        let ownBytes = [Array(written.utf8), Array(written.uppercased().utf8)]
        var first: [String: RuleHit] = [:]
        var order: [String] = []
        var ownSeen = false
        // Read on the original bytes first: folding every paragraph for this rule alone cost more than
        // all the rest of it.
        for b in ctx.paragraphs {
            let scan = Self.namedPlaces(b.text, own: ownBytes)
            ownSeen = ownSeen || scan.own
            guard scan.other else { continue }
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

    /// Level words as written in NFC, in the cases plans use, each with the space after it.
    static let writtenLevels: [[UInt8]] = ["xã ", "Xã ", "XÃ ", "phường ", "Phường ", "PHƯỜNG ", "trấn ", "TRẤN "].map { Array($0.utf8) }

    /// Whether `text` has a level word followed by a capital or a figure (`xã Phú Trung`, `PHƯỜNG 3`) that
    /// starts the plan's own name (`own`, as written), and one that starts another. Read on the bytes, so
    /// that the many paragraphs naming only `Ủy ban nhân dân xã thực hiện …` or the plan itself are not folded.
    static func namedPlaces(_ text: String, own: [[UInt8]]) -> (own: Bool, other: Bool) {
        var s = text
        var result = (own: false, other: false)
        s.withUTF8 { hay in
            for word in writtenLevels {
                word.withUnsafeBufferPointer { w in
                    var from = 0
                    while let i = ByteSearch.find(w, in: hay, from: from, key: 0) {
                        let j = i + w.count
                        from = i + 1
                        guard j < hay.count, startsCapitalOrDigit(hay, j) else { continue }
                        if own.contains(where: { o in !o.isEmpty && j + o.count <= hay.count && hay[j..<(j + o.count)].elementsEqual(o) }) {
                            result.own = true
                        } else {
                            result.other = true
                        }
                    }
                }
                if result.own && result.other { return }
            }
        }
        return result
    }

    /// Whether the UTF-8 scalar at `j` is an upper-case letter or a digit.
    static func startsCapitalOrDigit(_ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        let c = b[j]
        if c < 0x80 { return (0x41...0x5A).contains(c) || (0x30...0x39).contains(c) }
        var it = b[j...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let u) = decoder.decode(&it) else { return false }
        return u.properties.isUppercase
    }

    /// The place named at the level word at `p` when a body word comes right before it and nothing marks it
    /// as merged or as a partner: its name (capitalised words, or a ward's number), and the range to quote.
    static func actingBody(_ t: AlignedFold, level: String, at p: Int) -> (String, Int, Int)? {
        let before = FigureScanner.words(t, before: p, max: 3)
        guard let body = bodies.first(where: { before.suffix($0.count).elementsEqual($0) }) else { return nil }
        let partner = before.dropLast(body.count).last
        if partner == "voi" || partner == "cac" { return nil }
        // The name follows after one space: a tab ends a table cell ("UBND phường<TAB>Các phòng …").
        let j = p + level.utf8.count
        guard j + 1 < t.count, t.chars[j] == " " else { return nil }
        let (words, end) = MetadataExtractor.placeWords(t, from: j + 1, singleSpaces: true)
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
