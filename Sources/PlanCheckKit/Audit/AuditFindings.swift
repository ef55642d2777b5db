import Foundation

/// The seam between the audit and the rules module: runs the rule packs on a group of plans with the
/// group's parent and returns the findings, sorted.
public struct AuditFindings: Sendable {
    public typealias Provider = @Sendable (_ plans: [Plan], _ parent: Plan?) -> [Finding]

    public var provider: Provider

    public init(provider: @escaping Provider) { self.provider = provider }

    /// No findings (alignment only).
    public static let none = AuditFindings { _, _ in [] }

    public func findings(plans: [Plan], parent: Plan?) -> [Finding] { provider(plans, parent) }
}
