/// Reads Vietnamese dates in the forms plans use: `15/7/2021`, `15-7-2021`, `ngày 15 tháng 7 năm 2021`.
enum DateParsing {
    /// Parses a date starting at `i` in `t` (after optional `ngày`). Returns ISO date and end index.
    static func parse(_ t: AlignedFold, at start: Int) -> (iso: String, end: Int)? {
        var i = skipSpaces(t, start)
        var afterNgay = false
        if t.hasWord("ngay", at: i) { i = skipSpaces(t, i + 4); afterNgay = true }
        guard let (d, i1) = number(t, i), (1...31).contains(d) else { return afterNgay ? parseWords(t, at: i) : nil }
        var j = i1
        if j < t.count, t.folded[j] == UInt8(ascii: "/") || t.folded[j] == UInt8(ascii: "-") || t.folded[j] == UInt8(ascii: ".") {
            let sep = t.folded[j]
            guard let (m, j2) = number(t, j + 1), (1...12).contains(m), j2 < t.count, t.folded[j2] == sep,
                  let (y, j3) = number(t, j2 + 1), (1900...2100).contains(y) else { return nil }
            return (iso(y, m, d), j3)
        }
        j = skipSpaces(t, j)
        guard t.hasWord("thang", at: j) else { return nil }
        guard let (m, j2) = number(t, skipSpaces(t, j + 5)), (1...12).contains(m) else { return nil }
        var k = skipSpaces(t, j2)
        guard t.hasWord("nam", at: k) else { return nil }
        k = skipSpaces(t, k + 3)
        guard let (y, k2) = number(t, k), (1900...2100).contains(y) else { return nil }
        return (iso(y, m, d), k2)
    }

    /// A date in words after `ngày`: `hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi sáu`.
    static func parseWords(_ t: AlignedFold, at start: Int) -> (iso: String, end: Int)? {
        // The words (folded, with where each ends), up to the first that is neither a number nor a date's.
        var words: [(word: String, end: Int)] = []
        var k = start
        while words.count < 18 {
            let s = skipSpaces(t, k)
            var e = s
            while e < t.count, t.isLetter(e) { e += 1 }
            guard e > s else { break }
            let w = String(decoding: t.folded[s..<e], as: UTF8.self)
            guard NumberWords.isNumberWord(w) || ["thang", "nam", "nghin", "ngan", "khong"].contains(w) else { break }
            words.append((w, e))
            k = e
        }
        let list = words.map(\.word)
        guard let thang = list.firstIndex(of: "thang"), let d = NumberWords.integer(Array(list[..<thang])), (1...31).contains(d),
              let nam = list[(thang + 1)...].firstIndex(of: "nam"), let m = NumberWords.integer(Array(list[(thang + 1)..<nam])),
              (1...12).contains(m) else { return nil }
        // `năm 2026` in figures after the day and month in words.
        if nam + 1 == list.count, let (year, end) = number(t, skipSpaces(t, words[nam].end)), (1900...2100).contains(year) {
            return (iso(year, m, d), end)
        }
        // `hai nghìn (không trăm) (linh) hai mươi sáu`
        var y = Array(list[(nam + 1)...])
        guard y.count >= 2, y[0] == "hai", y[1] == "nghin" || y[1] == "ngan" else { return nil }
        y.removeFirst(2)
        if y.starts(with: ["khong", "tram"]) { y.removeFirst(2) }
        if let f = y.first, f == "linh" || f == "le" { y.removeFirst() }
        guard let rest = y.isEmpty ? 0 : NumberWords.integer(y), rest < 100 else { return nil }
        return (iso(2000 + rest, m, d), words.last!.end)
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        let mm = m < 10 ? "0\(m)" : "\(m)", dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }

    static func skipSpaces(_ t: AlignedFold, _ i: Int) -> Int {
        var j = i
        while j < t.count, t.folded[j] == UInt8(ascii: " ") { j += 1 }
        return j
    }

    static func number(_ t: AlignedFold, _ i: Int) -> (Int, Int)? {
        var j = i, n = 0, digits = 0
        while j < t.count, t.isDigit(j) {
            let v = Int(t.folded[j] - 0x30)
            n = n * 10 + v; j += 1; digits += 1
            if digits > 4 { return nil }
        }
        return digits > 0 ? (n, j) : nil
    }

    // MARK: years in folded text

    /// The four-digit years right after each `cue` in the folded text.
    static func years(after cue: String, in f: String) -> [Int] {
        var out: [Int] = []
        var rest = f[...]
        while let r = rest.range(of: cue) {
            rest = rest[r.upperBound...]
            if let y = Int(rest.prefix(4)), rest.prefix(4).count == 4, (2000...2100).contains(y) { out.append(y) }
        }
        return out
    }

    /// The year ranges (`2026 2027` once folded from `2026 - 2027`) right after each `cue`.
    static func ranges(after cue: String, in f: String) -> [Period] {
        var out: [Period] = []
        var rest = f[...]
        while let r = rest.range(of: cue) {
            rest = rest[r.upperBound...]
            let words = rest.split(separator: " ", maxSplits: 2)
            guard words.count >= 2, words[0].count == 4, words[1].count == 4,
                  let a = Int(words[0]), let b = Int(words[1]), (2000...2100).contains(a), a <= b else { continue }
            out.append(Period(from: a, to: b))
        }
        return out
    }
}
