/// How one plan's figure for an indicator stands against the parent's.
public enum AlignmentStatus: String, Codable, Sendable, CaseIterable {
    /// At least as ambitious as the parent's figure for the same (or containing) period.
    case meets
    /// Less ambitious than the parent's figure.
    case below = "below-parent"
    /// The parent sets the indicator for the plan's period; the plan does not carry it.
    case missing
    /// The plan carries the indicator; the parent sets no figure for that period.
    case extra = "not-in-parent"
    /// The plan gives the indicator different figures for one period.
    case inconsistent
    /// Neither the plan nor (for its period) the parent has the indicator.
    case none

    /// Order for picking a cell's status from its values: the most serious wins.
    var weight: Int {
        switch self {
        case .inconsistent: return 5
        case .below: return 4
        case .missing: return 3
        case .meets: return 2
        case .extra: return 1
        case .none: return 0
        }
    }

    public func label(_ lang: Language = L10n.current) -> String {
        let vi = lang == .vi
        switch self {
        case .meets: return vi ? "đạt" : "meets"
        case .below: return vi ? "thấp hơn cấp trên" : "below parent"
        case .missing: return vi ? "thiếu" : "missing"
        case .extra: return vi ? "cấp trên không đặt" : "not in parent"
        case .inconsistent: return vi ? "không thống nhất" : "inconsistent"
        case .none: return ""
        }
    }
}
