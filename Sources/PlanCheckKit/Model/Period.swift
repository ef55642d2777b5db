/// A span of calendar years a plan or a target applies to (`from == to` for one year).
public struct Period: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    public init(year: Int) { self.init(from: year, to: year) }

    /// Whether `other` lies entirely inside this period.
    public func contains(_ other: Period) -> Bool { from <= other.from && other.to <= to }

    public var isSingleYear: Bool { from == to }

    public var description: String { isSingleYear ? "\(from)" : "\(from)-\(to)" }

    public static func < (a: Period, b: Period) -> Bool { (a.from, a.to) < (b.from, b.to) }
}
