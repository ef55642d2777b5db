import Foundation

/// Words that every match of a regular expression must contain, read from the pattern itself, so that a
/// rule runs its (ICU, UTF-16) expression only on the lines that could match. Most lines of a plan contain
/// none of a rule's words, and skipping them made the text rules several times faster.
///
/// The pattern is read as a sequence of atoms. A run of plain letters, digits and spaces outside any
/// class is a literal the match must contain; a group that is not optional requires one of its branches'
/// literals; an alternation requires one of its branches'. Anything the reader does not understand (a
/// class, an escape, a lookaround, extended mode) simply contributes nothing, so the filter can be
/// weaker than the pattern, never stronger: a line it rejects cannot match.
///
/// Literals are compared folded (`Folding.fold`: no case, no diacritics), which only widens the filter.
public struct RegexPrefilter: Sendable, Equatable {
    /// Folded literals, one of which every match contains.
    public let alternatives: [[UInt8]]

    /// The filter for `pattern`, or nil when some match need not contain any literal.
    public init?(pattern: String) {
        // Extended mode makes spaces insignificant, and \Q…\E quotes; neither is worth reading here.
        if pattern.contains("(?x") || pattern.contains("\\Q") { return nil }
        var reader = Reader(Array(pattern.unicodeScalars))
        guard let found = reader.alternation(), reader.atEnd else { return nil }
        let folded = found.map { Folding.foldBytes($0) }
        guard !folded.isEmpty, !folded.contains(where: { $0.count < 2 }) else { return nil }
        alternatives = folded
    }

    /// Whether `folded` (a folded line) contains one of the literals.
    public func admits(_ folded: [UInt8]) -> Bool {
        alternatives.contains { Self.contains(folded, $0) }
    }

    /// Indices of `foldedLines` that may match.
    public func candidates(_ foldedLines: [[UInt8]]) -> [Int] {
        foldedLines.indices.filter { admits(foldedLines[$0]) }
    }

    /// Byte-string search: `memchr` finds each candidate first byte, `memcmp` checks the rest.
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= hay.count else { return false }
        return hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let base = h.baseAddress!, first = Int32(n[0])
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    guard let p = memchr(base + i, first, last - i + 1) else { return false }
                    let at = base.distance(to: UnsafeRawPointer(p))
                    if memcmp(base + at, n.baseAddress!, n.count) == 0 { return true }
                    i = at + 1
                }
                return false
            }
        }
    }

    /// A recursive reader of the pattern. Each function returns the literals one of which is required
    /// (nil: nothing known to be required).
    struct Reader {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }
        var atEnd: Bool { i >= s.count }

        /// `a|b|c` up to a closing parenthesis or the end.
        mutating func alternation() -> [String]? {
            var branches: [[String]?] = [sequence()]
            while i < s.count, s[i] == "|" {
                i += 1
                branches.append(sequence())
            }
            // Every branch must require something, or the alternation requires nothing.
            var all: [String] = []
            for b in branches {
                guard let b else { return nil }
                all += b
            }
            return all
        }

        /// One branch: the best of its required items (the one whose shortest literal is longest).
        mutating func sequence() -> [String]? {
            var required: [[String]] = []
            var run = ""
            func endRun() {
                let t = run.trimmingSpaces
                if !t.isEmpty { required.append([t]) }
                run = ""
            }
            while i < s.count, s[i] != "|", s[i] != ")" {
                let c = s[i]
                if Self.isPlain(c) {
                    i += 1
                    switch quantifier() {
                    case .none: run.unicodeScalars.append(c)
                    case .optional: endRun()
                    case .repeated: run.unicodeScalars.append(c); endRun()
                    }
                    continue
                }
                endRun()
                var atom: [String]?
                switch c {
                case "(":
                    atom = group()
                case "[":
                    skipClass()
                case "\\":
                    i += 1
                    if i < s.count, s[i] == "p" || s[i] == "P" || s[i] == "k", i + 1 < s.count, s[i + 1] == "{" || s[i + 1] == "<" {
                        let close: Unicode.Scalar = s[i + 1] == "{" ? "}" : ">"
                        while i < s.count, s[i] != close { i += 1 }
                    }
                    i += 1
                default:
                    i += 1  // . ^ $ and other punctuation
                }
                if quantifier() == .optional { atom = nil }
                if let atom { required.append(atom) }
            }
            endRun()
            return required.max { Self.strength($0) < Self.strength($1) }
        }

        /// A parenthesised group; lookarounds and inline options require nothing.
        mutating func group() -> [String]? {
            i += 1  // (
            var lookaround = false
            if i < s.count, s[i] == "?" {
                i += 1
                if i < s.count, s[i] == ":" || s[i] == ">" { i += 1 }
                else if i < s.count, s[i] == "=" || s[i] == "!" { i += 1; lookaround = true }
                else if i + 1 < s.count, s[i] == "<", s[i + 1] == "=" || s[i + 1] == "!" { i += 2; lookaround = true }
                else if i < s.count, s[i] == "<" || s[i] == "P" || s[i] == "'" {
                    // Named group: skip the name.
                    while i < s.count, s[i] != ">", s[i] != "'" { i += 1 }
                    i += 1
                } else {
                    // Inline options `(?i)` or `(?i:…)`.
                    while i < s.count, s[i] != ")", s[i] != ":" { i += 1 }
                    if i < s.count, s[i] == ")" { i += 1; return nil }
                    i += 1
                }
            }
            let inner = alternation()
            if i < s.count, s[i] == ")" { i += 1 }
            return lookaround ? nil : inner
        }

        mutating func skipClass() {
            i += 1  // [
            if i < s.count, s[i] == "^" { i += 1 }
            if i < s.count, s[i] == "]" { i += 1 }
            var depth = 1
            while i < s.count, depth > 0 {
                if s[i] == "\\" { i += 2; continue }
                if s[i] == "[" { depth += 1 } else if s[i] == "]" { depth -= 1 }
                i += 1
            }
        }

        enum Quantifier { case none, optional, repeated }

        /// Reads a quantifier after an atom, with its lazy or possessive suffix.
        mutating func quantifier() -> Quantifier {
            guard i < s.count else { return .none }
            var q = Quantifier.none
            switch s[i] {
            case "?", "*": q = .optional; i += 1
            case "+": q = .repeated; i += 1
            case "{":
                var j = i + 1
                var digits = ""
                while j < s.count, s[j].properties.numericType != nil, s[j].isASCII { digits.unicodeScalars.append(s[j]); j += 1 }
                guard j < s.count, s[j] == "," || s[j] == "}", let n = Int(digits) else { return .none }
                while j < s.count, s[j] != "}" { j += 1 }
                i = j + 1
                q = n == 0 ? .optional : .repeated
            default: return .none
            }
            if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
            return q
        }

        static func isPlain(_ c: Unicode.Scalar) -> Bool {
            c == " " || c.properties.isAlphabetic || (c.isASCII && c.properties.numericType != nil)
        }

        /// How selective a requirement is: the length of its shortest folded literal.
        static func strength(_ alternatives: [String]) -> Int {
            alternatives.map { Folding.fold($0).utf8.count }.min() ?? 0
        }
    }
}

private extension String {
    var trimmingSpaces: String {
        var u = Substring(self)
        while u.first == " " { u.removeFirst() }
        while u.last == " " { u.removeLast() }
        return String(u)
    }
}
