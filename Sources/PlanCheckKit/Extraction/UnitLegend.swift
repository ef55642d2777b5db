import Foundation

/// Codes a plan defines for its units in a legend under a table, so that a cell `VHXH` or `VP; TTPVHCC`
/// names the units it stands for: `Ghi chú: VP: Văn phòng HĐND và UBND xã; KT: Phòng Kinh tế; VHXH: Phòng
/// Văn hóa - Xã hội.` (also after `Chữ viết tắt:` / `Viết tắt:`, and with a dash: `VP - Văn phòng …`).
struct UnitLegend {
    /// Code as written (`VHXH`) → the unit's name as the legend writes it.
    var codes: [String: String]

    /// Folded openings of a legend paragraph.
    static let openings = ["ghi chu", "chu thich", "chu viet tat", "viet tat"]

    /// The legends of the plan's paragraphs.
    static func read(_ blocks: [Block]) -> UnitLegend {
        var codes: [String: String] = [:]
        for b in blocks where b.kind == .paragraph && b.text.utf8.count < 1_000 {
            // Legends open on G, C or V (any case): other paragraphs are ruled out unfolded.
            guard let first = b.text.utf8.first, [0x47, 0x67, 0x43, 0x63, 0x56, 0x76].contains(first) else { continue }
            let head = Folding.fold(String(b.text.prefix(16)))
            guard openings.contains(where: { head.hasPrefix($0) }), let colon = b.text.firstIndex(of: ":") else { continue }
            for piece in b.text[b.text.index(after: colon)...].split(whereSeparator: { $0 == ";" }) {
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

    /// `VHXH`, `TTPVHCC`, `CA`: up to ten upper-case letters or digits, no space.
    static func isCode(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 10 && s.allSatisfy { ($0.isLetter && $0.isUppercase) || $0.isNumber }
    }

    /// The unit a cell names: the legend's name for a code, else the text as it is.
    func expand(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        return codes[t] ?? text
    }
}
