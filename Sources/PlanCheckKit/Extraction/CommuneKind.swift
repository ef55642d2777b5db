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

    /// The kind a label right before a figure names inside a bracket or after a `;`: `(phường: tối thiểu 80%;
    /// xã: tối thiểu 65%)` — the first figure for wards, the second for communes. Nil for other figures.
    static func labelled(_ t: AlignedFold, figureStart start: Int) -> String? {
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

    /// `phường` / `các phường` → wards, `xã` / `các xã` → communes, with comparator words after the name.
    static func labelKind<C: BidirectionalCollection>(_ words: C) -> String? where C.Element == Substring {
        var name = Array(words)
        while let w = name.last, comparatorWords.contains(w) { name.removeLast() }
        if name.first == "cac" { name.removeFirst() }
        guard name.count == 1 else { return nil }
        return name[0] == "phuong" ? ward : name[0] == "xa" ? rural : nil
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
                                                  "it", "nhat", "tu", "tro", "len", "khong", "duoi"]

    /// The kind a commune's own plan says it is: difficult when it calls itself so (`là xã miền núi`, `thuộc
    /// xã khu vực III`), else ordinary; nil for a plan above the communes.
    static func ofPlan(level: PlanLevel?, blocks: [Block]) -> String? {
        guard let level, level == .xa || level == .phuong || level == .dacKhu else { return nil }
        guard level == .xa else { return ordinary }
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
