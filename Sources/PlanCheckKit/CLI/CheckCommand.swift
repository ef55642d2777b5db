import Foundation

/// `plancheck check [--parent PARENT] [--rules DIR]... [--format …] [--lang vi|en] [--fail-on …]
/// [--config FILE] [--write-baseline FILE] [--baseline FILE] [--output FILE] FILE...`
///
/// Exit codes: 0 no finding at or above `--fail-on`; 1 findings at or above it; 2 usage error, malformed
/// rules/config, or an input file that could not be read (the other files are still checked and reported).
enum CheckCommand {
    static let failOnChoices = ["error", "warning", "never"]

    static func run(_ args: [String]) -> Int32 {
        let a: Arguments
        do {
            a = try Arguments(args, valued: ["parent", "rules", "format", "lang", "fail-on", "config", "write-baseline", "baseline", "output"],
                              flags: ["no-config"])
            try UsageError.check("format", a.value("format"), in: Reporters.formats)
            try UsageError.check("fail-on", a.value("fail-on"), in: failOnChoices)
            try UsageError.check("lang", a.value("lang"), in: Language.allCases.map(\.rawValue))
        } catch {
            Console.error(error.description)
            return 2
        }
        if a.has("help") { print(help()); return 0 }
        guard !a.positionals.isEmpty else { Console.error(help()); return 2 }

        // Configuration, rules, catalogue, registry: any mistake stops the run (exit 2).
        let config: CheckConfig?
        let setup: RuleSetup
        do {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            if let c = a.value("config") {
                config = try CheckConfig.load(URL(fileURLWithPath: c))
            } else if !a.has("no-config"), let found = CheckConfig.find(from: cwd) {
                config = try CheckConfig.load(found)
            } else { config = nil }
            setup = try RuleSetup.load(rulesOptions: a.values("rules"), config: config)
        } catch {
            Console.error("\(error)")
            return 2
        }

        // Plans: a file that cannot be read is reported and skipped; the others are still checked.
        var plans: [Plan] = []
        var failures: [(file: String, message: String)] = []
        var files: [String] = []
        // Extracted in parallel on every core; results keep the order of the arguments.
        let paths = expand(a.positionals)
        let catalog = setup.catalog
        let loaded = ParallelMap.map(paths) { path -> Result<Plan, Error> in
            Result {
                var doc = try PlanInput.load(path)
                doc.path = relativePath(path)
                return PlanExtractor.extract(doc, catalog: catalog)
            }
        }
        for (path, result) in zip(paths, loaded) {
            let rel = relativePath(path)
            files.append(rel)
            switch result {
            case .success(let plan): plans.append(plan)
            case .failure(let error):
                Console.error("\(error)")
                failures.append((rel, "\(error)"))
            }
        }

        // Parents: --parent for every plan, else the config's folder parent. Loaded once per file.
        var parentCache: [String: Plan] = [:]
        var parentOf: [String: Plan] = [:]
        for (i, plan) in plans.enumerated() {
            let found: URL?
            do { found = try parentURL(for: plan.file, option: a.value("parent"), config: config, rulesRoot: setup.root) } catch {
                Console.error("\(error)")
                return 2
            }
            guard let url = found else { continue }
            let key = url.standardizedFileURL.path
            if parentCache[key] == nil {
                do {
                    var p = try ParentLoader.loadPlan(url, catalog: setup.catalog)
                    p.file = relativePath(url.path)
                    parentCache[key] = p
                } catch {
                    Console.error("\(error)")
                    return 2
                }
            }
            parentOf[plans[i].file] = parentCache[key]
        }

        let engine = RuleEngine(rules: setup.rules, registry: setup.registry, catalog: setup.catalog)
        var findings = engine.run(plans: plans) { parentOf[$0.file] }

        do {
            if let wb = a.value("write-baseline") {
                try Baseline(findings: findings).write(to: wb)
                Console.note(L10n.current == .vi ? "plancheck: đã ghi baseline \(wb) (\(findings.count) phát hiện)"
                             : "plancheck: wrote baseline \(wb) (\(findings.count) findings)")
            }
            if let b = a.value("baseline") ?? config?.baseline?.path, a.value("write-baseline") == nil {
                if FileManager.default.fileExists(atPath: b) || a.value("baseline") != nil {
                    findings = try Baseline.load(b).filter(findings)
                }
            }
        } catch {
            Console.error("\(error)")
            return 2
        }

        let report = CheckReport(findings: findings, rules: setup.rules, files: files, failures: failures)
        let format = a.value("format") ?? "text"
        let toTerminal = a.value("output") == nil && isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let text = Reporters.render(report, format: format, colour: toTerminal)
        do {
            try OutputWriter.write(text, to: a.value("output"))
            if format == "github", let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
                try appendStepSummary(MarkdownReporter().render(report), to: summary)
            }
        } catch {
            Console.error("\(error)")
            return 2
        }
        if !failures.isEmpty { return 2 }
        let failOn = a.value("fail-on") ?? config?.failOn ?? "error"
        guard failOn != "never", let threshold = Severity(rawValue: failOn) else { return 0 }
        return report.findings.contains { $0.severity >= threshold } ? 1 : 0
    }

    /// The parent of a plan: `--parent`, else the `.plancheck.ini` folder entry, else the nearest
    /// `plancheck.ini` parent configuration shared with `plancheck audit` (its folder entry or its default,
    /// usually the national baseline), else the national baseline of the rules folder
    /// (`rules/national/baseline.ini`), the parent of last resort, when it exists.
    static func parentURL(for planFile: String, option: String?, config: CheckConfig?, rulesRoot: URL? = nil) throws -> URL? {
        // `--parent national` names the national baseline, as for `audit`.
        if let o = option, o == ParentLoader.nationalKeyword, let r = rulesRoot {
            return r.appendingPathComponent("national/baseline.ini")
        }
        if let o = option { return URL(fileURLWithPath: o) }
        if let c = config?.parent(forPlanAt: planFile) { return c }
        let folder = URL(fileURLWithPath: planFile).deletingLastPathComponent()
        if let pc = ParentConfig.find(from: folder), let p = try ParentConfig.load(pc).parent(forFolder: folder) { return p }
        guard let national = rulesRoot?.appendingPathComponent("national/baseline.ini") else { return nil }
        return FileManager.default.fileExists(atPath: national.path) ? national : nil
    }

    /// `$GITHUB_STEP_SUMMARY` is shared by all steps of a job: append, never replace.
    static func appendStepSummary(_ text: String, to path: String) throws {
        if let h = FileHandle(forWritingAtPath: path) {
            defer { try? h.close() }
            try h.seekToEnd()
            try h.write(contentsOf: Data(text.utf8))
        } else {
            try OutputWriter.write(text, to: path)
        }
    }

    /// Folders given as inputs stand for the plan files under them (supported extensions, sorted).
    static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue,
                  let en = fm.enumerator(at: URL(fileURLWithPath: p), includingPropertiesForKeys: nil) else { out.append(p); continue }
            var found: [String] = []
            for case let u as URL in en where DocumentLoader.isPlanInFolder(path: u.path) {
                found.append(u.path)
            }
            out += found.sorted()
        }
        // A file named twice (or also inside a named folder) is checked once.
        var seen = Set<String>()
        return out.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }

    /// Path relative to the current folder with forward slashes (`plans/x.txt`), for every output.
    static func relativePath(_ path: String) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        var i = 0
        while i < cwd.count, i < target.count, cwd[i] == target[i] { i += 1 }
        let ups = Array(repeating: "..", count: cwd.count - i)
        let rel = (ups + target[i...]).joined(separator: "/")
        return rel.isEmpty ? "." : rel
    }

    static func help() -> String {
        L10n.current == .vi ? """
        Cách dùng: plancheck check [tùy chọn] TỆP...

        Kiểm tra kế hoạch CCHC trước khi ký ban hành: lĩnh vực cải cách và cơ quan chủ trì, chỉ tiêu so với
        kế hoạch cấp trên, số liệu mâu thuẫn, văn bản viện dẫn (ngày, ký hiệu), đánh số, phụ lục, số lượng
        khai báo, lỗi trình bày, nhiệm vụ thiếu thời hạn/sản phẩm, thời điểm ban hành. Danh sách quy tắc:
        'plancheck rules' hoặc docs/rules.md.

          --parent TỆP            kế hoạch cấp trên (tệp kế hoạch hoặc bảng chỉ tiêu .ini) cho mọi tệp
          --rules THƯ_MỤC         bộ quy tắc (lặp lại được); thư mục có catalog/ là thư mục rules/ gốc
          --format ĐỊNH_DẠNG      text (mặc định) | json | markdown | sarif | github | gitlab
          --lang vi|en            ngôn ngữ thông báo (mặc định vi)
          --fail-on MỨC           error (mặc định) | warning | never: mức phát hiện làm mã thoát là 1
          --config TỆP            tệp cấu hình (mặc định: .plancheck.ini tìm từ thư mục hiện tại trở lên)
          --no-config             không dùng tệp cấu hình
          --write-baseline TỆP    ghi các phát hiện hiện có vào baseline (ghi nguyên tử, sắp xếp ổn định)
          --baseline TỆP          chỉ báo các phát hiện mới, không có trong baseline
          --output TỆP            ghi báo cáo ra tệp (ghi nguyên tử) thay vì đầu ra chuẩn

        Mã thoát: 0 không có phát hiện từ mức --fail-on trở lên; 1 có; 2 lỗi cách dùng, lỗi tệp quy tắc/cấu
        hình hoặc có tệp không đọc được (các tệp khác vẫn được kiểm tra và báo cáo).
        """ : """
        Usage: plancheck check [options] FILE...

        Checks CCHC plans before signing: reform areas and lead units, targets against the parent plan,
        conflicting figures, cited documents (dates, symbols), numbering, appendices, declared counts,
        layout artefacts, tasks without deadline/product, issuance date. Rule list: 'plancheck rules' or
        docs/rules.md.

          --parent FILE           parent plan (plan file or .ini target sheet) for every file
          --rules DIR             rule pack (repeatable); a folder with catalog/ is a rules/ root
          --format FORMAT         text (default) | json | markdown | sarif | github | gitlab
          --lang vi|en            message language (default vi)
          --fail-on LEVEL         error (default) | warning | never: findings at this level make the exit code 1
          --config FILE           configuration file (default: .plancheck.ini found from the current folder up)
          --no-config             ignore configuration files
          --write-baseline FILE   record today's findings as a baseline (atomic, stably sorted)
          --baseline FILE         report only findings not in the baseline
          --output FILE           write the report to a file (atomically) instead of standard output

        Exit codes: 0 no finding at or above --fail-on; 1 some; 2 usage error, malformed rules/config, or an
        unreadable input file (the other files are still checked and reported).
        """
    }
}
