/// A parent's table of figures set for each commune by name (`Phụ lục II: CHỈ TIÊU GIAO CHO TỪNG XÃ,
/// PHƯỜNG`): one row per commune, one column per indicator (`TT ⇥ Xã, phường ⇥ Tỷ lệ hồ sơ trực tuyến (%)
/// ⇥ …`). A row's figures bind that commune only (`Target.forCommune`) and take the place of the parent's
/// general figure of the same indicator and year (`Plan.binds`), so that a mountain commune given 45% is
/// not also held to the province's 60%.
enum CommuneTable {
    /// Folded titles of the column naming the commune.
    static let nameTitles: Set<String> = ["xa phuong", "xa phuong dac khu", "ten xa phuong", "don vi", "ten don vi",
                                          "dia phuong", "xa", "phuong", "don vi hanh chinh"]

    /// The column naming each row's commune, when the header is that of such a table: a name column in
    /// first or second place and at least one column titled by a measure (`Tỷ lệ …`, `Mức độ …`, `… (%)`).
    static func nameColumn(_ header: [String]) -> Int? {
        guard let k = header.prefix(2).firstIndex(where: { nameTitles.contains(Folding.fold($0)) }) else { return nil }
        return header.indices.contains { $0 != k && isMeasureTitle(header[$0]) } ? k : nil
    }

    /// Whether a column title names a measure (the indicator of its figures).
    static func isMeasureTitle(_ title: String) -> Bool {
        let f = Folding.fold(title)
        return f.hasPrefix("ty le") || f.hasPrefix("muc do") || title.contains("%")
    }

    /// The commune a row names as the key `Plan.communeKey` gives a plan (`Phường Minh Xuân` → `minh xuan`);
    /// nil for a row of the rest (`Các xã, phường còn lại`) or of a total (`Toàn tỉnh`, `Bình quân`).
    static func rowKey(_ name: String) -> String? {
        let f = " " + Folding.fold(name) + " "
        guard !f.contains(" con lai "), !f.contains(" toan tinh "), !f.contains(" binh quan "), !f.contains(" tong ") else { return nil }
        let key = key(ofName: name)
        return key.isEmpty ? nil : key
    }

    /// A commune's name without the words of its kind or its council (`UBND phường Minh Xuân`, `Xã Đồng Văn`),
    /// folded.
    static func key(ofName name: String) -> String {
        var words = Folding.fold(name).words.map(String.init)
        for prefix in [["uy", "ban", "nhan", "dan"], ["ubnd"]] where words.starts(with: prefix) { words.removeFirst(prefix.count) }
        for kind in [["dac", "khu"], ["thi", "tran"], ["phuong"], ["xa"]] where words.starts(with: kind) {
            words.removeFirst(kind.count)
            break
        }
        return words.joined(separator: " ")
    }
}
