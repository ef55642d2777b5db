/// One figure of a plan in the indicator matrix, with how it stands against the parent.
public struct AlignedValue: Codable, Sendable {
    public var target: Target
    /// The period the figure applies to (the target's, else its plan's).
    public var period: Period?
    /// `meets`, `below-parent` or `not-in-parent`.
    public var status: AlignmentStatus
    /// Whether the plan gives this indicator another figure for the same period.
    public var inconsistent: Bool
    /// Index in the parent's `plan.targets` of the figure compared with, if any.
    public var parentTarget: Int?
    /// The figure is given jointly for several indicators (`mức độ hài lòng về A; về B; về C đạt 90%`) and was
    /// extracted under another indicator: the plan carries this one through that shared figure.
    public var shared: Bool = false
}

/// A plan's column in one indicator row.
public struct AlignmentCell: Codable, Sendable {
    /// Index of the plan in the audited group.
    public var plan: Int
    public var status: AlignmentStatus
    public var values: [AlignedValue]
    /// For `missing`: the parent figures (indices in `plan.targets`) the plan does not carry.
    public var missing: [Int]
}

/// How the plans carrying an indicator compare with each other.
public struct SiblingStats: Codable, Sendable {
    public var count: Int
    public var min: Double?
    public var median: Double?
    public var max: Double?
    /// Plans (indices) less ambitious than more than half of the other plans carrying the indicator.
    public var belowMost: [Int]
}

/// One row of the indicator matrix.
public struct IndicatorRow: Codable, Sendable {
    public var indicator: String
    /// Name in the report language (the id when the catalogue does not know it).
    public var name: String
    public var area: ReformArea?
    public var higherIsBetter: Bool
    /// Indices in the parent's `plan.targets`.
    public var parentTargets: [Int]
    /// One per plan, in plan order.
    public var cells: [AlignmentCell]
    public var siblings: SiblingStats
}

/// Marks on a plan's lead units for one reform area.
public enum ResponsibilityMark: String, Codable, Sendable {
    /// The area does not appear in the plan.
    case absent
    case noLead = "no-lead"
    case twoLeads = "two-leads"
    /// A lead that is not one of the catalogue's standard units.
    case nonStandard = "non-standard-unit"

    public func label(_ lang: Language = L10n.current) -> String {
        let vi = lang == .vi
        switch self {
        case .absent: return vi ? "không có lĩnh vực" : "area absent"
        case .noLead: return vi ? "không có đơn vị chủ trì" : "no lead"
        case .twoLeads: return vi ? "hai đơn vị chủ trì" : "two leads"
        case .nonStandard: return vi ? "đơn vị ngoài danh mục" : "non-standard unit"
        }
    }
}

/// A plan's column in one responsibility row.
public struct ResponsibilityCell: Codable, Sendable {
    public var plan: Int
    public var present: Bool
    /// Line where the area is introduced.
    public var line: Int?
    public var leads: [UnitRef]
    public var marks: [ResponsibilityMark]
}

/// Lead units of one reform area, in the parent and in each plan.
public struct ResponsibilityRow: Codable, Sendable {
    public var area: ReformArea
    public var parentLeads: [UnitRef]
    public var cells: [ResponsibilityCell]
}

/// A target whose figure matched no catalogue indicator, listed so the catalogue can be extended.
public struct UnmatchedTarget: Codable, Sendable {
    public var plan: Int
    public var target: Target
}

/// The comparison of a group of plans with their parent and with each other.
public struct Alignment: Codable, Sendable {
    public var indicators: [IndicatorRow]
    public var responsibilities: [ResponsibilityRow]
    public var unmatched: [UnmatchedTarget]
}
