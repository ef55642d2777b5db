/// A quantitative figure found in text: `80%`, `25%-35%`, `tối thiểu 02 sáng kiến`, `từ 01 đến 02 cuộc`.
struct Figure {
    var start: Int
    var end: Int
    var value: Double
    var valueMax: Double?
    /// `%`, `count`, `days` or `minutes` (a time limit: `không quá 02 ngày làm việc`, `không quá 15 phút`)
    /// or `rank` (the top-N group of a ranking: `nhóm 20 … dẫn đầu`).
    var unit: String
    /// A figure said in words as none at all (`không để xảy ra hồ sơ quá hạn`): 0, at most.
    var ceiling = false
    /// A change in percentage points (`tăng 5 điểm phần trăm`), never a level to reach.
    var points = false
}

/// Scans characters for figures; no regular expressions (this runs on every paragraph of every plan).
enum FigureScanner {
    /// Words that, right before a bare number, make it a commitment rather than a date or a declared count.
    static let countCues: [[String]] = [["it", "nhat", "co"], ["it", "nhat"], ["toi", "thieu"], ["giam"], ["khong", "duoi"]]
    /// Words that, right before a number of days or minutes, make it a time limit rather than a deadline.
    static let limitCues: [[String]] = [["khong", "qua"], ["toi", "da"], ["duoi"], ["khong", "vuot", "qua"], ["rut", "ngan", "con"],
                                              ["cham", "nhat"]]
    /// Nouns after a number that mark it as a duration, a level or a declared count, never a target.
    static let countStopNouns: Set<String> = ["thang", "nam", "ngay", "quy", "cap", "lan", "gio", "tuan", "nhiem", "linh",
                                              "noi", "nghi", "phut", "dieu", "khoan", "muc", "chi", "tieu", "giai"]

    /// What may group a count's thousands: a stop, a comma, a space, a no-break or narrow no-break space.
    static let thousandsSeparators: [Unicode.Scalar] = [".", ",", " ", "\u{A0}", "\u{202F}"]

