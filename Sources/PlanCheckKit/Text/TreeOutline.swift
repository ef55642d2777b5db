import Foundation

/// Targets drawn as a tree, as a mind-map app or `tree` exports them:
///
///     ├── 1. Chỉ đạo, điều hành
///     │   ├── Chủ trì: Văn phòng HĐND và UBND xã
///     │   ├── Kiểm tra CCHC các phòng, đơn vị, thôn
///     │   │   ├── Tỉnh giao: tối thiểu 30%
///     │   │   └── Xã đăng ký: tối thiểu 40%
///
/// Each node is read as a line of its own without its branch drawing (`1. Chỉ đạo, điều hành` a heading,
/// `Chủ trì: …` a lead), and a node holding a figure under one that holds none is read with that node's words
/// before it (`Kiểm tra CCHC các phòng, đơn vị, thôn — Xã đăng ký: tối thiểu 40%`): the figure's subject is its
/// parent node. A line of branches only, with text after them, goes on with the node above.
enum TreeOutline {
    /// The lines (0-based) of the document's trees, each as it reads; empty for most documents (a tree needs
    /// five nodes).
    static func lines(_ lines: [String]) -> [Int: FieldBoxTable.Line] {
        var nodes: [(index: Int, depth: Int, text: String)] = []
        var continuations: [(index: Int, text: String)] = []
        for (i, line) in lines.enumerated() where mayBeNode(line) {
            guard let (depth, text, branch) = parse(line) else { continue }
            if branch { nodes.append((i, depth, text)) } else { continuations.append((i, text)) }
        }
        guard nodes.count >= 5 else { return [:] }
        var out: [Int: FieldBoxTable.Line] = [:]
        var path: [String] = []  // the text of the nodes above, by depth
        for node in nodes {
            path = Array(path.prefix(node.depth))
            let parent = path.last
            let text = hasFigure(node.text) && parent.map({ !hasFigure($0) }) == true ? parent! + " — " + node.text : node.text
            // `Tỉnh giao: tối thiểu 30%`, `Kết quả 2027 (ước): 98,7%` beside the commune's own leaf: the parent's
            // figure and a past result, not the plan's.
            out[node.index] = FieldBoxTable.Line(text: isOthersFigure(node.text) ? "" : text, joinsAbove: false)
            while path.count < node.depth { path.append("") }
            path.append(node.text)
        }
        for c in continuations where out[c.index] == nil { out[c.index] = FieldBoxTable.Line(text: c.text, joinsAbove: true) }
        return out
    }

    /// Whether a line opens (after spaces) on a box-drawing character: `│`, `├`, `└` are E2 94 xx (read on bytes).
    static func mayBeNode(_ line: String) -> Bool {
        var it = line.utf8.makeIterator()
        var b = it.next()
        while b == 0x20 { b = it.next() }
        return b == 0xE2 && it.next() == 0x94
    }

    /// The node's depth (its branch's column over four), its text, and whether it opens a node (`├── `, `└── `)
    /// rather than going on with one; nil for a line of a ruled table (`├────┼`, `│ a │ b │`).
    static func parse(_ line: String) -> (depth: Int, text: String, branch: Bool)? {
        var column = 0
        var rest = Substring(line)
        while let c = rest.first, c == " " || c == "│" { column += 1; rest = rest.dropFirst() }
        var branch = false
        if rest.hasPrefix("├── ") || rest.hasPrefix("└── ") {
            branch = true
            rest = rest.dropFirst(4)
        } else if rest.hasPrefix("├─") || rest.hasPrefix("└─") {
            return nil
        }
        let text = rest.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !text.contains("│") else { return nil }
        return (column / 4, text, branch)
    }

    /// Whether a leaf gives the parent's figure (`Tỉnh giao: …`) or a past result (`Kết quả 2027 (ước): …`).
    static func isOthersFigure(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), text[..<colon].count <= 40 else { return false }
        let label = Folding.fold(String(text[..<colon]))
        return ["tinh giao", "thanh pho giao", "tp giao", "ket qua", "uoc thuc hien", "thuc hien nam"].contains { label.hasPrefix($0) }
    }

    /// Whether a node states a figure: a digit followed, within three characters, by `%`, `điểm` or `ngày`.
    static func hasFigure(_ text: String) -> Bool {
        let f = " " + Folding.fold(text) + " "
        return text.contains("%") || f.range(of: #"\d+ (diem|ngay|ho so|luot)"#, options: .regularExpression) != nil
    }
}
