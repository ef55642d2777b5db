/// Messages of the tool itself (errors, progress), in Vietnamese and English.
/// Rule messages live in the rule files; this covers everything else.
public enum L10n {
    /// The language of tool messages. Set once by the CLI before any work starts and never changed
    /// afterwards, which is why unsynchronised access is acceptable here.
    nonisolated(unsafe) public static var current: Language = .vi

    public enum Message: Sendable {
        case missingKey(key: String, section: String)
        case unknownKey(key: String, section: String)
        case badSectionHeader
        case duplicateSection(String)
        case expectedKeyValue
        case badKey(String)
        case entryOutsideSection
        case cannotRead
        case notUTF8
        case badValue(key: String, value: String, expected: String)
        case unknownSectionKind(String)
    }

    public static func text(_ m: Message, _ lang: Language = current) -> String {
        let vi = lang == .vi
        switch m {
        case let .missingKey(key, section):
            return vi ? "thiếu khóa bắt buộc '\(key)' trong mục [\(section)]" : "missing required key '\(key)' in [\(section)]"
        case let .unknownKey(key, section):
            return vi ? "khóa không hợp lệ '\(key)' trong mục [\(section)]" : "unknown key '\(key)' in [\(section)]"
        case .badSectionHeader:
            return vi ? "tiêu đề mục phải có dạng [loại mã]" : "section header must be [kind id]"
        case let .duplicateSection(s):
            return vi ? "mục [\(s)] bị khai báo hai lần" : "section [\(s)] is declared twice"
        case .expectedKeyValue:
            return vi ? "cần dòng dạng 'khóa = giá trị'" : "expected a 'key = value' line"
        case let .badKey(k):
            return vi ? "tên khóa không hợp lệ '\(k)'" : "invalid key name '\(k)'"
        case .entryOutsideSection:
            return vi ? "dòng 'khóa = giá trị' nằm ngoài mọi mục [..]" : "'key = value' line outside any [..] section"
        case .cannotRead:
            return vi ? "không đọc được tệp" : "cannot read file"
        case .notUTF8:
            return vi ? "tệp không phải UTF-8" : "file is not UTF-8"
        case let .badValue(key, value, expected):
            return vi ? "giá trị '\(value)' của '\(key)' không hợp lệ (cần: \(expected))"
                : "invalid value '\(value)' for '\(key)' (expected: \(expected))"
        case let .unknownSectionKind(k):
            return vi ? "loại mục không hợp lệ '\(k)'" : "unknown section kind '\(k)'"
        }
    }
}
