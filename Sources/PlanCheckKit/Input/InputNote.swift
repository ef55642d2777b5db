/// A warning about an input that was still loaded (e.g. a line cut at the length limit).
public struct InputNote: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    init(file: String, line: Int?, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }

    static func lineTruncated(file: String, line: Int, length: Int, limit: Int) -> InputNote {
        let m = L10n.current == .en
            ? "line of \(length) characters cut to the first \(limit) (limit for one line)"
            : "dòng dài \(length) ký tự đã bị cắt còn \(limit) ký tự đầu (giới hạn một dòng)"
        return InputNote(file: file, line: line, m)
    }
}

/// A loaded plan file and the warnings raised while loading it.
public struct LoadedDocument: Sendable {
    public var document: SourceDocument
    public var notes: [InputNote]
}
