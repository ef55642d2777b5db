import Foundation

/// A thread-safe memo of a pure String → String function, for values computed over and over
/// (document-number keys across hundreds of plans). Bounded: cleared when it grows past `limit`.
public final class MemoCache: @unchecked Sendable {
    private var store: [String: String] = [:]
    private let lock = NSLock()
    private let limit: Int

    public init(limit: Int = 100_000) { self.limit = limit }

    public func value(_ key: String, _ compute: (String) -> String) -> String {
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
