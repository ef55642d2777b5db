/// A plan that takes its parent's targets by reference instead of listing them (`Thực hiện đầy đủ các chỉ
/// tiêu tại Mục II Kế hoạch số 286/KH-UBND của UBND tỉnh.`, `Các chỉ tiêu còn lại thực hiện theo Kế hoạch của
/// UBND tỉnh`), listing only its exceptions and additions. Such a plan carries every parent target it does
/// not restate, at the parent's level: once the parent is loaded, `RelativeTargets.resolve` gives it each
/// of them at the line of the sentence, so that none is reported missing.
enum AdoptedTargets {
    /// Folded openings of the sentence, up to `chỉ tiêu`.
    static let phrases = ["thuc hien day du cac chi tieu", "thuc hien toan bo cac chi tieu", "thuc hien cac chi tieu",
                          "cac chi tieu con lai thuc hien", "cac chi tieu khac thuc hien", "ap dung toan bo cac chi tieu",
                          "ap dung cac chi tieu"]

    /// The line of the first paragraph that adopts the parent's targets, or nil. The targets must be pointed
    /// at right after the phrase (`tại Mục II Kế hoạch số …`, `theo Kế hoạch của UBND tỉnh`) and the sentence
    /// must name the parent (`tỉnh`, `thành phố` or a plan's number): `Thực hiện đầy đủ các chỉ tiêu, nhiệm vụ
    /// cải cách hành chính năm 2027 của Thành phố` states a purpose, and the plan goes on to list its targets;
    /// so does a sentence that announces a list (`… như sau:`).
    static func line(in blocks: [Block]) -> Int? {
        for b in blocks where b.kind == .paragraph && b.text.utf8.count <= 400 && b.text.contains("chỉ tiêu") {
            let f = " " + Folding.fold(b.text) + " "
            for p in phrases {
                guard let r = f.range(of: " " + p + " ") else { continue }
                let next = f[r.upperBound...].words.prefix(3)
                var w = next.makeIterator()
                var first = w.next()
                if first == "tai" || first == "theo" || first == "cua" || first == "nhu" { first = w.next() }
                // (`Mục II`, not `mức chung của tỉnh`: both fold to `muc`, only a section has a number after it.)
                let second = w.next()
                let numbered = second.map { s in s.allSatisfy(\.isNumber) || s.allSatisfy { "ivx".contains($0) } } ?? false
                let pointed = (first == "muc" || first == "khoan") && numbered || first == "phu" && second == "luc"
                    || first == "ke" && second == "hoach"
                let rest = f[r.upperBound...]
                guard pointed, rest.contains(" tinh ") || rest.contains(" thanh pho ") || rest.contains(" ke hoach so ") else { continue }
                // `UBND xã đăng ký thực hiện các chỉ tiêu tại Phụ lục Kế hoạch số 298/KH-UBND … như sau:`: a
                // lead-in to the plan's own list, which adopts nothing it leaves out.
                if rest.contains(" nhu sau ") || b.text.trimmedWhitespace.hasSuffix(":") { continue }
                return b.firstLine
            }
        }
        return nil
    }
}
