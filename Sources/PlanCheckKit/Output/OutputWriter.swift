import Foundation

/// Writes a report to standard output or, atomically, to a file: the text goes to a temporary file in the
/// same folder, which is then renamed over the target, so that a reader never sees half a report and an
/// interrupted run leaves the old file in place. (Foundation's `.atomic` option was not used: on Linux it
/// leaves an empty `TemporaryDirectory.*` folder in /tmp after every write.)
public enum OutputWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String {
            L10n.current == .vi ? "\(path): không ghi được tệp: \(reason)" : "\(path): cannot write file: \(reason)"
        }
    }

    /// Writes `text` to `path`, or to stdout when `path` is nil or "-".
    public static func write(_ text: String, to path: String?) throws {
        var data = Data(text.utf8)
        if !text.isEmpty, !text.hasSuffix("\n") { data.append(0x0A) }
        try write(data, to: path)
    }

    public static func write(_ data: Data, to path: String?) throws {
        try stream(to: path) { emit in emit(data) }
    }

    /// Streams a report made piece by piece (a report of thousands of plans need not be held in memory):
    /// `body` is given a function that writes one piece. To a file, atomically as `write`.
    public static func stream(to path: String?, _ body: (_ emit: (Data) -> Void) throws -> Void) throws {
        guard let path, path != "-" else {
            try body { FileHandle.standardOutput.write($0) }
            return
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent().path
        let temp = folder + "/." + target.lastPathComponent + ".plancheck-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).tmp"
        guard FileManager.default.createFile(atPath: temp, contents: nil), let handle = FileHandle(forWritingAtPath: temp) else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        var failure: String?
        do {
            try body { data in
                guard failure == nil else { return }
                do { try handle.write(contentsOf: data) } catch { failure = error.localizedDescription }
            }
        } catch {
            // The report could not be made: the old file stays, the temporary one goes.
            try? handle.close()
            unlink(temp)
            throw error
        }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            failure = failure ?? error.localizedDescription
        }
        if let failure {
            unlink(temp)
            throw WriteError(path: path, reason: failure)
        }
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw WriteError(path: path, reason: reason)
        }
    }
}
