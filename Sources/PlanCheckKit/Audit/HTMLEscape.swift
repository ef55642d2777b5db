/// Escaping for HTML/XHTML text and attribute values: every report string passes through it.
enum HTMLEscape {
    static func text(_ s: String) -> String {
        // Most texts need nothing: one pass over the bytes, no copy. 0xEF starts U+FFFE/U+FFFF (and other
        // U+Fxxx characters, which take the slow path harmlessly).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            return s
        }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters and U+FFFE/U+FFFF are not allowed in XML 1.0; a plan file may still carry them.
                if (c.value < 0x20 && c != "\n" && c != "\t") || c.value == 0xFFFE || c.value == 0xFFFF {
                    out += " "
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out
    }

    /// An `id`/fragment made only of safe characters.
    static func id(_ s: String) -> String {
        String(s.unicodeScalars.map { c -> Character in
            (c.properties.isAlphabetic && c.isASCII) || ("0"..."9").contains(c) || c == "-" || c == "_" ? Character(c) : "-"
        })
    }
}
