import Foundation

/// Marks an editor leaves in exported text that are not the plan's words: deleted text kept with a strike
/// (`~~90%~~ 95%`), revision notes (`[đã sửa: 98%] 97,5%`), and footnote marks (`đạt 95%¹`, `hồ sơ trực
/// tuyến²`, `99%[1]`). The figure struck or noted is the old one; the one after it stands. Also a tracked
/// change exported with both versions (`đạt {-95%-}{+97%+}`: the inserted one stands) and a reviewer's comment
/// left in the text (`[Comment CN1: đề nghị thống nhất số liệu …]`, `[Nhận xét …]`, `[Góp ý …]`). A web page's
/// entities left undecoded (`95&nbsp;%`, `&amp;`) are read as the characters they stand for.
enum EditorMarks {
    /// Whether `s` may hold one of the marks: a byte of `~`, `[`, `{`, or the lead byte of a superscript digit
    /// (`¹²³` are C2 B9/B2/B3, `⁰⁴…⁹` E2 81 B0–B9).
    static func mayHave(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            guard let base = b.baseAddress, !b.isEmpty else { return false }
            // memchr for each lead byte: this runs on every line, and most have none of them.
            if memchr(base, 0x7E, b.count) != nil || memchr(base, 0x5B, b.count) != nil || memchr(base, 0x7B, b.count) != nil
                || memchr(base, 0x26, b.count) != nil { return true }
            func follows(_ lead: UInt8, _ next: (Int) -> Bool) -> Bool {
                var from = 0
                while let i = ByteSearch.index(of: lead, in: b, from: from) {
                    if next(i) { return true }
                    from = i + 1
                }
                return false
            }
            return follows(0xC2) { i in i + 1 < b.count && (b[i + 1] == 0xB9 || b[i + 1] == 0xB2 || b[i + 1] == 0xB3) }
                || follows(0xE2) { i in i + 2 < b.count && b[i + 1] == 0x81 && (0xB0...0xB9).contains(b[i + 2]) }
        }
    }

    /// `s` without the marks; unchanged when it has none.
    static func strip(_ s: String) -> String {
        guard mayHave(s) else { return s }
        let u = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < u.count {
            // ~~struck~~
            if u[i] == "~", i + 1 < u.count, u[i + 1] == "~", let close = find(["~", "~"], in: u, from: i + 2) {
                i = close + 2
                continue
            }
            // &nbsp; &amp;
            if u[i] == "&", let (entity, length) = entity(u, at: i) {
                out.append(entity)
                i += length
                continue
            }
            // {-deleted-} and {+inserted+}
            if u[i] == "{", i + 1 < u.count, u[i + 1] == "-", let close = find(["-", "}"], in: u, from: i + 2) {
                i = close + 2
                continue
            }
            if u[i] == "{", i + 1 < u.count, u[i + 1] == "+", let close = find(["+", "}"], in: u, from: i + 2) {
                out.append(contentsOf: u[(i + 2)..<close])
                i = close + 2
                continue
            }
            // [Comment CN1: …], [Nhận xét: …], [Góp ý: …], with the space before it.
            if u[i] == "[", let close = u[(i + 1)...].firstIndex(of: "]"), close - i <= 400,
               isComment(String(String.UnicodeScalarView(u[(i + 1)..<min(close, i + 16)]))) {
                while let last = out.last, last == " " { out.removeLast() }
                i = close + 1
                continue
            }
            // [đã sửa: …], [đã xóa: …], [sửa: …]
            if u[i] == "[", let close = u[(i + 1)...].firstIndex(of: "]"), close - i <= 40,
               isRevisionNote(String(String.UnicodeScalarView(u[(i + 1)..<close]))) {
                i = close + 1
                continue
            }
            // A footnote number in brackets right after a word or a figure: `99%[1]`, `trực tuyến[2]`.
            if u[i] == "[", i > 0, u[i - 1] != " ", let close = u[(i + 1)...].firstIndex(of: "]"), close - i >= 2, close - i <= 3,
               u[(i + 1)..<close].allSatisfy({ ("0"..."9").contains($0) }) {
                i = close + 1
                continue
            }
            if isSuperscriptDigit(u[i]) { i += 1; continue }
            out.append(u[i])
            i += 1
        }
        return String(out)
    }

    static func isSuperscriptDigit(_ c: Unicode.Scalar) -> Bool {
        c.value == 0xB9 || c.value == 0xB2 || c.value == 0xB3 || (0x2070...0x2079).contains(c.value)
    }

    /// `đã sửa: 98%`, `Đã xóa: …`, `sửa: …`: a revision note's opening words, folded.
    static func isRevisionNote(_ inner: String) -> Bool {
        let f = Folding.fold(inner)
        return ["da sua", "da xoa", "sua", "xoa", "da thay", "cu"].contains { f == $0 || f.hasPrefix($0 + " ") }
            && inner.contains(":")
    }

    /// HTML entities by name (between `&` and `;`) and the characters they stand for: read here and in a page
    /// saved as HTML (`HTMLText.decodingEntities`).
    static let namedEntities: [(name: String, character: Unicode.Scalar)] = [("nbsp", " "), ("amp", "&"), ("quot", "\""), ("lt", "<"),
                                                                           ("gt", ">"), ("apos", "'")]

    /// The character an HTML entity at `i` stands for, and the entity's length: `&nbsp;` (a space), `&amp;`.
    static func entity(_ u: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        for (name, c) in namedEntities {
            let n = Array(("&" + name + ";").unicodeScalars)
            if i + n.count <= u.count, Array(u[i..<(i + n.count)]) == n { return (c, n.count) }
        }
        return nil
    }

    /// `Comment CN1: …`, `Nhận xét: …`, `Góp ý …`: a reviewer's comment's opening, folded.
    static func isComment(_ head: String) -> Bool {
        let f = Folding.fold(head)
        return ["comment", "nhan xet", "gop y"].contains { f.hasPrefix($0) }
    }

    static func find(_ pair: [Unicode.Scalar], in u: [Unicode.Scalar], from: Int) -> Int? {
        var k = from
        while k + 1 < u.count {
            if u[k] == pair[0], u[k + 1] == pair[1] { return k }
            k += 1
        }
        return nil
    }
}
