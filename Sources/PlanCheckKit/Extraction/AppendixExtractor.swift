/// Finds references to appendices (`(Có Phụ lục I kèm theo)`, `tại Phụ lục II`, `theo Phụ lục kèm theo`)
/// and whether an appendix with that label is actually present (a `Phụ lục …` title or an appendix table).
enum AppendixExtractor {
    /// `folds`, when given, holds the fold of each paragraph and of each table row's first cell (the
    /// extractor has made them already); a missing one is made here.
    static func extract(blocks: [Block], folds: [AlignedFold?] = []) -> [AppendixRef] {
        var present: [String] = []   // labels of appendices found; "" for an unlabelled one
        var refs: [(label: String, line: Int)] = []
        for (i, b) in blocks.enumerated() {
            let t = (i < folds.count ? folds[i] : nil) ?? AlignedFold(b.kind == .paragraph ? b.text : (b.cells.first?.text ?? ""))
            for p in t.positions(of: "phu luc") {
                let label = self.label(t, after: p + 7)
                // A title starts with "Phụ lục" ("PHỤ LỤC II", "Phụ lục I (Kèm theo Kế hoạch số …)");
                // a reference sits inside a sentence ("(Có Phụ lục I kèm theo)", "tại Phụ lục II").
                let isTitle = b.kind == .paragraph && p <= 2 && b.text.hasAtMostCharacters(240)
                if isTitle { present.append(label); continue }
                // "… tại Phụ lục I kèm theo Kế hoạch số 356/KH-UBND của UBND Thành phố": another document's.
                if Self.ofAnotherDocument(t, after: p + 7) { continue }
                refs.append((label, b.line(atOffset: p)))
            }
        }
        // An appendix task table is an appendix even without a title.
        if blocks.contains(where: { $0.kind == .tableHeader }) && present.isEmpty { present.append("") }
        return refs.map { r in
            let found = present.contains(r.label) || (r.label.isEmpty && !present.isEmpty)
                || (!r.label.isEmpty && present.contains("") && present.count == 1 && r.label == "I")
            return AppendixRef(label: r.label, line: r.line, present: found)
        }
    }

    /// Whether the words after `Phụ lục` (within 60 characters) name the document it belongs to by number
    /// (`kèm theo Kế hoạch số 356/KH-UBND`, `của Quyết định số …`, `Phụ lục Kế hoạch số …`): the appendix of
    /// another document.
    static func ofAnotherDocument(_ t: AlignedFold, after i: Int) -> Bool {
        let words = t.fold(i..<min(t.count, i + 60)).words.prefix(9)
        guard let k = words.firstIndex(of: "so") else { return false }
        // `tại Phụ lục Kế hoạch số 298/KH-UBND`: the document named right after.
        if [["ke", "hoach"], ["quyet", "dinh"], ["van", "ban"]].contains(where: { words[..<k].elementsEqual($0) }) { return true }
        return words[..<k].contains { ["kem", "cua", "theo"].contains($0) }
            && words[..<k].contains { ["hoach", "dinh", "van", "quyet"].contains($0) }
    }

    /// The Roman or Arabic label after `Phụ lục` (`I`, `II`, `2`), or "" when there is none.
    static func label(_ t: AlignedFold, after i: Int) -> String {
        let j = DateParsing.skipSpaces(t, i)
        var e = j
        while e < t.count, t.isOneOf(e, "IVX0123456789") { e += 1 }
        guard e > j, e == t.count || !t.isLetter(e) else { return "" }
        return t.text(j..<e)
    }
}
