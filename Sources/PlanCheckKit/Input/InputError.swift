/// Why an input file could not be loaded. One error per file: the caller prints `description`,
/// skips the file and goes on with the others, and finally exits with `exitCode`.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The path as given by the user.
    public var file: String
    /// The 1-based line the problem is on, when it has one (e.g. the first invalid UTF-8 byte).
    public var line: Int?
    /// The message in the language of `L10n.current` at the time of the error.
    public var message: String
    /// The process exit code for unusable input (2, the same as other input errors of the tool).
    public var exitCode: Int32
    /// The kind of problem, so that callers and tests need not match message texts.
    public var reason: InputMessage

    public init(file: String, line: Int? = nil, _ reason: InputMessage, exitCode: Int32 = 2) {
        self.file = file
        self.line = line
        self.reason = reason
        self.message = reason.text()
        self.exitCode = exitCode
    }

    /// `file:line: message` (or `file: message`), the format of every input error of the tool.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
