/// Reads the title block: issuer and level, period, number as printed, date, draft flag,
/// and picks the parent plan among the citations of the preamble (căn cứ).
struct MetadataExtractor {
    struct Result {
        var issuer: String?
        var level: PlanLevel?
        var period: Period?
        var number: String?
        var date: String?
        var draft: Bool
    }

    /// Blocks before the first Roman-numeral section: title, number, date, decision, preamble.
    static func titleBlocks(_ blocks: [Block]) -> ArraySlice<Block> {
        var end = blocks.count
        for (i, b) in blocks.enumerated() where b.kind == .paragraph {
            if let m = b.marker, m.kind == .roman, b.isHeadingLike { end = i; break }
        }
        return blocks[0..<min(end, blocks.count)]
    }

    /// The texts of the title block: each paragraph, and each cell of a table row. A plan exported from
    /// Word often keeps its header as a two-column table (`Số: 15/KH-UBND<TAB>An Phú, ngày 10 tháng 01 năm
    /// 2026`), and the number and the date are each read from the start of their own cell.
    static func pieces(_ head: ArraySlice<Block>) -> [String] {
        head.flatMap { b in b.kind == .paragraph ? [b.text] : b.cells.map(\.text) }
    }

    static func extract(_ blocks: [Block]) -> Result {
        let head = titleBlocks(blocks)
        let texts = pieces(head)
        var r = Result(draft: false)
        var dayBlank = false
        for text in texts {
            let t = AlignedFold(text)
            // "Số: 16/QĐ-UBND", "Số: /KH-UBND" (number left blank in a draft)
            // ("Số ký hiệu: 09/KH-UBND": a document portal's field, maybe joined to the breadcrumb line above it.)
            if r.number == nil, let p = t.positions(of: "so ky hieu").first ?? t.positions(of: "so").first.flatMap({ $0 <= 2 ? $0 : nil }) {
                var j = DateParsing.skipSpaces(t, p + 2)
                if t.hasWord("ky hieu", at: j) { j = DateParsing.skipSpaces(t, j + 7) }
                if j < t.count, t.chars[j] == ":" { j = DateParsing.skipSpaces(t, j + 1) }
                var e = j
                while e < t.count, t.chars[e] != " " { e += 1 }
                var num = t.text(j..<e)
                // "Số: 123 /KH-UBND": a space left before the slash.
                let slash = DateParsing.skipSpaces(t, e)
                if !num.isEmpty, num.allSatisfy(\.isNumber), slash < t.count, t.chars[slash] == "/" {
                    e = slash
                    while e < t.count, t.chars[e] != " " { e += 1 }
                    num += t.text(slash..<e)
                }
                if num.contains("/") { r.number = num }
            }
            // "Ngày ban hành: 12/01/2027": a document portal's field.
            if r.date == nil, t.hasWord("ngay ban hanh", at: 0) {
                var j = DateParsing.skipSpaces(t, 13)
                if j < t.count, t.chars[j] == ":" { j += 1 }
                if let d = DateParsing.parse(t, at: j) { r.date = d.iso }
            }
            // "Thành Đông, ngày 14 tháng 01 năm 2026" / "Bình Phước, ngày tháng năm 2026"
            // The place-and-date line: "Thành Đông, ngày 14 tháng 01 năm 2026", also without the comma
            // ("Hà Nội ngày …") — a short line, within 40 characters of its start, that is not a preamble clause.
            if r.date == nil, !dayBlank, t.count <= 90, !isPreamble(text), let p = t.positions(of: "ngay").first, p > 0, p < 40 {
                if t.positions(of: "thang").first.map({ $0 > p }) == true {
                    if let d = DateParsing.parse(t, at: p) { r.date = d.iso } else { dayBlank = true }
                } else if isPlaceBefore(t, p), let d = DateParsing.parse(t, at: p) {
                    // "Phường 3, ngày 10/01/2025": in figures only after a place and its comma (a citation
                    // line "Nghị định số 45/NĐ-CP ngày 01/01/2025" is not the plan's date).
                    r.date = d.iso
                }
            }
        }
        // A plan attached to a decision may carry the decision's number only in "Kèm theo Quyết định số …".
        if r.number == nil || (r.date == nil && !dayBlank) {
            search: for b in blocks.prefix(120) where b.kind == .paragraph {
                let t = AlignedFold(b.text)
                for k in t.positions(of: "kem theo") {
                    let cites = CitationExtractor.extract(from: t, lineAt: b.line(atOffset:))
                    guard let c = cites.first(where: { $0.kind == "Quyết định" && $0.line >= b.line(atOffset: k) }) else { continue }
                    if r.number == nil { r.number = c.number }
                    if r.date == nil, !dayBlank { r.date = c.date }
                    break search
                }
            }
        }
        // A draft leaves the number or the day blank; a plan with no "Số:" line at all is not called a draft.
        r.draft = (r.number?.hasPrefix("/") ?? false) || dayBlank
        let titles = titleText(blocks)
        if let (issuer, level) = issuer(in: titles) ?? letterheadIssuer(texts) ?? issuer(in: texts) {
            r.issuer = issuer
            r.level = level
        }
        r.period = period(in: titles) ?? r.date.flatMap { Int($0.prefix(4)) }.map { Period(year: $0) }
        return r
    }

