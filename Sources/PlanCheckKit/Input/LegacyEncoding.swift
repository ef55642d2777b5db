/// The pre-Unicode Vietnamese encodings still found in old plans, and how to tell them apart.
///
/// Detection works on a sequence of code points ≤ 0xFF: either the raw bytes of a file that is not
/// valid UTF-8, or the Latin-1 characters of Unicode text that was typed with a legacy font
/// (`.VnTime`, `VNI-Times`), where the bytes were kept and only the font made them look Vietnamese.
public enum LegacyEncoding: String, Sendable, Equatable, CaseIterable {
    /// TCVN 5712:1993 VN3, known as ABC (`.VnTime` fonts): one byte per accented letter, many in 0xA1–0xB9.
    case tcvn3
    /// VNI (`VNI-Times` fonts): a base letter followed by a byte for the accent.
    case vni
    /// Windows-1258: base letters followed by combining tone-mark bytes (0xCC, 0xEC, 0xD2, 0xDE, 0xF2).
    case windows1258
    /// Some 8-bit encoding that could not be pinned down.
    case unknown

    public var displayName: String {
        switch self {
        case .tcvn3: return "TCVN3 (ABC)"
        case .vni: return "VNI"
        case .windows1258: return "Windows-1258"
        case .unknown: return "TCVN3/VNI/Windows-1258"
        }
    }

    var conversionHintVI: String {
        switch self {
        case .tcvn3:
            return "dùng Unikey Toolkit (Ctrl+Shift+F6), bảng mã nguồn TCVN3 (ABC), bảng mã đích Unicode; hoặc lệnh `iconv -f TCVN5712-1 -t UTF-8 tệp > tệp-utf8.txt`"
        case .vni:
            return "dùng Unikey Toolkit (Ctrl+Shift+F6), bảng mã nguồn VNI Windows, bảng mã đích Unicode"
        case .windows1258:
            return "dùng lệnh `iconv -f CP1258 -t UTF-8 tệp > tệp-utf8.txt` hoặc Unikey Toolkit (bảng mã nguồn Vietnamese locale CP 1258, đích Unicode)"
        case .unknown:
            return "dùng Unikey Toolkit (Ctrl+Shift+F6) với bảng mã nguồn đúng (TCVN3, VNI hoặc CP 1258) và bảng mã đích Unicode, hoặc lệnh `iconv -f CP1258 -t UTF-8`; rồi lưu dưới dạng UTF-8"
        }
    }

    var conversionHintEN: String {
        switch self {
        case .tcvn3:
            return "use Unikey Toolkit (Ctrl+Shift+F6), source TCVN3 (ABC), destination Unicode; or `iconv -f TCVN5712-1 -t UTF-8 file > file-utf8.txt`"
        case .vni:
            return "use Unikey Toolkit (Ctrl+Shift+F6), source VNI Windows, destination Unicode"
        case .windows1258:
            return "use `iconv -f CP1258 -t UTF-8 file > file-utf8.txt` or Unikey Toolkit (source Vietnamese locale CP 1258, destination Unicode)"
        case .unknown:
            return "use Unikey Toolkit (Ctrl+Shift+F6) with the right source encoding (TCVN3, VNI or CP 1258) and Unicode as destination, or `iconv -f CP1258 -t UTF-8`; then save as UTF-8"
        }
    }
}

/// Scores a sequence of 8-bit code points for each legacy encoding.
enum LegacyEncodingDetector {
    struct Scores: Equatable {
        var tcvn3 = 0
        var vni = 0
        var windows1258 = 0
        var total: Int { tcvn3 + vni + windows1258 }

        /// The most likely encoding, when the evidence is clear enough.
        var best: LegacyEncoding? {
            let m = max(tcvn3, vni, windows1258)
            guard m >= 3 else { return nil }
            if tcvn3 == m { return .tcvn3 }
            if windows1258 == m { return .windows1258 }
            return .vni
        }
    }

