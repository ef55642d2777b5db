import Foundation

/// Progress on standard error, shown only on a terminal and only once a run has taken more than a second.
public final class AuditProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    private var done = 0
    private var started = Date()
    private var shown = false
    private let enabled: Bool

    /// `enabled` is normally `isatty(2)`.
    public init(enabled: Bool = isatty(2) == 1) { self.enabled = enabled }

    func start(total: Int) { lock.lock(); self.total = total; done = 0; started = Date(); lock.unlock() }

    func step() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        done += 1
        guard Date().timeIntervalSince(started) > 1 else { return }
        // Redraw at most every 1% (or every plan for small runs) to keep the terminal quiet.
        guard shown == false || done == total || done % max(1, total / 100) == 0 else { return }
        shown = true
        let text = L10n.current == .vi ? "Đang đọc kế hoạch \(done)/\(total)…" : "Reading plans \(done)/\(total)…"
        FileHandle.standardError.write(Data(("\r" + text).utf8))
    }

    /// A later stage (rules and alignment of group `done` of `total`), shown under the same conditions.
    func stage(_ done: Int, of total: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        guard Date().timeIntervalSince(started) > 1 else { return }
        shown = true
        let text = L10n.current == .vi ? "Đang kiểm tra nhóm \(done)/\(total)…" : "Checking group \(done)/\(total)…"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); shown = false }
    }
}
