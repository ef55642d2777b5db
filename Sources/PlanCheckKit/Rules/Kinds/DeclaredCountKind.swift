import Foundation

/// `declared-count`: a count the plan declares that does not match what follows.
///
/// - `of = tasks`: `pattern` (capture group 1 = the count) matches a group row of the task table such as
///   `I. Chỉ đạo điều hành (07 nhiệm vụ)`; the task rows up to the next matching line are counted. A last
///   group that runs into the end of the file with fewer rows is not flagged: the file is likely cut off.
/// - `of = areas`: `pattern` matches a statement such as `đầy đủ 06 lĩnh vực`; the six reform areas
///   present in the plan are counted.
///
/// - `of = items`: `pattern` matches a sentence announcing a list (`gồm 05 nhiệm vụ sau:`); the items of the
///   list that follows (lines starting with the same kind of marker as the first item: `1.`, `a)`, `-`, `+`)
///   are counted until a shallower heading or a new unmarked paragraph. Only a declaration that ends its line
///   with `:` announces a list.
///
/// Matching is done on raw lines; the first non-empty capture group is the count.
public struct DeclaredCountKind: RuleKind {
    public static let name = "declared-count"
    public static let placeholders = ["declared", "actual", "match"]
    public static let parameters = ["of", "pattern"]
    public static let summary = "a declared count (07 nhiệm vụ, 06 lĩnh vực) that does not match what follows"

    let of: String
    let pattern: NSRegularExpression
    let multiline: NSRegularExpression
    /// Words every declaration contains; lines without them are not searched.
    let prefilter: RegexPrefilter?

    public init(_ params: RuleParameters) throws {
        of = try params.choice("of", ["tasks", "areas", "items"], default: "tasks")
        let src = try params.requireString("pattern")
        do { pattern = try NSRegularExpression(pattern: src, options: [.caseInsensitive]) } catch {
            throw params.error("pattern", RuleText.badRegex(src))
        }
        multiline = KindSupport.multiline(pattern)
        prefilter = RegexPrefilter(pattern: src)
    }

    struct Declaration { var line: Int; var count: Int; var text: String }

    func declarations(_ plan: Plan, folds: FoldedText.View) -> [Declaration] {
        var out: [Declaration] = []
        for m in KindSupport.lineMatches(multiline, single: pattern, in: plan.lines, prefilter: prefilter, folds: folds) {
            guard let n = m.groups.dropFirst().compactMap({ $0 }).compactMap({ Int($0) }).first else { continue }
            out.append(Declaration(line: m.line + 1, count: n, text: String(plan.lines[m.line][m.range])))
        }
        return out
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        let plan = ctx.plan
        let decl = declarations(plan, folds: ctx.lineFolds)
        var hits: [RuleHit] = []
        if of == "areas" {
            let actual = Set(plan.areas.map(\.area)).intersection(ReformArea.sixAreas).count
            guard actual > 0 else { return [] }
            for d in decl where d.count != actual {
                hits.append(hit(d, actual: actual, plan: plan))
            }
            return hits
        }
        if of == "items" {
            for d in decl {
                let line = plan.lines[d.line - 1].trimmedWhitespace
                guard line.hasSuffix(":"), let actual = Self.countItems(after: d.line, in: plan.lines), actual != d.count else { continue }
                hits.append(hit(d, actual: actual, plan: plan))
            }
            return hits
        }
        for (k, d) in decl.enumerated() {
            let end = k + 1 < decl.count ? decl[k + 1].line : Int.max
            let rows = plan.tasks.filter { $0.line > d.line && $0.line < end }
            if rows.count == d.count { continue }
            if rows.isEmpty && plan.tasks.isEmpty { continue }
            hits.append(hit(d, actual: rows.count, plan: plan))
        }
        return hits
    }

    /// A line without Markdown emphasis or heading marks, trimmed.
    static func bare(_ raw: String) -> String {
        var t = raw.replacingOccurrences(of: "*", with: "").trimmedWhitespace
        while t.hasPrefix("#") { t.removeFirst() }
        return t.trimmedWhitespace
    }

    /// Items of the list starting after line `from` (1-based), or nil when no list follows.
    static func countItems(after from: Int, in lines: [String]) -> Int? {
        var kind: OutlineMarker.Kind?
        var bullet = ""
        var count = 0
        for raw in lines.dropFirst(from) {
            let t = bare(raw)
            if t.isEmpty { continue }
            guard let m = OutlineMarker.parse(t) else {
                // An unmarked line: a wrapped item goes on in lower case; a new paragraph ends the list.
                if kind == nil || (t.first?.isUppercase ?? false) { break }
                continue
            }
            guard let k = kind else {
                kind = m.kind; bullet = m.text; count = 1
                continue
            }
            if m.kind == k && (k != .bullet || m.text == bullet) { count += 1; continue }
            let depth = OutlineMarker(kind: k, text: bullet, length: 0, ordinal: 0).depth
            // "-" items with "+" sub-items is the usual nesting; any other bullet change ends the list.
            if m.kind == .bullet && k == .bullet { if bullet == "-" && m.text == "+" { continue } else { break } }
            if m.depth < depth { break }
        }
        return kind == nil ? nil : count
    }

    func hit(_ d: Declaration, actual: Int, plan: Plan) -> RuleHit {
        // The anchor is the declaring line without its digits, so changing the count keeps the identity.
        let words = Folding.fold(plan.quote(line: d.line)).filter { !$0.isNumber }
        return RuleHit(line: d.line, anchor: "count:\(words.prefix(60))",
                       values: ["declared": String(d.count), "actual": String(actual), "match": d.text])
    }
}
