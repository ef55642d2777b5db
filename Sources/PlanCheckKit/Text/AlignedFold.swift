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

    nonisolated(unsafe) private static var cache: [Character: Character] = [:]
    private static let lock = NSLock()

    static func foldChar(_ c: Character) -> Character {
        if c.isASCII {
            if c.isWhitespace { return " " }
            return c.isUppercase ? Character(c.lowercased()) : c
        }
        lock.lock()
        if let v = cache[c] { lock.unlock(); return v }
        lock.unlock()
        var v: Character
        if c == "đ" || c == "Đ" { v = "d" }
        else if c.isWhitespace { v = " " }
        else {
            let f = Folding.fold(String(c), keepPunctuation: true)
            v = f.count == 1 ? f.first! : (c.isLetter ? Character(c.lowercased()) : c)
        }
        lock.lock(); cache[c] = v; lock.unlock()
        return v
    }

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
