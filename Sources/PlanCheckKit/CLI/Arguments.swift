/// A small command-line parser: `--flag`, `--key value`, `--key=value`, repeated keys, positionals.
public struct Arguments {
    public var positionals: [String] = []
    public var options: [String: [String]] = [:]
    public var flags: Set<String> = []

    /// Parses `args`; `valued` names the options that take a value (without `--`).
    public init(_ args: [String], valued: Set<String>, flags known: Set<String>) throws(UsageError) {
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositionals || !a.hasPrefix("--") || a == "-" {
                if !onlyPositionals, a.hasPrefix("-"), a != "-", a.count > 1, !a.hasPrefix("--") {
                    if a == "-h" { flags.insert("help"); continue }
                    throw UsageError(message: UsageError.unknownOption(a))
                }
                positionals.append(a)
                continue
            }
            if a == "--" { onlyPositionals = true; continue }
            var name = String(a.dropFirst(2))
            var value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if valued.contains(name) {
                if value == nil {
                    guard i < args.count else { throw UsageError(message: UsageError.missingValue(name)) }
                    value = args[i]
                    i += 1
                }
                options[name, default: []].append(value!)
            } else if known.contains(name) || name == "help" {
                flags.insert(name)
            } else {
                throw UsageError(message: UsageError.unknownOption(a))
            }
        }
    }

    public func value(_ name: String) -> String? { options[name]?.last }
    public func values(_ name: String) -> [String] { options[name] ?? [] }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// A mistake in how the command was called; exit code 2.
public struct UsageError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    static func unknownOption(_ o: String) -> String {
        L10n.current == .vi ? "tùy chọn không hợp lệ: \(o) (xem --help)" : "unknown option: \(o) (see --help)"
    }
    static func missingValue(_ o: String) -> String {
        L10n.current == .vi ? "tùy chọn --\(o) cần một giá trị" : "option --\(o) needs a value"
    }
    static func badChoice(_ o: String, _ v: String, _ allowed: [String]) -> String {
        L10n.current == .vi ? "giá trị '\(v)' không hợp lệ cho --\(o) (chọn: \(allowed.joined(separator: ", ")))"
            : "invalid value '\(v)' for --\(o) (one of: \(allowed.joined(separator: ", ")))"
    }

    /// Checks that `value`, when given, is one of `allowed`.
    public static func check(_ option: String, _ value: String?, in allowed: [String]) throws(UsageError) {
        if let v = value, !allowed.contains(v) { throw UsageError(message: badChoice(option, v, allowed)) }
    }
}
