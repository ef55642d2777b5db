import Foundation

/// Folding of Vietnamese text for matching: lower case, no diacritics (so tone-mark placement such as
/// `hoá`/`hóa` and `thuỷ`/`thủy` no longer matters), `đ` → `d`, punctuation and dashes → spaces,
/// runs of spaces collapsed. Folded text is only ever used to *find* things; reports quote the original.
public enum Folding {
    /// Folds `s`. With `keepPunctuation`, `/ - . &` survive (used for document numbers).
    public static func fold(_ s: String, keepPunctuation: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.unicodeScalars.count)
        var lastWasSpace = true
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x0300...0x036F).contains(v) { continue }  // combining marks: tones and vowel marks
            var mapped: Unicode.Scalar
            switch v {
            case 0x0110, 0x0111: mapped = "d"  // Đ đ
            case 0x41...0x5A: mapped = Unicode.Scalar(v + 32)!
            case 0x61...0x7A, 0x30...0x39: mapped = scalar
            case 0x25: mapped = "%"
            default:
                if keepPunctuation, "/-.&".unicodeScalars.contains(scalar) {
                    mapped = scalar
                } else if scalar.properties.isAlphabetic {
                    let lower = scalar.properties.lowercaseMapping.unicodeScalars
                    mapped = lower.first ?? scalar
                } else if keepPunctuation && (0x2010...0x2015).contains(v) {
                    mapped = "-"  // dash variants
                } else {
                    mapped = " "
                }
            }
            if mapped == " " {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            out.append(mapped)
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    /// Folds and expands abbreviations, so that `TTHC` matches `thủ tục hành chính`.
    public static func foldExpanding(_ s: String, _ abbreviations: Abbreviations) -> String {
        abbreviations.expand(fold(s))
    }
}

/// Abbreviations expanded for matching (`tthc` → `thu tuc hanh chinh`), loaded from
/// `rules/catalog/abbreviations.ini`. Keys and expansions are folded.
public struct Abbreviations: Sendable {
    /// folded short form → folded expansion
    public var table: [String: String]

    public init(table: [String: String] = [:]) {
        var t: [String: String] = [:]
        for (k, v) in table { t[Folding.fold(k)] = Folding.fold(v) }
        self.table = t
    }

    /// Replaces whole folded words (or two-word forms such as `tt pvhcc`) by their expansions.
    public func expand(_ folded: String) -> String {
        guard !table.isEmpty else { return folded }
        let words = folded.split(separator: " ", omittingEmptySubsequences: true)
        var out: [Substring] = []
        out.reserveCapacity(words.count + 8)
        var i = 0
        while i < words.count {
            if i + 2 < words.count, let e = table[words[i] + " " + words[i + 1] + " " + words[i + 2]] {
                out.append(Substring(e)); i += 3; continue
            }
            if i + 1 < words.count, let e = table[words[i] + " " + words[i + 1]] {
                out.append(Substring(e)); i += 2; continue
            }
            if let e = table[String(words[i])] { out.append(Substring(e)) } else { out.append(words[i]) }
            i += 1
        }
        return out.joined(separator: " ")
    }
}
