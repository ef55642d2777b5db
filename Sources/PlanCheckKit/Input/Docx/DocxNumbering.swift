import Foundation

/// Word's automatic numbering (`word/numbering.xml`), rendered as the marker a reader sees
/// (`1.`, `a)`, `II.`, `-`), because the plan outline (tasks, headings) is read from those markers.
///
/// Counters are kept per abstract list (so separate `w:num` instances of one list continue it, as
/// Word does), except that a `w:num` with a start override counts on its own. Levels are clamped to
/// 0…8, numbers to sane ranges, so absurd numbering cannot produce absurd text.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        var suffix = "tab"
    }

    var abstracts: [String: [Int: Level]] = [:]
    /// numId → abstractNumId.
    var nums: [String: String] = [:]
    /// numId → level → start override.
    var overrides: [String: [Int: Int]] = [:]

    private var counters: [String: [Int?]] = [:]

    static let maxLevel = 8
    static let maxNumber = 100_000

    static func clampLevel(_ s: String?) -> Int { min(max(Int(s ?? "0") ?? 0, 0), maxLevel) }

    /// Reads numbering.xml (absent part: no numbering).
    static func parse(_ bytes: [UInt8]?) throws(SafeXML.Failure) -> DocxNumbering {
        var n = DocxNumbering()
        guard let bytes else { return n }
        var abstractId: String?
        var numId: String?
        var level: Int?
        var overrideLevel: Int?
        try SafeXML.parse(bytes, start: { e in
            guard e.isWord else { return }
            switch e.name {
            case "abstractNum":
                abstractId = e.attr("abstractNumId")
                if let a = abstractId, n.abstracts[a] == nil { n.abstracts[a] = [:] }
            case "num": numId = e.attr("numId")
            case "abstractNumId": if let id = numId, let v = e.attr("val") { n.nums[id] = v }
            case "lvl":
                level = clampLevel(e.attr("ilvl"))
                if let a = abstractId, let l = level, n.abstracts[a]?[l] == nil { n.abstracts[a]?[l] = Level() }
            case "lvlOverride": overrideLevel = clampLevel(e.attr("ilvl"))
            case "startOverride":
                if let id = numId, let l = overrideLevel, let v = Int(e.attr("val") ?? "") {
                    n.overrides[id, default: [:]][l] = min(max(v, 0), maxNumber)
                }
            case "start", "numFmt", "lvlText", "suff":
                // Only the level definitions of an abstract list (not those of a `w:lvlOverride`).
                guard let a = abstractId, let l = level, numId == nil, let v = e.attr("val") else { return }
                switch e.name {
                case "start": n.abstracts[a]?[l]?.start = min(max(Int(v) ?? 1, 0), maxNumber)
                case "numFmt": n.abstracts[a]?[l]?.format = v
                case "lvlText": n.abstracts[a]?[l]?.text = String(v.prefix(64))
                default: n.abstracts[a]?[l]?.suffix = v
                }
            default: break
            }
        }, end: { e in
            guard e.isWord else { return }
            switch e.name {
            case "abstractNum": abstractId = nil
            case "num": numId = nil
            case "lvl": level = nil
            case "lvlOverride": overrideLevel = nil
            default: break
            }
        })
        return n
    }

    /// The marker of the next paragraph of list `numId` at `level`, advancing the counters;
    /// nil when the list is unknown or renders nothing.
    mutating func marker(numId: String, level: Int) -> String? {
        guard numId != "0", let abstractId = nums[numId], let levels = abstracts[abstractId] else { return nil }
        let level = min(max(level, 0), Self.maxLevel)
        // A level the list does not define shows no number in Word either.
        guard let def = levels[level] else { return nil }
        let key = overrides[numId] == nil ? "a" + abstractId : "n" + numId
        var c = counters[key] ?? [Int?](repeating: nil, count: Self.maxLevel + 1)
        func start(_ l: Int) -> Int { overrides[numId]?[l] ?? levels[l]?.start ?? 1 }
        c[level] = min((c[level].map { $0 + 1 }) ?? start(level), Self.maxNumber)
        for deeper in (level + 1)...(Self.maxLevel + 1) where deeper <= Self.maxLevel { c[deeper] = nil }
        counters[key] = c
        if def.format == "bullet" { return Self.bullet(def.text, level: level) }
        var out = ""
        var chars = def.text.makeIterator()
        while let ch = chars.next() {
            guard ch == "%" else { out.append(ch); continue }
            guard let d = chars.next() else { break }
            guard let k = d.wholeNumberValue, (1...9).contains(k) else { out.append(d); continue }
            let l = k - 1
            let fmt = l == level ? def.format : (levels[l]?.format ?? "decimal")
            out += Self.format(c[l] ?? start(l), fmt)
        }
        let trimmed = out.trimmedWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Plans write `-` for first-level bullets and `+` for the second; Word's glyphs (•, , o, ▪)
    /// are mapped to those so that the outline reads the same as in text plans.
    static func bullet(_ glyph: String, level: Int) -> String {
        let g = glyph.trimmedWhitespace
        if g == "-" || g == "+" || g == "–" { return g }
        return level % 2 == 0 ? "-" : "+"
    }

    static func format(_ n: Int, _ fmt: String) -> String {
        switch fmt {
        case "upperRoman": return roman(n) ?? String(n)
        case "lowerRoman": return roman(n)?.lowercased() ?? String(n)
        case "upperLetter": return letter(n)?.uppercased() ?? String(n)
        case "lowerLetter": return letter(n) ?? String(n)
        case "decimalZero": return n < 10 && n >= 0 ? "0" + String(n) : String(n)
        case "none": return ""
        default: return String(n)
        }
    }

    static func roman(_ n: Int) -> String? {
        guard n > 0, n < 4000 else { return nil }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                                      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (v, s) in table {
            while rest >= v { out += s; rest -= v }
        }
        return out
    }

    /// Word's letters: a…z, then aa…zz, and so on (capped: beyond that, digits).
    static func letter(_ n: Int) -> String? {
        guard n > 0, n <= 26 * 4 else { return nil }
        let ch = Character(Unicode.Scalar(UInt8(97 + (n - 1) % 26)))
        return String(repeating: ch, count: (n - 1) / 26 + 1)
    }
}

