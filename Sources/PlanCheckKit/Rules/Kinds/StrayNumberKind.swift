import Foundation

/// `stray-number`: a page number left inside a sentence by a PDF or Word export (`giáo dục công 5 lập`).
/// A bare number without leading zero between two lower-case words is flagged when the two words also
/// occur side by side elsewhere in the plan (`công lập`), i.e. the number splits a phrase the plan uses.
/// Words after which numbers are normal (`ngày`, `tháng`, `độ` …) are listed in `exclude-before`,
/// `exclude-after`.
public struct StrayNumberKind: RuleKind {
    public static let name = "stray-number"
    public static let placeholders = ["number", "match"]
    public static let parameters = ["exclude-before", "exclude-after"]
    public static let summary = "a page number left inside a sentence"

    let before: Set<String>
    let after: Set<String>

    public init(_ params: RuleParameters) throws {
        before = Set(params.list("exclude-before").map { Folding.fold($0) })
        after = Set(params.list("exclude-after").map { Folding.fold($0) })
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        var whole: String?  // built only when a candidate appears
        var hits: [RuleHit] = []
        for (i, l) in ctx.plan.lines.enumerated() {
            for c in Self.candidates(in: l) {
                let f1 = Folding.fold(c.before), f2 = Folding.fold(c.after)
                if before.contains(f1) || after.contains(f2) { continue }
                if whole == nil { whole = " " + ctx.plan.lines.map { Folding.fold($0) }.joined(separator: " ") + " " }
                guard whole!.contains(" \(f1) \(f2) ") else { continue }
                hits.append(RuleHit(line: i + 1, anchor: "text:\(f1) \(c.number) \(f2)",
                                    values: ["number": c.number, "match": c.match]))
            }
        }
        return hits
    }

    /// `lower-case word, space, 1–3 digit number without leading zero, space, lower-case word`, found by
    /// scanning scalars (this runs on every line of every plan).
    static func candidates(in line: String) -> [(before: String, number: String, after: String, match: String)] {
        let t = AlignedFold(line)
        var out: [(String, String, String, String)] = []
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
            out.append((t.text(s..<(i - 1)), t.text(i..<j), t.text((j + 1)..<e), t.text(s..<e)))
        }
        return out
    }
}
