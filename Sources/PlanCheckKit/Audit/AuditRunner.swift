import Dispatch
import Foundation

/// What to audit and against what.
public struct AuditRequest: Sendable {
    /// Folders (or single plan files) as given; each folder holding plans is a group, and each
    /// sub-folder holding plans is a group of its own.
    public var paths: [String]
    /// `--parent`: one parent for every group.
    public var parent: String?
    /// `--config`: the `plancheck.ini`; otherwise the nearest one above each folder.
    public var config: String?
    /// The rules folder (catalogue, national baseline).
    public var rulesDir: URL?

    public init(paths: [String], parent: String? = nil, config: String? = nil, rulesDir: URL? = nil) {
        self.paths = paths; self.parent = parent; self.config = config; self.rulesDir = rulesDir
    }
}

/// Runs an audit: finds the groups, loads each group's parent, extracts the plans on all cores,
/// runs the rules and aligns the plans with the parent. Output order never depends on scheduling.
public enum AuditRunner {
    /// A folder of plans and the parent that applies to it, before anything is read.
    struct GroupSpec {
        var name: String
        var folder: String
        var files: [String]
        var parent: URL?
        var origin: ParentOrigin
        /// Nothing names the parent: one of the group's own plans may be it (`ParentDetection`).
        var detects = false
    }

    public static func run(_ request: AuditRequest, catalog: Catalog, findings: AuditFindings,
                           progress: AuditProgress? = nil) throws -> AuditReport {
        if let r = request.rulesDir { ParentLoader.rulesDirOverride = r }
        var (specs, loops) = try groups(request)
        var parents: [ParentPlan?] = []
        var cache: [String: ParentPlan] = [:]
        for s in specs {
            guard let url = s.parent else { parents.append(nil); continue }
            let key = url.standardizedFileURL.path
            if cache[key] == nil { cache[key] = relativised(try ParentLoader.load(url, catalog: catalog)) }
            parents.append(cache[key])
        }
        // All plans of all groups in one parallel pass, so that small groups do not leave a core idle.
        let allFiles = specs.flatMap(\.files)
        let results = extract(allFiles, catalog: catalog, progress: progress)
        var failures: [AuditReport.Failure] = loops
        var offset = 0
        var plansOfGroup: [[Plan]] = []
        for s in specs {
            // A file that cannot be read is reported and left out; the other plans are still audited.
            var groupPlans: [Plan] = []
            for (file, r) in zip(s.files, results[offset..<(offset + s.files.count)]) {
                switch r {
                case .success(let p): groupPlans.append(p)
                case .failure(let e): failures.append(AuditReport.Failure(file: file, message: "\(e)"))
                }
            }
            offset += s.files.count
            plansOfGroup.append(groupPlans)
        }
        // A province's plan among the commune plans that cite it is their parent when nothing else is named.
        for gi in specs.indices where specs[gi].detects {
            guard let k = ParentDetection.index(in: plansOfGroup[gi]) else { continue }
            let found = plansOfGroup[gi].remove(at: k)
            parents[gi] = relativised(ParentPlan(document: found))
            specs[gi].parent = URL(fileURLWithPath: found.file)
            specs[gi].origin = .detected
            specs[gi].files.removeAll { $0 == found.file }
        }
        // Groups are audited on all cores (each group's rules also run in parallel); results keep their order.
        let done = AuditCounter()
        let (groupSpecs, groupParents, groupPlans) = (specs, parents, plansOfGroup)
        let out = ParallelMap.map(Array(groupSpecs.indices)) { gi -> AuditGroup in
            defer { progress?.stage(done.next(), of: groupSpecs.count) }
            return audit(spec: groupSpecs[gi], parent: groupParents[gi], plans: groupPlans[gi], catalog: catalog, findings: findings)
        }
        progress?.finish()
        var report = AuditReport(groups: out)
        report.failures = failures
        return report
    }

    /// Audits already extracted plans against a parent (the library entry point used by tests and the benchmark).
    public static func audit(name: String, plans: [Plan], parent: ParentPlan?, parentPath: String? = nil,
                             origin: ParentOrigin = .option, catalog: Catalog?, findings: AuditFindings) -> AuditGroup {
        let spec = GroupSpec(name: name, folder: name, files: plans.map(\.file),
                             parent: parentPath.map { URL(fileURLWithPath: $0) }, origin: origin)
        return audit(spec: spec, parent: parent, plans: plans, catalog: catalog, findings: findings)
    }

    static func audit(spec: GroupSpec, parent: ParentPlan?, plans: [Plan], catalog: Catalog?, findings: AuditFindings) -> AuditGroup {
        // A target set as the parent's level takes the parent's figure, for the rules and the matrix alike.
        let plans = plans.map { RelativeTargets.resolve($0, parent: parent?.plan) }
        var f = findings.findings(plans: plans, parent: parent?.plan)
        if let parent { f = parent.relocating(f) }
        let alignment = Aligner.align(parent: parent, plans: plans, catalog: catalog)
        f += AuditSharedFindings.findings(alignment, plans: plans, parent: parent, existing: f)
        f = RuleEngine.sorted(f)
        // The cleaned paragraphs served the rules; a report of thousands of plans need not keep them.
        let kept = plans.map { p -> Plan in var p = p; p.paragraphs = []; return p }
        return AuditGroup(name: spec.name, folder: spec.folder, parentPath: spec.parent.map { displayPath($0.path) },
                          parentOrigin: spec.origin, parent: parent, plans: kept, findings: f, alignment: alignment)
    }

