/// The kind of commune a figure is set for, when a province sets different figures by kind (`Đối với các
/// phường và xã đồng bằng: … 70%; đối với các xã miền núi, xã đặc biệt khó khăn: đạt tối thiểu 50%`), and
/// the kind a commune's plan says it is (`Xã Krông là xã miền núi, xã đặc biệt khó khăn`).
public enum CommuneKind {
    /// Mountainous, especially difficult, remote, border or island communes (`xã khu vực III`).
    public static let difficult = "kho-khan"
    /// Wards, lowland communes, the other communes.
    public static let ordinary = "thuong"
    /// Wards only, when a figure is set for wards apart from communes (`(phường: tối thiểu 80%; xã: tối thiểu 65%)`).
    public static let ward = "phuong"
    /// Communes (xã) only, set apart from wards in the same way.
    public static let rural = "xa"
    /// Communes recognised as advanced new-countryside communes (`xã đạt chuẩn nông thôn mới nâng cao`), when a
    /// province sets them a figure of their own beside `các xã còn lại` (the others, `ordinary`).
    public static let advanced = "ntm-nang-cao"

    /// The kind a label right before a figure names inside a bracket or after a `;`: `(phường: tối thiểu 80%;
    /// xã: tối thiểu 65%)` — the first figure for wards, the second for communes. Nil for other figures.
    static func labelled(_ t: AlignedFold, figureStart start: Int) -> String? {
        if let kind = listLabelled(t, figureStart: start) { return kind }
        var k = start - 1
        while k >= 0, start - k <= 32, t.chars[k] != "(", t.chars[k] != ";", t.chars[k] != ")" { k -= 1 }
        guard k >= 0, start - k <= 32, t.chars[k] == "(" || t.chars[k] == ";", t.text((k + 1)..<start).contains(":") else { return nil }
        // After a `;`, only within a bracket opened before it.
        if t.chars[k] == ";" {
            var j = k - 1
            while j >= 0, k - j <= 80, t.chars[j] != "(", t.chars[j] != ")" { j -= 1 }
            guard j >= 0, k - j <= 80, t.chars[j] == "(" else { return nil }
        }
        return labelKind(t.fold((k + 1)..<start).words)
    }

    /// `phường` / `các phường` → wards, `xã` / `các xã` → communes, with comparator words after the name;
    /// `xã đạt chuẩn nông thôn mới nâng cao` → advanced communes, `các xã còn lại` → the others.
    static func labelKind<C: BidirectionalCollection>(_ words: C) -> String? where C.Element == Substring {
        var name = Array(words)
        while let w = name.last, comparatorWords.contains(w) { name.removeLast() }
        if name.first == "cac" { name.removeFirst() }
        let phrase = name.joined(separator: " ")
        if phrase == "xa dat chuan nong thon moi nang cao" || phrase == "xa nong thon moi nang cao" { return advanced }
        if phrase == "xa con lai" { return ordinary }
        guard name.count == 1 else { return nil }
        return name[0] == "phuong" ? ward : name[0] == "xa" ? rural : nil
    }

    /// The kind a label opening a clause of a list of figures by kind names, outside brackets: `Tỷ lệ …:
    /// phường: tối thiểu 80%; xã đạt chuẩn nông thôn mới nâng cao: tối thiểu 70%; các xã còn lại: tối
    /// thiểu 60%`. Only the advanced communes and the others are read so (wards and communes alone are
    /// read in brackets, `labelled`), and a ward's label when it stands in such a list.
    static func listLabelled(_ t: AlignedFold, figureStart start: Int) -> String? {
        // The colon right before the figure, only comparator words between.
        var c = start - 1
        while c >= 0, start - c <= 24, t.chars[c] != ":" { c -= 1 }
        guard c > 0, start - c <= 24, t.fold((c + 1)..<start).words.allSatisfy({ comparatorWords.contains($0) }) else { return nil }
        var k = c - 1
        while k >= 0, c - k <= 50, t.chars[k] != ";", t.chars[k] != ":", t.chars[k] != "(" { k -= 1 }
        guard k >= 0, c - k <= 50 else { return nil }
        let kind = labelKind(t.fold((k + 1)..<c).words)
        if kind == advanced || kind == ordinary { return kind }
        // `phường:` in a list that also names the advanced communes.
        guard kind == ward, t.fold(max(0, k - 200)..<min(t.count, start + 160)).contains("nong thon moi nang cao") else { return nil }
        return kind
    }
    static let comparatorWords: Set<Substring> = ["toi", "thieu", "dat", "tren", "it", "nhat", "tu", "khong", "duoi", "qua", "tro", "len"]

    /// Folded words naming difficult communes.
    static let difficultWords = ["mien nui", "dac biet kho khan", "vung sau", "vung cao", "khu vuc iii", "bien gioi", "hai dao",
                                 "vung kho khan", "vung iii"]