    static func scan(_ t: AlignedFold) -> [Figure] {
        var out: [Figure] = []
        var i = 0
        let n = t.count
        while i < n {
            guard t.isDigit(i), i == 0 || !isNumberChar(t, i - 1) else { i += 1; continue }
            // `CT04`, `TT01`: the digits of a code, never a figure (`CT04 - 100%` is no range).
            if i > 0, case let c = t.chars[i - 1].value, c >= 0x41 && c <= 0x5A {
                while i < n, t.isDigit(i) { i += 1 }
                continue
            }
            // Read a number with an optional decimal part (2,5 or 2.5).
            var j = i
            while j < n, t.isDigit(j) { j += 1 }
            let whole = j - i
            // "tối thiểu 1.250 hồ sơ", "186.432 hồ sơ": thousands grouped with stops, a count; so with commas, as an
            // English-locale spreadsheet writes them (`12,500 lượt`), or with spaces (`1 500 lượt`, `1 286 450 hồ
            // sơ`, also narrow no-break ones), when a word follows, not a percent sign or a score.
            var grouped = false
            let separator = j < n && Self.thousandsSeparators.contains(t.chars[j]) ? t.chars[j] : "."
            while whole <= 3, j + 3 < n, t.chars[j] == separator, t.isDigit(j + 1), t.isDigit(j + 2), t.isDigit(j + 3),
                  !(j + 4 < n && (t.isDigit(j + 4) || t.chars[j + 4] == "," || t.chars[j + 4] == "." || t.chars[j + 4] == "%")) {
                if separator != ".", case let k = DateParsing.skipSpaces(t, j + 4), k >= n || t.chars[k] == "%" || t.hasWord("diem", at: k)
                    || separator != "," && !(t.isLetter(k) || j + 7 < n && t.chars[j + 4] == separator && t.isDigit(j + 5)) { break }
                j += 4
                grouped = true
            }
            if !grouped, j + 1 < n, t.chars[j] == "," || t.chars[j] == ".", t.isDigit(j + 1),
               !(j + 2 < n && (t.chars[j + 2] == "/" )) {
                var k = j + 1
                while k < n, t.isDigit(k) { k += 1 }
                if k - j - 1 <= 2, !(k < n && t.chars[k] == ".") { j = k }
            }
            guard let value = Double(grouped ? String(t.text(i..<j).filter(\.isNumber)) : String(t.text(i..<j).map { $0 == "," ? "." : $0 }))
            else { i = j; continue }
            // (A scanned plan's OCR slips before a percent sign, `9O%`, `l00%`, are digits by now: `OCRDigits`.)
            let start = i
            // "đạt tối thiểu 80/100 điểm": a score, not a share.
            if j < n, t.chars[j] == "/", outOfHundred(t, slash: j) != nil, let f = count(t, start: i, end: j, value: value) {
                out.append(f); i = f.end; continue
            }
            // "ít nhất 4/5 thôn, tổ dân phố": a share written as a fraction, 80%.
            if j < n, t.chars[j] == "/", let share = fraction(t, numerator: value, start: i, slash: j) {
                out.append(share)
                i = share.end
                continue
            }
            // Part of a date, a document number or a code: 15/7/2021, 76/NQ-CP, 9001:2015.
            if j < n, t.isOneOf(j, "/:-"), j + 1 < n, t.isDigit(j + 1) || t.isUpper(j + 1) {
                if t.chars[j] == "-", let r = rangeEnd(t, from: j) {
                    out.append(Figure(start: i, end: r.end, value: value, valueMax: r.value, unit: "%"))
                    i = r.end; continue
                }
                i = skipToken(t, j); continue
            }
            if i > 0, t.isOneOf(i - 1, "/") { i = j; continue }
            // `70 - 75%`, `90 – 95 %`: a range written with spaces round its dash; it goes up, and a year
            // (four digits) never opens one.
            if whole <= 3, j < n, t.chars[j] == " ", let r = rangeEnd(t, from: j), r.value > value,
               t.chars[DateParsing.skipSpaces(t, j)] != "d" {
                out.append(Figure(start: start, end: r.end, value: value, valueMax: r.value, unit: "%"))
                i = r.end; continue
            }
            var k = j
            while k < n, t.chars[k] == " " { k += 1 }
            // "80%", "80 %", and once in a while "80 phần trăm".
            // "5 điểm phần trăm" (percentage points, a rise on the way to a level) reads as a percentage too.
            let percentEnd = k < n && t.chars[k] == "%" ? k + 1 : t.hasWord("phan tram", at: k) ? k + 9
                : t.hasWord("diem phan tram", at: k) ? k + 14 : nil
            if let percentEnd {
                var end = percentEnd
                var vmax: Double?
                if let r = rangeEnd(t, from: end) { vmax = r.value; end = r.end }
                // "100% (một trăm phần trăm)": the figure in words, as legal text repeats it, is the figure's.
                if let words = inWords(t, after: end) { end = words }
                var f = Figure(start: start, end: end, value: value, valueMax: vmax, unit: "%")
                f.points = t.hasWord("diem", at: k)
                out.append(f)
                i = end
                continue
            }
            if whole == 1, j - i > 2, let f = share(t, start: i, end: j, value: value) { out.append(f); i = f.end; continue }
            // A count has at most three digits, or its thousands grouped (`1.250`), or four to six digits that are
            // no year's (`1500 hồ sơ`); a score or a time limit may have decimals (`≥ 87,5 điểm`,
            // `không quá 1,5 ngày làm việc`).
            if whole <= 3 && (j - i == whole || grouped || t.hasWord("diem", at: k) || t.hasWord("ngay", at: k))
                || (4...6).contains(whole) && j - i == whole && !(1900...2100).contains(value),
               let f = count(t, start: i, end: j, value: value) {
                out.append(f); i = f.end; continue
            }
            i = j
        }
        return noneAtAll(t, into: out)
    }

    /// A share written as a decimal after a commitment, in a clause about a rate (`Tỷ lệ văn bản đi được ký số …
    /// không thấp hơn 0,95`, `đạt tối thiểu 0,95 (số hồ sơ …/tổng số …)`): the percentage it is; nil otherwise.
    static func share(_ t: AlignedFold, start: Int, end: Int, value: Double) -> Figure? {
        guard value > 0, value < 1, end - start >= 3, t.chars[start] == "0", t.chars[start + 1] == "," || t.chars[start + 1] == ".",
              let cue = words(t, before: start, max: 3).last, ["dat", "hon", "thieu", "duoi", "nhat", "la"].contains(cue),
              t.fold(max(0, start - 160)..<start).contains("ty le") else { return nil }
        return Figure(start: start, end: end, value: (value * 10_000).rounded() / 100, valueMax: nil, unit: "%")
    }

