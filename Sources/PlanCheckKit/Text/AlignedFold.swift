import Foundation

/// A text and its character-by-character fold, aligned index for index: position `i` of `folded`
/// is the fold of character `i` of `chars`. Lets scanners search folded text and report original text.
/// Vietnamese letters are single precomposed characters after NFC, so a one-to-one fold is exact.
public struct AlignedFold: Sendable {
    public let chars: [Character]
    /// Lower-case, diacritic-free (`đ` → `d`); punctuation kept; every whitespace becomes " ".
    public let folded: [Character]

    public init(_ text: String) {
        chars = Array(text)
        folded = chars.map(AlignedFold.foldChar)
    }

    /// Folds of U+0000–U+1EFF (ASCII, Latin-1, Latin Extended, Vietnamese), computed once; other
    /// characters are folded on the fly. A table lookup per character keeps this off the profile.
    private static let table: [Character] = (0..<0x1F00).map { v -> Character in
        guard let scalar = Unicode.Scalar(v) else { return " " }
        return slowFold(Character(scalar))
    }

    static func foldChar(_ c: Character) -> Character {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let v = scalars.first?.value, v < 0x1F00 { return table[Int(v)] }
        return slowFold(c)
    }

    private static func slowFold(_ c: Character) -> Character { Folding.foldScalarSlow(c) }

    public var count: Int { chars.count }

    /// Whether folded text at `i` starts with `word` (folded, lower-case) on word boundaries.
    public func hasWord(_ word: [Character], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= folded.count else { return false }
        if i > 0, folded[i - 1].isLetter || folded[i - 1].isNumber { return false }
        for k in 0..<word.count where folded[i + k] != word[k] { return false }
        let e = i + word.count
        if e < folded.count, folded[e].isLetter || folded[e].isNumber { return false }
        return true
    }

    /// `hasWord` for a literal, without allocating: compares character by character.
    public func hasWord(_ word: String, at i: Int) -> Bool {
        guard i >= 0, i < folded.count else { return false }
        if i > 0, folded[i - 1].isLetter || folded[i - 1].isNumber { return false }
        var k = i
        for ch in word {
            guard k < folded.count, folded[k] == ch else { return false }
            k += 1
        }
        if k < folded.count, folded[k].isLetter || folded[k].isNumber { return false }
        return true
    }

    /// All start positions of `word` on word boundaries.
    public func positions(of word: String) -> [Int] {
        let w = Array(word)
        guard let f = w.first else { return [] }
        var out: [Int] = []
        var i = 0
        while i + w.count <= folded.count {
            if folded[i] == f, hasWord(w, at: i) { out.append(i) }
            i += 1
        }
        return out
    }

    /// Original text of `range`.
    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, range.lowerBound), hi = min(chars.count, range.upperBound)
        return lo < hi ? String(chars[lo..<hi]) : ""
    }

    /// Folded text of `range` as a String.
    public func foldedText(_ range: Range<Int>) -> String {
        let lo = max(0, range.lowerBound), hi = min(folded.count, range.upperBound)
        return lo < hi ? String(folded[lo..<hi]) : ""
    }
}
