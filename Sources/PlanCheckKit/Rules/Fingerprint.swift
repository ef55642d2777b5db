/// Stable finding identity: FNV-1a over `rule|path|anchor`, two 64-bit lanes printed as 32 hex digits.
/// No line numbers or figures go in, so the fingerprint survives edits elsewhere in the plan.
public enum Fingerprint {
    public static func make(rule: String, file: String, anchor: String) -> String {
        let input = Array("\(rule)|\(file)|\(Folding.fold(anchor, keepPunctuation: true))".utf8)
        return hex(fnv(input, seed: 0xcbf2_9ce4_8422_2325)) + hex(fnv(input.reversed(), seed: 0x8422_2325_cbf2_9ce4))
    }

    static func fnv<S: Sequence>(_ bytes: S, seed: UInt64) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for b in bytes { h ^= UInt64(b); h = h &* 0x0000_0100_0000_01b3 }
        return h
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
