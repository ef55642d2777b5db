/// A rule message with `{placeholder}` slots, e.g. `Thiếu lĩnh vực {area}`.
/// Placeholders are validated when rules load, so a typo stops the run instead of printing `{aera}`.
public struct MessageTemplate: Sendable, Hashable {
    public let source: String

    public init(_ source: String) { self.source = source }

    /// Names used in the template, in order of appearance (`{{` is not special: plans never need braces).
    public var placeholders: [String] {
        var out: [String] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            out.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return out
    }

    /// Substitutes values; a placeholder without a value is left as written so that the gap is visible.
    public func render(_ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { out += rest[open...]; return out }
            let name = String(after[..<close])
            out += values[name] ?? "{\(name)}"
            rest = after[after.index(after: close)...]
        }
        out += rest
        return out
    }
}
