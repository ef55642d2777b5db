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
        var whole: [UInt8]?  // the plan's folded lines, space-padded and joined; built only when a candidate appears
        var hits: [RuleHit] = []
        for (i, l) in ctx.plan.lines.enumerated() {
            for c in StrayNumberScan.candidates(in: l) {
                let f1 = Folding.fold(c.before), f2 = Folding.fold(c.after)
                if before.contains(f1) || after.contains(f2) { continue }
                if whole == nil {
                    var w: [UInt8] = [0x20]
                    for f in ctx.foldedLines { w += f; w.append(0x20) }
                    whole = w
                }
                guard PhrasePattern.find(Array(" \(f1) \(f2) ".utf8), in: whole!, from: 0) != nil else { continue }
                hits.append(RuleHit(line: i + 1, anchor: "text:\(f1) \(c.number) \(f2)",
                                    values: ["number": c.number, "match": c.match]))
            }
        }
        return hits
    }
}
