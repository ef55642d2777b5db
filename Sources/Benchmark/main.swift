import Dispatch
import Foundation
import PlanCheckKit

// plancheck-bench: audits a deterministic synthetic corpus of 3,400 plans (34 provinces × 100) made from
// the bundled plans, and prints wall time and peak memory (VmHWM) for one province, the whole corpus,
// and the extraction of one 50 KB plan. Run from the package root:
//
//     swift run -c release plancheck-bench [--plans N] [--per-province N]
//     swift run -c release plancheck-bench --rule-times [--plans N]   (CPU time of each rule, slowest first)
//     swift run -c release plancheck-bench --write-corpus DIR [--plans N]   (the synthetic plans as files)

func peakRSSMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return -1 }
    return kb / 1024
}

/// CPU time (user + system) of the whole process so far, all threads, in seconds.
func cpuSeconds() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    let t = { (v: timeval) in Double(v.tv_sec) + Double(v.tv_usec) / 1e6 }
    return t(u.ru_utime) + t(u.ru_stime)
}

/// CPU seconds spent in the phases timed by `seconds` (summed over all threads): unlike wall time, it
/// hardly moves with what the other core is doing, so it is the figure to compare before and after a change.
nonisolated(unsafe) var measuredCPU = 0.0

func seconds(_ f: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpu = cpuSeconds()
    try f()
    measuredCPU += cpuSeconds() - cpu
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}


func option(_ name: String, _ def: Int) -> Int {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: "--" + name), i + 1 < args.count, let v = Int(args[i + 1]) { return v }
    return def
}

let total = option("plans", 3400)
let perProvince = option("per-province", 100)
let fm = FileManager.default
guard fm.fileExists(atPath: "plans/plancheck.ini"), fm.fileExists(atPath: "rules/catalog") else {
    FileHandle.standardError.write(Data("plancheck-bench: run from the package root (plans/ and rules/ needed)\n".utf8))
    exit(2)
}

