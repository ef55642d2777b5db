import Foundation

/// Finds citations of other documents: kind, number as printed, date in any written form, issuer.
/// `Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ`, `Kết luận số 28-` / `KL/TW` (wrapped),
/// `Công điện số 280/CĐ-TTg và số 968/CĐ-TTg`, `Luật Tổ chức chính quyền địa phương ngày 16/6/2025`.
enum CitationExtractor {
    /// Kinds, folded, longest first so that `chương trình hành động` wins over `chương trình`.
    static let kinds: [(folded: String, name: String)] = [
        ("chuong trinh hanh dong", "Chương trình hành động"), ("nghi quyet", "Nghị quyết"), ("quyet dinh", "Quyết định"),
        ("nghi dinh", "Nghị định"), ("ke hoach", "Kế hoạch"), ("ket luan", "Kết luận"), ("cong dien", "Công điện"),
        ("thong tu", "Thông tư"), ("chi thi", "Chỉ thị"), ("cong van", "Công văn"), ("van ban", "Văn bản"),
        ("to trinh", "Tờ trình"), ("thong bao", "Thông báo"), ("huong dan", "Hướng dẫn"), ("chuong trinh", "Chương trình"),
        ("quy dinh", "Quy định"), ("bao cao", "Báo cáo"), ("luat", "Luật"),
        // Abbreviated kinds count only when "số" follows (`QĐ số 15/QĐ-UBND`): `KH` alone is too common.
        ("qd", "Quyết định"), ("nq", "Nghị quyết"), ("nd", "Nghị định"), ("kh", "Kế hoạch"), ("cv", "Công văn"),
        ("ct", "Chỉ thị"), ("tt", "Thông tư"), ("kl", "Kết luận"),
    ]

    /// First letters of the kinds: most positions are rejected by one table lookup.
    static let kindInitials: [Bool] = (0..<256).map { b in kinds.contains { $0.folded.utf8.first == UInt8(b) } }
    /// Per first byte, the kinds starting with it (in `kinds` order) with their folded bytes.
    static let kindsByInitial: [[(bytes: [UInt8], index: Int)]] = (0..<256).map { b in
        kinds.indices.filter { kinds[$0].folded.utf8.first == UInt8(b) }.map { (Array(kinds[$0].folded.utf8), $0) }
    }
    static let wSo = "so", wVa = "va", wNgay = "ngay", wNam = "nam", wCua = "cua"

    static func extract(from t: AlignedFold, lineAt: (Int) -> Int) -> [Citation] {
        // Every document number has a slash, and a Luật without one is cited by name: a paragraph with
        // neither (most of a plan) is left after two byte searches instead of a walk over every letter.
        guard mayCite(t) else { return [] }
        var out: [Citation] = []
        var i = 0
        var taken = 0  // characters before this index are already part of a citation
        let initials = kindInitials  // read once: a static in the loop is a lazy-initialisation check per character
        while i < t.count {
            guard initials[Int(t.folded[i])], i >= taken,
                  i == 0 || !(t.isLetter(i - 1) || t.isDigit(i - 1)) else { i += 1; continue }
            guard let hit = kindsByInitial[Int(t.folded[i])].first(where: { t.hasWord(bytes: $0.bytes, at: i) }) else { i += 1; continue }
            let kind = kinds[hit.index]
            let afterKind = i + kind.folded.utf8.count
            if kind.name == "Luật" {
                // A Luật is cited by name; only a full date makes it a citation (it has no number).
                guard t.isUpper(i), let c = luat(t, from: i, end: afterKind, lineAt: lineAt) else { i = afterKind; continue }
                out.append(c.0); taken = c.1; i = c.1; continue
            }
            var j = DateParsing.skipSpaces(t, afterKind)
            // "Kế hoạch ngày 22/12/2026 số 315/KH-UBND": the date before the number.
            var dateBefore: String?
            if t.hasWord(wNgay, at: j), let d = DateParsing.parse(t, at: j) {
                var k = DateParsing.skipSpaces(t, d.end)
                if k < t.count, t.folded[k] == UInt8(ascii: ",") { k = DateParsing.skipSpaces(t, k + 1) }
                if t.hasWord(wSo, at: k) { j = k; dateBefore = d.iso }
            }
            // "Nghị quyết của Chính phủ số 76/NQ-CP", "Kế hoạch của UBND tỉnh số 41/KH-UBND": the issuer between
            // the kind and its number.
            if let so = issuerBeforeNumber(t, from: j) { j = so }
            let abbreviated = kind.folded.utf8.count <= 2
            // `QĐ số 15/QĐ-UBND`; without `số`, only before a number of the same kind (`NQ 76/NQ-CP`).
            if abbreviated, !t.isUpper(i) || !t.hasWord(wSo, at: j)
                && documentNumber(t, j).map({ $0.0.contains(t.text(i..<afterKind)) }) != true { i = afterKind; continue }
            if t.hasWord(wSo, at: j) { j = DateParsing.skipSpaces(t, j + 2) }
            if j < t.count, t.folded[j] == UInt8(ascii: ":") { j = DateParsing.skipSpaces(t, j + 1) }
            guard let (number, numEnd) = documentNumber(t, j) else { i = afterKind; continue }
            var c = citation(kind: kind.name, number: number, t: t, start: j, end: numEnd, kindStart: i, lineAt: lineAt)
            if c.0.date == nil { c.0.date = dateBefore }
            out.append(c.0)
            var end = c.1
            // "… số 280/CĐ-TTg và số 968/CĐ-TTg": further numbers of the same kind.
            while true {
                var k = DateParsing.skipSpaces(t, end)
                if k < t.count, t.folded[k] == UInt8(ascii: ",") { k = DateParsing.skipSpaces(t, k + 1) }
                if t.hasWord(wVa, at: k) { k = DateParsing.skipSpaces(t, k + 2) }
                guard t.hasWord(wSo, at: k) else { break }
                let n0 = DateParsing.skipSpaces(t, k + 2)
                guard let (n2, e2) = documentNumber(t, n0) else { break }
                c = citation(kind: kind.name, number: n2, t: t, start: n0, end: e2, kindStart: i, lineAt: lineAt)
                out.append(c.0)
                end = c.1
            }
            taken = end
            i = end
        }
        return out
    }

