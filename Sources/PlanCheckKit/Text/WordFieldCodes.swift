/// The codes of Word's fields left in a text beside their results, as some portals' text extractors and
/// mail-merge templates leave them: `đạt tối thiểu  MERGEFIELD CT_DUNG_HAN \# "0" 98%`, `Căn cứ  HYPERLINK
/// "https://…" \t "_blank" Nghị quyết số 76/NQ-CP …`, `Số:  FORMTEXT 05/KH-UBND`, `mục  REF _Ref187402215 \r \h
/// II`. The code (the field's name, its argument and its switches) is dropped and its result kept: `"0"`
/// read as a figure, or a URL's `398-kh-ubnd-21-12-2026`, would be taken for the plan's own text. So are the
/// errors Word prints for a field it cannot update (`Lỗi! Không tìm thấy nguồn tham chiếu.`).
enum WordFieldCodes {
    /// Field names whose code is dropped, as Word writes them (upper case).
    static let names = ["MERGEFIELD", "HYPERLINK", "FORMTEXT", "FORMCHECKBOX", "PAGEREF", "REF", "SEQ", "MERGEFORMAT"]

    /// What Word prints in place of a field it cannot update (a broken cross-reference or table-of-contents
    /// entry), in Vietnamese and English.
    static let errorResults = ["Lỗi! Không tìm thấy nguồn tham chiếu.", "Lỗi! Thẻ đánh dấu chưa được xác định.",
                               "Error! Reference source not found.", "Error! Bookmark not defined."]

    /// The text with every field's code and every field error dropped; `text` itself when it holds none.
    static func stripping(_ text: String) -> String {
        var text = text
        // (`Lỗi!` / `Error!`: `!` is rare in a plan, so one byte search rules the rest out.)
        if text.containsByte(0x21) {
            for e in errorResults where text.contains(e) { text = text.replacingAll(" " + e, with: "").replacingAll(e, with: "") }
        }
        guard text.containsAny(ofBytes: cues, key: 1) else { return text }
        return LineRewrite.rewriting(text) { line in
            String(line).containsAny(ofBytes: cues, key: 1) ? stripped(String(line)) : nil
        }
    }

    /// `MERGEFIELD`, `HYPERLINK`, `FORMTEXT`, ` REF _`, `PAGEREF` as bytes (searched on their second byte).
    static let cues: [[UInt8]] = ["MERGEFIELD", "HYPERLINK", "FORMTEXT", " REF _", "PAGEREF"].map { Array($0.utf8) }

    /// One line with its fields' codes dropped: a field name as a word, then its argument (a word or a quoted
    /// string), then its switches (`\#`, `\*`, `\t`, `\o`, `\r`, `\h`, each with an optional word or quoted string).
    static func stripped(_ line: String) -> String {
        var words = tokens(line)
        var out: [String] = []
        var i = 0
        while i < words.count {
            guard names.contains(words[i]) else { out.append(words[i]); i += 1; continue }
            let name = words[i]
            i += 1
            // The argument: a field name, bookmark or quoted URL (FORMTEXT and MERGEFORMAT take none).
            if name != "FORMTEXT", name != "FORMCHECKBOX", name != "MERGEFORMAT", i < words.count, !words[i].hasPrefix("\\") { i += 1 }
            // The switches, each maybe with a value (`\# "0"`, `\* Upper`, `\t "_blank"`, `\o "…"`).
            while i < words.count, words[i].hasPrefix("\\") {
                let sw = words[i]
                i += 1
                if sw.count == 2, "#@*to".contains(sw.last!), i < words.count, !words[i].hasPrefix("\\") {
                    // `\* MERGEFORMAT` is a switch's value that is itself a name: dropped with it.
                    i += 1
                }
            }
        }
        words = out
        return words.joined(separator: " ").trimmedWhitespace == line.trimmedWhitespace ? line : words.joined(separator: " ")
    }

    /// The line's words, a quoted string (`"Kế hoạch CCHC tỉnh An Giang năm 2027"`) kept as one.
    static func tokens(_ line: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false
        for c in line {
            if c == "\"" { quoted.toggle(); current.append(c); continue }
            if c == " " && !quoted {
                if !current.isEmpty { out.append(current); current = "" }
                continue
            }
            current.append(c)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
