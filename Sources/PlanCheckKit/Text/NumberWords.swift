/// Percentages written in words (`tối thiểu chín mươi tám phần trăm`, `một trăm phần trăm`), rewritten in
/// figures (`98 phần trăm`) so that the figure scanner reads them as it reads `98 phần trăm`.
///
/// Only the words right before `phần trăm` are read, so that `năm` (five, or year) is a number only there.
/// A figure also given in brackets after the words (`tối thiểu sáu mươi phần trăm (60%)`) takes their place,
/// so that one figure stands next to its comparator.
enum NumberWords {
    /// Digits by folded word (`mốt` folds as `một`); `lăm`, `nhăm`, `tư` are the forms of 5, 5 and 4 after `mươi`.
    static let digits: [String: Int] = ["mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7,
                                        "tam": 8, "chin": 9, "lam": 5, "nham": 5]

    /// `line` with each percentage in words written in figures; the line itself when it has none.
    static func rewrite(_ line: String) -> String {
        guard mayHavePercentWord(line) else { return line }
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        var changed = false
        while i + 1 < words.count {
            guard Folding.fold(words[i]) == "phan", Folding.fold(words[i + 1]).hasPrefix("tram") else { i += 1; continue }
            var start = i
            while start > 0, i - start < 8 {
                let w = words[start - 1]
                let opens = w.hasPrefix("(")
                guard isNumberWord(Folding.fold(opens ? String(w.dropFirst()) : w)) else { break }
                start -= 1
                if opens { break }
            }
            // `99% (chín mươi chín phần trăm)`: words in brackets restate the figure before them.
            if start < i, words[start].hasPrefix("(") { i += 2; continue }
            // `tối thiểu sáu mươi phần trăm (60%) cán bộ`: the figure in brackets takes the words' place, next to
            // its comparator.
            if start < i, i + 2 < words.count, let figure = bracketedFigure(words[i + 2]) {
                words.replaceSubrange(start...(i + 2), with: [figure])
                changed = true
                i = start + 1
            } else if start < i, let value = parse(words[start..<i].map { Folding.fold($0) }) {
                words.replaceSubrange(start..<i, with: [value])
                changed = true
                i = start + 1
            } else {
                i += 2
            }
        }
        return changed ? words.joined(separator: " ") : line
    }

    /// `(60%)`, `(98,5%).`, `(100%);`: the figure and what follows the bracket; nil for any other word.
    static func bracketedFigure(_ word: String) -> String? {
        guard word.hasPrefix("("), let close = word.firstIndex(of: ")") else { return nil }
        let inner = word[word.index(after: word.startIndex)..<close]
        guard inner.hasSuffix("%"), inner.dropLast().allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }), inner.count >= 2 else { return nil }
        return String(inner) + word[word.index(after: close)...]
    }

    /// Whether the line holds `ră` / `RĂ` (72 C4 83 / 52 C4 82), as `trăm` does: a byte search (with `memchr`
    /// on C4) that rules out nearly every line before any word is split.
    static func mayHavePercentWord(_ line: String) -> Bool { line.containsAny(ofBytes: marks, key: 1) }
    static let marks: [[UInt8]] = [[0x72, 0xC4, 0x83], [0x52, 0xC4, 0x82]]

    static func isNumberWord(_ w: String) -> Bool {
        digits[w] != nil || ["muoi", "tram", "linh", "le", "phay"].contains(w)
    }

    /// The value of folded number words up to 100, with a decimal after `phẩy` (`chín mươi tám phẩy năm` →
    /// `98,5`); nil when the words are not a number.
    static func parse(_ words: [String]) -> String? {
        if let comma = words.firstIndex(of: "phay") {
            guard let whole = integer(Array(words[..<comma])), comma + 1 < words.count,
                  let tenth = integer(Array(words[(comma + 1)...])), tenth < 10 else { return nil }
            return "\(whole),\(tenth)"
        }
        return integer(words).map(String.init)
    }

    static func integer(_ words: [String]) -> Int? {
        var w = words[...]
        guard !w.isEmpty else { return nil }
        var value = 0
        // `một trăm`, `một trăm linh năm`
        if w.count >= 2, w[w.startIndex + 1] == "tram", let h = digits[w.first!], h == 1 {
            value = 100
            w = w.dropFirst(2)
            if let f = w.first, f == "linh" || f == "le" { w = w.dropFirst() }
            if w.isEmpty { return value }
        }
        // `mười`, `mười lăm`; `chín mươi`, `chín mươi tám`, `hai mươi mốt`
        if w.first == "muoi" {
            value += 10
            w = w.dropFirst()
        } else if w.count >= 2, w[w.startIndex + 1] == "muoi", let t = digits[w.first!] {
            value += 10 * t
            w = w.dropFirst(2)
        }
        if w.isEmpty { return value }
        guard w.count == 1, let unit = digits[w.first!] else { return nil }
        return value + unit
    }
}