    /// Where `/100` (or `/ 100`, a line wrapped after the slash) ends when it stands at `slash` before `điểm`:
    /// a score out of a hundred (`đạt tối thiểu 80/100 điểm`); nil otherwise.
    static func outOfHundred(_ t: AlignedFold, slash: Int) -> Int? {
        guard slash < t.count, t.chars[slash] == "/" else { return nil }
        var k = slash + 1
        if k < t.count, t.chars[k] == " " { k += 1 }
        guard k + 3 <= t.count, t.chars[k] == "1", t.chars[k + 1] == "0", t.chars[k + 2] == "0",
              k + 3 == t.count || !t.isDigit(k + 3), t.hasWord("diem", at: DateParsing.skipSpaces(t, k + 3)) else { return nil }
        return k + 3
    }

    /// A fraction after a commitment's words (`ít nhất 4/5 thôn`, `tối thiểu 9/10 …`, `đạt 3/5 …`, `có 4/5 …`),
    /// or a whole one after any word (`công khai đúng hạn 312/312 TTHC`), as the
    /// percentage it is: the numerator at most the denominator, the denominator at most 1,000, a word after
    /// it, and no percentage in the rest of its clause (`9/9 phòng, đơn vị (100%)` says it itself). Dates (`ngày 4/5`)
    /// and numbers (`76/NQ-CP`) have no such words before them or go on after the slash.
    static func fraction(_ t: AlignedFold, numerator: Double, start: Int, slash: Int) -> Figure? {
        var k = slash + 1
        while k < t.count, t.isDigit(k) { k += 1 }
        guard k > slash + 1, k - slash - 1 <= 4, let d = Double(t.text((slash + 1)..<k)), d > 0, d <= 1000, numerator <= d,
              k + 1 < t.count, t.chars[k] == " ", t.isLetter(k + 1) else { return nil }
        let before = words(t, before: start, max: 2)
        // (`Có 4/5 chỉ số thành phần …`, and a whole `312/312 TTHC` after any word but a date's.)
        // (Or alone at the start of a table's cell: `4/5 chỉ số thành phần`.)
        guard before.suffix(2) == ["it", "nhat"] || before.suffix(2) == ["toi", "thieu"] || before.last == "dat" || before.last == "co"
                || start == 0
                || numerator == d && before.last != "ngay" && before.last != "so" else { return nil }
        // `100% (312/312 TTHC)`: the count behind a percentage said before it.
        var open = start - 1
        while open >= 0, t.chars[open] == " " { open -= 1 }
        if open > 0, t.chars[open] == "(" {
            var p = open - 1
            while p >= 0, t.chars[p] == " " { p -= 1 }
            if p >= 0, t.chars[p] == "%" { return nil }
        }
        // The rest of its clause: `tối thiểu 02/05 cơ quan, đơn vị thuộc UBND phường (đạt 40%)` says it itself.
        let clause = t.text(k..<min(t.sentenceEnd(after: k), k + 200)).prefix { $0 != ";" }
        guard !clause.contains("%") else { return nil }
        return Figure(start: start, end: k, value: (numerator / d * 1000).rounded() / 10, valueMax: nil, unit: "%")
    }

    /// The folded words a ceiling of zero is about (`quá hạn`, `trễ hạn`), as bytes for the prefilter.
    static let lateWords: [[UInt8]] = [Array("qua han".utf8), Array("tre han".utf8)]
    /// Phrases that set a ceiling of zero without a number.
    static let nonePhrases = ["khong de xay ra", "khong de phat sinh", "khong de ton dong", "khong co"]

    /// `figures` with the ceilings of zero said in words (`Đến năm 2030, không để xảy ra hồ sơ giải quyết quá
    /// hạn`): the phrase is the figure, 0% at most, and the words after it (`hồ sơ … quá hạn`, `trễ hạn`,
    /// within 60 characters) its subject.
    static func noneAtAll(_ t: AlignedFold, into figures: [Figure]) -> [Figure] {
        // Most paragraphs have no `quá hạn` / `trễ hạn`: a byte search (memchr) rules them out.
        guard t.folded.count > 20, t.folded.withUnsafeBufferPointer({ ByteSearch.containsAny(Self.lateWords, in: $0) }) else { return figures }
        var out = figures
        for phrase in nonePhrases {
            for p in t.positions(of: phrase) {
                let end = p + phrase.utf8.count
                let window = t.fold(end..<min(t.count, end + 60))
                guard window.contains("qua han") || window.contains("tre han"),
                      !out.contains(where: { $0.start < end + 60 && $0.end > p }) else { continue }
                out.append(Figure(start: p, end: end, value: 0, valueMax: nil, unit: "%", ceiling: true))
            }
        }
        return out.count == figures.count ? figures : out.sorted { $0.start < $1.start }
    }

