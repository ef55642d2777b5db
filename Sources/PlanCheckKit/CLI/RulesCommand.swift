import Foundation

/// `plancheck rules [--format text|json|markdown] [--rules DIR]... [--config FILE] [--output FILE]`:
/// lists every rule with id, category, severity, message and reference. The Markdown output is
/// docs/rules.md.
enum RulesCommand {
    static let formats = ["text", "json", "markdown"]

    static func run(_ args: [String]) -> Int32 {
        let a: Arguments
        do {
            a = try Arguments(args, valued: ["format", "rules", "lang", "config", "output"], flags: ["no-config"])
            try UsageError.check("format", a.value("format"), in: formats)
        } catch {
            Console.error(error.description)
            return 2
        }
        if a.has("help") { print(help()); return 0 }
        guard a.positionals.isEmpty else { Console.error(help()); return 2 }
        do {
            let config = try a.value("config").map { try CheckConfig.load(URL(fileURLWithPath: $0)) }
            let setup = try RuleSetup.load(rulesOptions: a.values("rules"), config: config)
            try OutputWriter.write(RuleReference.render(setup.rules, format: a.value("format") ?? "text"), to: a.value("output"))
            return 0
        } catch {
            Console.error("\(error)")
            return 2
        }
    }

    static func help() -> String {
        L10n.current == .vi ? """
        Cách dùng: plancheck rules [--format text|json|markdown] [--rules THƯ_MỤC]... [--config TỆP] [--output TỆP]

        Liệt kê các quy tắc: mã, nhóm lỗi, mức, thông báo và căn cứ. Bản markdown là docs/rules.md.

        Mã thoát: 0 thành công; 2 lỗi cách dùng hoặc tệp quy tắc sai (in dạng tệp:dòng: thông báo).
        """ : """
        Usage: plancheck rules [--format text|json|markdown] [--rules DIR]... [--config FILE] [--output FILE]

        Lists the rules: id, category, severity, message and reference. The markdown output is docs/rules.md.

        Exit codes: 0 success; 2 usage error or malformed rule file (printed as file:line: message).
        """
    }
}