    /// Extracts documents already in memory on all cores; results keep the order of `documents`.
    public static func extract(documents: [SourceDocument], catalog: Catalog) -> [Plan] {
        ParallelMap.map(documents) { PlanExtractor.extract($0, catalog: catalog) }
    }

    /// Extracts `files` on all cores; results keep the order of `files`.
    static func extract(_ files: [String], catalog: Catalog, progress: AuditProgress?) -> [Result<Plan, Error>] {
        progress?.start(total: files.count)
        return ParallelMap.map(files) { file in
            defer { progress?.step() }
            return Result { try PlanExtractor.extract(AuditInput.load(file), catalog: catalog) }
        }
    }

    // MARK: groups

    /// The groups to audit, and the folders left out because a symbolic link leads back into a folder
    /// already visited (a loop would otherwise repeat the same plans until the path grows too long).
    static func groups(_ request: AuditRequest) throws -> ([GroupSpec], [AuditReport.Failure]) {
        let fm = FileManager.default
        var specs: [GroupSpec] = []
        var visitedDirs = Set<String>()
        var loops: [AuditReport.Failure] = []
        let explicitConfig = try request.config.map { try ParentConfig.load(URL(fileURLWithPath: $0)) }
        var configs: [String: ParentConfig] = [:]
        let baseline = request.rulesDir.flatMap { AuditLocations.baseline(rulesDir: $0) }

        func parentFor(_ folder: URL) throws -> (URL?, ParentOrigin, Bool) {
            if let p = request.parent {
                return (try ParentLoader.resolve(p, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), file: p), .option, false)
            }
            var config = explicitConfig
            if config == nil, let found = ParentConfig.find(from: folder) {
                if configs[found.path] == nil { configs[found.path] = try ParentConfig.load(found) }
                config = configs[found.path]
            }
            if let c = config, let p = c.entry(forFolder: folder) { return (p, .config, false) }
            if let c = config, let p = c.defaultParent { return (p, .baseline, false) }
            return baseline.map { ($0, .baseline, true) } ?? (nil, .none, true)
        }

        /// `name` is the group's name: the folder's path below the requested root ("dong-nai/2026-2030"),
        /// so that nested groups stay distinguishable.
        func visit(_ path: String, name: String? = nil) throws {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw DataFileError(file: path, line: 0, message: ParentMessages.missingFile(path))
            }
            let url = URL(fileURLWithPath: path)
            if !isDir.boolValue {
                let folder = url.deletingLastPathComponent()
                let (p, o, d) = try parentFor(folder)
                specs.append(GroupSpec(name: folder.lastPathComponent, folder: displayPath(folder.path), files: [path], parent: p, origin: o, detects: d))
                return
            }
            let real = url.resolvingSymlinksInPath().standardizedFileURL.path
            guard visitedDirs.insert(real).inserted else {
                loops.append(AuditReport.Failure(file: path, message: AuditInput.symlinkLoop(path, real)))
                return
            }
            let entries = try fm.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
            let (p, o, d) = try parentFor(url)
            let parentPath = p?.standardizedFileURL.path
            let files = entries.filter { AuditInput.isPlanFile($0) }.map { join(path, $0) }
                .filter { URL(fileURLWithPath: $0).standardizedFileURL.path != parentPath }
            let groupName = name ?? url.standardizedFileURL.lastPathComponent
            if !files.isEmpty {
                specs.append(GroupSpec(name: groupName, folder: path, files: files, parent: p, origin: o, detects: d))
            }
            for e in entries {
                var sub: ObjCBool = false
                let child = join(path, e)
                // Below a root that only holds folders (plans/), a sub-folder is named on its own.
                let childName = name == nil && files.isEmpty ? e : groupName + "/" + e
                if fm.fileExists(atPath: child, isDirectory: &sub), sub.boolValue { try visit(child, name: childName) }
            }
        }
        for p in request.paths { try visit(p) }
        // Single files of one folder given one by one form one group.
        var merged: [GroupSpec] = []
        for s in specs {
            if let i = merged.firstIndex(where: { $0.folder == s.folder && $0.parent == s.parent }) {
                merged[i].files += s.files.filter { !merged[i].files.contains($0) }
            } else {
                merged.append(s)
            }
        }
        return (merged, loops)
    }

    /// Paths in reports are relative to the current folder where possible.
    static func relativised(_ p: ParentPlan) -> ParentPlan {
        var p = p
        if p.targetFiles.isEmpty { p.targetFiles = Array(repeating: p.plan.file, count: p.plan.targets.count) }
        p.plan.file = displayPath(p.plan.file)
        p.targetFiles = p.targetFiles.map(displayPath)
        p.fallbackFiles = p.fallbackFiles.map(displayPath)
        return p
    }

    static func join(_ dir: String, _ name: String) -> String {
        dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    /// A path relative to the current folder when it lies inside it (reports never show absolute paths
    /// of the reviewer's machine when they can avoid it).
    static func displayPath(_ path: String) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let p = URL(fileURLWithPath: path).standardizedFileURL.path
        if p.hasPrefix(cwd + "/") { return String(p.dropFirst(cwd.count + 1)) }
        return path
    }
}

/// Counts finished groups from several threads, for progress.
final class AuditCounter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func next() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
}
