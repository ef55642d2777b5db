import Foundation

/// `plancheck audit [DIR...] [--parent P] [--config FILE] [--rules DIR]... [--format html|markdown|json|csv|text]
/// [--out FILE] [--lang vi|en] [--unmatched] [--fail-on error|warning|never]`
///
/// Aligns every plan of each folder with the folder's parent and with each other, runs the rules, and
/// writes one report. Without a folder, the bundled `plans/` (every group) is audited.
/// Exit codes as for `check`: 0, 1 findings at or above `--fail-on` (default error), 2 usage/input error.
enum AuditCommand {
    static let formats = ["html", "markdown", "json", "csv", "text"]
    static let failOnChoices = ["error", "warning", "never"]

    static func run(_ args: [String]) -> Int32 {
        let a: Arguments
        do {
            a = try Arguments(args, valued: ["parent", "config", "rules", "format", "out", "output", "lang", "fail-on"],
                              flags: ["unmatched", "no-config"])
            try UsageError.check("format", a.value("format"), in: formats)
            try UsageError.check("fail-on", a.value("fail-on"), in: failOnChoices)
            try UsageError.check("lang", a.value("lang"), in: Language.allCases.map(\.rawValue))
        } catch {
            Console.error(error.description)
            return 2
        }
        if a.has("help") { print(help()); return 0 }
        let out = a.value("out") ?? a.value("output")
        let format = a.value("format") ?? out.flatMap(formatFromExtension) ?? "text"

        let paths: [String]
        if a.positionals.isEmpty {
            guard let bundled = AuditLocations.bundledPlans() else {
                Console.error(L10n.current == .vi ? "không tìm thấy thư mục plans/; hãy chỉ ra thư mục kế hoạch" : "no plans/ folder found; name a folder of plans")
                return 2
            }
            paths = [bundled]
        } else {
            paths = a.positionals
        }

        let report: AuditReport
        let checkConfig: CheckConfig?
        do {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            if let c = a.value("config"), (c as NSString).lastPathComponent == CheckConfig.fileName {
                checkConfig = try CheckConfig.load(URL(fileURLWithPath: c))
            } else if !a.has("no-config"), let found = CheckConfig.find(from: cwd) {
                checkConfig = try CheckConfig.load(found)
            } else {
                checkConfig = nil
            }
            let setup = try RuleSetup.load(rulesOptions: a.values("rules"), config: checkConfig)
            let engine = RuleEngine(rules: setup.rules, registry: setup.registry, catalog: setup.catalog)
            let request = AuditRequest(paths: paths, parent: a.value("parent"), config: a.value("config"), rulesDir: setup.root)
            report = try AuditRunner.run(request, catalog: setup.catalog, findings: AuditRules.findings(engine),
                                         progress: AuditProgress())
        } catch {
            Console.error("\(error)")
            return 2
        }

        do {
            try write(report, format: format, unmatchedOnly: a.has("unmatched"), to: out)
        } catch {
            Console.error("\(error)")
            return 2
        }
        // Unreadable files: named on stderr, exit 2, as `check` does; the report covers the other plans.
        for f in report.failures { Console.error(f.message.contains(f.file) ? f.message : "\(f.file): \(f.message)") }
        if !report.failures.isEmpty { return 2 }
        if a.has("unmatched") { return 0 }
        let failOn = a.value("fail-on") ?? checkConfig?.failOn ?? "error"
        guard let threshold = Severity(rawValue: failOn) else { return 0 }
        return report.allFindings.contains { $0.severity >= threshold } ? 1 : 0
    }