    /// The title: the lines after `KẾ HOẠCH` (or after `Ban hành Kế hoạch`), up to the preamble.
    static func titleText(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        for (i, b) in blocks.prefix(80).enumerated() where b.kind == .paragraph {
            let f = Folding.fold(b.text)
            if f == "ke hoach" {
                // The title is the next line, and the one after when the first is short and the second is not
                // the preamble ("Căn cứ …", "Thực hiện …") or a long paragraph.
                let next = blocks[(i + 1)..<min(blocks.count, i + 3)].filter { $0.kind == .paragraph }.map(\.text)
                if let first = next.first { out.append(first) }
                if next.count > 1, next[0].count < 60, next[1].count < 120, !isPreamble(next[1]) { out.append(next[1]) }
                break
            }
            if f.hasPrefix("ke hoach ") && Cleanup.isAllCaps(String(b.text.prefix(8))) {
                out.append(String(b.text.dropFirst(8)))
                break
            }
        }
        if out.isEmpty {
            for b in blocks.prefix(40) where b.kind == .paragraph {
                let f = Folding.fold(b.text)
                // A Quyết định that sets the reform's figures itself: `Ban hành Bộ chỉ tiêu cải cách hành chính năm 2026`.
                if f.contains("ke hoach cai cach hanh chinh") || f.hasPrefix("cai cach hanh chinh")
                    || f.hasPrefix("ban hanh") && f.contains("cai cach hanh chinh") && b.text.utf8.count <= 200 { out.append(b.text); break }
            }
        }
        return out
    }

    /// Whether the text before `ngày` (at `p`) is a place and its comma: at most five words and no
    /// document number (`/`).
    static func isPlaceBefore(_ t: AlignedFold, _ p: Int) -> Bool {
        let before = t.text(0..<p).trimmedWhitespace
        guard before.hasSuffix(","), !before.contains("/") else { return false }
        return before.words.count <= 5
    }

    static func isPreamble(_ s: String) -> Bool {
        let f = Folding.fold(String(s.prefix(20)))
        return ["can cu", "thuc hien", "theo de nghi", "trien khai"].contains { f.hasPrefix($0) }
    }

    static let levelWords: [(folded: String, level: PlanLevel, prefix: String)] = [
        ("thanh pho", .thanhPho, "thành phố"), ("dac khu", .dacKhu, "đặc khu"), ("thi tran", .xa, "thị trấn"),
        ("thi xa", .huyen, "thị xã"), ("phuong", .phuong, "phường"), ("xa", .xa, "xã"), ("tinh", .tinh, "tỉnh"),
        ("huyen", .huyen, "huyện"), ("quan", .huyen, "quận"),
    ]

    /// `quận` folds like `cơ quan`, `quản lý`: it names a district only capitalised or right after
    /// `Ủy ban nhân dân` / `UBND`.
    static func isDistrictWord(_ t: AlignedFold, at i: Int) -> Bool {
        if t.isUpper(i) || i == 0 { return true }
        let before = FigureScanner.words(t, before: i, max: 1)
        return before == ["dan"] || before == ["ubnd"]
    }

    /// `… phường Bình Phước năm 2026` → (`UBND phường Bình Phước`, .phuong); also upper-case headers.
    static func issuer(in texts: [String]) -> (String, PlanLevel)? {
        for text in texts {
            let t = AlignedFold(text)
            var i = 0
            while i < t.count {
                for lw in levelWords where t.hasWord(lw.folded, at: i) {
                    if lw.folded == "quan", !isDistrictWord(t, at: i) { continue }
                    let words = placeWords(t, from: DateParsing.skipSpaces(t, i + lw.folded.count),
                                           stop: ["nam", "giai", "ve", "trong"]).words
                        // (`… của phường Hội An` / `Thực hiện Kế hoạch …`: the preamble's first word is no part of the
                        // name; `Thục Phán` is a name.)
                        .prefix { $0.lowercased() != "thực" }
                    // (`XÃ HỘI CHỦ NGHĨA`, `xã hội` are no commune; `phường Hội An` is a ward.)
                    if words.isEmpty || lw.folded == "xa" && Folding.fold(words[0]) == "hoi" { continue }
                    let name = words.map(titleCase).joined(separator: " ")
                    return ("UBND \(lw.prefix) \(name)", lw.level)
                }
                i += 1
            }
        }
        return nil
    }

