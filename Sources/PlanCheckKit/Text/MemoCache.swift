import Foundation

/// A thread-safe memo of a pure function of a String, for values computed over and over (document-number
/// keys across hundreds of plans). The value is computed outside the lock. Bounded: cleared when it grows
/// past `limit`.
public final class MemoCache<Value>: @unchecked Sendable {
    private var store: [String: Value] = [:]
    private let lock = NSLock()
    private let limit: Int

    public init(limit: Int = 100_000) { self.limit = limit }

    public func value(_ key: String, _ compute: (String) -> Value) -> Value {
        lock.lock()
        if let v = store[key] { lock.unlock(); return v }
        lock.unlock()
        let v = compute(key)
        lock.lock()
        if store.count >= limit { store.removeAll(keepingCapacity: true) }
        store[key] = v
        lock.unlock()
        return v
    }
}
