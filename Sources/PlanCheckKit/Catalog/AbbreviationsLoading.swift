extension Abbreviations {
    /// Builds the table from `[abbreviation TTHC]` sections with `means = thủ tục hành chính`.
    static func from(_ sections: [DataSection]) throws -> Abbreviations {
        var t: [String: String] = [:]
        for s in sections {
            try s.checkKeys(["means"])
            t[s.id.replacingOccurrences(of: "_", with: " ")] = try s.require("means")
        }
        return Abbreviations(table: t)
    }
}
