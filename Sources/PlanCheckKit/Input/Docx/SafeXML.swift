import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Event-based reading of one XML part of a .docx with FoundationXML's `XMLParser`, hardened:
/// parts with a DOCTYPE or ENTITY declaration are refused before parsing (Word never writes them,
/// and they are the vehicle of XXE and "billion laughs" attacks), external entities are never
/// resolved, and only UTF-8 parts are accepted (so the DOCTYPE scan cannot be evaded).
final class SafeXML: NSObject, XMLParserDelegate {
    /// An element event: local name, whether it is in a WordprocessingML namespace, attributes by local name.
    struct Element {
        var name: String
        var isWord: Bool
        var attributes: [String: String]

        /// `w:val` and friends, whatever the prefix.
        func attr(_ local: String) -> String? { attributes[local] }
    }

    private var onStart: (Element) -> Void = { _ in }
    private var onEnd: (Element) -> Void = { _ in }
    private var onText: (String) -> Void = { _ in }
    /// Open elements and whether there was a root at all: some Foundation versions accept a
    /// document that ends inside an element, which a truncated part must not pass for.
    private var depth = 0
    private var sawRoot = false

    enum Failure: Error {
        case doctype
        case notUTF8
        case malformed(line: Int, detail: String)
    }

    /// Parses `bytes`, calling the handlers in document order.
    static func parse(_ bytes: [UInt8], start: @escaping (Element) -> Void, end: @escaping (Element) -> Void = { _ in },
                      text: @escaping (String) -> Void = { _ in }) throws(Failure) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0, 0x3C])
            || bytes.starts(with: [0x3C, 0]) { throw .notUTF8 }
        // FoundationXML traps on names that are not valid UTF-8 (found by fuzzing: `<hah` + 0xFC bytes),
        // and Word only writes UTF-8, so anything else is refused before the parser sees it.
        if UTF8Validation.scan(bytes[...]).firstInvalidOffset != nil || declaresOtherEncoding(bytes) { throw .notUTF8 }
        if declaresDoctypeOrEntity(bytes) { throw .doctype }
        let handler = SafeXML()
        handler.onStart = start
        handler.onEnd = end
        handler.onText = text
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        if !parser.parse() {
            let detail = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "parse error"
            throw .malformed(line: parser.lineNumber, detail: detail)
        }
        if handler.depth != 0 || !handler.sawRoot {
            throw .malformed(line: parser.lineNumber, detail: handler.sawRoot ? "the part ends inside an element" : "no root element")
        }
    }

    /// An XML declaration naming an encoding other than UTF-8.
    static func declaresOtherEncoding(_ b: [UInt8]) -> Bool {
        guard b.starts(with: Array("<?xml".utf8)), let end = b.prefix(200).firstIndex(of: UInt8(ascii: ">")) else { return false }
        let decl = String(decoding: b[..<end], as: UTF8.self).lowercased()
        guard let r = decl.range(of: "encoding") else { return false }
        let value = decl[r.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        return !(value.hasPrefix("utf-8") || value.hasPrefix("utf8"))
    }

    /// `<!DOCTYPE` or `<!ENTITY` anywhere (case-insensitive, so no spelling slips through).
    static func declaresDoctypeOrEntity(_ b: [UInt8]) -> Bool {
        let doctype = Array("DOCTYPE".utf8), entity = Array("ENTITY".utf8)
        var i = 0
        while i + 2 < b.count {
            if b[i] == 0x3C && b[i + 1] == 0x21 {
                func matches(_ word: [UInt8]) -> Bool {
                    guard i + 2 + word.count <= b.count else { return false }
                    for k in 0..<word.count where b[i + 2 + k] & 0xDF != word[k] { return false }
                    return true
                }
                if matches(doctype) || matches(entity) { return true }
            }
            i += 1
        }
        return false
    }

    static func element(_ name: String, _ ns: String?, _ attrs: [String: String]) -> Element {
        var local: [String: String] = [:]
        for (k, v) in attrs {
            // Keys may arrive qualified (`w:val`) or not, depending on the Foundation version.
            let key = k.split(separator: ":").last.map(String.init) ?? k
            local[key] = v
        }
        let localName = name.split(separator: ":").last.map(String.init) ?? name
        let isWord = ns.map { $0.contains("wordprocessingml") || $0.contains("ooxml/wordprocessingml") } ?? false
        return Element(name: localName, isWord: isWord, attributes: local)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        depth += 1
        sawRoot = true
        onStart(Self.element(elementName, namespaceURI, attributeDict))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        onEnd(Self.element(elementName, namespaceURI, [:]))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        onText(string)
    }
}