    /// The end of a bracket right after `i` that says a percentage in words (`(chín mươi lăm phần trăm)`),
    /// else nil: letters and spaces only, ending in `phần trăm`.
    static func inWords(_ t: AlignedFold, after i: Int) -> Int? {
        let j = DateParsing.skipSpaces(t, i)
        guard let k = wordsInBracket(t, at: j, within: 48), Folding.fold(t.text((j + 1)..<k)).hasSuffix("phan tram") else { return nil }
        return k + 1
    }

    /// Where a bracket opening at `j` closes when it holds only letters and spaces, closing fewer than
    /// `within` characters after it opens (`(một)`, `(chín mươi lăm phần trăm)`), else nil.
    static func wordsInBracket(_ t: AlignedFold, at j: Int, within: Int) -> Int? {
        guard j < t.count, t.chars[j] == "(" else { return nil }
        var k = j + 1
        while k < t.count, k - j < within, t.isLetter(k) || t.chars[k] == " " { k += 1 }
        return k < t.count && t.chars[k] == ")" ? k : nil
    }

    static func isNumberChar(_ t: AlignedFold, _ i: Int) -> Bool { t.isDigit(i) || t.isOneOf(i, ",./") }

    static func skipToken(_ t: AlignedFold, _ i: Int) -> Int {
        var j = i
        while j < t.count, t.chars[j] != " " { j += 1 }
        return j
    }

    /// `-35%`, `– 35%`, ` đến 35%` right after a first figure: a range.
    static func rangeEnd(_ t: AlignedFold, from i: Int) -> (value: Double, end: Int)? {
        var j = DateParsing.skipSpaces(t, i)
        if j < t.count, t.chars[j] == "-" || t.chars[j] == "–" { j += 1 }
        else if t.hasWord("den", at: j) { j += 3 }
        else { return nil }
        j = DateParsing.skipSpaces(t, j)
        var k = j
        while k < t.count, t.isDigit(k) { k += 1 }
        guard k > j, k - j <= 3, let v = Double(t.text(j..<k)) else { return nil }
        var e = k
        while e < t.count, t.chars[e] == " " { e += 1 }
        guard e < t.count, t.chars[e] == "%" else { return nil }
        return (v, e + 1)
    }

    /// A bare number is a count target only after a commitment cue and before a counted noun.
    static func count(_ t: AlignedFold, start: Int, end: Int, value: Double) -> Figure? {
        let before = words(t, before: start, max: 3)
        // "đạt tối thiểu 80/100 điểm": a score out of a hundred is the score.
        var end = end
        if let out = outOfHundred(t, slash: end) { end = out }
        var j = DateParsing.skipSpaces(t, end)
        // "01 (một) mô hình", "15 (mười lăm) ngày làm việc": the number in words, in brackets, is skipped.
        if let close = wordsInBracket(t, at: j, within: 24), close > j + 1 { j = DateParsing.skipSpaces(t, close + 1) }
        // "… thuộc nhóm 20 tỉnh, thành phố dẫn đầu": a ranking, the top group the plan aims at.
        if before.last == "nhom", leadingGroup(t, after: j) {
            return Figure(start: start, end: end, value: value, valueMax: nil, unit: "rank")
        }
        // A score (`Chỉ số CCHC đạt 85 điểm`, `từ 85 điểm trở lên`) is a target after `đạt`, `từ`, `trên` too.
        // So is one after the level it is set for (`Chỉ số CCHC: tỉnh 80 điểm, phường 85 điểm`).
        if before.last == "dat" || before.last == "tu" || before.last == "tren" || before.last == "phuong" || before.last == "xa"
            || before.last == "tinh", t.hasWord("diem", at: j) {
            return Figure(start: start, end: end, value: value, valueMax: nil, unit: "count")
        }
        // "không quá 02 ngày làm việc", "tối đa 3 ngày": a time limit the plan sets.
        let limited = Self.limitCues.contains(where: { cue in before.suffix(cue.count).elementsEqual(cue) })
            || before.isEmpty && limitSymbolBefore(t, start) || limitInLabel(t, start)
        // "… bình quân 5 ngày làm việc trở xuống": the ceiling said after the unit.
        func ceilingAfter(_ stop: Int) -> Bool {
            let k = DateParsing.skipSpaces(t, stop)
            // "… 5 ngày làm việc trở xuống", "3 ngày (tối đa)"
            return t.hasWord("tro xuong", at: k) || k < t.count && t.chars[k] == "(" && t.hasWord("toi da", at: k + 1)
        }
        if t.hasWord("ngay", at: j) {
            let stop = t.hasWord("ngay lam viec", at: j) ? j + 13 : j + 4
            if limited || ceilingAfter(stop) { return Figure(start: start, end: stop, value: value, valueMax: nil, unit: "days") }
        }
        // "không quá 15 phút": a waiting time.
        if t.hasWord("phut", at: j), limited || ceilingAfter(j + 4) {
            return Figure(start: start, end: j + 4, value: value, valueMax: nil, unit: "minutes")
        }
        let isFromTo = before.last == "tu"
        // "≥ 2 cuộc": a floor written with its symbol, as in tables, is a cue too.
        guard isFromTo || countCues.contains(where: { cue in before.suffix(cue.count).elementsEqual(cue) })
                || before.isEmpty && floorSymbolBefore(t, start) else { return nil }
        var vmax: Double?
        var stop = end
        if isFromTo {
            guard t.hasWord("den", at: j) else { return nil }
            j = DateParsing.skipSpaces(t, j + 3)
            var k = j
            while k < t.count, t.isDigit(k) { k += 1 }
            guard k > j, let v = Double(t.text(j..<k)) else { return nil }
            vmax = v
            stop = k
            j = DateParsing.skipSpaces(t, k)
        }
        var e = j
        while e < t.count, t.isLetter(e) { e += 1 }
        let noun = t.foldedText(j..<e)
        guard !noun.isEmpty, !countStopNouns.contains(noun), t.isLower(j) else { return nil }
        return Figure(start: start, end: stop, value: value, valueMax: vmax, unit: "count")
    }

