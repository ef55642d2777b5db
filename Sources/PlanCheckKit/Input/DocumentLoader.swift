import Foundation

/// Loads a plan file of any supported kind into lines (1-based line numbers; for .docx a line is a
/// paragraph or a table row). Every problem with the file becomes one `InputError`; nothing here traps.
///
/// - `.txt`, `.md`, `.markdown` and files without an extension: UTF-8 (with or without BOM) or
///   UTF-16/UTF-32 with BOM; legacy Vietnamese encodings are refused with a conversion hint.
/// - `.docx`: read directly (own ZIP reader and inflate, FoundationXML), see `DocxReader`.
/// - `.pdf`: through `pdftotext -layout` from poppler-utils, see `PDFText`.
public enum DocumentLoader {
    /// The file extensions `load` reads (lower case, without the dot).
    public static let supportedExtensions = ["txt", "md", "markdown", "docx", "pdf"]

    enum Format { case text, docx, pdf }

    /// Whether `path` has an extension `load` reads (for filtering the files of a folder).
    public static func isSupported(path: String) -> Bool {
        supportedExtensions.contains(pathExtension(path))
    }

    /// Whether a file met while walking a folder is taken as a plan: a readable extension, not hidden, and
    /// not the folder's own notes (`README.md`, `readme.txt`), which reviewers keep beside the plans.
    /// A file named on the command line is read whatever its name.
    public static func isPlanInFolder(path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return isSupported(path: name) && !name.hasPrefix(".") && !name.lowercased().hasPrefix("readme")
    }

    public static func load(path: String) throws(InputError) -> SourceDocument {
        try loadWithNotes(path: path, limits: .standard).document
    }

    /// Like `load(path:)`, with explicit limits and the warnings raised on the way (lines cut).
    public static func loadWithNotes(path: String, limits: InputLimits = .standard) throws(InputError) -> LoadedDocument {
        let size = try FileReading.check(path, limits: limits)
        let format = try format(of: path)
        if size == 0 { throw InputError(file: path, .empty) }
        switch format {
        case .pdf:
            let lines = try PDFText.lines(path: path, limits: limits)
            return try finish(lines: lines, path: path, limits: limits)
        case .docx:
            let bytes = try FileReading.read(path, expectedSize: size, limit: limits.maxFileBytes)
            return try loadDocx(bytes: bytes, path: path, limits: limits)
        case .text:
            let bytes = try FileReading.read(path, expectedSize: size, limit: limits.maxFileBytes)
            return try loadText(bytes: bytes, path: path, limits: limits)
        }
    }

    static func pathExtension(_ path: String) -> String {
        (path as NSString).pathExtension.lowercased()
    }

    static func format(of path: String) throws(InputError) -> Format {
        switch pathExtension(path) {
        case "txt", "md", "markdown", "": return .text
        case "docx": return .docx
        case "pdf": return .pdf
        case let ext: throw InputError(file: path, .unsupportedExtension("." + ext))
        }
    }

    /// Text plans, from their bytes (also the entry point of the fuzzer).
    static func loadText(bytes: [UInt8], path: String, limits: InputLimits = .standard) throws(InputError) -> LoadedDocument {
        let text = try TextDecoding.decode(bytes, file: path)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) { throw InputError(file: path, .empty) }
        let breaks = text.count(ofByte: 0x0A), returns = text.count(ofByte: 0x0D)
        if max(breaks, returns) >= limits.maxLines { throw InputError(file: path, .tooManyLines(limit: limits.maxLines)) }
        return try finish(SourceDocument(path: path, text: text), limits: limits)
    }

    /// .docx plans, from their bytes (also the entry point of the fuzzer).
    static func loadDocx(bytes: [UInt8], path: String, limits: InputLimits = .standard) throws(InputError) -> LoadedDocument {
        let lines = try DocxReader.lines(bytes: bytes, path: path, limits: limits)
        return try finish(lines: lines, path: path, limits: limits)
    }

    /// Lines from .docx or PDF: normalised like text files (NFC, controls), then the common checks.
    static func finish(lines: [String], path: String, limits: InputLimits) throws(InputError) -> LoadedDocument {
        if lines.count >= limits.maxLines { throw InputError(file: path, .tooManyLines(limit: limits.maxLines)) }
        let normalised = lines.map { TextDecoding.replacingControls($0).precomposedStringWithCanonicalMapping }
        if normalised.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }) {
            throw InputError(file: path, .empty)
        }
        return try finish(SourceDocument(path: path, lines: normalised), limits: limits)
    }

    /// Checks shared by all formats: legacy-font text, and the cap on line length.
    static func finish(_ doc: SourceDocument, limits: InputLimits) throws(InputError) -> LoadedDocument {
        if let enc = LegacyEncodingDetector.legacyFontEncoding(in: doc.lines) {
            throw InputError(file: doc.path, .legacyFontText(enc))
        }
        var doc = doc
        var notes: [InputNote] = []
        for i in doc.lines.indices where doc.lines[i].utf8.count > limits.maxLineCharacters {
            let length = doc.lines[i].count
            guard length > limits.maxLineCharacters else { continue }
            doc.lines[i] = String(doc.lines[i].prefix(limits.maxLineCharacters))
            notes.append(.lineTruncated(file: doc.path, line: i + 1, length: length, limit: limits.maxLineCharacters))
        }
        return LoadedDocument(document: doc, notes: notes)
    }
}
