/// Yearly figures said respectively, in one sentence: `Tỷ lệ hồ sơ … lần lượt các năm 2026, 2027, 2028, 2029,
/// 2030 đạt 70%, 75%, 80%, 85% và 90%`, or with the years first: `… năm 2026, 2027 và 2028 lần lượt là 70%,
/// 75% và 80%`. The k-th figure after the list is the k-th year's; the figures take the indicator the first
/// of them names (the words after the last may be the next clause's subject).
enum RespectiveYears {
    /// The years said with `lần lượt` in `t`, each list with where it ends: its figures come after that.
    static func lists(_ t: AlignedFold) -> [(end: Int, years: [Int])] {
        var out: [(end: Int, years: [Int])] = []
        for p in t.positions(of: "lan luot") {
            // `lần lượt (trong) các năm 2026, 2027, … 2030 (đạt)`.
            var j = DateParsing.skipSpaces(t, p + 8)
            for word in ["trong", "cac", "nam"] where t.hasWord(word, at: j) { j = DateParsing.skipSpaces(t, j + word.utf8.count) }
            if let (years, end) = years(t, at: j) { out.append((end, years)); continue }
            // `năm 2026, 2027 và 2028 lần lượt (là / đạt)`: the list ends right before `lần lượt`.
            let s = t.sentenceStart(before: p)
            for q in t.positions(of: "nam") where q >= s && q < p {
                guard let (years, end) = years(t, at: DateParsing.skipSpaces(t, q + 3)), DateParsing.skipSpaces(t, end) == p else { continue }
                out.append((p + 8, years))
                break
            }
        }
        return out
    }

    /// Two years or more at `j` (2000–2100, rising) joined by commas and `và`, and where the list ends.
    static func years(_ t: AlignedFold, at j: Int) -> ([Int], Int)? {
        var years: [Int] = []
        var k = j, end = j
        while let (y, e) = DateParsing.number(t, k), (2000...2100).contains(y), years.last.map({ y > $0 }) ?? true {
            years.append(y)
            end = e
            k = DateParsing.skipSpaces(t, e)
            if k < t.count, t.chars[k] == "," { k = DateParsing.skipSpaces(t, k + 1) }
            else if t.hasWord("va", at: k) { k = DateParsing.skipSpaces(t, k + 2) }
            else { break }
        }
        return years.count >= 2 ? (years, end) : nil
    }

    /// Where the clause holding position `p` ends: its sentence's end or the next `;` (the figures said
    /// respectively stand before it; `…; đến năm 2030 mức độ hài lòng về y tế … đạt 90%` is another's).
    static func clauseEnd(_ t: AlignedFold, after p: Int) -> Int {
        var end = p
        let sentenceEnd = t.sentenceEnd(after: p)
        while end < sentenceEnd, t.chars[end] != ";" { end += 1 }
        return end
    }

    /// Gives the figures after each list of `t` their years, when its clause (to the next `;`) holds exactly as
    /// many figures after the list as it has years. `starts` are the targets' figures' offsets in `t`.
    static func apply(_ t: AlignedFold, starts: [Int], to targets: inout [Target]) {
        guard targets.count >= 2 else { return }
        for list in lists(t) {
            // The figures up to the clause's end: `…; đến năm 2030 mức độ hài lòng về y tế … đạt 90%` is another's.
            let end = clauseEnd(t, after: list.end)
            let indices = targets.indices.filter { starts[$0] >= list.end && starts[$0] < end }
            guard indices.count == list.years.count else { continue }
            // One subject for the list: the first figure's (a later one may have caught the next clause's words).
            let first = targets[indices[0]]
            for (k, i) in indices.enumerated() {
                targets[i].period = Period(year: list.years[k])
                targets[i].everyYear = nil
                if let id = first.indicator {
                    targets[i].indicator = id
                    targets[i].area = first.area
                }
            }
        }
    }
}