    /// The kind a bracket names around a figure in a cell: `≥ 70% (xã vùng III: ≥ 50%)` — the figure inside
    /// the bracket is for difficult communes, the one right before it for the others. Nil for other figures.
    static func bracketed(_ t: AlignedFold, figureStart start: Int, end: Int) -> String? {
        // Inside: `(xã vùng III: ` before the figure, within 40 characters and no bracket closed between.
        var k = start - 1
        while k >= 0, start - k <= 40, t.chars[k] != "(", t.chars[k] != ")" { k -= 1 }
        if k >= 0, start - k <= 40, t.chars[k] == "(" {
            let phrase = t.fold((k + 1)..<start)
            if phrase.hasPrefix("xa"), difficultWords.contains(where: phrase.contains) { return difficult }
        }
        // Before: the next bracket names difficult communes.
        var j = end
        while j < t.count, t.chars[j] == " " { j += 1 }
        if j < t.count, t.chars[j] == "(" {
            let phrase = t.fold((j + 1)..<min(t.count, j + 40))
            if phrase.hasPrefix("xa"), difficultWords.contains(where: phrase.contains) { return ordinary }
        }
        return nil
    }

    /// The kind named after the last `đối với` in `range` of `t` (the words before a figure): ruled out on the
    /// folded bytes before any text is made, as most figures have no `đối với` before them.
    static func named(_ t: AlignedFold, in range: Range<Int>) -> String? {
        var k = range.upperBound - 7
        while k >= range.lowerBound {
            if t.folded[k] == UInt8(ascii: "d"), t.hasWord("doi voi", at: k) { return named(before: t.fold(k..<range.upperBound)) }
            k -= 1
        }
        return nil
    }

    /// The kind named after the last `đối với` of the folded words before a figure, within ten words.
    static func named(before folded: String) -> String? {
        guard let r = folded.range(of: "doi voi ", options: .backwards) else { return nil }
        let phrase = folded[r.upperBound...].words.prefix(10).joined(separator: " ")
        guard phrase.hasPrefix("cac ") || phrase.hasPrefix("xa") || phrase.hasPrefix("phuong") || phrase.hasPrefix("dia ban")
        else { return nil }
        if difficultWords.contains(where: phrase.contains) { return difficult }
        if phrase.contains("dong bang") || phrase.contains("phuong") || phrase.contains("con lai") { return ordinary }
        return nil
    }

    /// Whether folded words between two figures only name a kind of commune (`; đối với các xã miền núi, xã đặc
    /// biệt khó khăn: đạt tối thiểu`): the second figure is the first's indicator for that kind.
    static func onlyNamesKind(_ folded: String) -> Bool {
        let words = folded.words
        // "(phường: tối thiểu 80%; xã: tối thiểu 65%)": a label naming wards or communes.
        return named(before: folded) != nil && words.allSatisfy { kindPhraseWords.contains($0) } || labelKind(words) != nil
    }

    static let kindPhraseWords: Set<Substring> = ["doi", "voi", "cac", "xa", "phuong", "va", "mien", "nui", "dac", "biet", "kho",
                                                  "khan", "dong", "bang", "vung", "sau", "cao", "khu", "vuc", "iii", "bien",
                                                  "gioi", "hai", "dao", "con", "lai", "dia", "ban", "dat", "toi", "thieu", "tren",
                                                  "it", "nhat", "tu", "tro", "len", "khong", "duoi", "chuan", "nong", "thon",
                                                  "moi", "nang"]

    /// The kind a commune's own plan says it is: difficult when it calls itself so (`là xã miền núi`, `thuộc
    /// xã khu vực III`), else ordinary; nil for a plan above the communes.
    static func ofPlan(level: PlanLevel?, blocks: [Block]) -> String? {
        guard let level, level == .xa || level == .phuong || level == .dacKhu else { return nil }
        guard level == .xa else { return ordinary }
        // `Xã Mỹ An Hưng là xã đạt chuẩn nông thôn mới nâng cao` (not `chưa được công nhận đạt chuẩn …`).
        for b in blocks where b.kind == .paragraph && b.text.contains("nâng cao") {
            let f = Folding.fold(b.text)
            if f.contains("la xa dat chuan nong thon moi nang cao") || f.contains("la xa nong thon moi nang cao") { return advanced }
        }
        for b in blocks where b.kind == .paragraph && (b.text.contains("miền núi") || b.text.contains("khó khăn") || b.text.contains("khu vực III")
                                                      || b.text.contains("vùng III") || b.text.contains("biên giới")) {
            let f = Folding.fold(b.text)
            if selfWords.contains(where: f.contains) { return difficult }
        }
        return ordinary
    }

    static let selfWords = ["la xa mien nui", "la xa dac biet kho khan", "thuoc xa khu vuc iii", "la xa khu vuc iii",
                            "thuoc vung dac biet kho khan", "la xa vung cao", "la xa bien gioi", "la xa vung iii"]
}
