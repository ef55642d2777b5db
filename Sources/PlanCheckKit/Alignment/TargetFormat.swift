import Foundation

/// Short, language-aware renderings of figures for matrices and messages (`≥95%`, `25–35%`, `giảm 10%`).
public enum TargetFormat {
    /// A number without a useless `.0` (`95`, `2.5`).
    public static func number(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
        var s = String(format: "%.2f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// The figure of a target in the current language.
    public static func figure(value: Double, valueMax: Double?, unit: String, comparator: Comparator,
                              lang: Language = L10n.current) -> String {
        // A ranking is the group aimed at: "nhóm 20" (top 20), whatever its comparator.
        if unit == "rank" { return (lang == .vi ? "nhóm " : "top ") + number(value) }
        let u = Target.unitSuffix(unit, lang)
        let n = number(value) + u
        switch comparator {
        case .atLeast: return "≥" + n
        case .greaterThan: return ">" + n
        case .atMost: return "≤" + n
        case .lessThan: return "<" + n
        case .equal: return n
        case .reduce: return (lang == .vi ? "giảm " : "−") + n
        case .rise: return (lang == .vi ? "tăng " : "+") + n
        case .range: return number(value) + "–" + number(valueMax ?? value) + u
        }
    }

    public static func figure(_ t: Target, lang: Language = L10n.current) -> String {
        figure(value: t.value, valueMax: t.valueMax, unit: t.unit, comparator: t.comparator, lang: lang)
    }

    /// `2026` or `2026–2030`; empty for nil.
    public static func period(_ p: Period?) -> String {
        guard let p else { return "" }
        return p.isSingleYear ? "\(p.from)" : "\(p.from)–\(p.to)"
    }
}
