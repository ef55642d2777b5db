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
        guard mayHaveTelexLine(text) else { return text }
        return LineRewrite.rewriting(text) { line in
            guard line.utf8.count >= 12, line.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return decoded(String(line))
        }
    }

    /// Whether some line is plain ASCII with three words or more that end on a tone key (`s f r x j`) after a
    /// letter: one pass over the bytes, a line given up at its first byte over 7F (most lines have one).
    static func mayHaveTelexLine(_ text: String) -> Bool {
        text.withBytes { b in
            var i = 0
            while i < b.count {
                var keyed = 0, ascii = true
                var k = i
                while k < b.count, b[k] != 0x0A {
                    let c = b[k]
                    if c >= 0x80 { ascii = false; break }
                    if isToneKey(c), k > i, isLetter(b[k - 1]), k + 1 == b.count || !isLetter(b[k + 1]) { keyed += 1 }
                    k += 1
                }
                if ascii, keyed >= 3 { return true }
                guard let nl = ByteSearch.index(of: 0x0A, in: b, from: k) else { return false }
                i = nl + 1
            }
            return false
        }
    }

    static func isToneKey(_ c: UInt8) -> Bool { c == 0x73 || c == 0x66 || c == 0x72 || c == 0x78 || c == 0x6A || c == 0x53 || c == 0x46 || c == 0x52 || c == 0x58 || c == 0x4A }
    static func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }

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
        // An English line spells a few syllables too (`as` `á`, `of` `ò`, `or` `ỏ`): Telex spells most of a line's
        // words, and a line of English has its own small words.
        let english = words.filter { englishWords.contains($0.lowercased()) }.count
        return spelt >= 3 && spelt * 5 >= words.count * 2 && english < 2 ? words.joined(separator: " ") : nil
    }

    /// English words that mark a line as English, not Vietnamese typed without its keyboard.
    static let englishWords: Set<String> = ["the", "and", "of", "to", "in", "for", "with", "are", "is", "by", "on", "at", "be", "this", "that", "from"]

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
