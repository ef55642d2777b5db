/// Reading of plan files for the audit, through the project's document loader.
enum AuditInput {
    static func isPlanFile(_ name: String) -> Bool {
        DocumentLoader.isSupported(path: name)
    }

    static func load(_ path: String) throws -> SourceDocument {
        try DocumentLoader.load(path: path)
    }
}
