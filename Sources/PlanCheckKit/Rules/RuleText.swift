/// Tool messages of the rules module and of `check`/`rules` (Vietnamese by default, English with --lang en).
enum RuleText {
    static var vi: Bool { L10n.current == .vi }

    static func badRegex(_ p: String) -> String {
        vi ? "biểu thức chính quy không hợp lệ: \(p)" : "invalid regular expression: \(p)"
    }
    static func unknownKind(_ k: String, _ known: [String]) -> String {
        vi ? "loại quy tắc không hợp lệ '\(k)' (các loại: \(known.joined(separator: ", ")))"
            : "unknown rule kind '\(k)' (known kinds: \(known.joined(separator: ", ")))"
    }
    static func unknownCategory(_ c: String) -> String {
        vi ? "nhóm lỗi không hợp lệ '\(c)' (xem docs/rules.md)" : "unknown category '\(c)' (see docs/rules.md)"
    }
    static func unknownPlaceholder(_ p: String, _ kind: String, _ allowed: [String]) -> String {
        vi ? "chỗ trống {\(p)} không dùng được với loại '\(kind)' (dùng được: \(allowed.map { "{\($0)}" }.joined(separator: " ")))"
            : "placeholder {\(p)} is not available for kind '\(kind)' (available: \(allowed.map { "{\($0)}" }.joined(separator: " ")))"
    }
    static func duplicateRule(_ id: String, _ other: String) -> String {
        vi ? "quy tắc \(id) đã được khai báo tại \(other)" : "rule \(id) is already declared at \(other)"
    }
    static func notARule(_ kind: String) -> String {
        vi ? "tệp quy tắc chỉ chứa mục [rule MÃ], gặp [\(kind) …]" : "rule files hold only [rule ID] sections, found [\(kind) …]"
    }
    static func missingExamples(_ id: String) -> String {
        vi ? "quy tắc \(id) cần ít nhất một ví dụ 'trigger' và một ví dụ 'pass'"
            : "rule \(id) needs at least one 'trigger' and one 'pass' example"
    }
    static func noRules(_ dir: String) -> String {
        vi ? "không tìm thấy quy tắc nào trong \(dir)" : "no rules found in \(dir)"
    }
    static func noRulesRoot() -> String {
        vi ? "không tìm thấy thư mục rules/ (có rules/catalog); dùng --rules DIR"
            : "cannot find the rules/ folder (with rules/catalog); use --rules DIR"
    }
    static func badDate(_ v: String) -> String {
        vi ? "ngày không hợp lệ '\(v)' (cần YYYY-MM-DD)" : "invalid date '\(v)' (expected YYYY-MM-DD)"
    }
}