    static let asciiVowels: Set<UInt32> = Set("aeiouyAEIOUY".unicodeScalars.map(\.value))
    /// CP1258 letters that carry a tone mark after them: â ê ô ơ ư ă and capitals.
    static let cp1258Vowels: Set<UInt32> = [0xE2, 0xEA, 0xF4, 0xF5, 0xFD, 0xE3, 0xC2, 0xCA, 0xD4, 0xD5, 0xDD, 0xC3]
    /// CP1258 combining tone marks: grave, acute, hook above, tilde, dot below.
    static let cp1258Tones: Set<UInt32> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]
    /// VNI accent bytes that follow a base vowel (tones, circumflex, breve, and their combinations).
    static let vniMarks: Set<UInt32> = [0xF8, 0xF9, 0xFB, 0xF5, 0xEF, 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4, 0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB,
                                        0xD8, 0xD9, 0xDB, 0xD5, 0xCF, 0xC2, 0xC1, 0xC0, 0xC5, 0xC3, 0xC4, 0xCA, 0xC9, 0xC8, 0xDA, 0xDC, 0xCB]
    /// VNI letters that are single bytes: ư ơ đ Đ and the i family.
    static let vniLetters: Set<UInt32> = [0xF6, 0xF4, 0xF1, 0xD1, 0xD6, 0xD4, 0xEC, 0xED, 0xE6, 0xF3, 0xF2]

    /// Scores code points ≤ 0xFF (larger ones are skipped: they cannot come from an 8-bit encoding).
    static func scores<S: Sequence>(_ points: S) -> Scores where S.Element == UInt32 {
        var s = Scores()
        var prev: UInt32 = 0
        for c in points {
            if c > 0xFF { prev = 0; continue }
            if c >= 0x80 {
                // TCVN3 puts its most frequent letters (à á ả ã ạ ă â ê ô ơ ư đ Đ) in 0xA1–0xB9, where
                // VNI and Windows-1258 only have symbols that do not occur inside words.
                if (0xA1...0xB9).contains(c), c != 0xB0, c != 0xB1, isLetter(prev) { s.tcvn3 += 1 }
                else if c == 0xA7 || c == 0xAE { s.tcvn3 += 1 } // § = Đ, ® = đ at a word start
                if cp1258Tones.contains(c), asciiVowels.contains(prev) || cp1258Vowels.contains(prev) { s.windows1258 += 1 }
                if vniMarks.contains(c), asciiVowels.contains(prev) { s.vni += 1 }
                else if vniLetters.contains(c), isASCIILetter(prev) { s.vni += 1 }
            }
            prev = c
        }
        return s
    }

    static func isASCIILetter(_ c: UInt32) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
    static func isLetter(_ c: UInt32) -> Bool { isASCIILetter(c) || c >= 0xC0 }

    /// Guess for bytes that are not valid UTF-8.
    static func guess(bytes: some Collection<UInt8>) -> LegacyEncoding? {
        scores(bytes.lazy.map { UInt32($0) }).best
    }

    /// Whether valid Unicode text is in fact legacy-font text (e.g. TCVN3 typed with `.VnTime`):
    /// many 8-bit legacy patterns and almost none of the letters only Unicode Vietnamese has
    /// (ă đ ơ ư and the U+1EA0–U+1EF9 block).
    static func legacyFontEncoding(in lines: [String]) -> LegacyEncoding? {
        var unicodeVietnamese = 0
        var latin1 = 0
        // Counted on the UTF-8 bytes: U+1EA0–U+1EF9 is E1 BA A0 – E1 BB B9; ă Ă đ Đ are C4 83 / 82 / 91 / 90,
        // ơ Ơ ư Ư are C6 A1 / A0 / B0 / AF; Latin-1 is C2 80 – C3 BF.
        for line in lines {
            line.withBytes { buf in
                let n = buf.count
                var i = 0
                while i + 1 < n {
                    let b = buf[i], c = buf[i + 1]
                    switch b {
                    case 0xE1 where i + 2 < n && (c == 0xBA && buf[i + 2] >= 0xA0 || c == 0xBB && buf[i + 2] <= 0xB9):
                        unicodeVietnamese += 1
                    case 0xC4 where c == 0x82 || c == 0x83 || c == 0x90 || c == 0x91: unicodeVietnamese += 1
                    case 0xC6 where c == 0xA0 || c == 0xA1 || c == 0xAF || c == 0xB0: unicodeVietnamese += 1
                    case 0xC2, 0xC3: latin1 += 1
                    default: break
                    }
                    i += 1
                }
            }
        }
        // Each Latin-1 character adds at most 3 to the scores, so real Vietnamese Unicode text
        // (with as many U+1Exx letters as Latin-1 ones) is settled here without scoring.
        guard latin1 >= 10, unicodeVietnamese * 10 < latin1 * 3 else { return nil }
        let s = scores(lines.lazy.flatMap { [0x0A] + $0.unicodeScalars.map(\.value) })
        guard s.total >= 8, unicodeVietnamese * 10 < s.total else { return nil }
        return s.best ?? .unknown
    }
}
