/// Figures of several measures said respectively, in one sentence: `Tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ
/// thanh toán trực tuyến và tỷ lệ hồ sơ công việc xử lý trên môi trường mạng lần lượt đạt tối thiểu 70%, 65%
/// và 95%`. The subject before `lần lượt` is cut at its commas and `và`; when it gives as many measures as
/// there are figures after it (to the clause's end), the k-th figure is the k-th measure's, and a comparator
/// said once before the list binds them all. (Years said so are `RespectiveYears`.)
enum RespectiveIndicators {
    static func apply(_ t: AlignedFold, starts: [Int], extractor: TargetExtractor, to targets: inout [Target]) {
        guard targets.count >= 2 else { return }
        for p in t.positions(of: "lan luot") {
            let s = t.sentenceStart(before: p)
            // The measures: the subject cut at commas and `và` (a measure's own comma makes the counts differ).
            let subject = t.text(s..<p)
            let parts = subject.split(separator: ",").flatMap { $0.components(separatedBy: " và ") }
                .map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { continue }
            let end = RespectiveYears.clauseEnd(t, after: p)
            let indices = targets.indices.filter { starts[$0] > p && starts[$0] < end }
            guard indices.count == parts.count,
                  case let ids = zip(parts, indices).map({ extractor.match(before: Folding.fold($0.0), after: "", unit: targets[$0.1].unit) }),
                  ids.allSatisfy({ $0 != nil }), Set(ids.compactMap { $0 }).count == ids.count else { continue }
            let shared = targets[indices[0]].comparator
            for (k, i) in indices.enumerated() {
                targets[i].indicator = ids[k]
                targets[i].area = ids[k].flatMap { extractor.catalog.indicators.indicator($0)?.area } ?? targets[i].area
                if k > 0, targets[i].comparator == .equal, shared == .atLeast || shared == .atMost { targets[i].comparator = shared }
            }
        }
    }
}
