/// Page numbers left inside a sentence by a PDF or Word export: `giáo dục công 5 lập`.
///
/// A number is taken for a page number only when it is a bare 1–3 digit number without leading zero
/// between two lower-case words, *and* those two words stand side by side elsewhere in the same document
/// (`công lập`): the number splits a phrase the plan itself uses. `giảm 5 biên chế` is kept unless the plan
/// also writes `giảm biên chế`. The `stray-artifact` rule reports what this removes.
final class InlinePageNumbers {
    private let lines: [String]
    /// The whole document folded into one space-padded byte string, built on first need: most documents
    /// have no candidate at all, and folding every line is the costly part.
    private lazy var folded: [UInt8] = Array((" " + lines.map { Folding.fold($0) }.joined(separator: " ") + " ").utf8)

    init(_ lines: [String]) { self.lines = lines }

    /// Whether the folded words `a b` stand side by side somewhere in the document.
    private func adjacent(_ a: String, _ b: String) -> Bool {
        PhrasePattern.find(Array(" \(a) \(b) ".utf8), in: folded, from: 0) != nil
    }

    /// Words after which, or before which, a number is ordinary text (dates, counts, levels, figures):
    /// never taken for a page number, whatever the rest of the document says.
    static let ordinaryBefore: Set<String> = ["ngay", "thang", "nam", "so", "do", "khoan", "dieu", "muc", "lan", "quy", "tuan",
                                              "cap", "co", "tu", "den", "giam", "tang", "dat", "la", "va", "voi", "duoc",
                                              "dau", "thieu", "nhat", "tren", "duoi", "trong", "gom", "khoang", "hon", "luc",
                                              "phu", "luc", "ky", "phuong", "xa", "to", "thon", "ap", "khu", "lop", "tiet"]
    static let ordinaryAfter: Set<String> = ["thang", "nam", "ngay", "cap", "lan", "nhiem", "linh", "noi", "dieu", "chi",
                                             "nguoi", "don", "co", "phong", "xa", "phuong", "gio", "phut", "tuan", "quy",
                                             "trieu", "ty", "nghin", "dong", "ho", "hoc", "khoa", "buoi", "cuoc", "van"]

    /// The line without its inline page numbers (unchanged when there is none).
    func removing(from line: String) -> String {
        let candidates = StrayNumberScan.candidates(in: line)
        guard !candidates.isEmpty else { return line }
        var scalars = Array(line.unicodeScalars)
        var removed = false
        // Remove from the end so that earlier offsets stay valid.
        for c in candidates.reversed() {
            let b = Folding.fold(c.before), a = Folding.fold(c.after)
            guard !Self.ordinaryBefore.contains(b), !Self.ordinaryAfter.contains(a), adjacent(b, a) else { continue }
            scalars.removeSubrange((c.numberStart - 1)..<c.numberEnd)  // the space before and the digits
            removed = true
        }
        guard removed else { return line }
        // Re-encoded as bytes: appending scalars to a String.UnicodeScalarView one by one is slow.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        for u in scalars { bytes.append(contentsOf: UTF8.encode(u)!) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Finds `lower-case word, space, 1–3 digit number without leading zero, space, lower-case word` by
/// scanning scalars. Shared by the clean-up and the `stray-number` rule kind.
public enum StrayNumberScan {
    public struct Candidate {
        public var before: String
        public var number: String
        public var after: String
        /// The whole `word number word` text.
        public var match: String
        /// Scalar offsets of the digits in the line.
        public var numberStart: Int
        public var numberEnd: Int
    }

    public static func candidates(in line: String) -> [Candidate] {
        mayHaveCandidate(line) ? scan(AlignedFold(line)) : []
    }

    /// The candidates of a folded line, without the byte-level pre-test.
    static func scan(_ t: AlignedFold) -> [Candidate] {
        var out: [Candidate] = []
        var i = 1
        while i < t.count {
            guard t.isDigit(i), t.chars[i] != "0", t.chars[i - 1] == " " else { i += 1; continue }
            var j = i
            while j < t.count, t.isDigit(j) { j += 1 }
            defer { i = j }
            guard j - i <= 3, j + 1 < t.count, t.chars[j] == " ", t.isLower(j + 1), i >= 2, t.isLower(i - 2) else { continue }
            var s = i - 2
            while s > 0, t.isLower(s - 1) { s -= 1 }
            var e = j + 1
            while e < t.count, t.isLower(e) { e += 1 }
            out.append(Candidate(before: t.text(s..<(i - 1)), number: t.text(i..<j), after: t.text((j + 1)..<e),
                                 match: t.text(s..<e), numberStart: i, numberEnd: j))
        }
        return out
    }

    /// A cheap test on the UTF-8 bytes, true for every line with a candidate: a letter's last byte (ASCII
    /// lower case, or the end of a non-ASCII character), a space, 1–3 ASCII digits not starting with 0, a
    /// space, and a lower-case ASCII letter or the start of a non-ASCII character. Most lines with figures
    /// (`năm 2026`, `đạt 100%`) fail it, and the scalar-level scan is left for the few that pass.
    static func mayHaveCandidate(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { p in
            let n = p.count
            guard n >= 5, let base = p.baseAddress else { return false }
            /// Whether the digit 1–9 at `d` starts a candidate.
            func candidate(at d: Int) -> Bool {
                guard p[d - 1] == 0x20 else { return false }
                let before = p[d - 2]
                guard (before >= 0x61 && before <= 0x7A) || (before >= 0x80 && before <= 0xBF) else { return false }
                var j = d + 1
                while j < n, p[j] >= 0x30, p[j] <= 0x39 { j += 1 }
                guard j - d <= 3, j + 1 < n, p[j] == 0x20 else { return false }
                let after = p[j + 1]
                return (after >= 0x61 && after <= 0x7A) || after >= 0xC2
            }
            // Sixteen bytes at a time: most of a plan's text has no digit 1–9 at all.
            var d = 2
            while d + 2 < n {
                if d + 16 <= n {
                    let v = UnsafeRawPointer(base + d).loadUnaligned(as: SIMD16<UInt8>.self)
                    if !any((v &- 0x31) .< SIMD16<UInt8>(repeating: 9)) { d += 16; continue }
                }
                let end = min(d + 16, n - 2)
                while d < end {
                    if p[d] &- 0x31 < 9, candidate(at: d) { return true }
                    d += 1
                }
            }
            return false
        }
    }
}
