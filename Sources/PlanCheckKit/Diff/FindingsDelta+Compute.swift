extension FindingsDelta {
    /// The identity of a finding across versions: the rules engine's fingerprint (rule, file, logical
    /// anchor — no line, no figure), or rule id and folded quote for findings made without one.
    public static func identity(_ f: Finding) -> String {
        if let fp = f.fingerprint, !fp.isEmpty { return fp }
        return f.ruleID + "|" + Folding.fold(f.quote)
    }

    /// Compares findings of the old and new version as multisets of identities: a finding that only
    /// moved is neither introduced nor resolved. Both versions must use the same `file` name, since
    /// the file is part of the fingerprint.
    public static func compute(old: [Finding], new: [Finding]) -> FindingsDelta {
        var oldCount: [String: Int] = [:]
        for f in old { oldCount[identity(f), default: 0] += 1 }
        var newCount: [String: Int] = [:]
        for f in new { newCount[identity(f), default: 0] += 1 }

        var d = FindingsDelta()
        var seen: [String: Int] = [:]
        for f in new {
            let id = identity(f)
            seen[id, default: 0] += 1
            if seen[id]! > oldCount[id, default: 0] { d.introduced.append(f) }
        }
        seen = [:]
        for f in old {
            let id = identity(f)
            seen[id, default: 0] += 1
            if seen[id]! > newCount[id, default: 0] { d.resolved.append(f) }
        }
        return d
    }
}
