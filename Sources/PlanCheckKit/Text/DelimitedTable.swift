/// A table pasted from a spreadsheet saved as CSV, with semicolons (the separator Excel uses where the
/// decimal mark is a comma, as in Vietnamese) or with commas and every field quoted:
///
///     STT;Chỉ tiêu;Đơn vị tính;Thành phố giao;Phường đăng ký
///     I;CHỈ ĐẠO, ĐIỀU HÀNH;;;
///     1;Tỷ lệ hoàn thành nhiệm vụ …;%;100;100
///     19;"Hồ sơ công việc … (cấp xã; trừ hồ sơ mật)";%;90;95
///
///     "STT","Chỉ tiêu","Đơn vị tính","Tỉnh giao","Phường đăng ký"
///     "4","Chỉ số hài lòng (SIPAS) …","%","Trên 88","Trên 88,5"
///
/// A header opens it: three or more short fields, the first `STT`/`TT` or one of them a column title
/// such as `Chỉ tiêu` or `Nội dung`. Its rows are the lines that split into as many fields as the header
/// (quoted fields may hold the separator and line breaks; `""` inside quotes is a quote); any other line
/// ends it, except a short line without the separator (a group title whose row lost its separators,
/// `⇥CẢI CÁCH THỦ TỤC HÀNH CHÍNH`): the rows after it are still the table's. Prose with semicolons
/// (`đạt 95%; … đạt 90%`) or commas has no such header and is left as it is: a comma table's header must
/// have its fields quoted (`"STT","Chỉ tiêu",…`) or be written as Excel writes it, no space after any
/// comma (`STT,Chỉ tiêu,Đơn vị tính,Kế hoạch năm 2026`), which prose never is.
struct DelimitedTable {
    /// The header's number of fields while a table is open, else nil.
    private(set) var columns: Int?
    /// The open table's separator.
    private(set) var separator: UInt8 = semicolon
    /// Short lines without the separator passed over since the table's last row.
    private var gap = 0

    static let semicolon: UInt8 = 0x3B, comma: UInt8 = 0x2C, quote: UInt8 = 0x22

    /// The longest a header field may be, in characters.
    static let maxTitle = 40
    /// Folded titles that mark a header.
    static let titles: Set<String> = ["stt", "tt", "chi tieu", "noi dung", "ten chi tieu", "noi dung chi tieu", "nhiem vu",
                                      "linh vuc", "linh vuc cai cach"]

    /// The cells of `raw` when it is the header or a row of a delimited table; updates the state.
    mutating func cells(_ raw: String) -> [String]? {
        // Most lines hold no semicolon and do not open on a quote, and prose with semicolons has long parts
        // between them: byte scans rule them out before anything is split or folded.
        if columns == nil {
            if raw.containsByte(Self.semicolon), Self.mayBeHeader(raw, Self.semicolon) { separator = Self.semicolon }
            // (Prose has a space after its first comma: `isExcelList` leaves it there, before `mayBeHeader` runs.)
            else if raw.containsByte(Self.comma), raw.utf8.first == Self.quote ? Self.isQuotedList(raw) : Self.isExcelList(raw),
                    Self.mayBeHeader(raw, Self.comma) { separator = Self.comma }
            else { return nil }
        } else if !raw.containsByte(separator) {
            // A lost group row (`⇥CẢI CÁCH THỦ TỤC HÀNH CHÍNH`) between rows; a blank line, prose or a
            // second such line ends the table.
            let title = raw.trimmedWhitespace
            if gap == 0, let n = columns, n >= 2, !title.isEmpty, raw.utf8.count <= 160, !raw.containsByte(0x2E) {
                gap += 1
                // As the table writes its other group rows: `I,CẢI CÁCH THỂ CHẾ,,,`.
                return [""] + [title] + Array(repeating: "", count: n - 2)
            }
            columns = nil
            return nil
        }
        gap = 0
        let fields = Self.split(raw, separator: separator)
        if let n = columns, fields.count == n { return fields }
        guard fields.count >= 3, fields.allSatisfy({ $0.count <= Self.maxTitle }),
              fields.contains(where: { Self.titles.contains(Folding.fold($0)) }) else { columns = nil; return nil }
        columns = fields.count
        return fields
    }

    /// Whether the open table's row starting with `raw` goes on to the next line: a quoted field holds a line
    /// break (its quotes are unbalanced).
    func continues(_ raw: String) -> Bool {
        columns != nil && raw.count(ofByte: Self.quote) % 2 == 1
    }

    /// Whether a line may be a header: two separators or more, and no part between them longer than a title
    /// can be (`maxTitle` characters of up to four bytes).
    static func mayBeHeader(_ raw: String, _ separator: UInt8) -> Bool {
        var separators = 0, run = 0
        for b in raw.utf8 {
            if b == separator { separators += 1; run = 0; continue }
            run += 1
            if run > maxTitle * 4 { return false }
        }
        return separators >= 2
    }

    /// Whether every field of a comma-separated line is quoted (`"STT","Chỉ tiêu","Đơn vị tính"`).
    static func isQuotedList(_ raw: String) -> Bool {
        let t = raw.trimmedWhitespace
        return t.utf8.last == quote && t.utf8.count >= 2
            && t.dropFirst().dropLast().components(separatedBy: "\",\"").count >= 3
    }

    /// Whether a comma-separated line is written as a spreadsheet writes it: no space after any comma outside
    /// quotes (prose always has one), and no field longer than a title.
    static func isExcelList(_ raw: String) -> Bool {
        var quoted = false, previousWasComma = false, commas = 0
        for b in raw.utf8 {
            if b == quote { quoted.toggle() }
            if !quoted, previousWasComma, b == 0x20 { return false }
            previousWasComma = !quoted && b == comma
            if previousWasComma { commas += 1 }
        }
        return !quoted && commas >= 2
    }

    /// Fields of a line, trimmed, with the quotes of quoted fields removed.
    static func split(_ raw: String, separator: UInt8 = semicolon) -> [String] {
        splitCountingBreaks(raw, separator: separator).map(\.text)
    }

    /// `split`, with the number of line breaks before each field's start (for a row whose quoted fields
    /// hold line breaks); a line break inside a field becomes a space.
    static func splitCountingBreaks(_ raw: String, separator: UInt8 = semicolon) -> [(text: String, breaks: Int)] {
        var fields: [(text: String, breaks: Int)] = []
        var breaks = 0, fieldBreaks = 0
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(raw.utf8)
        var i = 0
        while i < bytes.count {
            var b = bytes[i]
            if b == 0x0A { breaks += 1; b = 0x20 }
            if quoted {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                    quoted = false
                } else {
                    field.append(b)
                }
            } else if b == quote, field.allSatisfy({ $0 == 0x20 }) {
                quoted = true
                field.removeAll()
            } else if b == separator {
                fields.append((String(decoding: field, as: UTF8.self).trimmedWhitespace, fieldBreaks))
                field.removeAll()
                fieldBreaks = breaks
            } else {
                field.append(b)
            }
            i += 1
        }
        fields.append((String(decoding: field, as: UTF8.self).trimmedWhitespace, fieldBreaks))
        return fields
    }
}
