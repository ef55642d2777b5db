import Foundation

/// Codes a plan defines for its units in a legend under a table, so that a cell `VHXH` or `VP; TTPVHCC`
/// names the units it stands for: `Ghi chú: VP: Văn phòng HĐND và UBND xã; KT: Phòng Kinh tế; VHXH: Phòng
/// Văn hóa - Xã hội.` (also after `Chữ viết tắt:` / `Viết tắt:`, and with a dash: `VP - Văn phòng …`).
///
/// Short names a plan gives its units on first naming them, `Văn phòng HĐND và UBND phường (sau đây gọi
/// tắt là Văn phòng)`, `Trung tâm Phục vụ hành chính công phường (gọi tắt là Trung tâm)`, are read too:
/// afterwards `Giao Trung tâm chủ trì` names that unit.
struct UnitLegend {
    /// Code as written (`VHXH`) → the unit's name as the legend writes it.
    var codes: [String: String]
    /// Short name as written (`Trung tâm`) → the catalogued unit it was defined for.
    var shortNames: [String: UnitCatalog.Unit] = [:]

    /// Folded openings of a legend paragraph.
    static let openings = ["ghi chu", "chu thich", "chu viet tat", "viet tat"]

    /// The legends of the plan's paragraphs.
    static func read(_ blocks: [Block]) -> UnitLegend {
        var codes: [String: String] = [:]
        for (i, b) in blocks.enumerated() where b.kind == .paragraph && b.text.utf8.count < 1_000 {
            // A footnote's mark may come first: `(*) Chữ viết tắt: …`, `* Ghi chú: …`.
            let text = footnoteMarkDropped(b.text)
            // Legends open on G, C or V (any case): other paragraphs are ruled out unfolded.
            guard let first = text.utf8.first, [0x47, 0x67, 0x43, 0x63, 0x56, 0x76].contains(first) else { continue }
            let head = Folding.fold(String(text.prefix(16)))
            guard openings.contains(where: { head.hasPrefix($0) }), let colon = text.firstIndex(of: ":") else { continue }
            var entries = [Substring(text[text.index(after: colon)...])]
            // `Chữ viết tắt dùng trong Kế hoạch:` over `- VP HĐND-UBND: Văn phòng …;` items: the items are the legend.
            if entries[0].trimmedWhitespace.isEmpty {
                entries = blocks[(i + 1)...].prefix { $0.kind == .paragraph && $0.marker != nil && $0.body.contains(":") }.map { Substring($0.body) }
            }
            for piece in entries.flatMap({ $0.split(whereSeparator: { $0 == ";" }) }) {
                // `VP: Văn phòng …`, or `VP - Văn phòng …` (the first dash: a name may hold one).
                let dash = piece.range(of: " - ") ?? piece.range(of: " – ")
                guard let sep = piece.firstIndex(of: ":").map({ $0..<piece.index(after: $0) }) ?? dash else { continue }
                let code = piece[..<sep.lowerBound].trimmingCharacters(in: .whitespaces)
                var name = piece[sep.upperBound...].trimmingCharacters(in: .whitespaces)
                if name.hasSuffix(".") { name.removeLast() }
                guard isCode(code), !name.isEmpty else { continue }
                codes[code] = name
            }
        }
        return UnitLegend(codes: codes)
    }

    /// Folded openings of a short name's definition in brackets, longest first.
    static let shortNameOpenings = ["sau day goi tat la", "sau day viet tat la", "sau day goi la", "goi tat la", "viet tat la"]

    /// The legend of `blocks`, with the short names defined in brackets right after a catalogued unit.
    static func read(_ blocks: [Block], catalog: Catalog) -> UnitLegend {
        var legend = read(blocks)
        // `gọi tắt` / `viết tắt` in any case: a byte search for `tắt` rules most paragraphs out.
        let tat = Array("tắt".utf8)
        for b in blocks where b.kind == .paragraph && b.text.utf8.count < 2_000 {
            var text = b.text
            guard text.withUTF8({ u in tat.withUnsafeBufferPointer { ByteSearch.find($0, in: u) != nil } }) else { continue }
            var searchStart = text.startIndex
            while let open = text[searchStart...].firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
                searchStart = text.index(after: close)
                let inside = Folding.fold(String(text[text.index(after: open)..<close]))
                guard let opening = shortNameOpenings.first(where: { inside.hasPrefix($0 + " ") }) else { continue }
                let short = String(text[text.index(after: open)..<close]).trimmedWhitespace
                    .split(separator: " ").dropFirst(opening.split(separator: " ").count).joined(separator: " ")
                guard !short.isEmpty, short.count <= 30 else { continue }
                // The unit named right before the bracket.
                let before = Folding.foldExpanding(String(text[..<open].suffix(90)), catalog.abbreviations)
                guard let m = catalog.units.mentions(in: before).last, before.utf8.count + 2 - m.end <= 12 else { continue }
                legend.shortNames[short] = m.unit
            }
        }
        return legend
    }

    /// The unit whose short name the raw text ends with, as a whole word (`Giao Trung tâm` → Trung tâm Phục vụ
    /// hành chính công).
    func unit(endingText text: Substring) -> UnitCatalog.Unit? {
        let t = text.trimmedWhitespace
        for (short, unit) in shortNames where t.hasSuffix(short) {
            let head = t.dropLast(short.count)
            if head.isEmpty || head.last == " " { return unit }
        }
        return nil
    }

    /// `VHXH`, `TTPVHCC`, `CA`, `P.VHXH`: up to ten upper-case letters or digits, no space; dots between them.
    static func isCode(_ s: String) -> Bool {
        if !s.isEmpty && s.count <= 10 && s.first != "." && s.last != "."
            && s.allSatisfy({ ($0.isLetter && $0.isUppercase) || $0.isNumber || $0 == "." }) { return true }
        // `VP HĐND-UBND`, `Phòng VHXH`, `TT PVHCC`, `CA phường`: up to three words, the first or the last in capitals.
        let words = s.split(separator: " ")
        guard s.count <= 20, (2...3).contains(words.count),
              s.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "." || $0 == "&" }) else { return false }
        func capitals(_ w: Substring) -> Bool { w.filter(\.isLetter).count >= 2 && w.allSatisfy { !$0.isLetter || $0.isUppercase } }
        return capitals(words[0]) || capitals(words[words.count - 1])
    }

    /// The text without a footnote's mark at its start (`(*)`, `(1)`, `*`, `¹`) and the spaces after it.
    static func footnoteMarkDropped(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first == "(" || first == "*" || first == "¹" else { return text }
        var rest = Substring(text)
        // (`(*)` may reach here as `()`: the clean-up took the star for an emphasis mark.)
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")"), rest[rest.index(after: rest.startIndex)..<close].count <= 3 {
            rest = rest[rest.index(after: close)...]
        } else {
            rest = rest.dropFirst()
        }
        return String(rest.drop { $0 == " " })
    }

    /// The unit a cell names: the legend's name for a code, else the text as it is.
    func expand(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        return codes[t] ?? text
    }
}