do {
    let setup = try RuleSetup.load(rulesOptions: [], config: nil)
    let catalog = setup.catalog
    let engine = RuleEngine(rules: setup.rules, registry: setup.registry, catalog: catalog)
    let findings = AuditRules.findings(engine)
    let config = try ParentConfig.load(URL(fileURLWithPath: "plans/plancheck.ini"))

    // Seeds: every bundled plan with its group and commune name.
    var seeds: [Corpus.Seed] = []
    var parents: [String: ParentPlan] = [:]
    for group in try fm.contentsOfDirectory(atPath: "plans").sorted() {
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: "plans/\(group)", isDirectory: &isDir), isDir.boolValue else { continue }
        if let p = config.parent(forFolder: URL(fileURLWithPath: "plans/\(group)")) {
            parents[group] = try ParentLoader.load(p, catalog: catalog)
        }
        for f in try fm.contentsOfDirectory(atPath: "plans/\(group)").sorted() where f.hasSuffix(".txt") {
            let doc = try DocumentLoader.load(path: "plans/\(group)/\(f)")
            let plan = PlanExtractor.extract(doc, catalog: catalog)
            let issuer = plan.issuer ?? ""
            let name = ["UBND phường ", "UBND xã ", "phường ", "xã "].reduce(issuer) { $0.replacingOccurrences(of: $1, with: "") }
            seeds.append(Corpus.Seed(group: group, document: doc, name: name.isEmpty ? "\u{0}" : name))
        }
    }
    let corpus = Corpus(seeds: seeds)

    // Single-plan extraction: the bundled plan closest to 50 KB, median of 21 runs.
    let big = seeds.max { $0.document.lines.joined(separator: "\n").utf8.count < $1.document.lines.joined(separator: "\n").utf8.count }!
    let size = big.document.lines.joined(separator: "\n").utf8.count
    var times: [Double] = []
    for _ in 0..<21 { times.append(seconds { _ = PlanExtractor.extract(big.document, catalog: catalog) }) }
    times.sort()
    print(String(format: "single plan extraction: %@ (%.1f KB): median %.1f ms, min %.1f ms",
                 big.document.path, Double(size) / 1024, times[10] * 1000, times[0] * 1000))

    /// Wall time of each phase.
    struct Phases { var generate = 0.0, extract = 0.0, audit = 0.0, html = 0.0, json = 0.0, cpu = 0.0 }

    /// The first `count` variants, made on all cores (generation is not what is measured, but it should not dominate).
    func generate(_ count: Int) -> [(province: Int, document: SourceDocument)] {
        return ParallelMap.map(Array(0..<count)) { corpus.variant($0, perProvince: perProvince) }
    }

    /// Generates, extracts, checks, aligns and renders `count` plans, one group per province, the way
    /// `plancheck audit` does: plans extracted on all cores, groups audited (rules and alignment) on all
    /// cores, one HTML report for every group. JSON is rendered for the first province only.
    func run(count: Int) -> (plans: Int, findings: Int, bytes: Int, phases: Phases) {
        var ph = Phases()
        var audits: [AuditGroup] = []
        var planCount = 0
        // The plans with their cleaned paragraphs live only in this scope; the audited groups keep the rest.
        do {
            var variants: [(province: Int, document: SourceDocument)] = []
            ph.generate = seconds { variants = generate(count) }
            measuredCPU = 0  // generating is not what is measured
            var plans: [Plan] = []
            ph.extract = seconds { plans = AuditRunner.extract(documents: variants.map(\.document), catalog: catalog) }
            planCount = plans.count
            var byProvince: [Int: [Plan]] = [:]
            var groupOf: [Int: String] = [:]
            for (i, (v, p)) in zip(variants, plans).enumerated() {
                byProvince[v.province, default: []].append(p)
                if groupOf[v.province] == nil { groupOf[v.province] = corpus.seeds[i % corpus.seeds.count].group }
            }
            variants = []
            plans = []
            let provinces = byProvince.keys.sorted()
            let (groups, groupNames, allParents) = (byProvince, groupOf, parents)
            byProvince = [:]
            ph.audit = seconds {
                audits = ParallelMap.map(provinces) { province -> AuditGroup in
                    // Each province's parent: the bundled parent of the group its first plan was made from.
                    let parent = groupNames[province].flatMap { allParents[$0] }
                    return AuditRunner.audit(name: "tinh-\(province)", plans: groups[province]!, parent: parent, catalog: catalog,
                                             findings: findings)
                }
            }
        }
        let report = AuditReport(groups: audits)
        var bytes = 0
        // Written piece by piece, as `plancheck audit --out` does; here the pieces are only counted.
        ph.html = seconds { AuditHTML.write(report) { bytes += $0.utf8.count } }
        ph.cpu = measuredCPU
        ph.json = seconds { bytes += AuditJSON.render(AuditReport(groups: [audits[0]])).utf8.count }
        return (planCount, audits.reduce(0) { $0 + $1.findings.count }, bytes, ph)
    }

    func show(_ label: String, _ r: (plans: Int, findings: Int, bytes: Int, phases: Phases)) {
        let p = r.phases
        print(String(format: "%@: %d plans, %d findings, %.1f MB of reports: audit with HTML report %.3f s (+ %.3f s generating, + %.3f s JSON of one province), peak RSS %.0f MB",
                     label, r.plans, r.findings, Double(r.bytes) / 1e6, p.extract + p.audit + p.html, p.generate, p.json, peakRSSMB()))
        print(String(format: "  phases: extract %.3f s, rules and alignment %.3f s, html %.3f s, json %.3f s; CPU time of extract, rules and html %.2f s",
                     p.extract, p.audit, p.html, p.json, p.cpu))
    }

    // `--write-corpus DIR`: the first `--plans N` plans of the corpus as text files, to check or audit them
    // with plancheck itself (e.g. to read what a rule finds in the synthetic plans).
    if let i = CommandLine.arguments.firstIndex(of: "--write-corpus"), i + 1 < CommandLine.arguments.count {
        let dir = URL(fileURLWithPath: CommandLine.arguments[i + 1])
        for v in generate(option("plans", 400)) {
            let url = dir.appendingPathComponent(v.document.path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (v.document.lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        exit(0)
    }

    if CommandLine.arguments.contains("--rule-times") {
        let count = option("plans", 400)
        let variants = generate(count)
        let plans = AuditRunner.extract(documents: variants.map(\.document), catalog: catalog)
        var byProvince: [Int: [Plan]] = [:]
        var groupOf: [Int: String] = [:]
        for (i, (v, p)) in zip(variants, plans).enumerated() {
            byProvince[v.province, default: []].append(p)
            if groupOf[v.province] == nil { groupOf[v.province] = corpus.seeds[i % corpus.seeds.count].group }
        }
        let groups = byProvince.keys.sorted().map { k in (plans: byProvince[k]!, parent: groupOf[k].flatMap { parents[$0]?.plan }) }
        RuleTimes.report(groups: groups, rules: setup.rules, engine: engine)
        exit(0)
    }

    // The province first: VmHWM only grows, so its figure is not the corpus's.
    show("one province", run(count: min(perProvince, total)))
    show("whole corpus", run(count: total))
    print("cores: \(ProcessInfo.processInfo.activeProcessorCount); targets: corpus < 10 s and < 1024 MB, province < 0.5 s")
} catch {
    FileHandle.standardError.write(Data("plancheck-bench: \(error)\n".utf8))
    exit(2)
}
