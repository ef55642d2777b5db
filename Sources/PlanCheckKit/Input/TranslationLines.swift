/// A bilingual plan (for a project a foreign donor funds): each Vietnamese paragraph followed by its English
/// translation, in italics (`_a) 100% of the tasks in this Plan are completed on schedule._`) or after `EN:`.
/// The translations repeat the figures; read at load as blank lines, so that each figure is read once, in
/// the plan's language. Each line stays where it was.
///
/// A line is a translation when it opens on `EN:` or on `_`, and is plain ASCII (English has no Vietnamese
/// letters); only a text with five such lines is read so.
enum TranslationLines {
    /// The text without its English translations; `text` itself when it has fewer than five.
    static func dropped(_ text: String) -> String {
        guard text.contains("\n_") || text.contains("\nEN:") else { return text }
        var count = 0
        for line in text.split(separator: "\n") where isTranslation(line) {
            count += 1
            if count >= 5 { break }
        }
        guard count >= 5 else { return text }
        return LineRewrite.rewriting(text) { isTranslation($0) ? "" : nil }
    }

    /// Whether a line is an English translation (see the type's comment).
    static func isTranslation(_ line: Substring) -> Bool {
        let t = line.utf8.drop { $0 == 0x20 }
        guard let first = t.first, first == 0x5F || t.starts(with: "EN:".utf8) else { return false }
        return t.allSatisfy { $0 < 0x80 }
    }
}
