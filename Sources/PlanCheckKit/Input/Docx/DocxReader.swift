/// Reads the text of a .docx straight from its bytes: ZIP (own reader and inflate), then the XML
/// parts with FoundationXML. The main part is `word/document.xml` (or whatever `_rels/.rels`
/// names); numbering and styles are read when present. All parts together may not inflate beyond
/// `InputLimits.maxTotalInflatedBytes`, each one not beyond `maxEntryBytes`.
enum DocxReader {
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func lines(bytes: [UInt8], path: String, limits: InputLimits) throws(InputError) -> [String] {
        if bytes.starts(with: oleMagic) {
            // Office saves a password-protected .docx as an OLE compound file holding an
            // "EncryptedPackage" stream; any other OLE file is an old binary .doc.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            throw InputError(file: path, contains(bytes, marker) ? .docxEncrypted : .docxOldWordFormat)
        }
        let zip: ZipArchive
        do { zip = try ZipArchive(bytes: bytes) } catch { throw map(error, path) }
        var budget = limits.maxTotalInflatedBytes

        func read(_ name: String) throws(InputError) -> [UInt8]? {
            guard let entry = zip.entry(named: name) else { return nil }
            let limit = min(limits.maxEntryBytes, budget)
            if entry.uncompressedSize > limit {
                throw InputError(file: path, .docxTooLarge(entry: entry.name, limit: limit))
            }
            do {
                let data = try zip.data(of: entry, limit: limit)
                budget -= data.count
                return data
            } catch { throw map(error, path) }
        }

        let mainName = try mainPart(zip, read: read, path: path)
        guard let main = try read(mainName) else { throw InputError(file: path, .docxMissingPart(mainName)) }
        let numbering: DocxNumbering
        let styles: DocxStyles
        let numberingXML = try read("word/numbering.xml"), stylesXML = try read("word/styles.xml")
        do { numbering = try DocxNumbering.parse(numberingXML) } catch { throw map(error, entry: "word/numbering.xml", path) }
        do { styles = try DocxStyles.parse(stylesXML) } catch { throw map(error, entry: "word/styles.xml", path) }
        let lines: [String]
        do { lines = try DocxBody.lines(main, numbering: numbering, styles: styles, maxLines: limits.maxLines) } catch {
            throw map(error, entry: mainName, path)
        }
        if lines.allSatisfy({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) { throw InputError(file: path, .docxNoText) }
        return lines
    }

    /// `word/document.xml` normally; otherwise the target of the officeDocument relationship.
    static func mainPart(_ zip: ZipArchive, read: (String) throws(InputError) -> [UInt8]?, path: String) throws(InputError) -> String {
        if zip.entry(named: "word/document.xml") != nil { return "word/document.xml" }
        guard let rels = try read("_rels/.rels") else { throw InputError(file: path, .docxMissingPart("word/document.xml")) }
        var target: String?
        do {
            try SafeXML.parse(rels, start: { e in
                if e.name == "Relationship", e.attr("Type")?.hasSuffix("/officeDocument") == true, target == nil { target = e.attr("Target") }
            })
        } catch { throw map(error, entry: "_rels/.rels", path) }
        guard var t = target else { throw InputError(file: path, .docxMissingPart("word/document.xml")) }
        while t.hasPrefix("/") { t.removeFirst() }
        return t
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    static func map(_ e: ZipArchive.Failure, _ path: String) -> InputError {
        switch e {
        case .notZip: return InputError(file: path, .docxNotZip)
        case let .corrupt(d): return InputError(file: path, .docxCorrupt(detail: d))
        case .encrypted: return InputError(file: path, .docxEncrypted)
        case let .unsupported(d): return InputError(file: path, .docxUnsupported(detail: d))
        case let .tooLarge(entry): return InputError(file: path, .docxTooLarge(entry: entry, limit: InputLimits.standard.maxEntryBytes))
        }
    }

    static func map(_ e: SafeXML.Failure, entry: String, _ path: String) -> InputError {
        switch e {
        case .doctype: return InputError(file: path, .docxDoctype(entry: entry))
        case .notUTF8: return InputError(file: path, .docxUnsupported(detail: "\(entry) is not UTF-8"))
        case let .malformed(line, detail): return InputError(file: path, .docxXML(entry: entry, detail: "line \(line): \(detail)"))
        }
    }
}
