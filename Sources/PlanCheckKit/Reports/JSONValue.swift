import Foundation

/// A JSON value with ordered object keys, written by hand so that report output is byte-for-byte stable
/// (key order as built, two-space indentation, no escaped slashes) for golden files and diffs.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.render() == b.render() }

    /// Pretty-printed text with a final newline.
    public func render() -> String {
        var out = ""
        write(&out, indent: 0)
        return out + "\n"
    }

    func write(_ out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .string(let s): out += Self.quote(s)
        case .int(let i): out += String(i)
        case .double(let d): out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let a):
            if a.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, v) in a.enumerated() {
                out += inner
                v.write(&out, indent: indent + 1)
                out += i + 1 < a.count ? ",\n" : "\n"
            }
            out += pad + "]"
        case .object(let o):
            if o.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (k, v)) in o.enumerated() {
                out += inner + Self.quote(k) + ": "
                v.write(&out, indent: indent + 1)
                out += i + 1 < o.count ? ",\n" : "\n"
            }
            out += pad + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
