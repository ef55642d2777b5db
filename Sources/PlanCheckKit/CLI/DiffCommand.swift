import Foundation

/// `plancheck diff OLD NEW` and `plancheck diff --git REV [REV2] [--] [PATH...]`: the semantic difference
/// between two versions of a plan (see `PlanDiff`). `plancheck diff --canonical FILE` prints the canonical
/// form (`CanonicalRenderer`, without line numbers unless `--lines`), usable as a git textconv driver.
///
/// Exit codes: 0 done, 1 with `--exit-code` when something changed or with `--fail-on-new` when a finding
/// at that severity was introduced, 2 usage error, unreadable input, bad rules, or a git problem.
enum DiffCommand {
    static let valued: Set<String> = ["format", "output", "rules", "git", "repo", "lang", "fail-on-new"]
    static let flags: Set<String> = ["no-findings", "exit-code", "canonical", "lines", "no-lines"]

    static func run(_ args: [String]) -> Int32 {
        let t = DiffText()
        // Everything after `--` is a path, so revisions and paths can be told apart without guessing.
        let dash = args.firstIndex(of: "--")
        let before = dash.map { Array(args[..<$0]) } ?? args
        let after = dash.map { Array(args[($0 + 1)...]) } ?? []
        let a: Arguments
        do {
            a = try Arguments(before, valued: valued, flags: flags)
            try UsageError.check("format", a.value("format"), in: ["text", "markdown", "json"])
            try UsageError.check("fail-on-new", a.value("fail-on-new"), in: Severity.allCases.map(\.rawValue))
            try UsageError.check("lang", a.value("lang"), in: Language.allCases.map(\.rawValue))
        } catch {
            Console.error(error.message)
            return 2
        }
        if a.has("help") { print(t.usage()); return 0 }

        let fm = FileManager.default
        let baseDir = URL(fileURLWithPath: a.value("repo") ?? fm.currentDirectoryPath, isDirectory: true)
        do {
            // The rules only add the findings section: when they cannot be loaded the diff of facts still
            // stands, so say why on stderr and go on (`plancheck check` reports the rule error itself).
            var findings: DiffFindings?
            if !a.has("no-findings") && !a.has("canonical") {
                do { findings = try DiffFindings.load(rulesOptions: a.values("rules"), configFrom: baseDir) } catch {
                    Console.error(t.rulesNotRun(String(describing: error)))
                }
            }
            let catalog = try findings?.catalog ?? Catalog.load(rulesDir: RulesFolder.defaultRulesDir(a.values("rules")))
            let loader = DiffPlanLoader(catalog: catalog)

            if a.has("canonical") {
                return try canonical(a.positionals + after, loader: loader, lines: a.has("lines"), output: a.value("output"))
            }

            let files: [FileDiff]
            if let rev = a.value("git") {
                files = try gitDiffs(rev: rev, positionals: a.positionals, paths: after, explicitPaths: dash != nil,
                                     baseDir: baseDir, loader: loader, findings: findings)
            } else {
                let files2 = a.positionals + after
                guard files2.count == 2 else { throw UsageError(message: t.needTwoFiles) }
                let path = { (p: String) in p.hasPrefix("/") ? p : baseDir.appendingPathComponent(p).path }
                let old = try loader.load(path: path(files2[0]), displayPath: files2[1])
                let new = try loader.load(path: path(files2[1]), displayPath: files2[1])
                files = [fileDiff(path: files2[1], oldLabel: files2[0], newLabel: files2[1], old: old, new: new,
                                  location: path(files2[1]), findings: findings)]
            }

            let p = DiffPresentation(lang: L10n.current, indicatorName: { catalog.indicators.indicator($0)?.name(L10n.current) })
            let report: String
            switch a.value("format") ?? "text" {
            case "json": report = DiffReport.json(files)
            case "markdown": report = DiffReport.markdown(files, presentation: p, findingsNote: !a.has("no-findings"))
            default: report = DiffReport.text(files, presentation: p, findingsNote: !a.has("no-findings"))
            }
            try emit(report, to: a.value("output"))

            if let s = a.value("fail-on-new").flatMap(Severity.init(rawValue:)),
               files.contains(where: { $0.diff.findings?.introduced.contains { $0.severity >= s } ?? false }) {
                return 1
            }
            if a.has("exit-code"), files.contains(where: { !$0.diff.isEmpty }) { return 1 }
            return 0
        } catch let e as UsageError {
            Console.error(e.message)
            return 2
        } catch {
            Console.error(String(describing: error))
            return 2
        }
    }

