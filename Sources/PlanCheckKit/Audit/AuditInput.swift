/// Reading of plan files for the audit, through the project's document loader.
enum AuditInput {
    static func isPlanFile(_ name: String) -> Bool {
        DocumentLoader.isPlanInFolder(path: name)
    }

    static func load(_ path: String) throws -> SourceDocument {
        try DocumentLoader.load(path: path)
    }

    /// A folder reached a second time through a symbolic link.
    static func symlinkLoop(_ path: String, _ real: String) -> String {
        L10n.current == .vi
            ? "vòng lặp liên kết tượng trưng: thư mục này dẫn lại \(real), đã rà soát; bỏ qua"
            : "symbolic-link loop: this folder leads back to \(real), already audited; skipped"
    }
}
