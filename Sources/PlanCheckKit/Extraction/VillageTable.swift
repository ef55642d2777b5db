/// A commune's table of the figures it gives each of its villages (`Thôn, buôn, TDP ⇥ Tỷ lệ hồ sơ TTHC nộp
/// trực tuyến ⇥ …`): one row per thôn, buôn, bản, ấp or tổ dân phố, one column per indicator, and a row for
/// the whole commune (`Toàn xã`, `Cộng`).
///
/// Only the whole commune's row is the plan's target. A village given less than the parent's figure (a
/// remote buôn without the network) is the commune's own allocation, not a shortfall of the plan, and the
/// village rows are not read as targets.
enum VillageTable {
    /// Folded openings of the title of the column naming the village.
    static let nameTitles = ["thon", "to dan pho", "tdp", "khu pho", "ap", "ban", "buon", "khoi pho", "xom"]

    /// The column naming each row's village, when the header is that of such a table: a name column in first
    /// or second place and at least one column titled by a measure.
    static func nameColumn(_ header: [String]) -> Int? {
        guard let k = header.prefix(2).firstIndex(where: { title in
            let f = Folding.fold(title)
            return title.utf8.count <= 40 && nameTitles.contains { f == $0 || f.hasPrefix($0 + " ") || f.hasPrefix($0 + ",") }
        }) else { return nil }
        return header.indices.contains { $0 != k && CommuneTable.isMeasureTitle(header[$0]) } ? k : nil
    }

    /// Whether a row names the whole commune: `Toàn xã`, `Toàn phường`, `Cộng`, `Tổng cộng`, `Chung toàn xã`.
    static func isWholeCommune(_ name: String) -> Bool {
        let words = Folding.fold(name).words
        guard let first = words.first, words.count <= 4 else { return false }
        // (`Cộng` alone: `Công an xã` folds to the same first word.)
        return first == "toan" || first == "tong" || words == ["cong"] || words.starts(with: ["chung"]) || words.starts(with: ["ca", "xa"])
            || words.starts(with: ["ca", "phuong"])
    }
}
