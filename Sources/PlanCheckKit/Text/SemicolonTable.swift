/// A table pasted from a spreadsheet saved as CSV with semicolons (the separator Excel uses where the
/// decimal mark is a comma, as in Vietnamese):
///
///     STT;Chỉ tiêu;Đơn vị tính;Thành phố giao;Phường đăng ký
///     I;CHỈ ĐẠO, ĐIỀU HÀNH;;;
///     1;Tỷ lệ hoàn thành nhiệm vụ …;%;100;100
///     19;"Hồ sơ công việc … (cấp xã; trừ hồ sơ mật)";%;90;95
///
/// A header opens it: three or more short fields, the first `STT`/`TT` or one of them a column title
/// such as `Chỉ tiêu` or `Nội dung`. Its rows are the lines that split into as many fields as the header
/// (quoted fields may hold semicolons; `""` inside quotes is a quote); any other line ends it. Prose with
/// semicolons (`đạt 95%; … đạt 90%`) has no such header and is left as it is.
struct SemicolonTable {
    /// The header's number of fields while a table is open, else nil.
    private(set) var columns: Int?

    /// The longest a header field may be, in characters.
    static let maxTitle = 40
    /// Folded titles that mark a header.
    static let titles: Set<String> = ["stt", "tt", "chi tieu", "noi dung", "ten chi tieu", "noi dung chi tieu", "nhiem vu"]

    /// The cells of `raw` when it is the header or a row of a semicolon table; updates the state.
    mutating func cells(_ raw: String) -> [String]? {
        // Most lines hold no semicolon at all, and prose with semicolons has long parts between them: byte
        // scans rule both out before anything is split or folded.
        guard raw.containsByte(0x3B) else { columns = nil; return nil }
        guard columns != nil || Self.mayBeHeader(raw) else { return nil }
        let fields = Self.split(raw)
        if let n = columns, fields.count == n { return fields }
        guard fields.count >= 3, fields.allSatisfy({ $0.count <= Self.maxTitle }),
              fields.contains(where: { Self.titles.contains(Folding.fold($0)) }) else { columns = nil; return nil }
        columns = fields.count
        return fields
    }

    /// Whether a line may be a header: two semicolons or more, and no part between them longer than a title
    /// can be (`maxTitle` characters of up to four bytes).
    static func mayBeHeader(_ raw: String) -> Bool {
        var semicolons = 0, run = 0
        for b in raw.utf8 {
            if b == 0x3B { semicolons += 1; run = 0; continue }
            run += 1
            if run > maxTitle * 4 { return false }
        }
        return semicolons >= 2
    }

    /// Fields of a semicolon-separated line, trimmed, with the quotes of quoted fields removed.
    static func split(_ raw: String) -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(raw.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    quoted = false
                } else {
                    field.append(b)
                }
            } else if b == 0x22, field.allSatisfy({ $0 == 0x20 }) {
                quoted = true
                field.removeAll()
            } else if b == 0x3B {
                fields.append(String(decoding: field, as: UTF8.self).trimmedWhitespace)
                field.removeAll()
            } else {
                field.append(b)
            }
            i += 1
        }
        fields.append(String(decoding: field, as: UTF8.self).trimmedWhitespace)
        return fields
    }
}