    /// Whether the number at `i` follows a colon whose label says it is a ceiling: `Số ngày tối đa trả lời
    /// phản ánh, kiến nghị: 07 ngày làm việc`.
    static func limitInLabel(_ t: AlignedFold, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, t.chars[k] == " " { k -= 1 }
        guard k > 0, t.chars[k] == ":" else { return false }
        var s = k - 1
        while s > 0, k - s < 120, t.chars[s - 1] != ";", t.chars[s - 1] != ":", !(t.chars[s - 1] == "." && t.chars[s] == " ") { s -= 1 }
        let label = " " + t.fold(s..<k) + " "
        return label.contains(" toi da ") || label.contains(" khong qua ")
    }

    /// Whether `≤` or `<` stands right before the number at `i` (spaces apart): `≤ 02 ngày`.
    /// Whether `≥` or `>` stands right before the number at `i` (spaces apart): `≥ 2 cuộc`.
    static func floorSymbolBefore(_ t: AlignedFold, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, t.chars[j] == " " { j -= 1 }
        // `≥`, `>`, and `>=` / `=>` typed in ASCII.
        return j >= 0 && (t.chars[j] == "≥" || t.chars[j] == ">" || t.chars[j] == "=" && j > 0 && t.chars[j - 1] == ">")
    }

    static func limitSymbolBefore(_ t: AlignedFold, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, t.chars[j] == " " { j -= 1 }
        // `≤`, `<`, and `<=` / `=<` typed in ASCII.
        return j >= 0 && (t.chars[j] == "≤" || t.chars[j] == "<" || t.chars[j] == "=" && j > 0 && t.chars[j - 1] == "<")
    }

    /// Whether the clause after `nhóm N` says the group leads (`… tỉnh, thành phố dẫn đầu cả nước`,
    /// `… đơn vị cấp xã đứng đầu`): a ranking, not a group of tasks or documents (`nhóm 2 nhiệm vụ`).
    static func leadingGroup(_ t: AlignedFold, after i: Int) -> Bool {
        var e = i
        while e < t.count, e - i < 70, !t.isOneOf(e, ";.:") { e += 1 }
        let f = " " + t.foldedText(i..<e) + " "
        return f.contains(" dan dau ") || f.contains(" dung dau ")
    }

    /// Up to `max` folded words right before `i` (within the same clause).
    static func words(_ t: AlignedFold, before i: Int, max: Int) -> [String] {
        var out: [String] = []
        var j = i - 1
        while j >= 0, out.count < max {
            while j >= 0, t.folded[j] == UInt8(ascii: " ") { j -= 1 }
            guard j >= 0, t.isLetter(j) else { break }
            var s = j
            while s > 0, t.isLetter(s - 1) { s -= 1 }
            out.insert(t.foldedText(s..<(j + 1)), at: 0)
            j = s - 1
        }
        return out
    }
}
