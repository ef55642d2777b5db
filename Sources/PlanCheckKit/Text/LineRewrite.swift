/// Rewrites a whole decoded text line by line, for the readers that repair some lines at load (legacy-font
/// lines, double-encoded lines, Word's field codes): each line `change` returns a new text for is replaced,
/// and the text itself is returned when no line changed (nothing is joined again).
enum LineRewrite {
    static func rewriting(_ text: String, _ change: (Substring) -> String?) -> String {
        var changed = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard let new = change(line), new != line else { return line }
            changed = true
            return Substring(new)
        }
        return changed ? lines.joined(separator: "\n") : text
    }
}
