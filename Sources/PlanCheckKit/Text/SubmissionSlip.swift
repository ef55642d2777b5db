/// An internal submission slip printed in front of the plan by a document-management system: `PHIẾU TRÌNH
/// GIẢI QUYẾT CÔNG VIỆC` (or a `TỜ TRÌNH`) with the draft's figures, the leader's ruling (`Nâng tỷ lệ … lên
/// 75%`) and a workflow status, then the signed plan from its own letterhead (`ỦY BAN NHÂN DÂN`). The slip's
/// figures are the draft's and the ruling's, not the plan's: its lines are not read.
enum SubmissionSlip {
    /// Folded titles of such a slip, within its first lines.
    static let titles = ["phieu trinh", "to trinh"]

    /// The lines (0-based) before the plan's letterhead when the text opens on a slip, else an empty range.
    static func lines(_ lines: [String]) -> Range<Int> {
        guard lines.prefix(6).contains(where: { line in
            guard let b = line.utf8.first, b == 0x50 || b == 0x54 else { return false }  // P, T
            let f = Folding.fold(String(line.prefix(20)))
            return titles.contains { f.hasPrefix($0) }
        }) else { return 0..<0 }
        // The plan starts at the first `ỦY BAN NHÂN DÂN` / `UBND` line after the slip's title, within 60 lines.
        for i in 3..<min(lines.count, 60) {
            let f = Folding.fold(String(lines[i].prefix(24))).trimmedWhitespace
            if f == "uy ban nhan dan" || f.hasPrefix("uy ban nhan dan ") && lines[i].trimmedWhitespace.count <= 40 { return 0..<i }
        }
        return 0..<0
    }
}
