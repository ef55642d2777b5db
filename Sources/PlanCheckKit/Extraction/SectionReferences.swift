/// The reform areas of a plan's own numbered items, for sentences that assign work by pointing at them
/// rather than naming it: `Văn phòng HĐND và UBND xã: chủ trì tham mưu thực hiện các nhiệm vụ tại điểm 1, 2
/// và 4 Mục III Kế hoạch này`, where items 1, 2 and 4 of part III are the sections on chỉ đạo điều hành,
/// thể chế and tổ chức bộ máy.
struct SectionReferences {
    /// Part (`III`, by ordinal) → item number → the area of that item's section.
    private let areas: [Int: [Int: ReformArea]]

    init(blocks: [Block], outline: Outline) {
        var map: [Int: [Int: ReformArea]] = [:]
        var part: Int?
        for (i, b) in blocks.enumerated() where b.kind == .paragraph {
            guard let m = b.marker else { continue }
            if m.kind == .roman { part = m.ordinal; continue }
            // The first item of a number in the part: a later `1.` belongs to a list inside an item.
            if m.kind == .arabic, let p = part, let area = outline.areaOfBlock[i], map[p]?[m.ordinal] == nil {
                map[p, default: [:]][m.ordinal] = area
            }
        }
        areas = map
    }

    var isEmpty: Bool { areas.isEmpty }

    /// The area of the item a label numbers (`4`, or `4.2`, a point inside item 4) in the part whose items name
    /// the most areas (the plan's tasks): for tables that assign tasks by their numbers (`Chủ trì nhiệm vụ:
    /// 1.1, 1.2, 4.1`). Nil when no part has that item.
    func area(ofItem label: Substring) -> ReformArea? {
        guard let n = Int(label.prefix { $0.isNumber }),
              let tasks = areas.values.max(by: { ($0.count, $0.keys.min() ?? 0) < ($1.count, $1.keys.min() ?? 0) }) else { return nil }
        return tasks[n]
    }

    /// The areas of the items a folded clause points at: `tai diem 1 2 va 4 muc iii`, `muc 3 phan ii`,
    /// `khoan 5 muc iii`. Empty when it points at none, or at items whose sections name no area.
    func areas(pointedAt folded: String) -> [ReformArea] {
        let words = Array(folded.words)
        var out: [ReformArea] = []
        var k = 0
        while k < words.count {
            defer { k += 1 }
            guard Self.itemWords.contains(words[k]) else { continue }
            var numbers: [Int] = []
            var j = k + 1
            while j < words.count, let n = Int(words[j]) ?? (words[j] == "va" || words[j] == "diem" ? 0 : nil) {
                if n > 0 { numbers.append(n) }
                j += 1
            }
            guard !numbers.isEmpty, j + 1 < words.count, words[j] == "muc" || words[j] == "phan",
                  let part = Self.romanValue(words[j + 1]), let items = areas[part] else { continue }
            for n in numbers { if let a = items[n], !out.contains(a) { out.append(a) } }
            k = j + 1
        }
        return out
    }

    /// Words that open a list of item numbers.
    static let itemWords: Set<Substring> = ["diem", "muc", "khoan", "tieu"]

    /// `iii` → 3, for the parts of a plan (I to X).
    static func romanValue(_ word: Substring) -> Int? {
        ["i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10][String(word)]
    }
}
