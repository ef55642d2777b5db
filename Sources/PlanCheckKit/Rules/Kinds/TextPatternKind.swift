import Foundation

/// `text-pattern`: a regular expression over the plan's text — raw lines (`scope = line`, for template
/// leftovers and cut-off names) or paragraphs re-joined from hard-wrapped lines (`scope = paragraph`, for
/// phrases that may wrap). `unless` exempts matches whose text also matches it. The finding is on the
/// line where the match starts. `levels` restricts the rule to plans of those levels (`xa`, `phuong`,
/// `dac-khu`, `huyen`, `tinh`, `thanh-pho`, `quoc-gia`), e.g. provincial wording only matters in commune plans.
public struct TextPatternKind: RuleKind {
    public static let name = "text-pattern"
    public static let placeholders = ["match"]
    public static let parameters = ["pattern", "unless", "scope", "ignore-case", "levels"]
    public static let summary = "a regular expression over lines or re-joined paragraphs"

    let pattern: NSRegularExpression
    /// `pattern` with line anchors, run once over all lines or paragraphs of a plan.
    let multiline: NSRegularExpression
    let unless: NSRegularExpression?
    /// Words every match contains; lines without them are not searched.
    let prefilter: RegexPrefilter?
    let paragraphs: Bool
    let levels: [PlanLevel]

    public init(_ params: RuleParameters) throws {
        let ci = try params.choice("ignore-case", ["yes", "no"], default: "yes") == "yes"
        let source = try params.requireString("pattern")
        do {
            pattern = try NSRegularExpression(pattern: source, options: ci ? [.caseInsensitive] : [])
        } catch {
            throw params.error("pattern", RuleText.badRegex(source))
        }
        if let u = params.string("unless") {
            do { unless = try NSRegularExpression(pattern: u, options: ci ? [.caseInsensitive] : []) } catch {
                throw params.error("unless", RuleText.badRegex(u))
            }
        } else { unless = nil }
        multiline = KindSupport.multiline(pattern)
        prefilter = RegexPrefilter(pattern: source)
        paragraphs = try params.choice("scope", ["line", "paragraph"], default: "line") == "paragraph"
        levels = try params.list("levels").map { v in
            guard let l = PlanLevel(rawValue: v) else {
                throw params.error("levels", L10n.text(.badValue(key: "levels", value: v, expected: "xa, phuong, dac-khu, huyen, tinh, thanh-pho, quoc-gia")))
            }
            return l
        }
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        if !levels.isEmpty {
            guard let l = ctx.plan.level, levels.contains(l) else { return [] }
        }
        var hits: [RuleHit] = []
        func add(_ text: String, line: Int) {
            let m = text.trimmedWhitespace
            if let unless, KindSupport.firstMatch(unless, in: m) { return }
            hits.append(RuleHit(line: line, anchor: "text:\(m)", values: ["match": m]))
        }
        if paragraphs {
            let blocks = ctx.paragraphs
            for m in KindSupport.lineMatches(multiline, single: pattern, in: blocks.map(\.text),
                                                   prefilter: prefilter, folds: ctx.paragraphFolds) {
                let b = blocks[m.line]
                add(String(b.text[m.range]), line: b.line(atOffset: b.text.unicodeScalars.distance(
                    from: b.text.unicodeScalars.startIndex, to: m.range.lowerBound)))
            }
        } else {
            for m in KindSupport.lineMatches(multiline, single: pattern, in: ctx.plan.lines,
                                                   prefilter: prefilter, folds: ctx.lineFolds) {
                add(String(ctx.plan.lines[m.line][m.range]), line: m.line + 1)
            }
        }
        return hits
    }
}
