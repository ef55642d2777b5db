import Foundation

/// Loads rule packs (`rules/core/*.ini`): every section is `[rule ID]` with `kind`, `category`,
/// `severity`, `message.vi`, `message.en`, `rationale`, `reference`, the kind's parameters and
/// `trigger`/`pass` examples. Any mistake is a located `DataFileError`; nothing is skipped silently.
public enum RuleLoader {
    static let commonKeys: Set<String> = ["kind", "category", "severity", "message.vi", "message.en", "rationale",
                                          "reference", "trigger", "pass", "example-parent", "example-other"]

    /// Loads all `*.ini` files under each directory, in order; rule ids must be unique across packs.
    public static func load(packs: [URL]) throws -> [Rule] {
        var rules: [Rule] = []
        for dir in packs {
            let files = DataFile.files(under: dir)
            if files.isEmpty { throw DataFileError(file: dir.path, line: 0, message: RuleText.noRules(dir.path)) }
            for f in files { rules += try parse(DataFile.load(f)) }
        }
        var seen: [String: String] = [:]
        for r in rules {
            if let other = seen[r.id] {
                throw DataFileError(file: r.file, line: r.line, message: RuleText.duplicateRule(r.id, other))
            }
            seen[r.id] = "\(r.file):\(r.line)"
        }
        return rules
    }

    /// Builds rules from parsed sections.
    public static func parse(_ sections: [DataSection]) throws -> [Rule] {
        try sections.map(rule)
    }

    static func rule(_ s: DataSection) throws -> Rule {
        guard s.kind == "rule" else { throw DataFileError(file: s.file, line: s.line, message: RuleText.notARule(s.kind)) }
        let kindName = try s.require("kind")
        guard let kindType = RuleKinds.named(kindName) else {
            throw DataFileError(file: s.file, line: s.line(of: "kind"), message: RuleText.unknownKind(kindName, RuleKinds.all.map { $0.name }))
        }
        try s.checkKeys(commonKeys.union(kindType.parameters))
        let category = try s.require("category")
        guard RuleCategory.isKnown(category) else {
            throw DataFileError(file: s.file, line: s.line(of: "category"), message: RuleText.unknownCategory(category))
        }
        let sevText = try s.require("severity")
        guard let severity = Severity(rawValue: sevText) else {
            throw DataFileError(file: s.file, line: s.line(of: "severity"),
                                message: L10n.text(.badValue(key: "severity", value: sevText, expected: "error, warning, info")))
        }
        let allowed = RuleKinds.common + kindType.placeholders
        var messages: [MessageTemplate] = []
        for key in ["message.vi", "message.en"] {
            let m = MessageTemplate(try s.require(key))
            for p in m.placeholders where !allowed.contains(p) {
                throw DataFileError(file: s.file, line: s.line(of: key), message: RuleText.unknownPlaceholder(p, kindName, allowed))
            }
            messages.append(m)
        }
        let triggers = s.values("trigger").map(unescape)
        let passes = s.values("pass").map(unescape)
        if triggers.isEmpty || passes.isEmpty {
            throw DataFileError(file: s.file, line: s.line, message: RuleText.missingExamples(s.id))
        }
        let kind = try kindType.init(RuleParameters(s))
        return Rule(id: s.id, kindName: kindName, kind: kind, category: category, severity: severity,
                    messageVI: messages[0], messageEN: messages[1], rationale: try s.require("rationale"),
                    reference: try s.require("reference"), triggers: triggers, passes: passes,
                    exampleParent: s.value("example-parent").map(unescape), exampleOther: s.value("example-other").map(unescape),
                    file: s.file, line: s.line)
    }

    /// Decodes `\n`, `\t` and `\\` in example snippets.
    public static func unescape(_ s: String) -> String {
        var out = ""
        var it = s.makeIterator()
        while let c = it.next() {
            guard c == "\\" else { out.append(c); continue }
            switch it.next() {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "\\": out.append("\\")
            case let other?: out.append("\\"); out.append(other)
            case nil: out.append("\\")
            }
        }
        return out
    }
}
