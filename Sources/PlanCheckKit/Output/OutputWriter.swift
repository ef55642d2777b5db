import Foundation

/// Writes a report to standard output or, atomically, to a file (temporary file in the same folder,
/// then rename), so that a reader never sees half a report and an interrupted run leaves no debris.
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
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw WriteError(path: path, reason: error.localizedDescription)
        }
    }
}
