import Foundation

/// A plan sent as its LaTeX source rather than the PDF made from it: `\section*{…}`, `\item …`, `\textbf{100\%}`,
/// `$\geq 90\%$`, `$97{,}5\%$`, `55--60\%`, tables of `a & b & c \\ \hline`, and `%` comments that the PDF
/// would not print. Read at load as the text the PDF shows: commands dropped, their text kept, items as `-`
/// bullets, table rows as tab-separated cells, comments blank. Each line stays where it was.
///
/// Only a text that opens a LaTeX document (`\documentclass` or `\begin{document}`) is read so.
enum LaTeXSource {
    /// The text as the PDF would show it; `text` itself when it is no LaTeX source.
    static func rendered(_ text: String) -> String {
        guard text.contains("\\documentclass") || text.contains("\\begin{document}") else { return text }
        return LineRewrite.rewriting(text) { line in render(String(line)) }
    }

    /// Commands dropped with their braces' text kept (`\textbf{…}`); commands whose argument is no text.
    static let dropped = ["\\documentclass", "\\usepackage", "\\setmainfont", "\\setlist", "\\begin", "\\end", "\\vspace",
                          "\\hspace", "\\pagestyle", "\\thispagestyle", "\\geometry", "\\newcommand", "\\renewcommand"]

    /// One line as printed.
    static func render(_ line: String) -> String {
        // A comment runs from an unescaped `%` to the line's end.
        var s = ""
        var previous: Character = " "
        for c in line {
            if c == "%" && previous != "\\" { break }
            s.append(c)
            previous = c
        }
        let trimmed = s.trimmingCharacters(in: .whitespaces)
        if dropped.contains(where: { trimmed.hasPrefix($0) }) || trimmed == "\\endhead" || trimmed == "\\hline" || trimmed == "\\maketitle" { return "" }
        var out = s
        for (from, to) in [("\\%", "%"), ("\\geq", "≥"), ("\\leq", "≤"), ("\\ge ", "≥ "), ("\\le ", "≤ "), ("{,}", ","), ("---", "—"), ("--", "-"),
                           ("\\&", "＆"), ("\\hline", ""), ("\\noindent", ""), ("\\item", "-"), ("\\\\", ""), ("~", " "), ("$", "")] {
            out = out.replacingOccurrences(of: from, with: to)
        }
        // `\section*{X}`, `\textbf{X}`: the text in the braces.
        out = out.replacingOccurrences(of: #"\\[a-zA-Z]+\*?(\[[^\]]*\])?\{([^{}]*)\}"#, with: "$2", options: .regularExpression)
        out = out.replacingOccurrences(of: #"\\[a-zA-Z]+\*?(\[[^\]]*\])?\{([^{}]*)\}"#, with: "$2", options: .regularExpression)
        out = out.replacingOccurrences(of: #"\\[a-zA-Z]+\*?"#, with: "", options: .regularExpression)
        // A table row's cells; an escaped ampersand is text.
        out = out.replacingOccurrences(of: " & ", with: "\t").replacingOccurrences(of: "&", with: "\t").replacingOccurrences(of: "＆", with: "&")
        return out.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "").trimmingCharacters(in: .whitespaces)
    }
}
