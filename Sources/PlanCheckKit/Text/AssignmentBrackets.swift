/// Leads given in a bracket of their own after each task: `… theo quy định. [Giao: Phòng VHXH]`, `[Giao:
/// VP HĐND-UBND; phối hợp: TT PVHCC]`, also `(Giao: …)`. `Giao` (assigned to) names the lead: the bracket is
/// read as the usual `(Chủ trì: …; phối hợp: …)` that the lead reader knows.
enum AssignmentBrackets {
    /// The line with each `[Giao: …]` / `(Giao: …)` made `(Chủ trì: …)`; `line` itself when it has none.
    static func rewriting(_ line: String) -> String {
        // `Giao:` / `giao:` / `GIAO:` after a bracket: `iao:` or `IAO:` as bytes rules out most lines.
        guard line.utf8.count >= 8, line.contains("iao:") || line.contains("IAO:") else { return line }
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(where: { $0 == "[" || $0 == "(" }) {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let close: Character = rest[open] == "[" ? "]" : ")"
            guard Folding.fold(String(after.prefix(4))) == "giao", after.dropFirst(4).drop(while: { $0 == " " }).first == ":",
                  let end = after.firstIndex(of: close), let colon = after.firstIndex(of: ":"), colon < end else {
                out.append(rest[open])
                rest = after
                continue
            }
            out += "(Chủ trì:" + after[after.index(after: colon)..<end] + ")"
            rest = after[after.index(after: end)...]
        }
        return out + rest
    }
}
