/// The standard commune/ward units with their aliases, from `rules/catalog/units.ini`.
/// `Phòng VHXH`, `Phòng Văn hóa - Xã hội` and `phòng Văn hoá – xã hội` all resolve to one unit.
public struct UnitCatalog: Sendable {
    public struct Unit: Sendable, Hashable {
        public var id: String
        /// Canonical Vietnamese name used in reports.
        public var name: String
        public var nameEN: String
        /// Whether the unit is one of the standard units that may lead a reform area.
        public var standard: Bool
        public var aliases: [PhrasePattern]
    }

    public let units: [Unit]
    /// The first word of every alias (folded, abbreviations expanded): a heading that starts with none of
    /// them starts with no unit, and is not searched for one.
    public let firstWords: Set<String>

    public init(_ sections: [DataSection], abbreviations: Abbreviations) throws {
        let units: [Unit] = try sections.map { s in
            try s.checkKeys(["name", "name.en", "alias", "standard"])
            let name = try s.require("name")
            let standard = (s.value("standard") ?? "yes") != "no"
            var aliases = s.values("alias").map { PhrasePattern($0, abbreviations: abbreviations) }
            aliases.append(PhrasePattern(name, abbreviations: abbreviations))
            return Unit(id: s.id, name: name, nameEN: s.value("name.en") ?? name, standard: standard, aliases: aliases)
        }
        self.units = units
        firstWords = Set(units.flatMap { $0.aliases.compactMap { $0.parts.first?.words.first.map(String.init) } })
    }

    public func unit(id: String) -> Unit? { units.first { $0.id == id } }

    /// Every unit mentioned in `folded` text, in order of appearance, longest alias winning at each place.
    public func mentions(in folded: String) -> [(unit: Unit, start: Int, end: Int)] {
        let bytes = Array((" " + folded + " ").utf8)
        // Most aliases are not in a given text: its byte pairs rule them out unread.
        let signature = TextSignature(literal: bytes)
        // Units and aliases by index: a `for … in` copy of each unit (and of each alias) retained and
        // released all their strings and arrays, for every text read.
        var found: [(Int, Int, Int)] = []
        for ui in units.indices {
            let aliases = units[ui].aliases
            for ai in aliases.indices where aliases[ai].mayMatch(signature) {
                for m in aliases[ai].allMatches(bytes: bytes) { found.append((ui, m.start, m.end)) }
            }
        }
        // Keep the longest match at overlapping places.
        found.sort { $0.1 != $1.1 ? $0.1 < $1.1 : ($0.2 - $0.1) > ($1.2 - $1.1) }
        var out: [(Int, Int, Int)] = []
        for f in found {
            if let last = out.last, f.1 < last.2 { continue }
            out.append(f)
        }
        return out.map { (unit: units[$0.0], start: $0.1, end: $0.2) }
    }

    /// Resolves a cell or clause naming one unit (`Phòng Văn hoá – xã hội`) to a reference.
    public func resolve(_ text: String, line: Int, abbreviations: Abbreviations) -> UnitRef? {
        let cleaned = CharacterSetLite.trimmed(text)
        guard !cleaned.isEmpty else { return nil }
        let folded = Folding.foldExpanding(cleaned, abbreviations)
        if let m = mentions(in: folded).first {
            return UnitRef(unit: m.unit.name, unitID: m.unit.id, text: cleaned, line: line)
        }
        return UnitRef(unit: cleaned, unitID: nil, text: cleaned, line: line)
    }
}

/// Characters trimmed around unit names in cells and clauses.
enum CharacterSetLite {
    /// `text.trimmingCharacters(in: .whitespaces ∪ ".;:,")` on scalars, without the NSString round trip.
    static func trimmed(_ text: String) -> String {
        text.trimmingScalars { c in ByteSearch.isWhitespace(c) || c == "." || c == ";" || c == ":" || c == "," }
    }
}

import Foundation
