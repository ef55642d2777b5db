import Foundation

/// Values computed once per `RuleEngine.run` and shared by every plan's context: cross-plan indexes
/// (every plan's citations by document) that each plan's check would otherwise rebuild, which made a
/// province of 100 plans quadratic. Thread-safe; a value is computed once, by the first plan that asks.
public final class RuleRunCache: @unchecked Sendable {
    private var values: [String: Any] = [:]
    /// Recursive: making one value may ask for another (the conflicts of a run need its citation index).
    private let lock = NSRecursiveLock()

    public init() {}

    /// The value stored under `key`, made by `make` on first use. Callers of one key must agree on its type.
    public func value<T>(_ key: String, _ make: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let v = values[key] as? T { return v }
        let v = make()
        values[key] = v
        return v
    }
}
