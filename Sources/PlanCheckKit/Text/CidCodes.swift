/// Glyph codes a PDF text extractor prints for letters its font has no Unicode for, as pdfminer does:
/// `Đi(cid:166)m Ch(cid:172) s(cid:180) CCHC … đ(cid:132)t t(cid:180)i thi(cid:166)u 80 đi(cid:166)m` (a font whose
/// toned vowels lack a map). One code is one letter throughout the file, so each code's vowel can be told
/// from the words it stands in: the vowel (`a e i o u y`) that makes the most of them Vietnamese syllables
/// (`thi?u` → `e`, `đ?t` → `a`). The tone cannot be told, and is not needed: matching folds it away. Codes are
/// replaced by their vowels at load (reports quote the lines as written); a code no vowel fits is left.
enum CidCodes {
    static let vowels: [Character] = ["a", "e", "i", "o", "u", "y"]

    /// Folded words a plan uses most, to choose among vowels that all make syllables (`v?` is `vụ` in `nhiệm
    /// vụ`, not `va`): a word here counts three times a bare syllable.
    static let commonWords: Set<Substring> = Set("""
        nhiem vu ke hoach cua dac khu xa phuong tien do diem chi so dat toi thieu da van ban quy pham phap luat tham
        quyen trinh tu thu tuc ho so duoc giai quyet dung han khong de phat sinh qua ty le tiep nhan truc tuyen tren
        tong hoa ket khai thac su dung lai du lieu muc hai long nguoi ve phan anh kien nghi xu ly co quan don vi
        thuoc dinh chuc nang che lam viec tinh gian bien huong luong can bo cong boi duong thuc ky doi voi phuc ngan
        sach dau tu toan di gui moi truong dien tru mat mang dich khi chinh cai cach hanh the to may tai chi dao dieu
        phong hoa hoi kinh te trung tam uy ban nhan dan nam giai doan thuc hien kiem tra tuyen truyen bao cao chu tri
        phoi hop nhu sau muc tieu yeu cau nguyen tac gia tri toi da it nhat bao dam dam bao nang cao chat luong hieu qua
        hien dai so hoa dien tu thanh toan phi le ho tro cap tinh thanh pho tong the giao ket qua tu kiem sang kien
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }))

    /// Folded word pairs of a plan's set phrases (`nhiệm vụ`, `tỷ lệ`, `chỉ tiêu`, `xử lý`): a candidate that
    /// makes one with its neighbour counts most, which settles words that are common either way (`vụ`, `về`).
    static let commonPairs: Set<String> = {
        let phrases = ["nhiem vu", "dich vu", "phuc vu", "xu ly", "ty le", "chi tieu", "chi so", "ho so", "toi thieu",
                       "so hoa", "ky so", "ke hoach", "thu tuc", "hanh chinh", "truc tuyen", "giai quyet", "tiep nhan",
                       "van ban", "phap luat", "quy dinh", "chuc nang", "co quan", "don vi", "can bo", "cong chuc",
                       "muc do", "hai long", "nguoi dan", "to chuc", "bo may", "cai cach", "du toan", "quyet toan",
                       "dau tu", "moi truong", "dien tu", "ky nang", "kien thuc", "boi duong", "dung han", "tien do",
                       "dac khu", "tham quyen", "trinh tu", "du lieu", "su dung", "ket qua", "phan anh", "kien nghi",
                       "thanh toan", "nghia vu", "tai chinh", "viec lam", "vi tri", "bien che", "tinh gian", "khai thac"]
        return Set(phrases)
    }()

    /// The text with its `(cid:N)` codes replaced by their vowels; `text` itself when it has none.
    static func decoding(_ text: String) -> String {
        guard text.contains("(cid:") else { return text }
        // Each code as one private-use scalar, so that a word is a run of letters and codes.
        var coded = String.UnicodeScalarView()
        var codes = Set<UInt32>()
        var rest = Substring(text)
        while let r = rest.range(of: "(cid:") {
            coded.append(contentsOf: rest[..<r.lowerBound].unicodeScalars)
            let after = rest[r.upperBound...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 4, after.dropFirst(digits.count).first == ")", let n = UInt32(digits) else {
                coded.append(contentsOf: rest[r].unicodeScalars)
                rest = after
                continue
            }
            let s = Unicode.Scalar(0xF0000 + n)!
            coded.append(s)
            codes.insert(s.value)
            rest = after.dropFirst(digits.count + 1)
        }
        coded.append(contentsOf: rest.unicodeScalars)
        let words = String(coded).split { !($0.isLetter || $0.unicodeScalars.first.map { $0.value >= 0xF0000 } == true) }
        var vowelOf: [UInt32: Character] = [:]
        // A word read with `code` as `v`, other codes as their known vowels (or `a` while unknown), folded.
        func reading(_ w: Substring, _ code: UInt32, _ v: Character) -> String {
            Folding.fold(String(w.unicodeScalars.map { u -> Character in
                u.value == code ? v : u.value >= 0xF0000 ? (vowelOf[u.value] ?? "a") : Character(u)
            }))
        }
        for code in codes.sorted() {
            var best: (Character, Int)?
            for v in vowels {
                var fits = 0
                for (k, w) in words.enumerated() where w.unicodeScalars.contains(where: { $0.value == code }) {
                    let candidate = reading(w, code, v)
                    guard SyllableSpacing.isSyllable(candidate) else { continue }
                    fits += commonWords.contains(Substring(candidate)) ? 4 : 1
                    if k > 0, commonPairs.contains(reading(words[k - 1], code, v) + " " + candidate) { fits += 8 }
                    if k + 1 < words.count, commonPairs.contains(candidate + " " + reading(words[k + 1], code, v)) { fits += 8 }
                }
                if fits > (best?.1 ?? 0) { best = (v, fits) }
            }
            if let (v, _) = best { vowelOf[code] = v }
        }
        var out = String.UnicodeScalarView()
        let scalars = Array(coded)
        for (k, u) in scalars.enumerated() {
            guard u.value >= 0xF0000 else { out.append(u); continue }
            guard let v = vowelOf[u.value] else { out.append(contentsOf: "(cid:\(u.value - 0xF0000))".unicodeScalars); continue }
            // A capital between capitals (`CH(cid:171)`): the heading's case.
            let previousUpper = k > 0 && scalars[k - 1].properties.isUppercase
            let nextLower = k + 1 < scalars.count && scalars[k + 1].properties.isLowercase
            out.append(contentsOf: (previousUpper && !nextLower ? String(v).uppercased() : String(v)).unicodeScalars)
        }
        return String(out)
    }
}
