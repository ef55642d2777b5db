import Dispatch
import Foundation

/// Maps over an array on every core (`DispatchQueue.concurrentPerform`), keeping the input order, so that
/// output never depends on scheduling.
public enum ParallelMap {
    public static func map<T: Sendable, R>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<R>(items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, transform(items[i]))
        }
        return slots.values()
    }

    /// Results written from several threads, each slot once, under a lock.
    private final class Slots<R>: @unchecked Sendable {
        private var items: [R?]
        private let lock = NSLock()
        init(_ n: Int) { items = Array(repeating: nil, count: n) }
        func set(_ i: Int, _ v: R) { lock.lock(); items[i] = v; lock.unlock() }
        func values() -> [R] { lock.lock(); defer { lock.unlock() }; return items.map { $0! } }
    }
}