    /// The name after a level word (`xã`, `phường`, `quận` …), from `j`: up to four capitalised words, the
    /// first of which may be a ward's or district's number (`PHƯỜNG 3`, `Quận 10`); a word of `stop` (folded)
    /// ends it. With `singleSpaces`, only one space may separate the words (a tab ends a table cell). Returns
    /// the words as written and where the last one ends (`j` when there is none).
    static func placeWords(_ t: AlignedFold, from j: Int, stop: Set<String> = [], singleSpaces: Bool = false)
        -> (words: [String], end: Int) {
        var words: [String] = []
        var j = j
        var end = j
        while j < t.count, words.count < 4 {
            var e = j
            while e < t.count, t.isLetter(e) || t.isDigit(e) { e += 1 }
            guard e > j, t.isUpper(j) || words.isEmpty && t.isDigit(j) && e - j <= 2 else { break }
            let folded = t.foldedText(j..<e)
            // `năm` ends the name only before a year (`xã Hòa Bình năm 2026`): `XÃ NĂM CĂN` is a name.
            if stop.contains(folded), folded != "nam" || isYearAfter(t, e) { break }
            words.append(t.text(j..<e))
            end = e
            if singleSpaces {
                guard e < t.count, t.chars[e] == " " else { break }
                j = e + 1
            } else {
                j = DateParsing.skipSpaces(t, e)
            }
        }
        return (words, end)
    }

    /// Whether a year in figures (`2026`) follows `e`, after spaces.
    static func isYearAfter(_ t: AlignedFold, _ e: Int) -> Bool {
        let j = DateParsing.skipSpaces(t, e)
        return DateParsing.number(t, j).map { $0.1 - j == 4 } ?? false
    }

    /// The issuing body of the letterhead: the lowest of the bodies named before the number line or the
    /// document's kind (`UBND HUYỆN MINH LONG` above `UBND XÃ LONG SƠN`: the body above is the one the issuer
    /// reports to, Nghị định 30/2020/NĐ-CP, Phụ lục I).
    static func letterheadIssuer(_ texts: [String]) -> (String, PlanLevel)? {
        var found: (String, PlanLevel)?
        for text in texts {
            let f = Folding.fold(text)
            if f.hasPrefix("so ") || f == "so" || f.hasPrefix("ke hoach") || f.hasPrefix("quyet dinh") { break }
            if let hit = issuer(in: [text]) { found = hit }
        }
        return found
    }

    /// `VŨNG ÁNG` → `Vũng Áng`; mixed-case words are kept.
    static func titleCase(_ w: String) -> String {
        guard w.count > 1, w.allSatisfy({ !$0.isLowercase }) else { return w }
        return String(w.prefix(1)) + w.dropFirst().lowercased()
    }

    /// `giai đoạn 2026 - 2030` → 2026–2030; `năm 2026` → 2026; whichever comes first in the title.
    static func period(in texts: [String]) -> Period? {
        // "Báo cáo kết quả … năm 2025 và Kế hoạch … năm 2026": the year of the results is not the plan's.
        var result: Period?
        for text in texts {
            let t = AlignedFold(text)
            var found: [(Int, Period)] = []
            for p in t.positions(of: "giai doan") {
                let j = DateParsing.skipSpaces(t, p + 9)
                if let (y0, e) = DateParsing.number(t, j), y0 > 1990 {
                    var k = DateParsing.skipSpaces(t, e)
                    if k < t.count, t.chars[k] == "-" || t.chars[k] == "–" { k = DateParsing.skipSpaces(t, k + 1) }
                    if let (y1, _) = DateParsing.number(t, k), y1 > y0 { found.append((p, Period(from: y0, to: y1))) }
                }
            }
            for p in t.positions(of: "nam") {
                if let (y, _) = DateParsing.number(t, DateParsing.skipSpaces(t, p + 3)), (1990...2100).contains(y) {
                    found.append((p, Period(year: y)))
                }
            }
            for (p, period) in found.sorted(by: { $0.0 < $1.0 }) {
                let before = " " + t.fold(0..<p) + " "
                let results = before.range(of: " ket qua ", options: .backwards)
                let plan = before.range(of: " ke hoach ", options: .backwards)
                if let r = results, plan.map({ $0.lowerBound < r.lowerBound }) ?? true {
                    if result == nil { result = period }
                    continue
                }
                return period
            }
        }
        return result
    }
}