    static func formatFromExtension(_ path: String) -> String? {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": return "html"
        case "md", "markdown": return "markdown"
        case "json": return "json"
        case "csv": return "csv"
        case "txt": return "text"
        default: return nil
        }
    }

    static func write(_ report: AuditReport, format: String, unmatchedOnly: Bool, to out: String?) throws {
        let lang = L10n.current
        if unmatchedOnly {
            switch format {
            case "json": try OutputWriter.write(AuditJSON.render(report, lang: lang, unmatchedOnly: true), to: out)
            case "csv": try OutputWriter.write(AuditCSV.unmatched(report, lang: lang), to: out)
            default: try OutputWriter.write(AuditPlainText.renderUnmatched(report, lang: lang), to: out)
            }
            return
        }
        switch format {
        case "html": try OutputWriter.stream(to: out) { emit in AuditHTML.write(report, lang: lang) { emit(Data($0.utf8)) } }
        case "markdown": try OutputWriter.write(AuditMarkdown.render(report, lang: lang), to: out)
        case "json": try OutputWriter.write(AuditJSON.render(report, lang: lang), to: out)
        case "csv":
            // Two tables, two files: the matrix in FILE, the findings in FILE-findings.csv. On stdout, one after the other.
            let matrix = AuditCSV.matrix(report, lang: lang), findings = AuditCSV.findings(report, lang: lang)
            if let out, out != "-" {
                try OutputWriter.write(Data(matrix.utf8), to: out)
                try OutputWriter.write(Data(findings.utf8), to: findingsPath(out))
            } else {
                try OutputWriter.write(Data((matrix + "\r\n" + findings.dropFirst()).utf8), to: nil)
            }
        default: try OutputWriter.write(AuditPlainText.render(report, lang: lang), to: out)
        }
    }

    /// `report.csv` → `report-findings.csv`.
    static func findingsPath(_ out: String) -> String {
        let ns = out as NSString
        let ext = ns.pathExtension
        let stem = ext.isEmpty ? out : ns.deletingPathExtension
        return stem + "-findings." + (ext.isEmpty ? "csv" : ext)
    }

    static func help() -> String {
        L10n.current == .vi ? """
        plancheck audit [THƯ-MỤC...] [tùy chọn]

        Đối chiếu mọi kế hoạch trong từng thư mục với kế hoạch cấp trên và với nhau; liệt kê mọi phát hiện.
        Không chỉ ra thư mục: rà soát các kế hoạch kèm theo trong plans/ (mọi nhóm).

          --parent TỆP         kế hoạch cấp trên (tệp kế hoạch hoặc bảng chỉ tiêu .ini) cho mọi thư mục
          --config TỆP         tệp cấu hình cấp trên của từng thư mục (mặc định: plancheck.ini gần nhất)
          --rules THƯ-MỤC      thư mục quy tắc (mặc định: ./rules hoặc PLANCHECK_RULES)
          --format ĐỊNH-DẠNG   html | markdown | json | csv | text (mặc định: theo đuôi --out, hoặc text)
          --out TỆP            ghi báo cáo vào tệp (ghi nguyên tử); csv: thêm TỆP-findings.csv
          --unmatched          chỉ liệt kê chỉ tiêu chưa khớp danh mục
          --fail-on MỨC        error | warning | never (mặc định: error) — mã thoát 1 khi có phát hiện từ mức này
          --lang vi|en         ngôn ngữ báo cáo (mặc định: vi)

        Mã thoát: 0 không có phát hiện từ mức --fail-on; 1 có; 2 lỗi cách dùng hoặc dữ liệu vào.
        """ : """
        plancheck audit [DIR...] [options]

        Aligns every plan of each folder with its parent plan and with each other, and lists every finding.
        Without a folder: audits the bundled plans in plans/ (every group).

          --parent FILE        parent plan (plan file or .ini target sheet) for every folder
          --config FILE        parent-per-folder config (default: the nearest plancheck.ini)
          --rules DIR          rules folder (default: ./rules or PLANCHECK_RULES)
          --format FORMAT      html | markdown | json | csv | text (default: from --out's extension, else text)
          --out FILE           write the report to FILE (atomically); csv also writes FILE-findings.csv
          --unmatched          list only the targets that matched no catalogue indicator
          --fail-on LEVEL      error | warning | never (default: error) — exit 1 on findings at this level or above
          --lang vi|en         report language (default: vi)

        Exit codes: 0 no finding at --fail-on or above; 1 findings; 2 usage or input error.
        """
    }
}