    /// Compares two loaded versions; the rules run on each version that exists.
    /// `location`: where the plan lives in the work tree (absolute), for finding its parent plan.
    static func fileDiff(path: String, oldLabel: String, newLabel: String, old: Plan?, new: Plan?, location: String,
                         findings: DiffFindings?) -> FileDiff {
        // An absent version is an empty plan; it takes the other side's draft flag so that adding or
        // deleting a plan does not also read as "signed".
        var empty = Plan(file: path)
        empty.draft = (old ?? new)?.draft ?? false
        var d = PlanDiff.compute(old: old ?? empty, new: new ?? empty)
        if let f = findings {
            d.findings = FindingsDelta.compute(old: old.map { f.run($0, location: location) } ?? [],
                                               new: new.map { f.run($0, location: location) } ?? [])
        }
        return FileDiff(path: path, old: oldLabel, new: newLabel, diff: d)
    }

    // MARK: git

    static func gitDiffs(rev: String, positionals: [String], paths after: [String], explicitPaths: Bool, baseDir: URL,
                         loader: DiffPlanLoader, findings: DiffFindings?) throws -> [FileDiff] {
        let t = DiffText()
        let git = GitClient(directory: baseDir)
        let top = try git.topLevel()
        let topGit = GitClient(directory: top)
        guard try git.isCommit(rev) else { throw DiffFailure(message: t.unknownRevision(rev)) }

        var rest = positionals
        var rev2: String?
        if explicitPaths {
            // `--git A B -- paths`: everything before `--` is a revision.
            if rest.count > 1 { throw UsageError(message: t.tooManyRevisions()) }
            if let r = rest.first {
                guard try git.isCommit(r) else { throw DiffFailure(message: t.unknownRevision(r)) }
                rev2 = r
            }
            rest = after
        } else if let first = rest.first, !FileManager.default.fileExists(atPath: baseDir.appendingPathComponent(first).path),
                  !first.hasPrefix("/") {
            guard try git.isCommit(first) else { throw DiffFailure(message: t.notRevisionOrPath(first)) }
            rev2 = first
            rest.removeFirst()
        }

        // Paths relative to the top of the work tree, as `git show REV:path` wants them.
        var files: [String] = []
        var pathspecs: [String] = []
        for p in rest {
            let rel = try relativeToTop(p, baseDir: baseDir, top: top)
            var isDir: ObjCBool = false
            if rel.isEmpty || (FileManager.default.fileExists(atPath: top.appendingPathComponent(rel).path, isDirectory: &isDir) && isDir.boolValue) {
                pathspecs.append(rel.isEmpty ? "." : rel)
            } else {
                files.append(rel)
            }
        }
        if rest.isEmpty || !pathspecs.isEmpty {
            files += try topGit.changedPlans(rev, rev2, pathspecs: pathspecs)
        }
        var seen = Set<String>()
        files = files.filter { seen.insert($0).inserted }
        if files.isEmpty { Console.note(t.noChangedPlans) }

        var out: [FileDiff] = []
        for rel in files {
            let oldData = try topGit.show(rev, rel)
            let newData: Data?
            if let r2 = rev2 {
                newData = try topGit.show(r2, rel)
            } else {
                newData = FileManager.default.contents(atPath: top.appendingPathComponent(rel).path)
            }
            if oldData == nil && newData == nil { throw DiffFailure(message: "\(rel): " + t.notInEither(rel)) }
            let old = try oldData.map { try loader.load(data: $0, name: "\(rev):\(rel)", displayPath: rel) }
            let new = try newData.map { try loader.load(data: $0, name: rev2.map { "\($0):\(rel)" } ?? rel, displayPath: rel) }
            let newName = rev2 ?? t.workingTree
            out.append(fileDiff(path: rel, oldLabel: rev + (old == nil ? " " + t.missingVersion : ""),
                                newLabel: newName + (new == nil ? " " + t.missingVersion : ""), old: old, new: new,
                                location: top.appendingPathComponent(rel).path, findings: findings))
        }
        return out
    }

    /// `p` (relative to `baseDir`, or absolute) as a path relative to the top of the work tree.
    static func relativeToTop(_ p: String, baseDir: URL, top: URL) throws -> String {
        let abs = (p.hasPrefix("/") ? URL(fileURLWithPath: p) : baseDir.appendingPathComponent(p)).standardizedFileURL
        for root in [top.standardizedFileURL.path, top.resolvingSymlinksInPath().path] {
            let candidates = [abs.path, abs.resolvingSymlinksInPath().path]
            for c in candidates {
                if c == root { return "" }
                if c.hasPrefix(root + "/") { return String(c.dropFirst(root.count + 1)) }
            }
        }
        throw DiffFailure(message: DiffText().outsideRepository(p))
    }

    // MARK: canonical form and output

    static func canonical(_ files: [String], loader: DiffPlanLoader, lines: Bool, output: String?) throws -> Int32 {
        guard !files.isEmpty else { throw UsageError(message: DiffText().needPlanFile) }
        var out = ""
        for f in files {
            let plan = try loader.load(path: f, displayPath: f)
            out += CanonicalRenderer.render(plan, lang: L10n.current, lines: lines)
        }
        try emit(out, to: output)
        return 0
    }

    /// Writes the report to standard output, or atomically (temporary file, then rename) to `path`.
    static func emit(_ s: String, to path: String?) throws {
        try OutputWriter.write(s, to: path)
    }
}
