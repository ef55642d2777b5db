import Foundation

/// Formats the figure of a target from its structured fields (not as written), so that `tối thiểu 80%`
/// and `ít nhất 80 %` print alike in the canonical form and in diffs.
public enum FigureFormat {
    /// A number without trailing zeros; the decimal separator follows the language (`7,5` / `7.5`).
    public static func number(_ v: Double, lang: Language? = nil) -> String {
        var s: String
        if v.rounded() == v, abs(v) < 1e15 {
            s = String(Int64(v))
        } else {
            s = String(v)
            if s.contains("e") { s = String(format: "%.6f", v) }
            while s.contains("."), s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if lang == .vi { s = s.replacingOccurrences(of: ".", with: ",") }
        return s
    }

    private static func withUnit(_ s: String, _ unit: String) -> String { s + Target.unitSuffix(unit, .en) }

    /// Machine-stable form used in the canonical rendering: `>= 80%`, `25-35%`, `reduce 20%`, `= 5`.
    public static func canonical(_ t: Target) -> String {
        let v = number(t.value)
        switch t.comparator {
        case .range:
            return withUnit("\(v)-\(t.valueMax.map { number($0) } ?? v)", t.unit)
        case .reduce:
            return "reduce " + withUnit(v, t.unit)
        case .rise:
            return "rise " + withUnit(v, t.unit)
        default:
            return t.comparator.rawValue + " " + withUnit(v, t.unit)
        }
    }

    /// Human form in the report language: `tối thiểu 80%` / `at least 80%`, `80%`, `25–35%`.
    public static func display(_ t: Target, lang: Language) -> String {
        let vi = lang == .vi
        let v = withUnit(number(t.value, lang: lang), t.unit)
        switch t.comparator {
        case .atLeast: return (vi ? "tối thiểu " : "at least ") + v
        case .greaterThan: return (vi ? "trên " : "over ") + v
        case .atMost: return (vi ? "không quá " : "at most ") + v
        case .lessThan: return (vi ? "dưới " : "under ") + v
        case .equal: return v
        case .reduce: return (vi ? "giảm " : "reduce by ") + v
        case .rise: return (vi ? "tăng " : "rise by ") + v
        case .range: return withUnit("\(number(t.value, lang: lang))–\(number(t.valueMax ?? t.value, lang: lang))", t.unit)
        }
    }

    /// An ISO date (`2021-07-15`) as Vietnamese readers write it (`15/7/2021`); ISO in English.
    public static func date(_ iso: String?, lang: Language) -> String {
        guard let iso else { return "—" }
        guard lang == .vi else { return iso }
        let p = iso.split(separator: "-")
        guard p.count == 3, let d = Int(p[2]), let m = Int(p[1]) else { return iso }
        return "\(d)/\(m)/\(p[0])"
    }
}
