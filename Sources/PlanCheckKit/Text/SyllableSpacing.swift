import Foundation

/// Text of a PDF printed through a driver that places each accented letter as a glyph of its own: the words'
/// spaces come out in the wrong places (`hà nh chí nh`, `tố i thiể u`, `đượ ccung cấ pdịch`, `nhândân`).
/// Such a document matches none of the catalogue's phrases; its syllables are put back together here.
///
/// Vietnamese is written one syllable per word, and a syllable has a regular shape (an onset, a rhyme from a
/// closed list, at most one tone mark), so a wrong space can be told from a right one: a syllable left
/// without its end (`hà` `nh`) is joined, a consonant pushed onto the next word (`cấ` `pdịch`) is moved back,
/// and two syllables run together (`nhândân`) are split. A document is repaired only when it shows the
/// damage many times (`gate` repairs): an ordinary plan has almost no rhymeless word to join.
enum SyllableSpacing {
    /// Repairs a document needs before any line is changed.
    static let gate = 8

    /// Words with two tone marks a document must show before its glued syllables are split (`thủtục`,
    /// `hànhchính`, `đạttối`): no Vietnamese syllable carries two, so an ordinary plan has none.
    static let glueGate = 8

    /// The lines repaired, or the lines themselves when the document does not show the damage.
    static func repaired(_ lines: [String]) -> [String] {
        // Cheap test first: a broken document has rhymeless pieces (` nh `, ` ng `, ` ch `) between spaces,
        // which ordinary text almost never has.
        var orphans = 0
        for l in lines where orphans < 3 {
            orphans += l.withBytes(hasOrphanPiece) ? 1 : 0
        }
        // A PDF that lost some of its spaces instead (`Căn cứKế hoạch số 412/KH-UBNDngày …`) has words of two
        // tone marks.
        // (The first 200 lines are enough to tell: such a document shows it on every page.)
        let glued = orphans >= 3 ? false : gluedWords(lines.prefix(200)) >= glueGate
        guard orphans >= 3 || glued else { return lines }
        var total = 0
        let fixed = lines.map { line -> String in
            let (text, n) = repair(line, glued: glued)
            total += n
            return text
        }
        return total >= gate ? fixed : lines
    }

    /// How many words (between spaces and punctuation) of the lines carry two tone marks or more, counted up
    /// to `glueGate`. Read on the UTF-8 bytes (this runs on every document): a toned letter is a Latin-1 vowel
    /// with a grave, acute or tilde (`C3 xx`), `ĩ`/`ũ` (`C4`/`C5 A8`–`A9`) or one of U+1EA0–U+1EF9 (`E1 BA A0`–`E1 BB B9`).
    static func gluedWords(_ lines: some Collection<String>) -> Int {
        var count = 0
        for var line in lines where count < glueGate {
            line.withUTF8 { b in
                var tones = 0
                var i = 0
                while i < b.count {
                    let c = b[i]
                    if c < 0x80 {
                        if separators[Int(c)] {
                            if tones >= 2 { count += 1 }
                            tones = 0
                        }
                        i += 1
                        continue
                    }
                    if c == 0xE1, i + 2 < b.count, b[i + 1] == 0xBA && b[i + 2] >= 0xA0 || b[i + 1] == 0xBB && b[i + 2] <= 0xB9 {
                        tones += 1
                    } else if c == 0xC3, i + 1 < b.count, tonedLatin1[Int(b[i + 1] & 0x1F)] {
                        tones += 1
                    } else if c == 0xC4 || c == 0xC5, i + 1 < b.count, b[i + 1] == 0xA8 || b[i + 1] == 0xA9 {
                        tones += 1
                    }
                    i += 1
                }
                if tones >= 2 { count += 1 }
            }
        }
        return count
    }

    /// ASCII bytes that end a word for `gluedWords`: space, tab and `/ - , . ; : ( )`.
    static let separators: [Bool] = (0..<128).map { " \t/-,.;:()".utf8.contains(UInt8($0)) }
    /// Second bytes (low five bits) of the `C3 xx` letters with a tone: `À Á Ã È É Ì Í Ò Ó Õ Ù Ú Ý` (80–9D) and
    /// their lower case (A0–BD), which share the low five bits.
    static let tonedLatin1: [Bool] = (0..<32).map { [0x00, 0x01, 0x03, 0x08, 0x09, 0x0C, 0x0D, 0x12, 0x13, 0x15, 0x19, 0x1A, 0x1D].contains($0) }

