/// A plan sent as the `diff -u` of its draft and the issued text: `--- draft` / `+++ issued` headers, `@@`
/// hunks, and lines kept (` `), removed (`-`) or added (`+`). Read at load as the issued text: kept and added
/// lines without their prefix, removed lines blank (a figure or a lead the draft had and the plan dropped is
/// not the plan's), the headers blank. Each line stays where it was.
///
/// Only a text with a `--- ` line, a `+++ ` line right after it and an `@@ ` hunk line is read so.
enum UnifiedDiff {
    /// The issued text; `text` itself when it is no unified diff.
    static func issued(_ text: String) -> String {
        guard text.contains("\n+++ "), text.contains("\n@@ "), text.contains("--- ") else { return text }
        var inHunk = false
        return LineRewrite.rewriting(text) { line in
            if line.hasPrefix("@@ ") { inHunk = true; return "" }
            if line.hasPrefix("--- ") || line.hasPrefix("+++ ") { inHunk = false; return "" }
            guard inHunk, let first = line.first else { return nil }
            switch first {
            case " ", "+": return String(line.dropFirst())
            case "-": return ""
            default: return nil
            }
        }
    }
}
