/// A plan saved from a web portal as HTML and kept as text: paragraphs in `<p>` tags, emphasis in `<strong>`,
/// line breaks as `<br>`, characters as entities (`&nbsp;`, `&#8805;`), and tables as `<tr><td>…</td></tr>`
/// rows, on one line or one tag per line. The tags are not the plan's words: a paragraph's line keeps its
/// text, and a table row becomes a row of cells, each on the line where it opens.
enum HTMLText {
    /// Tags dropped from a line of text (their name, lower case, without `/`).
    static let textTags: Set<String> = ["p", "strong", "b", "em", "i", "u", "span", "div", "br", "table", "tbody", "thead",
                                        "tfoot", "font", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "sup", "sub",
                                        "html", "body", "head", "title", "meta", "center", "hr", "a"]

    /// Whether a line may hold tags: a `<` followed by a letter or `/`.
    static func mayHaveTags(_ raw: String) -> Bool {
        guard raw.containsByte(0x3C) else { return false }
        var previous: UInt8 = 0
        for b in raw.utf8 {
            if previous == 0x3C, b == 0x2F || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) { return true }
            previous = b
        }
        return false
    }

    /// The line without the tags of `textTags` (a `<br>` becomes a space) and with its entities decoded.
    static func stripped(_ raw: String) -> String {
        var out = ""
        var i = raw.startIndex
        while i < raw.endIndex {
            if raw[i] == "<", let close = raw[i...].firstIndex(of: ">") {
                let name = tagName(raw[raw.index(after: i)..<close])
                if textTags.contains(name) || name == "td" || name == "th" || name == "tr" {
                    if name == "br" || name == "td" || name == "th" { out += " " }
                    i = raw.index(after: close)
                    continue
                }
            }
            out.append(raw[i])
            i = raw.index(after: i)
        }
        return decodingEntities(out)
    }

    /// `p` for `p style="…"`, `/p`, `br /`.
    static func tagName(_ inside: Substring) -> String {
        String(inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    /// `&#8805;` → `≥`, `&#x2265;` → `≥`, and the named entities `EditorMarks` reads (`&nbsp;` → a space, `&amp;` …).
    static func decodingEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(10).firstIndex(of: ";") {
                let name = s[s.index(after: i)..<semi]
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") { decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) } }
                else if name.hasPrefix("#") { decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) } }
                else { decoded = EditorMarks.namedEntities.first { $0.name == name }.map { String($0.character) } }
                if let d = decoded { out += d; i = s.index(after: semi); continue }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }

    /// The index of the line that closes a table row opening at `i` (`<tr`), within twelve lines.
    static func rowEnd(_ lines: [String], from i: Int) -> Int? {
        guard lines[i].contains("<tr") || lines[i].contains("<TR") else { return nil }
        var k = i
        while k < lines.count, k - i <= 12 {
            if lines[k].contains("</tr>") || lines[k].contains("</TR>") { return k }
            k += 1
        }
        return nil
    }

    /// The cells of the row on lines `i...end`: each `<td>`/`<th>` cell's text and its 1-based line.
    static func rowCells(_ lines: [String], from i: Int, to end: Int) -> [(text: String, line: Int)] {
        var cells: [(text: String, line: Int)] = []
        var current: String?
        var currentLine = 0
        for k in i...end {
            var rest = Substring(lines[k])
            while !rest.isEmpty {
                guard let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") else {
                    if current != nil { current! += " " + rest }
                    break
                }
                if current != nil { current! += rest[..<open] }
                let name = tagName(rest[rest.index(after: open)..<close])
                let closing = rest[rest.index(after: open)] == "/"
                if name == "td" || name == "th" {
                    if closing, let text = current { cells.append((stripped(text).trimmedWhitespace, currentLine)); current = nil }
                    else if !closing { current = ""; currentLine = k + 1 }
                } else if name == "br", current != nil { current! += " " }
                rest = rest[rest.index(after: close)...]
            }
        }
        if let text = current { cells.append((stripped(text).trimmedWhitespace, currentLine)) }
        return cells
    }
}
