/// Word's tracked changes as pandoc writes them when a .docx is converted without accepting them:
/// `[95%]{.deletion author="…" date="…"}[92%]{.insertion author="…" date="…"}`, and `[]{.paragraph-deletion …}`.
/// The plan is what the changes leave: deleted text goes, inserted text stays without its markup.
enum PandocRevisions {
    /// `]{.` as bytes: a line without it holds no revision.
    static let mark: [[UInt8]] = [[0x5D, 0x7B, 0x2E]]

    /// The line with its revisions applied; the line itself when it has none.
    static func applied(_ line: String) -> String {
        guard line.containsAny(ofBytes: mark) else { return line }
        var out = ""
        var rest = line[...]
        while let close = rest.range(of: "]{.") {
            guard let open = rest[..<close.lowerBound].lastIndex(of: "["), let end = rest[close.upperBound...].firstIndex(of: "}") else { break }
            let kind = rest[close.upperBound..<end].prefix { $0.isLetter || $0 == "-" }
            guard ["deletion", "insertion", "paragraph-deletion", "paragraph-insertion"].contains(kind) else {
                out += rest[..<rest.index(after: end)]
                rest = rest[rest.index(after: end)...]
                continue
            }
            out += rest[..<open]
            if kind == "insertion" { out += rest[rest.index(after: open)..<close.lowerBound] }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
