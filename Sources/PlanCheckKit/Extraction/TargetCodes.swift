/// Codes a province gives its targets (`CT01` … `CT20`, `CT-05`, `CT5`) and plans file their figures under:
/// `CT05. Tỷ lệ hồ sơ …: tối thiểu 98%` in the parent, `CT05: đạt 92%`, `Chỉ tiêu CT07 - 100%`, `… đạt
/// tối thiểu 82% (CT06)` or `CT12, CT13, CT14: đạt 100%` in a commune's. A figure takes the code alone
/// in brackets after it, else the code (or list of codes) before it since the figure before; a list gives
/// one target per code. Once the parent is loaded, `RelativeTargets.resolve` gives a target its code's
/// indicator when its own words named none (a commune that writes only the code).
enum TargetCodes {
    /// A code found in a text: where it stands (scalar offsets) and its normal form (`CT5` for `CT05`).
    struct Found {
        var start: Int
        var end: Int
        var code: String
    }

    /// Every code in `range` of `t`: `ct`, an optional `-` or space, one to three digits, standing apart
    /// from the letters and digits around it (read on the folded bytes).
    static func codes(in t: AlignedFold, _ range: Range<Int>) -> [Found] {
        var out: [Found] = []
        let f = t.folded
        var k = range.lowerBound
        while k + 2 < range.upperBound {
            defer { k += 1 }
            if f[k] == 0x28, let n = numberInBrackets(f, at: k, before: range.upperBound) {
                // `(5) tỷ lệ …` numbers a target (`(5)`); `Chỉ tiêu (5): …` cites the parent's by its number (`#5`).
                out.append(Found(start: k, end: n.end, code: citesNumber(t, before: k) ? "#\(n.value)" : "(\(n.value))"))
                k = n.end - 1
                continue
            }
            guard f[k] == 0x63, f[k + 1] == 0x74, k == 0 || !isWordByte(f[k - 1]) else { continue }  // c t
            var d = k + 2
            if d < range.upperBound, f[d] == 0x2D || f[d] == 0x20 { d += 1 }  // - or space
            var e = d
            while e < range.upperBound, e - d < 4, f[e] >= 0x30, f[e] <= 0x39 { e += 1 }
            guard (1...3).contains(e - d), e == f.count || !isWordByte(f[e]),
                  let n = Int(String(decoding: f[d..<e], as: UTF8.self)) else { continue }
            out.append(Found(start: k, end: e, code: "CT\(n)"))
            k = e - 1
        }
        return out
    }

    /// A target's number in brackets (`(5)`, one or two digits, not after a letter or digit: `(5) tỷ lệ …`,
    /// `Chỉ tiêu (5): đạt 98%`, `chỉ tiêu số (7) của tỉnh`): a parent that numbers its targets so lets its
    /// communes cite a target by its number alone. Filed as the code `(5)`, or `#5` when cited (`citesNumber`):
    /// only a cited number takes the parent's indicator (`resolvable`), not a commune's own list numbering.
    static func numberInBrackets(_ f: [UInt8], at k: Int, before end: Int) -> (value: Int, end: Int)? {
        guard k + 2 < end, k == 0 || !isWordByte(f[k - 1]) else { return nil }
        var e = k + 1
        while e < end, e - k <= 3, f[e] >= 0x30, f[e] <= 0x39 { e += 1 }
        guard (1...2).contains(e - k - 1), e < end, f[e] == 0x29, let n = Int(String(decoding: f[(k + 1)..<e], as: UTF8.self)), n > 0 else { return nil }
        return (n, e + 1)
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == AlignedFold.otherLetter || b == AlignedFold.otherDigit
    }

    /// Whether the bytes (folded, or a row's raw text) hold `ct` (any case) and a digit within two bytes after
    /// it: most paragraphs and cells do not.
    static func mayHold(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k + 2 < b.count {
            if b[k] | 0x20 == 0x63, b[k + 1] | 0x20 == 0x74,
               (0x30...0x39).contains(b[k + 2]) || k + 3 < b.count && (0x30...0x39).contains(b[k + 3]) { return true }
            if b[k] == 0x28, (0x30...0x39).contains(b[k + 1]), b[k + 2] == 0x29 || k + 3 < b.count && b[k + 3] == 0x29 { return true }
            k += 1
        }
        return false
    }

    static func mayHold(_ folded: [UInt8]) -> Bool { folded.withUnsafeBufferPointer(mayHold) }

