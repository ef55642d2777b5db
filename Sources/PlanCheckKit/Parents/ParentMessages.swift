/// Messages of parent loading (target sheets and config), in Vietnamese and English.
enum ParentMessages {
    static func noSource(_ id: String) -> String {
        L10n.current == .vi
            ? "chỉ tiêu [target \(id)] không có nguồn ('source'): không đưa số liệu không rõ nguồn vào bảng chỉ tiêu"
            : "target [target \(id)] has no 'source': a figure without a source may not be used"
    }
    static func unknownIndicator(_ id: String) -> String {
        L10n.current == .vi ? "mã chỉ tiêu '\(id)' không có trong danh mục rules/catalog/indicators.ini"
            : "indicator id '\(id)' is not in the catalogue rules/catalog/indicators.ini"
    }
    static var noSheet: String { L10n.current == .vi ? "bảng chỉ tiêu cần đúng một mục [sheet …]" : "a target sheet needs exactly one [sheet …] section" }
    static func fallbackLoop(_ path: String) -> String {
        L10n.current == .vi ? "tham chiếu 'fallback' vòng lặp: \(path)" : "circular 'fallback' reference: \(path)"
    }
    static func cannotReadParent(_ path: String) -> String {
        L10n.current == .vi ? "không đọc được kế hoạch cấp trên: \(path)" : "cannot read parent plan: \(path)"
    }
    static func missingFile(_ path: String) -> String {
        L10n.current == .vi ? "không tìm thấy tệp '\(path)'" : "file not found: '\(path)'"
    }
}
