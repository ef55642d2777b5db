/// The numbering or bullet that starts an outline item: `II.`, `A.`, `1.`, `1.2.`, `(1)`, `a)`, `a.`, `đ)`, `a1)`,
/// `-`, `+`, `*`.
public struct OutlineMarker: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case roman, upperLetter, arabic, decimal, parenthesized, letter, romanItem, bullet
    }

    public var kind: Kind
    /// The marker as written, without trailing space.
    public var text: String
    /// Length in characters of marker plus following spaces.
    public var length: Int
    /// Comparable ordinal within its kind (I = 1, 3 = 3, c = 3 in Vietnamese order, 1.2 = 2), 0 for bullets.
    public var ordinal: Int

    /// Nesting depth, outermost first. Capital letters (`A. Công tác chỉ đạo, điều hành`, `B. Cải cách thể
    /// chế`) group items between the Roman parts and the Arabic items in the plans that use them. Numbers in
    /// brackets (`(4) Về mức độ hài lòng …:`) number items under the decimal headings and over lettered ones
    /// (`a1) Đến hết năm 2027, …`). Lower-case Roman numerals in brackets (`(i)`, `(ii)`) number the items
    /// of a lettered one.
    public var depth: Int {
        switch kind {
        case .roman: return 1
        case .upperLetter: return 2
        case .arabic: return 3
        case .decimal: return 4
        case .parenthesized: return 5
        case .letter: return 6
        case .romanItem: return 7
        case .bullet: return 8
        }
    }

    /// Vietnamese alphabetical order of lettered items: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
    /// Plans use `a) b) c) d) đ) e) g)` and sometimes the Latin `f)`.
    static let letterOrder: [Character] = ["a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]

    static let romans: [String: Int] = [
        "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
        "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15,
    ]

    /// Recognises a marker at the start of `line` (already trimmed). Scans characters, no regex.
    public static func parse(_ line: String) -> OutlineMarker? {
        if let named = parseNamed(line) { return named }
        if let code = parseCode(line) { return code }
        guard mayStartMarker(line) else { return nil }
        // "- " and "+ ", the most common markers, read from the bytes.
        let u = line.utf8
        // "=> Chủ trì: …": an ASCII arrow opening a line, as a bullet.
        if u.starts(with: [UInt8(ascii: "="), UInt8(ascii: ">"), 0x20]) {
            return OutlineMarker(kind: .bullet, text: "=>", length: 3 + u.dropFirst(3).prefix { $0 == 0x20 }.count, ordinal: 0)
        }
        if let b0 = u.first, b0 == UInt8(ascii: "-") || b0 == UInt8(ascii: "+") {
            var it = u.dropFirst()
            guard it.first == 0x20 else { return nil }
            var length = 1
            while let b = it.first, b == 0x20 || b == 0x09 { length += 1; it = it.dropFirst() }
            return OutlineMarker(kind: .bullet, text: b0 == UInt8(ascii: "-") ? "-" : "+", length: length, ordinal: 0)
        }
        // Roman and arabic markers are ASCII up to the text they number: read from the first bytes.
        if let b0 = u.first, b0 == UInt8(ascii: "I") || b0 == UInt8(ascii: "V") || b0 == UInt8(ascii: "X") || (b0 >= 0x30 && b0 <= 0x39) {
            return parseASCII(Array(u.prefix(24)))
        }
        let chars = Array(line.prefix(24))
        guard let c0 = chars.first else { return nil }
        func spacesAfter(_ i: Int) -> Int {
            var j = i
            while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
            return j
        }
        // Bullets
        if c0 == "-" || c0 == "+" || c0 == "•" || c0 == "–" || c0 == "*" {
            guard chars.count > 1, chars[1] == " " else { return nil }
            return OutlineMarker(kind: .bullet, text: String(c0), length: spacesAfter(1), ordinal: 0)
        }
        // A Word template's symbol bullets (`➢`, `❖`, `▪`, `✓`, `§`, `o` and a tab) and a chat's (`✅`, `👉`, `📌`).
        if isSymbolBullet(c0) || c0 == "o" && chars.count > 1 && chars[1] == "\t" {
            guard chars.count > 1, chars[1] == " " || chars[1] == "\t" else { return nil }
            return OutlineMarker(kind: .bullet, text: String(c0), length: spacesAfter(1), ordinal: 0)
        }
        // Lower-case Roman numerals of two letters or more (`ii.`, `iv.`): `i.`, `v.` and `x.` alone are
        // letters here (`Cleanup.lowerRomanParts` reads them as numerals in a plan numbered this way).
        if "ivx".contains(c0) {
            var k = 0
            while k < chars.count, "ivx".contains(chars[k]) { k += 1 }
            if k >= 2, k < chars.count, chars[k] == ".", let n = romans[String(chars[0..<k]).uppercased()] {
                let j = spacesAfter(k + 1)
                return j > k + 1 && j < chars.count && chars[j].isUppercase
                    ? OutlineMarker(kind: .roman, text: String(chars[0...k]), length: j, ordinal: n) : nil
            }
        }
        // Lower-case Roman numerals in brackets under a lettered item: `(i) Cải cách …`, `(iv) 100% …`.
        if c0 == "(", chars.count > 3, "ivx".contains(chars[1]) {
            var k = 1
            while k < chars.count, k <= 5, "ivx".contains(chars[k]) { k += 1 }
            guard k < chars.count, chars[k] == ")", let n = romans[String(chars[1..<k]).uppercased()] else { return nil }
            let j = spacesAfter(k + 1)
            return j > k + 1 && j < chars.count ? OutlineMarker(kind: .romanItem, text: String(chars[0...k]), length: j, ordinal: n) : nil
        }
        // Numbers in brackets: `(4) Về …`, `(12) Tỷ lệ …`.
        if c0 == "(" {
            var k = 1
            while k < chars.count, k <= 2, chars[k].isASCII, chars[k].isNumber { k += 1 }
            guard k > 1, k < chars.count, chars[k] == ")", let n = Int(String(chars[1..<k])) else { return nil }
            let j = spacesAfter(k + 1)
            return j > k + 1 && j < chars.count ? OutlineMarker(kind: .parenthesized, text: String(chars[0...k]), length: j, ordinal: n) : nil
        }
        // A letter with a number (`a1)`, `b2)`): the items under a lettered item's parts.
        if chars.count >= 4, chars[1].isASCII, chars[1].isNumber, chars[2] == ")", let idx = letterOrder.firstIndex(of: c0) {
            let j = spacesAfter(3)
            return j > 3 ? OutlineMarker(kind: .letter, text: String(chars[0...2]), length: j, ordinal: idx + 1) : nil
        }
        guard chars.count >= 3, chars[1] == ")" || chars[1] == "." else { return nil }
        let j = spacesAfter(2)
        guard j > 2 else { return nil }
        // Lettered a) b) đ), also a. b.
        if let idx = letterOrder.firstIndex(of: c0) {
            return OutlineMarker(kind: .letter, text: String(chars[0...1]), length: j, ordinal: idx + 1)
        }
        // Capital letters A. B. Đ.: only before a capitalised title ("A. Công tác chỉ đạo"), so that an
        // initial ("T. Hà") or a wrapped line starting with one letter is not taken for a part.
        if let lower = c0.lowercased().first, c0.isUppercase, let idx = letterOrder.firstIndex(of: lower),
           j < chars.count, chars[j].isUppercase {
            return OutlineMarker(kind: .upperLetter, text: String(chars[0...1]), length: j, ordinal: idx + 1)
        }
        return nil
    }

    /// Headings that name their level: `Mục 1. Công tác chỉ đạo`, `MỤC 2: …`, `Phần I. Mục tiêu`, `PHẦN II`.
    /// The word and its number make the marker, arabic for `Mục`, Roman for `Phần` (whatever its numeral).
    /// After the number comes `.`, `:` or `)`, a dash, a capitalised title or the end of the line.
    static let namedWords: [(String, [UInt8], Kind)] = [("Mục ", Kind.arabic), ("MỤC ", Kind.arabic), ("Phần ", Kind.roman), ("PHẦN ", Kind.roman),
                                                        // `Lĩnh vực 2: Cải cách thủ tục hành chính`
                                                        ("Lĩnh vực ", Kind.arabic), ("LĨNH VỰC ", Kind.arabic)]
        .map { ($0.0, Array($0.0.utf8), $0.1) }

    /// Ordinal words after `Thứ` (`Thứ nhất, …`, `Thứ hai, …`), folded, in order.
    static let ordinalWords = ["nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"]

    /// `Thứ nhất, nâng cao …` / `Thứ hai: …`: an item numbered by an ordinal word, read as an arabic marker.
    static func parseOrdinalWord(_ line: String) -> OutlineMarker? {
        // `Th` or `TH`, then `ứ`/`Ứ` (E1 BB A9 / E1 BB A8) and a space, read on bytes: most lines starting with
        // T are not ordinals.
        let u = line.utf8.prefix(6)
        guard u.count == 6, u.elementsEqual([0x54, 0x68, 0xE1, 0xBB, 0xA9, 0x20]) || u.elementsEqual([0x54, 0x48, 0xE1, 0xBB, 0xA8, 0x20])
        else { return nil }
        let head = Array(line.prefix(12))
        guard head.count >= 6 else { return nil }
        var i = 4  // after "Thứ "
        while i < head.count, head[i].isLetter { i += 1 }
        guard i < head.count, ",:.".contains(head[i]), head[3] == " ", Folding.fold(String(head[0..<3])) == "thu",
              let n = ordinalWords.firstIndex(of: Folding.fold(String(head[4..<i]))) else { return nil }
        var j = i + 1
        while j < head.count, head[j] == " " { j += 1 }
        return OutlineMarker(kind: .arabic, text: String(head[0...i]), length: j, ordinal: n + 1)
    }

    /// An indicator's code opening its line, then a dash: `CT01 - Tỷ lệ …`, `CT12 – …`, `X01 - …` (two or three
    /// capitals, one to three digits). Each code starts an item, numbered by its digits.
    static func parseCode(_ line: String) -> OutlineMarker? {
        let u = Array(line.utf8.prefix(12))
        guard u.count >= 6, (0x41...0x5A).contains(u[0]) else { return nil }
        var i = 1
        while i < u.count, i < 3, (0x41...0x5A).contains(u[i]) { i += 1 }
        let letters = i
        while i < u.count, i - letters < 3, (0x30...0x39).contains(u[i]) { i += 1 }
        guard i > letters, i + 2 < u.count, u[i] == 0x20, u[i + 1] == UInt8(ascii: "-") || u[i + 1] == 0xE2, letters <= 3,
              let ordinal = Int(String(decoding: u[letters..<i], as: UTF8.self)) else { return nil }
        // ` - ` (ASCII) or ` – ` (E2 80 93), then a space.
        let dashEnd = u[i + 1] == 0xE2 ? i + 4 : i + 2
        guard dashEnd < u.count, u[i + 1] != 0xE2 || (u[i + 2] == 0x80 && u[i + 3] == 0x93), u[dashEnd] == 0x20 else { return nil }
        return OutlineMarker(kind: .arabic, text: String(decoding: u[..<i], as: UTF8.self), length: dashEnd + 1, ordinal: ordinal)
    }

    static func parseNamed(_ line: String) -> OutlineMarker? {
        if let b0 = line.utf8.first, b0 == UInt8(ascii: "T") { return parseOrdinalWord(line) }
        guard let b0 = line.utf8.first, b0 == UInt8(ascii: "M") || b0 == UInt8(ascii: "P") || b0 == UInt8(ascii: "L") else { return nil }
        // Compared on bytes (`String.hasPrefix` compares Characters): this runs for every line starting with M or P.
        guard let (word, _, kind) = namedWords.first(where: { line.utf8.starts(with: $0.1) }) else { return nil }
        let chars = Array(line.dropFirst(word.count).prefix(24))
        var i = 0
        while i < chars.count, chars[i].isASCII, chars[i].isNumber || (kind == .roman && "IVX".contains(chars[i])) { i += 1 }
        let numeral = String(chars[..<i])
        guard (1...4).contains(i), let ordinal = Int(numeral) ?? romans[numeral] else { return nil }
        var j = i
        if j < chars.count, ".:)".contains(chars[j]) { j += 1 }
        while j < chars.count, chars[j] == " " || chars[j] == "-" || chars[j] == "–" { j += 1 }
        guard j == chars.count || j > i && (j == i + 1 && ".:)".contains(chars[i]) || chars[j].isUppercase) else { return nil }
        let punctuation = i < chars.count && ".:)".contains(chars[i]) ? String(chars[i]) : ""
        return OutlineMarker(kind: kind, text: word + numeral + punctuation, length: word.count + j, ordinal: ordinal)
    }

    /// Roman (`II.`) and arabic or decimal (`1.`, `1)`, `1.2.`) markers, from the first 24 bytes of a line
    /// that starts with `I`, `V`, `X` or a digit. Every byte up to the end of the marker and its spaces is
    /// ASCII, so byte offsets are character offsets.
    static func parseASCII(_ chars: [UInt8]) -> OutlineMarker? {
        func spacesAfter(_ i: Int) -> Int {
            var j = i
            while j < chars.count, chars[j] == 0x20 || chars[j] == 0x09 { j += 1 }
            return j
        }
        func text(_ r: Range<Int>) -> String { String(decoding: chars[r], as: UTF8.self) }
        let isRoman = { (b: UInt8) in b == UInt8(ascii: "I") || b == UInt8(ascii: "V") || b == UInt8(ascii: "X") }
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        let c0 = chars[0]
        if isRoman(c0) {
            var i = 0
            while i < chars.count, isRoman(chars[i]) { i += 1 }
            if i < chars.count, chars[i] == UInt8(ascii: "."), let n = romans[text(0..<i)] {
                // "I.Mục" (no space) is still a marker.
                return OutlineMarker(kind: .roman, text: text(0..<(i + 1)), length: spacesAfter(i + 1), ordinal: n)
            }
            return nil
        }
        var i = 0
        var groups: [Int] = []
        while i < chars.count {
            var n = 0, digits = 0
            while i < chars.count, isDigit(chars[i]) {
                digits += 1
                guard digits <= 2 else { return nil }  // a year or an amount, and no overflow
                n = n * 10 + Int(chars[i] - 0x30)
                i += 1
            }
            guard digits > 0 else { return nil }
            groups.append(n)
            if i < chars.count, chars[i] == UInt8(ascii: "."), i + 1 < chars.count, isDigit(chars[i + 1]) {
                i += 1; continue
            }
            break
        }
        guard i < chars.count else { return nil }
        var end = i
        if chars[i] == UInt8(ascii: ".") || chars[i] == UInt8(ascii: ")") { end = i + 1 } else if groups.count == 1 { return nil }
        let j = spacesAfter(end)
        guard j > end || j == chars.count else { return nil }
        // "2021 - 2030", "100%." and dates never reach here: they have more than 2 digits or no dot.
        let kind: Kind = groups.count == 1 ? .arabic : .decimal
        return OutlineMarker(kind: kind, text: text(0..<end), length: j, ordinal: groups.last!)
    }

    /// Whether a character is a symbol used as a bullet: a pictograph or dingbat (general category So), or `§`.
    static func isSymbolBullet(_ c: Character) -> Bool {
        guard let u = c.unicodeScalars.first, u.value >= 0xA7 else { return false }
        return u.value == 0xA7 || u.properties.generalCategory == .otherSymbol
    }

    /// A test on the first bytes that rejects most lines (prose starts with a capital or a lower-case word)
    /// before the Characters of the line are made.
    static func mayStartMarker(_ line: String) -> Bool {
        var it = line.utf8.makeIterator()
        guard let b0 = it.next() else { return false }
        switch b0 {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), 0x30...0x39:
            return true
        case UInt8(ascii: "="):
            return it.next() == UInt8(ascii: ">")
        case UInt8(ascii: "("):
            guard let b1 = it.next() else { return false }
            return b1 >= 0x30 && b1 <= 0x39 || b1 == UInt8(ascii: "i") || b1 == UInt8(ascii: "v") || b1 == UInt8(ascii: "x")
        case 0xE2, 0xF0:  // • and –, dingbats (➢ ❖ ▪ ✓ ✅), pictographs (👉 📌)
            return true
        case UInt8(ascii: "a")...UInt8(ascii: "y"), UInt8(ascii: "A")...UInt8(ascii: "Y"):
            let b1 = it.next()
            if b0 == UInt8(ascii: "o"), b1 == 0x09 { return true }  // `o` and a tab: a Word bullet
            // `ii.`, `iv.`: lower-case Roman numerals.
            if b0 == UInt8(ascii: "i") || b0 == UInt8(ascii: "v") || b0 == UInt8(ascii: "x"),
               b1 == UInt8(ascii: "i") || b1 == UInt8(ascii: "v") || b1 == UInt8(ascii: "x") { return true }
            if let b1, b1 >= 0x30 && b1 <= 0x39 { return it.next() == UInt8(ascii: ")") }  // a1)
            return b1 == UInt8(ascii: ")") || b1 == UInt8(ascii: ".")
        case 0xC2:  // § is C2 A7
            return it.next() == 0xA7
        case 0xC4:  // đ is C4 91, Đ C4 90
            guard let b1 = it.next(), b1 == 0x91 || b1 == 0x90 else { return false }
            let b2 = it.next()
            return b2 == UInt8(ascii: ")") || b2 == UInt8(ascii: ".")
        default:
            return false
        }
    }
}
