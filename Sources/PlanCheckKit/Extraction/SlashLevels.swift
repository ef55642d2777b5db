/// Targets given for two levels on one line, the province's first and the communes' after a slash, under a
/// head that says so once: `Cấp tỉnh / Cấp xã` over `1.1. Tỷ lệ nhiệm vụ … hoàn thành đúng tiến độ: 100% /
/// 100%`. The first figure binds the province's own bodies, the second the communes; both are about the
/// line's measure.
enum SlashLevels {
    /// Marks the levels of the two figures of each line after such a head (`lines` are the plan's, 1-based
    /// lines in `targets`).
    static func apply(_ lines: [String], to targets: inout [Target]) {
        guard let head = lines.firstIndex(where: { $0.utf8.count <= 160 && $0.contains(" / ") && Folding.fold($0) == "cap tinh cap xa" }) else { return }
        var byLine: [Int: [Int]] = [:]
        for k in targets.indices where targets[k].line > head + 1 { byLine[targets[k].line, default: []].append(k) }
        for (line, idx) in byLine where idx.count == 2 && lines.indices.contains(line - 1) && lines[line - 1].contains(" / ") {
            let (first, second) = (idx[0], idx[1])
            guard targets[first].forLevel == nil || targets[first].forLevel == "tinh", targets[second].forLevel == nil else { continue }
            targets[first].forLevel = "tinh"
            targets[second].forLevel = "xa"
            // (The words after the second figure may be the next line's: the measure is the line's label.)
            if let id = targets[first].indicator ?? targets[second].indicator {
                targets[first].indicator = id
                targets[second].indicator = id
                targets[second].area = targets[first].area ?? targets[second].area
            }
        }
    }
}
