import Foundation

/// What every match of a regular expression must contain, read from the pattern itself, so that a rule
/// runs its (ICU, UTF-16) expression only on the lines that could match. Most lines of a plan contain
/// none of a rule's words, and skipping them made the text rules several times faster.
///
/// The pattern is read as a sequence of atoms. A run of plain letters, digits and spaces outside any
/// class is a literal the match must contain; an ASCII punctuation character outside a class (`(`, `,`,
/// `:`) or a tab (`\t`) must be in the line as written; a group that is not optional adds what its single branch
/// requires, or one of its branches' literals when it has several; an alternation requires one of its
/// branches' literals, and the punctuation and digits every branch requires. The class `[0-9]` requires
/// an ASCII digit (`\d` does not: it also matches other scripts' digits). Anything the reader does not
/// understand (another class, an escape sequence, a lookaround, extended mode) contributes nothing, so
/// the filter can be weaker than the pattern, never stronger: a line it rejects cannot match.
///
/// Literals are compared folded (`Folding.fold`: no case, no diacritics), which only widens the filter.
/// Each line's `TextSignature` is tested first: most lines are rejected by a few bit tests, without
/// searching their bytes.
public struct RegexPrefilter: Sendable, Equatable {
    /// Requirements that must all hold; each is a list of folded literals one of which the line contains.
    public let requirements: [[[UInt8]]]
    /// ASCII punctuation bytes the line must contain as written.
    public let bytes: [UInt8]
    /// Whether every match has an ASCII digit (`[0-9]`).
    public let digit: Bool
    /// The pairs of each literal of `requirements`, parallel to it.
    let literalSignatures: [[TextSignature]]
    /// `bytes` as a signature.
    let neededASCII: TextSignature
    static let digits = TextSignature(ascii: Array(0x30...0x39))

    /// The literals of the first requirement (for tests and `plancheck rules`).
    public var alternatives: [[UInt8]] { requirements.first ?? [] }

    /// The filter for `pattern`, or nil when nothing is known to be in every match.
    public init?(pattern: String) {
        // Extended mode makes spaces insignificant, and \Q…\E quotes; neither is worth reading here.
        if pattern.contains("(?x") || pattern.contains("\\Q") { return nil }
        var reader = Reader(Array(pattern.unicodeScalars))
        guard let found = reader.alternation(), reader.atEnd else { return nil }
        let folded = found.all.map { alts in alts.map { Folding.foldBytes($0) } }
            .filter { alts in !alts.contains { $0.count < 2 } }  // a one-letter literal filters nothing
        guard !folded.isEmpty || !found.bytes.isEmpty || found.digit else { return nil }
        // A literal that contains another of the same requirement adds nothing ("van phong" beside "phong").
        let lean = folded.map { alts in
            alts.enumerated().filter { k, a in
                !alts.enumerated().contains { j, b in j != k && Self.contains(a, b) && (a != b || j < k) }
            }.map(\.element)
        }
        // The most selective requirement first, so that most lines are rejected by one search.
        requirements = lean.sorted { Self.strength($0) > Self.strength($1) }
        bytes = found.bytes.sorted()
        digit = found.digit
        literalSignatures = requirements.map { $0.map { TextSignature(literal: $0) } }
        neededASCII = TextSignature(ascii: bytes)
    }

    static func strength(_ alts: [[UInt8]]) -> Int { alts.map(\.count).min() ?? 0 }

    /// Whether a line may match: `folded` is its fold, `raw` the line as written.
    public func admits(_ folded: [UInt8], raw: String) -> Bool {
        admits(folded, signature: TextSignature(folded: folded, raw: raw))
    }

    /// Whether a line may match, given its fold and its signature (made from the same line).
    public func admits(_ folded: [UInt8], signature: TextSignature) -> Bool {
        guard mayAdmit(signature) else { return false }
        for alts in requirements where !alts.contains(where: { Self.contains(folded, $0) }) { return false }
        return true
    }

    /// The signature's verdict alone: false when the line certainly cannot match.
    func mayAdmit(_ signature: TextSignature) -> Bool {
        guard signature.hasAllASCII(of: neededASCII) else { return false }
        if digit && !signature.hasAnyASCII(of: Self.digits) { return false }
        for sigs in literalSignatures where !sigs.contains(where: { signature.mayHavePairs(of: $0) }) { return false }
        return true
    }