    /// Files each of `targets` (whose figures span `figures`, in order) under its code: the one alone in
    /// brackets after its figure (before the next), else those before it since the previous figure (a list of codes
    /// gives a copy per code, its indicator left to the code), else the code its table row opens on.
    static func apply(_ t: AlignedFold, figures: [Range<Int>], rowContext: String?, to targets: inout [Target]) {
        let rowCode = rowContext.flatMap { row -> String? in
            // (A byte test first: this runs for every table cell.)
            var bytes = row
            guard bytes.withUTF8(mayHold) else { return nil }
            // Only a code the row opens on (its `Mã` cell): a lead-in passed as context may name others.
            let r = AlignedFold(row.trimmedWhitespace)
            return codes(in: r, 0..<min(r.count, 8)).first.flatMap { $0.start == 0 ? $0.code : nil }
        }
        guard mayHold(t.folded) || rowCode != nil, figures.count == targets.count else { return }
        let all = codes(in: t, 0..<t.count)
        var out: [Target] = []
        var taken = -1  // the last code given to a figure by its bracket
        for (n, (figure, target)) in zip(figures, targets).enumerated() {
            let nextStart = n + 1 < figures.count ? figures[n + 1].lowerBound : t.count
            if let after = all.firstIndex(where: { $0.start >= figure.upperBound && $0.start < nextStart && bracketed(t, $0) }) {
                var target = target
                target.code = all[after].code
                out.append(target)
                taken = after
                continue
            }
            let from = n > 0 ? figures[n - 1].upperBound : 0
            let before = all.indices.filter { $0 > taken && all[$0].start >= from && all[$0].end <= figure.lowerBound }
            guard let last = before.last else {
                var target = target
                target.code = rowCode
                out.append(target)
                continue
            }
            // `CT12, CT13, CT14: đạt 100%`: the codes listed right before the figure, each its own target.
            var list = [last]
            while let k = list.first, let p = before.last(where: { $0 < k }), onlySeparators(t, all[p].end..<all[k].start) { list.insert(p, at: 0) }
            // `Chỉ tiêu (16): đạt 70%`: the number alone names the measure; words the extractor found past the figure
            // are another clause's.
            // (Only a number cited as such: `(6) 100% TTHC …` names its measure after the figure.)
            let byNumberOnly = all[last].code.hasPrefix("#")
                && t.fold(all[last].end..<figure.lowerBound).words.allSatisfy { numberOnlyWords.contains(String($0)) }
            for k in list {
                var copy = target
                copy.code = all[k].code
                if list.count > 1 || byNumberOnly { copy.indicator = nil }
                out.append(copy)
            }
        }
        targets = out
    }

    /// Whether a code stands alone in brackets (`(CT06)`, `(chỉ tiêu CT08)`, `(mã CT09)`): said after a figure,
    /// it files that figure (`… đạt tối thiểu 82% (CT06)`, `100% phản ánh, kiến nghị … đúng hạn (CT09)`).
    static func bracketed(_ t: AlignedFold, _ code: Found) -> Bool {
        // (`95%(1)`: a number in brackets after a figure is its footnote's.)
        guard !code.code.hasPrefix("#"), !code.code.hasPrefix("(") else { return false }
        var k = code.start - 1
        while k >= 0, t.folded[k] != 0x28, code.start - k <= 12 { k -= 1 }  // (
        guard k >= 0, t.folded[k] == 0x28 else { return false }
        let opening = t.fold((k + 1)..<code.start)
        guard opening.isEmpty || opening == "chi tieu" || opening == "ma" else { return false }
        var e = code.end
        while e < t.count, t.folded[e] == 0x20 { e += 1 }
        return e < t.count && t.folded[e] == 0x29  // )
    }

    /// The key a parent's code is looked up by: `#5` for a number in brackets, cited or not; the code itself
    /// otherwise.
    static func lookupKey(_ code: String) -> String {
        code.hasPrefix("(") ? "#" + code.dropFirst().dropLast() : code
    }

    /// Whether a plan's code names a parent's target: a province's code (`CT5`) or a number cited as one
    /// (`#5`), not the plan's own list numbering (`(5)`).
    static func resolvable(_ code: String) -> Bool { !code.hasPrefix("(") }

    /// Whether `chỉ tiêu` or `chỉ tiêu số` stands right before offset `k` (a target's number cited).
    static func citesNumber(_ t: AlignedFold, before k: Int) -> Bool {
        let f = t.fold(max(0, k - 14)..<k)
        return f.hasSuffix("chi tieu") || f.hasSuffix("chi tieu so")
    }

    /// Folded words that may stand between a target's number and its figure without naming a measure
    /// (`(5): đạt 98%`, `số (7) của tỉnh ở mức 100%`, `(9): không quá 10 ngày`).
    static let numberOnlyWords: Set<String> = ["dat", "toi", "thieu", "da", "o", "muc", "cua", "tinh", "thanh", "pho", "khong",
                                               "qua", "duoi", "tren", "tu", "tro", "len", "la", "bang", "phan", "dau", "giao"]

    /// Whether only commas, spaces and `và` stand between two codes.
    static func onlySeparators(_ t: AlignedFold, _ range: Range<Int>) -> Bool {
        let words = t.fold(range).words
        return words.allSatisfy { $0 == "va" } && t.text(range).allSatisfy { $0 == "," || $0 == " " || $0.isLetter }
    }

    /// Folded wordings of a clause that keeps its codes' targets for the province's own level.
    static let provinceOnly = ["chi ap dung doi voi cap tinh", "chi ap dung cho cap tinh", "ap dung doi voi cap tinh",
                               "khong phai dang ky", "khong giao cho cap xa", "xa khong dang ky", "xa phuong khong dang ky"]

    /// Marks as the province's own (`forLevel` `tinh`) the targets whose codes a clause of the plan keeps for
    /// the province (`chỉ tiêu CT15 và CT20 chỉ áp dụng đối với cấp tỉnh, xã, phường không phải đăng ký`), so
    /// that no commune is held to them.
    static func markProvinceOnly(_ blocks: [Block], targets: inout [Target]) {
        guard targets.contains(where: { $0.code != nil && $0.forLevel == nil }) else { return }
        var kept = Set<String>()
        for b in blocks where b.kind == .paragraph && b.text.contains("CT") {
            for clause in b.text.split(whereSeparator: { $0 == ";" || $0 == "(" || $0 == ")" }) {
                let t = AlignedFold(String(clause))
                guard mayHold(t.folded), case let f = Folding.fold(String(clause)), provinceOnly.contains(where: { f.contains($0) }) else { continue }
                kept.formUnion(codes(in: t, 0..<t.count).map(\.code))
            }
        }
        guard !kept.isEmpty else { return }
        for k in targets.indices where targets[k].forLevel == nil {
            if let c = targets[k].code, kept.contains(c) { targets[k].forLevel = "tinh" }
        }
    }
}
