/// A template's own instructions left in an issued plan: `[Hướng dẫn: Ghi theo dạng "tỉnh …%, xã/phường …%";
/// … Ví dụ: … tỉnh 98%, xã 98,5%]`. They are the template's words, not the plan's (their sample figures are no
/// targets): the bracket is dropped from the text read.
enum TemplateNotes {
    /// The line without its `[Hướng dẫn: …]` brackets (to the line's end when the bracket is not closed on
    /// it); `line` itself when it has none.
    static func stripping(_ line: String) -> String {
        // `[Hướng` / `[HƯỚNG`: `[H` as bytes rules out most lines.
        guard line.contains("[H") || line.contains("[h") else { return line }
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            guard Folding.fold(String(after.prefix(9))).hasPrefix("huong dan") else {
                out += rest[...open]
                rest = after
                continue
            }
            out += rest[..<open]
            guard let close = after.firstIndex(of: "]") else { return out.trimmingTrailingSpaces() }
            rest = after[after.index(after: close)...]
        }
        return out + rest
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

