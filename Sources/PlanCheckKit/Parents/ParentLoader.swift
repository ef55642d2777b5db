import Foundation

/// Loads the parent of a group of plans: a plan document (parsed by the same extractors as the plans)
/// or a target sheet (`.ini`). Both give the same `Plan` model, so the rules treat them alike.
public enum ParentLoader {
    /// Loads the parent at `url`. A `.ini` file is a target sheet; anything else a plan document.
    /// A sheet's `fallback` (e.g. the national baseline) adds the fallback's figures for every
    /// indicator and period the sheet itself does not set.
    public static func load(_ url: URL, catalog: Catalog) throws -> ParentPlan {
        try load(url, catalog: catalog, visiting: [])
    }

    /// The parent as a plain `Plan`, as given to the rules.
    public static func loadPlan(_ url: URL, catalog: Catalog) throws -> Plan {
        try load(url, catalog: catalog).plan
    }

    /// Parses a target sheet given as text (`path` is used in messages). Fallbacks are not followed.
    public static func parseSheet(_ text: String, path: String, catalog: Catalog?) throws -> ParentPlan {
        try TargetSheet.parse(text, path: path, catalog: catalog).0
    }

    private static func load(_ url: URL, catalog: Catalog, visiting: Set<String>) throws -> ParentPlan {
        let path = url.standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw DataFileError(file: url.path, line: 0, message: ParentMessages.missingFile(url.path))
        }
        guard url.pathExtension.lowercased() == "ini" else {
            // A plan document is read exactly like the plans (text, Markdown, .docx, .pdf).
            return ParentPlan(document: PlanExtractor.extract(try DocumentLoader.load(path: url.path), catalog: catalog))
        }
        guard !visiting.contains(path) else {
            throw DataFileError(file: url.path, line: 0, message: ParentMessages.fallbackLoop(url.path))
        }
        let text = try readText(url)
        var (parent, fallback) = try TargetSheet.parse(text, path: url.path, catalog: catalog)
        parent.targetFiles = Array(repeating: url.path, count: parent.plan.targets.count)
        if let fb = fallback {
            let fbURL = try resolve(fb, relativeTo: url.deletingLastPathComponent(), file: url.path)
            let base = try load(fbURL, catalog: catalog, visiting: visiting.union([path]))
            parent.merge(fallback: base)
        }
        return parent
    }

    /// The word that names the national baseline in sheets and configs (`fallback = national`), so that a
    /// copied `plans/` folder still finds it in whatever rules folder is in use.
    public static let nationalKeyword = "national"

    /// The national baseline of the rules folder in use (`--rules`, `$PLANCHECK_RULES`, or the nearest `rules/`).
    public static func nationalBaseline(rulesDir: URL? = nil) throws -> URL {
        let dir = try rulesDir ?? RulesFolder.defaultRulesDir()
        return dir.appendingPathComponent("national/baseline.ini")
    }

    /// A parent reference: `national`, or a path relative to `base`.
    static func resolve(_ ref: String, relativeTo base: URL, file: String) throws -> URL {
        if ref == nationalKeyword {
            do { return try nationalBaseline(rulesDir: rulesDirOverride) } catch {
                throw DataFileError(file: file, line: 0, message: "\(error)")
            }
        }
        return URL(fileURLWithPath: ref, relativeTo: base).standardizedFileURL
    }

    /// The rules folder `national` refers to, when a caller knows it (set by the audit before loading).
    nonisolated(unsafe) static var rulesDirOverride: URL?

    static func readText(_ url: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataFileError(file: url.path, line: 0, message: L10n.text(.cannotRead))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(file: url.path, line: 0, message: L10n.text(.notUTF8))
        }
        return text
    }
}

extension ParentPlan {
    /// Adds `base`'s targets for indicators this parent does not set for an equal or wider period,
    /// and `base`'s deadlines when this parent has none. Metadata stays this parent's own.
    mutating func merge(fallback base: ParentPlan) {
        for (i, t) in base.plan.targets.enumerated() {
            let covered = plan.targets.contains { own in
                own.indicator == t.indicator && (own.period == nil || t.period == nil || own.period!.contains(t.period!))
            }
            if covered { continue }
            plan.targets.append(t)
            sources.append(base.source(ofTarget: i))
            targetFiles.append(base.file(ofTarget: i))
        }
        if deadlines.isEmpty { deadlines = base.deadlines }
        for a in base.plan.areas where plan.area(a.area) == nil { plan.areas.append(a) }
        plan.areas.sort { $0.area < $1.area }
        fallbackFiles.append(base.plan.file)
        fallbackFiles += base.fallbackFiles
    }
}
