/// The balloons of Word's review markup, printed or exported with the text when tracked changes were never
/// accepted: `Đã xóa: 64,8%`, `Đã định dạng: Phông: 14 pt`, `Chú thích [NTH1]: Bổ sung căn cứ …` (and
/// their English forms), each on a line of its own after the line it belongs to.
///
/// A deleted figure or a reviewer's comment is not the plan's text: `Đã xóa: 60%` beside the figure that
/// replaced it would read as a second, conflicting target.
enum ReviewBalloons {
    /// Openings of a balloon's line, as Word writes them.
    static let openings = ["Đã xóa:", "Đã xoá:", "Đã định dạng:", "Đã di chuyển", "Deleted:", "Formatted:", "Moved (insertion)",
                           "Moved (deletion)"]

    /// Whether a raw line is a review balloon. A comment needs its reviewer's initials in brackets
    /// (`Chú thích [PTL2]:`, `Comment [A1]:`): a plain `Chú thích:` line is a legend.
    static func isBalloon(_ line: String) -> Bool {
        // Balloons open on `Đ` (C4 90), `C`, `D`, `F` or `M`: one byte rules out most lines.
        guard let first = line.utf8.first(where: { $0 != 0x20 }), first == 0xC4 || first == 0x43 || first == 0x44 || first == 0x46 || first == 0x4D
        else { return false }
        let t = line.drop { $0 == " " }
        if openings.contains(where: { t.hasPrefix($0) }) { return true }
        for word in ["Chú thích [", "Comment ["] where t.hasPrefix(word) {
            let rest = t.dropFirst(word.count)
            guard let close = rest.firstIndex(of: "]"), rest.distance(from: rest.startIndex, to: close) <= 8 else { return false }
            return rest[rest.index(after: close)...].hasPrefix(":")
        }
        return false
    }
}
