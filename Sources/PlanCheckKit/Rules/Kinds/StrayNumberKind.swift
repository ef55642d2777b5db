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
    static let re = try! NSRegularExpression(pattern: "(\\p{Ll}+) ([1-9][0-9]{0,2}) (\\p{Ll}+)", options: [])

    public init(_ params: RuleParameters) throws {
        before = Set(params.list("exclude-before").map { Folding.fold($0) })
        after = Set(params.list("exclude-after").map { Folding.fold($0) })
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        let whole = " " + ctx.plan.lines.map { Folding.fold($0) }.joined(separator: " ") + " "
        var hits: [RuleHit] = []
        for (i, l) in ctx.plan.lines.enumerated() {
            for m in KindSupport.matches(Self.re, in: l) {
                guard let w1 = m.groups[1], let n = m.groups[2], let w2 = m.groups[3] else { continue }
                let f1 = Folding.fold(w1), f2 = Folding.fold(w2)
                if before.contains(f1) || after.contains(f2) { continue }
                guard whole.contains(" \(f1) \(f2) ") else { continue }
                hits.append(RuleHit(line: i + 1, anchor: "text:\(f1) \(n) \(f2)", values: ["number": n, "match": String(l[m.range])]))
            }
        }
        return hits
    }
}
