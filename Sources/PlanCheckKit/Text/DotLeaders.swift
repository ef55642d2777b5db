/// Dot leaders between a label and its value, as a table of contents sets them out and some plans list their
/// targets: `Tỷ lệ hồ sơ TTHC giải quyết đúng hạn ........................ 98%`, `… công lập ………………… 90%`.
/// The run of dots says what a colon says: it is read as `: ` (`Tỷ lệ …: 98%`), so that the label names the
/// figure. A run that ends a title (`Kết quả năm 2026 (ước) ........`) is read as its colon; one after a
/// colon (a form's blank, `Xã đăng ký: ........`) is left as it is.
enum DotLeaders {
    /// The line with each leader before a value made `: ` (or a space after a colon); `line` itself when it
    /// has none (a byte test first: four dots, or two `…`).
    static func replacing(_ line: String) -> String {
        guard line.utf8.count >= 8, mayHaveLeader(line) else { return line }
        var out = ""
        var run = ""  // the current run of dots (and spaces inside it)
        var dots = 0
        func flush(valueFollows: Bool, atEnd: Bool = false) {
            if dots >= 4, valueFollows {
                while out.last == " " { out.removeLast() }
                out += atEnd ? (out.last == ":" ? "" : ":") : out.last == ":" ? " " : ": "
            } else {
                out += run
            }
            run = ""; dots = 0
        }
        for ch in line {
            if ch == "." || ch == "…" || (ch == " " && dots > 0) {
                run.append(ch)
                dots += ch == "…" ? 3 : ch == "." ? 1 : 0
                continue
            }
            if !run.isEmpty {
                // Trailing spaces of the run stay spaces before the value.
                flush(valueFollows: true)
            }
            out.append(ch)
        }
        // A title the dots run out from (`Kết quả năm 2026 (ước) ........`) leads in to the lines below, as
        // with a colon; a form's blank after a colon stays as it is.
        if !run.isEmpty { flush(valueFollows: dots >= 4 && !out.contains(":") && out.contains(where: \.isLetter), atEnd: true) }
        return out
    }

    /// Whether the line holds `....` or `……` (a byte search for `..` first: most lines have none).
    static func mayHaveLeader(_ line: String) -> Bool {
        line.contains("....") || line.contains("……")
    }
}
