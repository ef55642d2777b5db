/// Reform-area synonyms from `rules/catalog/areas.ini`.
///
/// - `heading`: phrases that make a heading (or appendix group row, objective-list item) belong to the area;
/// - `lead`: phrases that, inside a `chủ trì` clause, make the unit the lead of the area;
/// - `weak-lead`: phrases that do so only when no unit is found through `lead` phrases.
public struct AreaCatalog: Sendable {
    public struct Entry: Sendable {
        public var area: ReformArea
        public var headings: [PhrasePattern]
        public var leads: [PhrasePattern]
        public var weakLeads: [PhrasePattern]
    }

    public var entries: [Entry]

    public init(_ sections: [DataSection], abbreviations: Abbreviations) throws {
        entries = try sections.map { s in
            try s.checkKeys(["heading", "lead", "weak-lead", "name."])
            guard let area = ReformArea(rawValue: s.id) else {
                throw DataFileError(file: s.file, line: s.line, message: L10n.text(.badValue(key: "area", value: s.id,
                    expected: ReformArea.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            return Entry(area: area,
                         headings: s.values("heading").map { PhrasePattern($0, abbreviations: abbreviations) },
                         leads: s.values("lead").map { PhrasePattern($0, abbreviations: abbreviations) },
                         weakLeads: s.values("weak-lead").map { PhrasePattern($0, abbreviations: abbreviations) })
        }
    }

    /// The area a heading belongs to: the heading pattern matched earliest in the text.
    /// `folded` must be folded, abbreviation-expanded text.
    public func area(ofHeading folded: String) -> ReformArea? { headingMatch(folded)?.area }

    /// The area whose heading phrase starts earliest in `folded`, and that start (byte offset).
    public func headingMatch(_ folded: String) -> (area: ReformArea, start: Int)? {
        let bytes = Array((" " + folded + " ").utf8)
        let signature = TextSignature(literal: bytes)
        var best: (ReformArea, Int, Int)?
        for e in entries {
            for p in e.headings where p.mayMatch(signature) {
                if let m = p.match(bytes: bytes) {
                    if best == nil || m.start < best!.1 || (m.start == best!.1 && p.weight > best!.2) {
                        best = (e.area, m.start, p.weight)
                    }
                }
            }
        }
        return best.map { (area: $0.0, start: $0.1) }
    }
}
