import Foundation

/// An error in a human-edited data file (catalogue, rule, target sheet, config), located at a line.
public struct DataFileError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) { self.file = file; self.line = line; self.message = message }

    /// `file:line: message`, the form editors and CI understand.
    public var description: String { "\(file):\(line): \(message)" }
}

/// One `key = value` line of a data file section.
public struct DataEntry: Sendable, Equatable {
    public var key: String
    public var value: String
    public var line: Int
}

/// A `[kind id]` section and its entries.
public struct DataSection: Sendable {
    public var kind: String
    public var id: String
    public var line: Int
    public var entries: [DataEntry]
    public var file: String

    /// All values of a repeatable key, in order.
    public func values(_ key: String) -> [String] { entries.filter { $0.key == key }.map(\.value) }

    /// The single value of `key`, or nil.
    public func value(_ key: String) -> String? { entries.last { $0.key == key }?.value }

    /// The line of the first `key` entry, or the section line.
    public func line(of key: String) -> Int { entries.first { $0.key == key }?.line ?? line }

    /// The value of a required key; throws a located error when missing.
    public func require(_ key: String) throws -> String {
        guard let v = value(key), !v.isEmpty else {
            throw DataFileError(file: file, line: line, message: L10n.text(.missingKey(key: key, section: "\(kind) \(id)")))
        }
        return v
    }

    /// Rejects keys outside `allowed` (prefix match for `name.vi` style keys ending in `.`).
    public func checkKeys(_ allowed: Set<String>) throws {
        for e in entries {
            let base = e.key.split(separator: ".").first.map(String.init) ?? e.key
            if !allowed.contains(e.key) && !allowed.contains(base + ".") {
                throw DataFileError(file: file, line: e.line, message: L10n.text(.unknownKey(key: e.key, section: "\(kind) \(id)")))
            }
        }
    }
}

/// Parser of plancheck's data format: an INI-like, line-oriented text that is easy to edit and to locate
/// errors in (see docs/data-format.md).
///
/// ```
/// # comment
/// [indicator tthc.online-dossiers]
/// area = tthc
/// match = ho so truc tuyen
/// match = ho so * truc tuyen      # repeated keys accumulate
/// ```
public enum DataFile {
    /// Where a trailing comment starts in a value: at ` # ` (or a final ` #`), so that a value may hold `#`
    /// and `##`, which stands for the figure in indicator phrases (`giảm * ## thời gian`). Until
    /// 2026-12-02 ` #` alone started a comment and cut such phrases after their first part.
    static func trailingComment(in value: String) -> String.Index? {
        var from = value.startIndex
        while let r = value.range(of: " #", range: from..<value.endIndex) {
            if r.upperBound == value.endIndex || value[r.upperBound] == " " { return r.lowerBound }
            from = r.upperBound
        }
        return nil
    }

    /// Parses `text`; `file` is used in error messages.
    public static func parse(_ text: String, file: String) throws -> [DataSection] {
        var sections: [DataSection] = []
        var lineNo = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
            lineNo += 1
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            let trimmed = line.trimmedWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else {
                    throw DataFileError(file: file, line: lineNo, message: L10n.text(.badSectionHeader))
                }
                let inner = trimmed.dropFirst().dropLast().trimmedWhitespace
                let parts = inner.split(separator: " ", maxSplits: 1).map { String($0).trimmedWhitespace }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw DataFileError(file: file, line: lineNo, message: L10n.text(.badSectionHeader))
                }
                if sections.contains(where: { $0.kind == parts[0] && $0.id == parts[1] }) {
                    throw DataFileError(file: file, line: lineNo, message: L10n.text(.duplicateSection(parts[0] + " " + parts[1])))
                }
                sections.append(DataSection(kind: parts[0], id: parts[1], line: lineNo, entries: [], file: file))
                continue
            }
            guard let eq = trimmed.firstIndex(of: "=") else {
                throw DataFileError(file: file, line: lineNo, message: L10n.text(.expectedKeyValue))
            }
            let key = trimmed[..<eq].trimmedWhitespace
            var value = trimmed[trimmed.index(after: eq)...].trimmedWhitespace
            if let hash = Self.trailingComment(in: value) { value = value[..<hash].trimmedWhitespace }
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }) else {
                throw DataFileError(file: file, line: lineNo, message: L10n.text(.badKey(key)))
            }
            guard !sections.isEmpty else {
                throw DataFileError(file: file, line: lineNo, message: L10n.text(.entryOutsideSection))
            }
            sections[sections.count - 1].entries.append(DataEntry(key: key, value: value, line: lineNo))
        }
        return sections
    }

    /// Reads and parses a file, rejecting non-UTF-8 content with a located error.
    public static func load(_ url: URL) throws -> [DataSection] {
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataFileError(file: path, line: 0, message: L10n.text(.cannotRead))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(file: path, line: 0, message: L10n.text(.notUTF8))
        }
        return try parse(text.precomposedStringWithCanonicalMapping, file: path)
    }

    /// All `*.ini` files under `dir`, sorted by path for deterministic output.
    public static func files(under dir: URL) -> [URL] {
        guard let en = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        var out: [URL] = []
        for case let u as URL in en where u.pathExtension == "ini" { out.append(u) }
        return out.sorted { $0.path < $1.path }
    }
}