    /// Indices of the texts that may match, given each text's signature and its fold on demand: the
    /// signatures are tested first, and only the texts they let through are folded and searched.
    func candidates(signatures: [TextSignature], fold: (Int) -> [UInt8]) -> [Int] {
        var out: [Int] = []
        signatures.withUnsafeBufferPointer { sigs in
            for i in sigs.indices where mayAdmit(sigs[i]) && admits(fold(i), signature: sigs[i]) { out.append(i) }
        }
        return out
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        return hay.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { ByteSearch.find($0, in: h) != nil } }
    }

    /// What a part of the pattern requires: all of `all` (each: one of its literals) and all of `bytes`.
    struct Needs {
        var all: [[String]] = []
        var bytes = Set<UInt8>()
        var digit = false
        var isEmpty: Bool { all.isEmpty && bytes.isEmpty && !digit }
        mutating func add(_ other: Needs) { all += other.all; bytes.formUnion(other.bytes); digit = digit || other.digit }
    }

    /// A recursive reader of the pattern.
    struct Reader {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }
        var atEnd: Bool { i >= s.count }

        /// `a|b|c` up to a closing parenthesis or the end. One branch: everything it needs. Several: one
        /// of the branches' most selective literals (none when a branch has no literal), and what all
        /// branches require of punctuation and digits.
        mutating func alternation() -> Needs? {
            var branches: [Needs] = [sequence()]
            while i < s.count, s[i] == "|" {
                i += 1
                branches.append(sequence())
            }
            if branches.count == 1 { return branches[0].isEmpty ? nil : branches[0] }
            // What every branch requires: punctuation and digits in all of them, and one literal of each.
            var common = Needs(bytes: branches.dropFirst().reduce(branches[0].bytes) { $0.intersection($1.bytes) },
                               digit: branches.allSatisfy(\.digit))
            var any: [String] = []
            for b in branches {
                guard let best = b.all.max(by: { Self.strength($0) < Self.strength($1) }) else { any = []; break }
                any += best
            }
            if !any.isEmpty { common.all = [any] }
            // A requirement of the first branch that every other branch shares a literal with (`lĩnh vực` in
            // both branches of `0?[0-9] lĩnh vực … cải cách|cải cách … 0?[0-9] lĩnh vực`): the union of the
            // shared requirements is required too. A few at most: each is one more search per line.
            for r in branches[0].all where common.all.count < 4 {
                let folded = Set(r.map { Folding.fold($0) })
                var union = r
                for b in branches.dropFirst() {
                    guard let m = b.all.first(where: { !folded.isDisjoint(with: $0.map { Folding.fold($0) }) }) else { union = []; break }
                    union += m
                }
                if !union.isEmpty { common.all.append(union) }
            }
            return common.isEmpty ? nil : common
        }

        /// One branch: what each of its required atoms needs.
        mutating func sequence() -> Needs {
            var needs = Needs()
            var run = ""
            func endRun() {
                let t = run.trimmingSpaces
                if !t.isEmpty { needs.all.append([t]) }
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
                // `\s` or `\s+` between words is one space in the fold (which collapses whitespace), so
                // `UBND\s+tỉnh` requires "ubnd tinh"; `\s*` and `\s?` may be nothing, and end the literal.
                if c == "\\", i + 1 < s.count, s[i + 1] == "s" {
                    i += 2
                    if quantifier() == .optional { endRun() } else { run.unicodeScalars.append(" ") }
                    continue
                }
                endRun()
                var atom: Needs?
                switch c {
                case "(":
                    atom = group()
                case "[":
                    let start = i
                    skipClass()
                    // Only the plain ASCII digit class is read; any other class requires nothing known.
                    if String(String.UnicodeScalarView(s[start..<min(i, s.count)])) == "[0-9]" { atom = Needs(digit: true) }
                case "\\":
                    i += 1
                    if i < s.count, s[i] == "p" || s[i] == "P" || s[i] == "k", i + 1 < s.count, s[i + 1] == "{" || s[i + 1] == "<" {
                        let close: Unicode.Scalar = s[i + 1] == "{" ? "}" : ">"
                        while i < s.count, s[i] != close { i += 1 }
                    } else if i < s.count, Self.isLiteralPunctuation(s[i]) || "^$.|?*+()[]{}\\".unicodeScalars.contains(s[i]) {
                        atom = Needs(bytes: [UInt8(s[i].value)])  // an escaped punctuation character: itself
                    } else if i < s.count, s[i] == "t" {
                        atom = Needs(bytes: [0x09])  // a tab (table rows)
                    }
                    i += 1
                case ".", "^", "$", "{", "}", "?", "*", "+", "]":
                    i += 1
                default:
                    if Self.isLiteralPunctuation(c) { atom = Needs(bytes: [UInt8(c.value)]) }
                    i += 1
                }
                if quantifier() == .optional { atom = nil }
                if let atom { needs.add(atom) }
            }
            endRun()
            return needs
        }

        /// A parenthesised group; lookarounds and inline options require nothing.
        mutating func group() -> Needs? {
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

        /// ASCII punctuation that stands for itself outside a class (`,` `:` `;` `%` `/` `-` …).
        static func isLiteralPunctuation(_ c: Unicode.Scalar) -> Bool {
            c.isASCII && c.value > 0x20 && c.value < 0x7F && !isPlain(c) && !"\\^$.|?*+()[]{}#".unicodeScalars.contains(c)
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
