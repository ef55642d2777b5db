import Foundation

/// Normalisation of free text for the canonical form and the semantic diff: NFC, whitespace collapsed,
/// Markdown emphasis dropped and Vietnamese tone marks placed one consistent way, so that rewrapping a
/// paragraph or writing `hoá` instead of `hóa` does not look like a change.
public enum CanonicalText {
    /// Display form: readable, but stable under rewrapping and tone-placement style.
    public static func clean(_ s: String) -> String {
        let noEmphasis = s.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        let collapsed = noEmphasis.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" })
            .joined(separator: " ")
        return normalizeTones(collapsed).precomposedStringWithCanonicalMapping
    }

    /// Matching form: folded (no diacritics, lower case, no punctuation).
    public static func key(_ s: String) -> String { Folding.fold(s) }

    /// Matching form without digits, so that a clause keeps its identity when its figure or year changes.
    public static func keyWithoutDigits(_ s: String) -> String {
        Folding.fold(s).words.filter { !$0.allSatisfy(\.isNumber) && $0 != "%" }
            .map { $0.filter { !$0.isNumber } }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Word set of the matching form, for similarity between reworded clauses.
    public static func words(_ s: String) -> Set<Substring> {
        Set(keyWithoutDigits(s).words)
    }

    /// Jaccard similarity of two word sets (1 = same words).
    public static func similarity(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// Moves the tone mark of a word-final `oa`, `oe`, `uy` from the second vowel to the first
    /// (`hoá` → `hóa`, `thuỷ` → `thủy`, `khoẻ` → `khỏe`); both placements are in common use.
    /// `quý` keeps its mark on `y` because `qu` is a consonant there.
    public static func normalizeTones(_ s: String) -> String {
        let tones: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
        var scalars = Array(s.decomposedStringWithCanonicalMapping.unicodeScalars)
        var i = 2
        while i < scalars.count {
            // Pattern (decomposed): V1 V2 TONE, then end of word.
            let tone = scalars[i], v2 = scalars[i - 1], v1 = scalars[i - 2]
            if tones.contains(tone.value), isWordEnd(scalars, after: i) {
                let l1 = Character(v1).lowercased(), l2 = Character(v2).lowercased()
                let before = i >= 3 ? Character(scalars[i - 3]).lowercased() : ""
                let pair = (l1 == "o" && (l2 == "a" || l2 == "e")) || (l1 == "u" && l2 == "y" && before != "q")
                if pair {
                    scalars[i - 1] = tone
                    scalars[i] = v2
                }
            }
            i += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private static func isWordEnd(_ scalars: [Unicode.Scalar], after i: Int) -> Bool {
        guard i + 1 < scalars.count else { return true }
        let next = scalars[i + 1]
        return !next.properties.isAlphabetic && !(0x0300...0x036F).contains(next.value)
    }
}

extension CanonicalText {
    /// The name of a document cited without a number (`Luật Tổ chức chính quyền địa phương`), cut from
    /// the citation's text: from its kind up to the date, `;` or the end; nil when the text does not say.
    public static func citedName(_ c: Citation) -> String? {
        guard c.number.isEmpty, !c.kind.isEmpty else { return nil }
        let text = clean(c.text)
        guard let r = text.range(of: c.kind, options: [.caseInsensitive, .diacriticInsensitive]) else { return nil }
        var name = String(text[r.lowerBound...])
        for stop in [" ngày ", ";", " số ", "(", "\t"] {
            if let s = name.range(of: stop) { name = String(name[..<s.lowerBound]) }
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,.:"))
        guard name.count > c.kind.count else { return nil }
        return name.count > 80 ? String(name.prefix(79)) + "…" : name
    }
}
