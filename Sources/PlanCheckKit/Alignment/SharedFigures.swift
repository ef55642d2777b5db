/// Figures a plan gives jointly for several indicators.
///
/// `Mức độ hài lòng … về giải quyết TTHC; … đối với sự phục vụ của cơ quan hành chính nhà nước; … về dịch vụ
/// y tế, giáo dục công lập đạt tối thiểu 90%` is one figure, extracted once under its first indicator. A plan
/// saying this does carry the other two indicators; without this the matrix would call them missing.
/// Only lists (items separated by `;`) with a single figure count (every target on the line has the same
/// value), so that `95% … TTHC, 90% … y tế` keeps each figure with its own indicator.
public struct SharedFigures: Sendable {
    private let plan: Plan
    private let catalog: Catalog
    /// Folded, space-padded parts (split at `;`) of the clauses of targets eligible as shared figures.
    private let clauses: [(index: Int, parts: [[UInt8]])]

    public init(plan: Plan, catalog: Catalog) {
        self.plan = plan
        self.catalog = catalog
        var byLine: [Int: [Target]] = [:]
        for t in plan.targets { byLine[t.line, default: []].append(t) }
        var out: [(Int, [[UInt8]])] = []
        for (i, t) in plan.targets.enumerated() where t.indicator != nil {
            let sameLine = byLine[t.line] ?? []
            if sameLine.allSatisfy({ $0.value == t.value && $0.valueMax == t.valueMax && $0.comparator == t.comparator }) {
                // Each item of the list is matched on its own, so that one item's words (`y tế`) do not exclude another's.
                // The source line, not the clause: extractors keep only the item the figure closes.
                let line = plan.quote(line: t.line)
                let items = (line.isEmpty ? t.text : line).split(separator: ";")
                if items.count > 1 {  // folding is the costly part: only lists get it
                    out.append((i, items.map { Array((" " + Folding.foldExpanding(String($0), catalog.abbreviations) + " ").utf8) }))
                    continue
                }
            }
            // "Mức độ hài lòng … về cung cấp DVCTT, về giải quyết TTHC, về sự phục vụ … đạt tối thiểu 95%": one
            // figure for a comma list inside its own clause, when that clause holds no other figure.
            if t.text.unicodeScalars.filter({ $0 == "%" }).count == 1, t.text.unicodeScalars.filter({ $0 == "," }).count >= 2 {
                out.append((i, [Array((" " + Folding.foldExpanding(t.text, catalog.abbreviations) + " ").utf8)]))
            }
        }
        clauses = out
    }

    /// A single-figure target of another indicator whose clause also names `indicator`, as a target of it.
    public func sharedTarget(for indicator: IndicatorCatalog.Indicator) -> Target? {
        for (i, parts) in clauses {
            var t = plan.targets[i]
            guard t.indicator != indicator.id, t.unit == indicator.unit else { continue }
            let named = parts.contains { bytes in
                !indicator.excludes.contains { $0.match(bytes: bytes) != nil } && indicator.matches.contains { $0.match(bytes: bytes) != nil }
            }
            guard named else { continue }
            t.indicator = indicator.id
            t.area = indicator.area
            return t
        }
        return nil
    }
}
