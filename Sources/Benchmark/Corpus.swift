import Foundation
import PlanCheckKit

/// A deterministic synthetic corpus made by varying the bundled plans: commune names, figures, hard
/// wrapping (as in PDF exports) and appendix table rows split across pages. Same seed, same corpus.
struct Corpus {
    struct Seed {
        var group: String
        var document: SourceDocument
        /// The commune/ward name as written in the plan (`Bình Phước`), replaced in every variant.
        var name: String
    }

    var seeds: [Seed]

    /// Deterministic 64-bit generator (SplitMix64), so the corpus never depends on the platform's RNG.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let syllables = ["An", "Bình", "Phú", "Hòa", "Tân", "Long", "Thạnh", "Mỹ", "Phước", "Đông", "Tây", "Nam",
                            "Hưng", "Lộc", "Thành", "Vĩnh", "Xuân", "Quang", "Hiệp", "Sơn"]

    /// Variant `i` of the corpus: province `i / perProvince`, seed `i % seeds.count`.
    func variant(_ i: Int, perProvince: Int) -> (province: Int, document: SourceDocument) {
        var rng = Random(state: UInt64(i) &* 0x2545_F491_4F6C_DD1D &+ 7)
        let seed = seeds[i % seeds.count]
        let newName = Self.syllables[rng.below(Self.syllables.count)] + " " + Self.syllables[rng.below(Self.syllables.count)] + " \(i)"
        var lines: [String] = []
        lines.reserveCapacity(seed.document.lines.count + 64)
        let wrap = rng.below(3) == 0
        for line in seed.document.lines {
            // Cheap byte checks first: Foundation's replacing is slow on Linux and most lines need nothing.
            var l = line
            if let first = seed.name.utf8.first, l.utf8.contains(first), l.contains(seed.name) {
                l = l.replacingOccurrences(of: seed.name, with: newName)
            }
            if l.utf8.contains(UInt8(ascii: "%")) { l = Self.varyFigures(l, &rng) }
            let hasTab = l.utf8.contains(9)
            if hasTab, rng.below(4) == 0, let split = Self.splitRow(l) {
                lines.append(split.0)
                lines.append(split.1)
                continue
            }
            if wrap, !hasTab, l.utf8.count > 120 {
                lines += Self.hardWrap(l, width: 78)
                continue
            }
            lines.append(l)
        }
        let province = i / perProvince
        let path = "synthetic/tinh-\(String(format: "%02d", province))/\(seed.group)-\(String(format: "%04d", i)).txt"
        return (province, SourceDocument(path: path, lines: lines))
    }

    /// Moves some `NN%` figures by up to ±5 points (kept within 0…100).
    static func varyFigures(_ line: String, _ rng: inout Random) -> String {
        var out = ""
        var digits = ""
        for c in line {
            if c.isASCII && c.isNumber { digits.append(c); continue }
            if !digits.isEmpty {
                if c == "%", let v = Int(digits), rng.below(3) == 0 {
                    out += String(max(0, min(100, v + rng.below(11) - 5)))
                } else {
                    out += digits
                }
                digits = ""
            }
            out.append(c)
        }
        return out + digits
    }

    /// Splits a table row across a page break: the last cell's second half goes to a continuation row
    /// whose first cells are empty.
    static func splitRow(_ line: String) -> (String, String)? {
        var cells = line.components(separatedBy: "\t")
        guard cells.count >= 4, let last = cells.last, last.count > 20 else { return nil }
        let words = last.split(separator: " ")
        guard words.count >= 4 else { return nil }
        cells[cells.count - 1] = words[..<(words.count / 2)].joined(separator: " ")
        let rest = words[(words.count / 2)...].joined(separator: " ")
        return (cells.joined(separator: "\t"), String(repeating: "\t", count: cells.count - 1) + rest)
    }

    /// Hard-wraps a paragraph at spaces, as PDF exports do.
    static func hardWrap(_ line: String, width: Int) -> [String] {
        var out: [String] = []
        var current = ""
        for w in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + w.count + 1 > width {
                out.append(current)
                current = String(w)
            } else {
                current += current.isEmpty ? String(w) : " " + w
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