/// Paragraph styles that carry numbering (`word/styles.xml`), e.g. numbered heading styles.
struct DocxStyles {
    var numbering: [String: (numId: String, level: Int?)] = [:]
    var basedOn: [String: String] = [:]

    static func parse(_ bytes: [UInt8]?) throws(SafeXML.Failure) -> DocxStyles {
        var s = DocxStyles()
        guard let bytes else { return s }
        var styleId: String?
        var stack: [String] = []
        try SafeXML.parse(bytes, start: { e in
            stack.append(e.name)
            guard e.isWord else { return }
            switch e.name {
            case "style": styleId = e.attr("styleId")
            case "basedOn": if let id = styleId, let v = e.attr("val") { s.basedOn[id] = v }
            case "numId":
                if let id = styleId, stack.suffix(4) == ["style", "pPr", "numPr", "numId"], let v = e.attr("val") {
                    s.numbering[id] = (v, s.numbering[id]?.level)
                }
            case "ilvl":
                if let id = styleId, stack.suffix(4) == ["style", "pPr", "numPr", "ilvl"], let v = e.attr("val") {
                    s.numbering[id] = (s.numbering[id]?.numId ?? "", DocxNumbering.clampLevel(v))
                }
            default: break
            }
        }, end: { e in
            if !stack.isEmpty { stack.removeLast() }
            if e.isWord && e.name == "style" { styleId = nil }
        })
        return s
    }

    /// The numbering of a style, following `w:basedOn` (bounded, so cycles cannot hang).
    func numbering(of style: String) -> (numId: String, level: Int)? {
        var current = style
        for _ in 0..<16 {
            if let n = numbering[current], !n.numId.isEmpty { return (n.numId, n.level ?? 0) }
            guard let parent = basedOn[current] else { return nil }
            current = parent
        }
        return nil
    }
}
