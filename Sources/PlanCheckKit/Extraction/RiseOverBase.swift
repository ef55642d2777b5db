/// A rise in percentage points over a result the plan states, with no level said after it: `tăng ít nhất 5
/// điểm phần trăm so với kết quả năm 2026 (năm 2026 đạt 82%)`. The plan commits to the sum (87%), which is
/// what its parent's figure is compared with; the rise alone is no level and the base is a past result.
extension TargetExtractor {
    /// Words that may stand between `tăng` and the rise (`tăng ít nhất`, `tăng tối thiểu`, `tăng thêm`).
    static let riseModifiers: Set<String> = ["it", "nhat", "toi", "thieu", "khoang", "them"]

    /// The level a points rise `rise` reaches over the stated base `base` (the next figure), as one figure that
    /// spans both, or nil when the words do not read `tăng … điểm phần trăm so với … năm Y … đạt B%` with a
    /// year before the plan's, or when the clause says the level itself later (`…), đạt 87%`), which is read
    /// instead. `before` is the folded text before the rise; `next` starts the figure after the base, if any.
    func levelOverStatedBase(_ t: AlignedFold, rise: Figure, base: Figure, before: String,
                             clauseEnd: Int, next: Int?) -> Figure? {
        guard rise.points, base.unit == "%", !base.points, base.valueMax == nil, rise.valueMax == nil,
              let from = planPeriod?.from else { return nil }
        var words = before.words
        while let w = words.last, Self.riseModifiers.contains(String(w)) { words.removeLast() }
        guard words.last == "tang" else { return nil }
        // "so với kết quả năm 2026 (năm 2026 đạt", "so với năm 2026 (kết quả năm 2026:": the base is a past year's,
        // in brackets (`so với năm 2026, đạt 83%` says the level itself).
        func pastYear(_ w: Substring) -> Bool { Int(w).map { (1990..<from).contains($0) } == true }
        guard let open = (rise.end..<base.start).last(where: { t.chars[$0] == "(" }),
              t.fold(open..<base.start).words.contains(where: pastYear) else { return nil }
        let between = t.fold(rise.end..<base.start).words
        guard between.count <= 14, between.starts(with: ["so", "voi"]),
              let last = between.last, ["dat", "la"].contains(last) || pastYear(last) else { return nil }
        // The base closes its bracket (`… đạt 82%)`, `(năm 2026: 52,5%)`), which may run past a clause cut at
        // its colon; the quote runs to it.
        var end = base.end
        while end < t.count, t.chars[end] == " " { end += 1 }
        guard end < t.count, t.chars[end] == ")" else { return nil }
        end += 1
        if let k = next, k < max(clauseEnd, end), t.fold(base.end..<k).words.contains("dat") { return nil }
        let level = ((base.value + rise.value) * 100).rounded() / 100
        guard level <= 100 else { return nil }
        return Figure(start: rise.start, end: end, value: level, unit: "%")
    }
}