    /// Where `số` stands after `của` and an issuer of a few words (`của Thủ tướng Chính phủ số`), before any
    /// figure or clause break; nil when `from` is not at `của`.
    static func issuerBeforeNumber(_ t: AlignedFold, from j: Int) -> Int? {
        guard t.hasWord(wCua, at: j) else { return nil }
        var k = j + 3
        while k < min(t.count, j + 60) {
            let c = t.chars[k]
            if c == ";" || c == "." || c == "," || t.isDigit(k) { return nil }
            if c == " ", t.hasWord(wSo, at: k + 1) {
                // "chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW": the number is the
                // later document's, named between.
                let span = " " + t.fold((j + 3)..<k) + " "
                guard span.words.count <= 6, !kinds.contains(where: { span.contains(" " + $0.folded + " ") }) else { return nil }
                return k + 1
            }
            k += 1
        }
        return nil
    }

    /// Whether the folded text has a slash or the word `luat` somewhere: without either it cites nothing.
    static func mayCite(_ t: AlignedFold) -> Bool {
        t.folded.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, !buf.isEmpty else { return false }
            if memchr(base, 0x2F, buf.count) != nil { return true }
            return luatBytes.withUnsafeBufferPointer { ByteSearch.find($0, in: buf) != nil }
        }
    }
    static let luatBytes = Array("luat".utf8)

    /// Reads a document number at `i`: starts with a digit and contains `/` (`76/NQ-CP`, `57-NQ/TW`,
    /// `79- NQ/TW`, `66.7/2025/NQ-CP`, `3090/SNV-CCHC&VTLT`).
    static func documentNumber(_ t: AlignedFold, _ i: Int) -> (String, Int)? {
        guard i < t.count, t.isDigit(i) else { return nil }
        var j = i
        var hasSlash = false
        while j < t.count {
            let c = t.chars[j]
            if t.isAlnum(j) || c == "/" || c == "-" || c == "&" || c == "." || c == "–" {
                if c == "/" { hasSlash = true }
                j += 1
            } else if c == " ", j > i, t.chars[j - 1] == "-", j + 1 < t.count, t.isUpper(j + 1) {
                j += 1  // "79- NQ/TW": a space left after the hyphen
            } else { break }
        }
        while j > i, t.isOneOf(j - 1, ".-–") { j -= 1 }
        guard hasSlash, j - i >= 4 else { return nil }
        let s = t.text(i..<j)
        // A date such as 15/7/2021 is not a document number.
        if s.allSatisfy({ $0.isNumber || $0 == "/" }) { return nil }
        return (s, j)
    }

    static func citation(kind: String, number: String, t: AlignedFold, start: Int, end: Int, kindStart: Int,
                         lineAt: (Int) -> Int) -> (Citation, Int) {
        var k = DateParsing.skipSpaces(t, end)
        var date: String?
        // "76/NQ-CP, ngày 15/7/2021", "06/QĐ-TTg (ngày 06/01/2022)": one comma or parenthesis may come first.
        let punctuated = k < t.count && (t.chars[k] == "," || t.chars[k] == "(") ? DateParsing.skipSpaces(t, k + 1) : k
        if t.hasWord(wNgay, at: punctuated), let d = DateParsing.parse(t, at: punctuated) {
            date = d.iso
            k = d.end
            if k < t.count, t.chars[k] == ")" { k += 1 }  // "(ngày …) của Thủ tướng": the issuer follows
        }
        let issuer = issuerAfter(t, k)
        var last = max(k, issuer?.1 ?? k)
        // "76/NQ-CP của Chính phủ ngày 15/7/2021": the date may follow the issuer.
        if date == nil, let iss = issuer {
            let n = DateParsing.skipSpaces(t, iss.1)
            if t.hasWord(wNgay, at: n), let d = DateParsing.parse(t, at: n) {
                date = d.iso
                last = d.end
            }
        }
        let clauseEnd = clauseEnd(t, from: end)
        let c = Citation(kind: kind, number: number, date: date, issuer: issuer?.0, line: lineAt(start),
                         text: t.text(kindStart..<clauseEnd).trimmedWhitespace)
        return (c, last)
    }

    /// `Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025`, also with its number before the
    /// date (`… địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025`).
    static func luat(_ t: AlignedFold, from i: Int, end: Int, lineAt: (Int) -> Int) -> (Citation, Int)? {
        var j = end
        var limit = min(t.count, end + 90)
        var number = ""
        while j < limit {
            if t.hasWord(wSo, at: j), number.isEmpty, let (n, numEnd) = documentNumber(t, DateParsing.skipSpaces(t, j + 2)) {
                number = n
                j = numEnd
                limit = min(t.count, max(limit, numEnd + 12))
                continue
            }
            if t.isOneOf(j, ",;.()") { return nil }
            if t.hasWord(wNgay, at: j), let d = DateParsing.parse(t, at: j) {
                let c = Citation(kind: "Luật", number: number, date: d.iso, issuer: nil, line: lineAt(i),
                                 text: t.text(i..<d.end))
                return (c, d.end)
            }
            if t.hasWord(wNam, at: j) { return nil }
            j += 1
        }
        return nil
    }

    /// Words after `của` naming the issuer: `của UBND tỉnh Hà Tĩnh về …` → `UBND tỉnh Hà Tĩnh`.
    static func issuerAfter(_ t: AlignedFold, _ start: Int) -> (String, Int)? {
        var i = DateParsing.skipSpaces(t, start)
        guard t.hasWord(wCua, at: i) else { return nil }
        i = DateParsing.skipSpaces(t, i + 3)
        let glue: Set<String> = ["ban", "nhan", "dan", "tinh", "thanh", "pho", "phuong", "xa", "hanh", "vu", "bo", "uy", "phu",
                                 "tri", "dang", "chap", "thuong", "tuong", "chinh", "phong", "truong", "chu", "nhiem",
                                 "huyen", "quan", "thi", "tran", "tich"]
        var words: [String] = []
        var endIdx = i
        var j = i
        while j < t.count, words.count < 9 {
            var e = j
            while e < t.count, t.isLetter(e) || t.isDigit(e) { e += 1 }
            guard e > j else { break }
            let w = t.text(j..<e)
            let f = t.foldedText(j..<e)
            if !(w.first!.isUppercase || glue.contains(f)) { break }
            // "… thành phố ban hành Kế hoạch": the verb ends the issuer.
            if f == "ban", t.foldedText(e..<min(t.count, e + 5)) == " hanh" { break }
            words.append(w)
            endIdx = e
            j = e
            // Allow a wrapped line: single space between words only.
            if j < t.count, t.chars[j] == " " { j += 1 } else { break }
        }
        guard !words.isEmpty else { return nil }
        return (words.joined(separator: " "), endIdx)
    }

    /// End of the clause a citation sits in (next `;` or sentence end), for quoting.
    static func clauseEnd(_ t: AlignedFold, from i: Int) -> Int {
        var j = i
        while j < t.count {
            let c = t.chars[j]
            if c == ";" { return j }
            if c == ".", j + 1 >= t.count || t.chars[j + 1] == " " { return j }
            j += 1
        }
        return t.count
    }
}
