/// Figures a plan gives jointly for several indicators.
///
/// `Mức độ hài lòng … về giải quyết TTHC; … đối với sự phục vụ của cơ quan hành chính nhà nước; … về dịch vụ
/// y tế, giáo dục công lập đạt tối thiểu 90%` is one figure, extracted once under its first indicator. A plan
/// saying this does carry the other two indicators; without this the matrix would call them missing.
/// Only lists (items separated by `;`) with a single figure count (every target on the line has the same
/// value), so that `95% … TTHC, 90% … y tế` keeps each figure with its own indicator, and only the items up
/// to the one holding the figure.
public struct SharedFigures: Sendable {
    private let plan: Plan
    private let catalog: Catalog
    /// A folded, space-padded part of a clause, with its byte pairs for ruling out phrases unread.
    private struct Part: Sendable {
        var bytes: [UInt8]
        var signature: TextSignature
        init(_ text: some StringProtocol, _ abbreviations: Abbreviations) {
            bytes = Array((" " + Folding.foldExpanding(String(text), abbreviations) + " ").utf8)
            signature = TextSignature(literal: bytes)
        }
        func has(_ p: PhrasePattern) -> Bool { p.mayMatch(signature) && p.match(bytes: bytes) != nil }
    }

    /// Parts (split at `;`) of the clauses of targets eligible as shared figures.
    /// `commaList`: the clause is one comma list, whose subjects are alike (one area's indicators); its parts
    /// are the list's head (first item), then the head joined to each later item.
    private let clauses: [(index: Int, parts: [Part], commaList: Bool)]

    public init(plan: Plan, catalog: Catalog) {
        self.plan = plan
        self.catalog = catalog
        var byLine: [Int: [Target]] = [:]
        for t in plan.targets { byLine[t.line, default: []].append(t) }
        var out: [(Int, [Part], Bool)] = []
        for (i, t) in plan.targets.enumerated() where t.indicator != nil {
            let sameLine = byLine[t.line] ?? []
            if sameLine.allSatisfy({ $0.value == t.value && $0.valueMax == t.valueMax && $0.comparator == t.comparator }) {
                // Each item of the list is matched on its own, so that one item's words (`y tế`) do not exclude another's.
                // The source line, not the clause: extractors keep only the item the figure closes.
                let line = plan.quote(line: t.line)
                var items = (line.isEmpty ? t.text : line).utf8.split(separator: 0x3B).map { Substring($0) }  // at ";", on bytes
                // The figure closes the list: items after the one holding it ("… 100% dự toán được giao; giải
                // ngân" with its figure on the next line) are not given it.
                if let last = items.lastIndex(where: { $0.contains(t.figure) }) { items = Array(items[...last]) }
                if items.count > 1 {  // folding is the costly part: only lists get it
                    out.append((i, items.map { Part($0, catalog.abbreviations) }, false))
                    continue
                }
            }
            // "Mức độ hài lòng … về cung cấp DVCTT, về giải quyết TTHC, về sự phục vụ … đạt tối thiểu 95%": one
            // figure for a comma list inside its own clause, when that clause holds no other figure.
            // Kept as the list's head (its first item) and the head joined to each later item.
            if t.text.utf8.count(where: { $0 == 0x25 }) == 1, t.text.utf8.count(where: { $0 == 0x2C }) >= 2 {  // one %, two commas
                let items = t.text.utf8.split(separator: 0x2C).map { Substring($0) }  // at ",", on bytes
                let head = items[0]
                out.append((i, [Part(head, catalog.abbreviations)] + items.dropFirst().map { Part(head + " " + $0, catalog.abbreviations) }, true))
            }
        }
        clauses = out
    }

    /// A single-figure target of another indicator whose clause also names `indicator`, as a target of it.
    public func sharedTarget(for indicator: IndicatorCatalog.Indicator) -> Target? {
        for (i, parts, commaList) in clauses {
            var t = plan.targets[i]
            guard t.indicator != indicator.id, t.unit == indicator.unit else { continue }
            // "100% văn bản … do HĐND, UBND ban hành được kiểm tra, rà soát, xử lý": the commas of one subject
            // list no indicator of another area (units inspected are not documents reviewed).
            if commaList, let own = t.indicator.flatMap({ catalog.indicators.indicator($0)?.area }), own != indicator.area { continue }
            let named: Bool
            if commaList {
                // An item must name the indicator: a phrase the head alone holds (`Mức độ hài lòng của người dân,
                // doanh nghiệp trong tiếp nhận, giải quyết TTHC` names the overall satisfaction only in its
                // head) is the head's own indicator's, not a second one.
                let head = parts[0]
                named = parts.dropFirst().contains { part in
                    indicator.matches.contains { part.has($0) && !head.has($0) } && !indicator.excludes.contains { part.has($0) }
                }
            } else {
                named = parts.contains { part in
                    indicator.matches.contains { part.has($0) } && !indicator.excludes.contains { part.has($0) }
                }
            }
            guard named else { continue }
            t.indicator = indicator.id
            t.area = indicator.area
            return t
        }
        return nil
    }
}