    /// Whether the bytes hold ` nh`, ` ng` or ` ch` (also ` cg`, ` ng`…: close enough for a first test) before a
    /// space, `.` or `,`: one pass, a space's next byte tested only when it is `n` or `c`.
    static func hasOrphanPiece(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 3 < buf.count {
            if buf[i] == 0x20, buf[i + 1] == 0x6E || buf[i + 1] == 0x63, buf[i + 2] == 0x68 || buf[i + 2] == 0x67 {
                let after = buf[i + 3]
                if after == 0x20 || after == 0x2E || after == 0x2C { return true }
            }
            i += 1
        }
        return false
    }

    /// One line repaired, with the number of repairs made.
    static func repair(_ line: String, glued: Bool = false) -> (String, Int) {
        var repairs = 0
        // Syllables run together first, so that their pieces can then be joined to their neighbours.
        var tokens: [String] = []
        for token in line.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let parts = glued ? caseParts(token).flatMap(splitAll) : split(token)
            if parts.count > 1 { repairs += 1 }
            tokens += parts
        }
        // (Glued text has its syllables whole: there is nothing to join.)
        if glued { return repairs == 0 ? (line, 0) : (tokens.joined(separator: " "), repairs) }
        var out: [String] = []
        for token in tokens {
            guard let last = out.last, !last.isEmpty, !token.isEmpty else { out.append(token); continue }
            if let (left, right) = join(last, token) {
                out[out.count - 1] = left
                if !right.isEmpty { out.append(right) }
                repairs += 1
            } else {
                out.append(token)
            }
        }
        return repairs == 0 ? (line, 0) : (out.joined(separator: " "), repairs)
    }

    /// `hà` + `nh` → `hành`; `cấ` + `pdịch` → `cấp`, `dịch`; `thiể` + `u95%` → `thiểu`, `95%`; `9` + `8%` → `98%`.
    /// Nil when the space is right.
    static func join(_ left: String, _ right: String) -> (String, String)? {
        // A figure cut after its first digit.
        if left.count == 1, left.first!.isNumber, right.first!.isNumber, right.contains("%") { return (left + right, "") }
        let (lead, core) = letters(left)
        guard lead.isEmpty, let lastLetter = core.last, isVowel(lastLetter), !core.isEmpty, core.count == left.count else { return nil }
        // The letters opening `right`, and what follows them (punctuation, a figure).
        let rl = right.prefix { $0.isLetter }
        let rest = right.dropFirst(rl.count)
        guard !rl.isEmpty, rl.allSatisfy({ $0.isLowercase }) else { return nil }
        if tones(rl) == 0, tones(core) <= 1, isSyllable(core + rl) {
            // The right piece is the left one's end: `nh`, `i`, `ch` (any punctuation stays after it).
            if rest.first?.isNumber == true { return (core + rl, String(rest)) }
            return (core + right, "")
        }
        // A consonant or two of the left syllable's end pushed onto the next word: `pdịch`, `nnghị`, `nhtrước`.
        if !isSyllable(String(rl)) {
            for m in 1...2 where m < rl.count {
                let moved = rl.prefix(m), stays = rl.dropFirst(m)
                guard moved.allSatisfy({ !isVowel($0) }), isSyllable(core + moved), isSyllable(String(stays)) else { continue }
                return (core + moved, String(stays) + rest)
            }
        }
        return nil
    }

    /// `nhândân` → `nhân`, `dân`; `chấmđiể` → `chấm`, `điể` (the piece is joined later); a word that is a
    /// syllable or the start of one, or cannot be cut into two, is kept.
    static func split(_ token: String) -> [String] {
        let (lead, core) = letters(token)
        guard lead.isEmpty, core.count >= 4, core.count == token.count || !token.dropFirst(core.count).first!.isLetter,
              core.dropFirst().allSatisfy({ $0.isLowercase }), !isSyllable(core),
              // (`tuyế` of `tuyế n` is a syllable's start that the next piece ends, not two syllables.)
              !isSyllableStart(core) else { return [token] }
        let chars = Array(core)
        for k in 2..<(chars.count - 1) {
            let a = String(chars[..<k]), b = String(chars[k...])
            guard isSyllable(a), isSyllable(b) || isSyllableStart(b) else { continue }
            return [a, b + token.dropFirst(core.count)]
        }
        return [token]
    }

    /// A word split into all the syllables run together in it (`cónghĩavụtàichínhđạt` → `có`, `nghĩa`, `vụ`,
    /// `tài`, `chính`, `đạt`), each cut where `split` makes it.
    static func splitAll(_ token: String) -> [String] {
        let parts = split(token)
        if parts.count == 2 { return [parts[0]] + splitAll(parts[1]) }
        // `lệthanh` of `Tỷlệthanh`: a syllable, then more than one (which `split` does not try).
        let (lead, core) = letters(token)
        guard lead.isEmpty, core.count >= 6, core == token, core.dropFirst().allSatisfy({ $0.isLowercase }), !isSyllable(core) else { return parts }
        let chars = Array(core)
        for k in 2..<(chars.count - 3) where isSyllable(String(chars[..<k])) {
            let rest = splitAll(String(chars[k...]))
            if rest.count > 1 || isSyllable(rest[0]) { return [String(chars[..<k])] + rest }
        }
        return parts
    }

    /// A word cut where its case turns between two runs of at least two letters (`sốCCHCcủa` → `số`, `CCHC`,
    /// `của`; `NĐ-CPngày` → `NĐ-CP`, `ngày`; `dântỉnhĐồng` → `dântỉnh`, `Đồng`): a capital opens a word or an
    /// abbreviation, which a lost space glued to its neighbour. `QĐ-TTg` (one lower-case letter) stays whole.
    static func caseParts(_ token: String) -> [String] {
        let c = Array(token)
        guard c.count >= 4 else { return [token] }
        var cuts: [Int] = []
        for i in 2..<(c.count - 1) where c[i].isLetter && c[i - 1].isLetter {
            if c[i - 1].isLowercase, c[i].isUppercase, c[i - 2].isLowercase { cuts.append(i) }
            if c[i - 1].isUppercase, c[i].isLowercase, c[i - 2].isUppercase, c[i + 1].isLowercase { cuts.append(i) }
        }
        guard !cuts.isEmpty else { return [token] }
        var out: [String] = []
        var start = 0
        for k in cuts { out.append(String(c[start..<k])); start = k }
        out.append(String(c[start...]))
        return out
    }

    /// Leading non-letters and the run of letters after them.
    static func letters(_ token: String) -> (String, String) {
        let lead = token.prefix { !$0.isLetter }
        let core = token.dropFirst(lead.count).prefix { $0.isLetter }
        return (String(lead), String(core))
    }

    /// Whether the letters form one Vietnamese syllable: an onset, a rhyme from the list, one tone at most.
    static func isSyllable(_ s: String) -> Bool {
        guard !s.isEmpty, tones(s) <= 1 else { return false }
        let f = Folding.fold(s.lowercased())
        guard f.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        for onset in onsets where f.hasPrefix(onset) {
            if rhymes.contains(String(f.dropFirst(onset.count))) { return true }
        }
        return false
    }

    /// Whether the letters can begin a syllable that a later piece ends (`điể` of `điể m`).
    static func isSyllableStart(_ s: String) -> Bool {
        let f = Folding.fold(s.lowercased())
        return onsets.contains { onset in f.hasPrefix(onset) && rhymes.contains { $0.hasPrefix(f.dropFirst(onset.count)) && f.count > onset.count } }
    }

    /// Tone marks (grave, acute, tilde, hook, dot below) in the letters.
    static func tones(_ s: some StringProtocol) -> Int {
        String(s).decomposedStringWithCanonicalMapping.unicodeScalars.filter { [0x300, 0x301, 0x303, 0x309, 0x323].contains($0.value) }.count
    }

    static func isVowel(_ c: Character) -> Bool {
        guard let f = Folding.fold(String(c)).lowercased().first else { return false }
        return "aeiouy".contains(f)
    }

    /// Onsets, folded (đ as d), longest first.
    static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n",
                         "p", "r", "s", "t", "v", "x", ""]

    /// Rhymes, folded (â ă as a, ê as e, ô ơ as o, ư as u).
    static let rhymes: Set<String> = Set("""
        a ai ao au ay ac ach am an ang anh ap at e eo eu ec ech em en eng enh ep et i ia iu ich im in inh ip it iec iem ien \
        ieng iep iet ieu o oa oai oay oac oach oam oan oang oanh oap oat oe oen oet oeo oi oc om on ong op ot ooc oong u ua \
        uan uang uat ue uen uet ui uc um un ung up ut uy uya uyen uyet uych uynh uyt uyu uo uoc uoi uom uon uong uop uot \
        uou uu y yen yet yeu
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
