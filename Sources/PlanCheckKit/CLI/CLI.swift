import Foundation

/// Entry point of the `plancheck` command; returns the process exit code.
///
/// Exit codes: 0 success (no finding at or above `--fail-on`), 1 findings at or above `--fail-on`,
/// 2 unusable input, usage error or malformed rules/config.
public enum CLI {
    /// One sub-command: its name, one-line summary (vi, en) and runner.
    struct Command: Sendable {
        var name: String
        var summaryVI: String
        var summaryEN: String
        var run: @Sendable ([String]) -> Int32
    }

    static let commands: [Command] = [
        Command(name: "extract", summaryVI: "trích xuất kế hoạch thành dữ liệu có cấu trúc (json, text)",
                summaryEN: "extract plans into structured data (json, text)", run: ExtractCommand.run),
        Command(name: "diff", summaryVI: "so sánh nội dung hai phiên bản kế hoạch (cả với git)", summaryEN: "semantic diff of two plan versions (also against git)", run: DiffCommand.run),
        Command(name: "check", summaryVI: "kiểm tra kế hoạch theo các quy tắc (text, json, sarif, github …)", summaryEN: "check plans against the rules (text, json, sarif, github …)", run: CheckCommand.run),
        Command(name: "rules", summaryVI: "liệt kê các quy tắc kiểm tra", summaryEN: "list the check rules", run: RulesCommand.run),
        Command(name: "audit", summaryVI: "rà soát nhiều kế hoạch so với kế hoạch cấp trên (html, csv, markdown, json)", summaryEN: "audit many plans against their parent plan (html, csv, markdown, json)", run: AuditCommand.run),
    ]

    public static func run(_ arguments: [String]) -> Int32 {
        // `plancheck --lang en audit …`: a language given before the command applies to it.
        var args = arguments
        var leading: [String] = []
        if let first = args.first, first.hasPrefix("--lang=") {
            leading = [args.removeFirst()]
        } else if args.first == "--lang", args.count >= 2 {
            leading = Array(args[0...1])
            args.removeFirst(2)
        }
        // Moved right after the command name (before any `--` that ends the options).
        if !leading.isEmpty { args.insert(contentsOf: leading, at: min(1, args.count)) }
        // The language applies to every message, so it is read before anything else.
        if let i = args.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
            let v = args[i].hasPrefix("--lang=") ? String(args[i].dropFirst(7)) : (i + 1 < args.count ? args[i + 1] : "")
            if let l = Language(rawValue: v) { L10n.current = l }
        } else if let env = ProcessInfo.processInfo.environment["PLANCHECK_LANG"], let l = Language(rawValue: env) {
            L10n.current = l
        }
        guard let first = args.first, first != "--help", first != "-h", first != "help" else {
            print(usage())
            return args.isEmpty ? 2 : 0
        }
        if first == "--version" { print("plancheck \(version)"); return 0 }
        guard let cmd = commands.first(where: { $0.name == first }) else {
            Console.error(L10n.current == .vi ? "lệnh không hợp lệ: \(first)\n\n\(usage())" : "unknown command: \(first)\n\n\(usage())")
            return 2
        }
        return cmd.run(Array(args.dropFirst()))
    }

    public static let version = "0.1.0"

    static func usage() -> String {
        let vi = L10n.current == .vi
        var s = vi ? "plancheck — kiểm tra kế hoạch cải cách hành chính (CCHC)\n\nCách dùng: plancheck <lệnh> [tùy chọn]\n\nCác lệnh:\n"
            : "plancheck — audits public-administration-reform (CCHC) plans\n\nUsage: plancheck <command> [options]\n\nCommands:\n"
        for c in commands {
            s += "  " + c.name.padding(toLength: 10, withPad: " ", startingAt: 0) + (vi ? c.summaryVI : c.summaryEN) + "\n"
        }
        s += vi ? "\nXem 'plancheck <lệnh> --help'. Ngôn ngữ: --lang vi|en (mặc định vi).\n"
            : "\nSee 'plancheck <command> --help'. Language: --lang vi|en (default vi).\n"
        return s
    }
}

/// Writes to standard error.
public enum Console {
    /// A message that starts with its location (`rules/core/x.ini:12: …`) is written as is, so that editors
    /// and CI log parsers pick up the `file:line:` form; any other gets the program name in front.
    public static func error(_ s: String) {
        FileHandle.standardError.write(Data(((startsWithLocation(s) ? "" : "plancheck: ") + s + "\n").utf8))
    }

    static func startsWithLocation(_ s: String) -> Bool {
        guard let firstSpace = s.firstIndex(of: " ") else { return false }
        let head = s[..<firstSpace]  // "file:12:"
        guard head.hasSuffix(":") else { return false }
        let parts = head.dropLast().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last, !last.isEmpty, last.allSatisfy(\.isNumber), Int(last) ?? 0 > 0 else { return false }
        return true
    }
    public static func note(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}
