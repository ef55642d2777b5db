/// Compares two figures of one indicator the right way round.
///
/// - A reduction (`giảm 10%`, comparator `reduce`) or a rise (`tăng 10% so với năm 2025`, `rise`) is more
///   ambitious the larger it is, whatever the indicator's direction: cutting staff by 15% is more than
///   cutting by 10%.
/// - Otherwise the catalogue's `higherIsBetter` decides: for a higher-is-better indicator the lower
///   bound counts (a range `25–35%` commits to 25%); for a lower-is-better one (a ceiling) the upper bound.
public enum Ambition {
    /// Whether `child` is at least as ambitious as `parent`.
    public static func meets(_ child: Target, _ parent: Target, higherIsBetter: Bool) -> Bool {
        let eps = 1e-9
        if child.comparator.change != nil || parent.comparator.change != nil {
            return child.value + eps >= parent.value
        }
        if higherIsBetter {
            if child.value + eps < parent.value { return false }
            // `trên 90%` is not met by `90%`.
            if parent.comparator == .greaterThan && abs(child.value - parent.value) < eps && child.comparator != .greaterThan {
                return false
            }
            return true
        }
        let c = child.valueMax ?? child.value
        let p = parent.valueMax ?? parent.value
        if c > p + eps { return false }
        // `dưới 1%` is not met by `1%` (nor by `không quá 1%`).
        if parent.comparator == .lessThan && abs(c - p) < eps && child.comparator != .lessThan { return false }
        return true
    }

    /// The direction of a figure no catalogue indicator gives one: a ceiling (`không quá 3%`) is better
    /// lower, any other figure higher.
    public static func higherIsBetter(uncatalogued t: Target) -> Bool {
        t.comparator != .atMost && t.comparator != .lessThan
    }

    /// A number that orders figures by ambition (larger = more ambitious), for sibling statistics.
    public static func score(_ t: Target, higherIsBetter: Bool) -> Double {
        if t.comparator.change != nil { return t.value }
        return higherIsBetter ? t.value : -(t.valueMax ?? t.value)
    }

    /// The figure that `score` ranks, as a reader sees it (lower bound, upper bound for ceilings).
    public static func representative(_ t: Target, higherIsBetter: Bool) -> Double {
        if t.comparator.change != nil || higherIsBetter { return t.value }
        return t.valueMax ?? t.value
    }
}
