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
        return unit == "%" ? n + "%" : n
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
