import Foundation

/// Formatting helpers shared by rule kinds.
enum KindSupport {
    /// `2021-07-15` → `15/7/2021`, the way Vietnamese documents write dates.
    static func displayDate(_ iso: String?) -> String {
        guard let iso else { return "" }
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return iso }
        return "\(p[2])/\(p[1])/\(p[0])"
    }

    /// `80.0` → `80`, `97.5` → `97.5`; with `%` when the unit is a percentage.
    static func figure(_ v: Double, unit: String) -> String {
        let n = v == v.rounded() ? String(Int(v)) : String(v)
        return n + Target.unitSuffix(unit, L10n.current)
    }

    static func areaName(_ a: ReformArea) -> String { a.name(L10n.current) }

    /// NSRegularExpression matches in `s` as (range in `s`, capture groups).
    static func matches(_ re: NSRegularExpression, in s: String) -> [(range: Range<String.Index>, groups: [String?])] {
        let ns = NSRange(s.startIndex..<s.endIndex, in: s)
        return re.matches(in: s, options: [], range: ns).compactMap { m in
            guard let r = Range(m.range, in: s) else { return nil }
            let groups: [String?] = (0..<m.numberOfRanges).map { i in
                Range(m.range(at: i), in: s).map { String(s[$0]) }
            }
            return (r, groups)
        }
    }

    /// The same expression with `^` and `$` matching at line breaks, for `lineMatches`.
    static func multiline(_ re: NSRegularExpression) -> NSRegularExpression {
        (try? NSRegularExpression(pattern: re.pattern, options: re.options.union(.anchorsMatchLines))) ?? re
    }

    /// Matches of a `multiline` expression in each of `lines`, found in one pass over the lines joined by
    /// newlines (one regular-expression call per plan instead of one per line). A match never spans lines.
    /// Returns the 0-based line index, the range in that line and the capture groups.
    ///
    /// An expression whose match runs across a line break (`\\s*` eating the newline) is re-run line by line,
    /// with `single`, on the lines that match covers, so that the result equals matching each line alone.
    ///
    /// With a `prefilter` and the lines' `folds`, only the lines it admits are searched (see `RegexPrefilter`).
    static func lineMatches(_ re: NSRegularExpression, single: NSRegularExpression, in lines: [String],
                            prefilter: RegexPrefilter?, folds: FoldedText.View) -> [(line: Int, range: Range<String.Index>, groups: [String?])] {
        guard let prefilter, folds.signatures.count == lines.count else { return lineMatches(re, single: single, in: lines) }
        let only = prefilter.candidates(signatures: folds.signatures, fold: folds.fold)
        if only.isEmpty { return [] }
        return lineMatches(re, single: single, in: only.map { lines[$0] }).map { (only[$0.line], $0.range, $0.groups) }
    }

    static func lineMatches(_ re: NSRegularExpression, single: NSRegularExpression,
                            in lines: [String]) -> [(line: Int, range: Range<String.Index>, groups: [String?])] {
        let joined = lines.joined(separator: "\n")
        // UTF-16 offset where each line starts (NSRange counts UTF-16 units).
        var starts: [Int] = []
        starts.reserveCapacity(lines.count)
        var offset = 0
        for l in lines { starts.append(offset); offset += l.utf16.count + 1 }
        func lineIndex(_ o: Int) -> Int {
            var lo = 0, hi = starts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if starts[mid] <= o { lo = mid } else { hi = mid - 1 }
            }
            return lo
        }
        var out: [(Int, Range<String.Index>, [String?])] = []
        var redoneThrough = -1
        for m in re.matches(in: joined, options: [], range: NSRange(location: 0, length: joined.utf16.count)) {
            let li = lineIndex(m.range.location)
            let line = lines[li]
            let local = NSRange(location: m.range.location - starts[li], length: m.range.length)
            guard local.location + local.length <= line.utf16.count, let r = Range(local, in: line) else {
                let last = lineIndex(max(m.range.location, m.range.location + m.range.length - 1))
                let first = max(li, redoneThrough + 1)
                guard first <= last else { continue }
                out.removeAll { $0.0 >= first && $0.0 <= last }  // earlier matches on those lines are redone too
                for k in first...last {
                    for x in matches(single, in: lines[k]) { out.append((k, x.range, x.groups)) }
                }
                redoneThrough = max(redoneThrough, last)
                continue
            }
            if li <= redoneThrough { continue }  // already matched line by line
            let groups: [String?] = (0..<m.numberOfRanges).map { i in
                let g = m.range(at: i)
                guard g.location != NSNotFound else { return nil }
                return Range(NSRange(location: g.location - starts[li], length: g.length), in: line).map { String(line[$0]) }
            }
            out.append((li, r, groups))
        }
        // Line-by-line results may come after later lines' matches: restore document order.
        return out.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
    }

    static func firstMatch(_ re: NSRegularExpression, in s: String) -> Bool {
        re.firstMatch(in: s, options: [], range: NSRange(s.startIndex..<s.endIndex, in: s)) != nil
    }

    /// Same unit: by catalogue id when both have one, else by folded text.
    static func sameUnit(_ a: UnitRef, _ b: UnitRef) -> Bool {
        if let x = a.unitID, let y = b.unitID { return x == y }
        return Folding.fold(a.unit) == Folding.fold(b.unit)
    }

    static func unitKey(_ u: UnitRef) -> String { u.unitID ?? Folding.fold(u.unit) }
}
