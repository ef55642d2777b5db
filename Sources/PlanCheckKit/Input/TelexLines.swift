import Foundation

/// Lines typed with the Vietnamese keyboard switched off, so that the Telex keystrokes stand as typed:
/// `Vawn phongf HDDND vaf UBND xax chur trif tham muwu` for `Văn phòng HĐND và UBND xã chủ trì tham mưu`.
/// Read at load as the words they spell: `aa` `â`, `aw` `ă`, `ee` `ê`, `oo` `ô`, `ow` `ơ`, `uw` `ư`, `uow`
/// `ươ`, `dd` `đ`, and a last `s` `f` `r` `x` `j` the tone (acute, grave, hook, tilde, dot below), set on
/// the vowel that carries it. Each line stays where it was.
///
/// A word is read so only when what it spells is a Vietnamese syllable, and a line only when it is plain
/// ASCII and three of its words or more are: a plan typed without diacritics (`Phong Van hoa - Xa hoi chu
/// tri`) has no tone keys, and an English word or an address is left alone.
enum TelexLines {
    /// The text with its Telex lines read; `text` itself when it has none.
    static func decoding(_ text: String) -> String {
        LineRewrite.rewriting(text) { line in
            guard line.utf8.count >= 12, line.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return decoded(String(line))
        }
    }

    /// The line with its Telex words spelt, or nil when fewer than three of them are.
    static func decoded(_ line: String) -> String? {
        var spelt = 0
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map { token -> String in
            // The letters inside the token's punctuation (`(chur`, `trif,`).
            guard let start = token.firstIndex(where: \.isLetter), let end = token.lastIndex(where: \.isLetter) else { return String(token) }
            let core = String(token[start...end])
            guard let word = spell(core) else { return String(token) }
            spelt += 1
            return String(token[..<start]) + word + String(token[token.index(after: end)...])
        }
        return spelt >= 3 ? words.joined(separator: " ") : nil
    }

    /// Tone keys and the combining marks they set.
    static let tones: [Character: Unicode.Scalar] = ["s": "\u{301}", "f": "\u{300}", "r": "\u{309}", "x": "\u{303}", "j": "\u{323}"]
    /// Vowel keys in the order they are read (`uow` before `ow`).
    static let vowelKeys: [(String, String)] = [("uow", "ươ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư")]

    /// The syllable a word's keystrokes spell, in the word's case (`Vawn` `Văn`, `TOOR` `TỔ`, `HDDND` `HĐND`);
    /// nil when it has no key or spells no syllable.
    static func spell(_ word: String) -> String? {
        guard word.count >= 2, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let upper = word == word.uppercased()
        // `HDDND`: an abbreviation holding `đ`.
        if upper, word.count <= 8, word.contains("DD"), !word.contains("DDD") { return word.replacingOccurrences(of: "DD", with: "Đ") }
        var s = word.lowercased()
        var tone: Unicode.Scalar?
        if let last = s.last, let mark = tones[last] { tone = mark; s.removeLast() }
        var keyed = tone != nil
        if s.hasPrefix("dd") { s = "đ" + s.dropFirst(2); keyed = true }
        for (key, vowel) in vowelKeys where s.contains(key) {
            s = s.replacingOccurrences(of: key, with: vowel)
            keyed = true
        }
        guard keyed, !s.isEmpty, SyllableSpacing.isSyllable(s) else { return nil }
        var out = tone.map { place($0, in: s) } ?? s
        if upper { out = out.uppercased() } else if word.first!.isUppercase { out = out.prefix(1).uppercased() + out.dropFirst() }
        return out.precomposedStringWithCanonicalMapping
    }

    /// The syllable with the tone mark after the vowel that carries it: a vowel with its own mark (`ơ` of
    /// `ươ`), else the last vowel before a final consonant, else the second of `oa` `oe` `uy` and the first of
    /// other pairs, the middle of three.
    static func place(_ mark: Unicode.Scalar, in s: String) -> String {
        var chars = Array(s)
        // The vowels, without the `u` of `qu` and the `i` of `gi` before another vowel.
        var vowels = chars.indices.filter { "aăâeêioôơuưy".contains(chars[$0]) }
        if let f = vowels.first, vowels.count > 1, f > 0, chars[f] == "u" && chars[f - 1] == "q" || chars[f] == "i" && chars[f - 1] == "g" {
            vowels.removeFirst()
        }
        guard !vowels.isEmpty else { return s }
        let marked = vowels.last { "ăâêôơư".contains(chars[$0]) }
        let closed = vowels.last! < chars.count - 1
        let pair = vowels.count == 2 ? String([chars[vowels[0]], chars[vowels[1]]]) : ""
        let k = marked ?? (closed ? vowels.last! : vowels.count == 1 ? vowels[0]
            : ["oa", "oe", "uy"].contains(pair) ? vowels[1] : vowels.count == 2 ? vowels[0] : vowels[1])
        let decomposed = String(chars[k]).decomposedStringWithCanonicalMapping + String(Character(mark))
        chars[k] = Character(decomposed)
        return String(chars)
    }
}
