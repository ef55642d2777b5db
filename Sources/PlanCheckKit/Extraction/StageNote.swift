/// A plan's note on how its milestones are read: `Chỉ tiêu "đến năm 2027" là mức phải đạt trong từng năm
/// của giai đoạn 2026 - 2027; chỉ tiêu "đến năm 2030" là mức phải đạt trong từng năm của giai đoạn
/// 2028 - 2030`, or `Giá trị mục tiêu 2027 áp dụng cho từng năm 2026, 2027`.
///
/// Without such a note `đến năm 2027` is a deadline: a 2026 figure below it may be a step on the way.
/// With it, the milestone binds every year of its stage, so a commune's 2026 figure is held to it.
enum StageNote {
    /// Milestone year → the stage whose every year it binds, from the plan's paragraphs.
    static func stages(in blocks: [Block]) -> [Int: Period] {
        var out: [Int: Period] = [:]
        for b in blocks where b.kind == .paragraph && mayBeNote(b.text) {
            for clause in b.text.split(separator: ";") {
                let f = Folding.fold(String(clause))
                if let (y, stage) = appliedToEachYear(f) { out[y] = stage; continue }
                guard let every = everyYearWords.compactMap({ f.range(of: $0)?.lowerBound }).min() else { continue }
                let milestones = DateParsing.years(after: "den nam ", in: f)
                let stages = DateParsing.ranges(after: "giai doan ", in: f)
                // One milestone, then the every-year words, then the one stage it closes: "đến năm 2027 … từng năm
                // của giai đoạn 2026 - 2027" (not "chỉ tiêu ghi "hằng năm" … cho từng năm của giai đoạn 2026 - 2030,
                // chỉ tiêu có mốc … đến năm 2030", which says what yearly figures are).
                guard milestones.count == 1, stages.count == 1, let y = milestones.first, let s = stages.first,
                      s.to == y, s.from < s.to, let m = f.range(of: "den nam \(y)")?.lowerBound,
                      let g = f.range(of: "giai doan ")?.lowerBound, m < every, every < g else { continue }
                out[y] = s
            }
        }
        return out
    }

    /// "giá trị mục tiêu 2027 áp dụng cho từng năm 2026, 2027", "… 2030 áp dụng cho từng năm 2028 - 2030" (folded):
    /// the milestone before `áp dụng`, and the years after it, which end on the milestone.
    static func appliedToEachYear(_ f: String) -> (Int, Period)? {
        guard let a = f.range(of: " ap dung cho ") else { return nil }
        let before = f[..<a.lowerBound].words.compactMap { w -> Int? in w.count == 4 ? Int(w) : nil }
        let rest = f[a.upperBound...].words
        guard let y = before.last, (2000...2100).contains(y), rest.first.map(everyYearFirstWords.contains) == true else { return nil }
        let years = rest.compactMap { w -> Int? in w.count == 4 ? Int(w).flatMap { (2000...2100).contains($0) ? $0 : nil } : nil }
        guard let last = years.last, last == y, let first = years.min(), first < y else { return nil }
        return (y, Period(from: first, to: y))
    }
    static let everyYearFirstWords: Set<Substring> = ["tung", "moi", "cac"]

    /// Applies the stages to the plan's targets: a level due in a milestone year binds each year of its
    /// stage (`everyYear`). Reductions keep their deadline: a cut is reached by the end of its stage.
    static func apply(_ stages: [Int: Period], to targets: inout [Target]) {
        guard !stages.isEmpty else { return }
        for i in targets.indices where targets[i].comparator.change == nil && targets[i].everyYear != true {
            guard let p = targets[i].period, p.isSingleYear, let stage = stages[p.to] else { continue }
            targets[i].period = stage
            targets[i].everyYear = true
        }
    }

    /// "từng năm", "mỗi năm", "các năm", "hằng năm" of the stage.
    static let everyYearWords = ["tung nam", "moi nam", "cac nam", "hang nam", "hàng nam"]

    /// A cheap test on the raw text before any folding: the note names a milestone and a stage.
    static func mayBeNote(_ text: String) -> Bool {
        if text.contains("áp dụng cho") && (text.contains("từng năm") || text.contains("mỗi năm") || text.contains("các năm")) { return true }
        return text.contains("giai đoạn") && (text.contains("đến năm") || text.contains("Đến năm"))
            && (text.contains("từng năm") || text.contains("mỗi năm") || text.contains("các năm") || text.contains("hằng năm")
                || text.contains("hàng năm"))
    }
}
