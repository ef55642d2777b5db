/// Where a parent's figure comes from, as the target sheet records it.
public struct TargetSource: Codable, Hashable, Sendable {
    /// Whether the source is the official wording or a news/summary page.
    public enum Kind: String, Codable, Sendable {
        case official, digest
    }

    /// Document and page/line, or a URL.
    public var text: String
    public var kind: Kind

    public init(text: String, kind: Kind) { self.text = text; self.kind = kind }
}

/// A reporting deadline the parent sets (e.g. the quarterly CCHC report), from a target sheet.
public struct ReportingDeadline: Codable, Hashable, Sendable {
    public var id: String
    /// What is due, as written.
    public var text: String
    /// When it is due, as written (`trước ngày 15/3`, `2026-12-10`).
    public var due: String
    public var source: TargetSource?
    public var line: Int

    public init(id: String, text: String, due: String, source: TargetSource?, line: Int) {
        self.id = id; self.text = text; self.due = due; self.source = source; self.line = line
    }
}

/// The plan the audited plans implement: a provincial/city plan document or a target sheet.
/// `plan` is the same model the extractors give, so rules treat both alike; the rest is what only a
/// target sheet can say (the source of each figure, deadlines).
public struct ParentPlan: Sendable {
    public enum Kind: String, Codable, Sendable {
        /// A plan document parsed by the extractors.
        case document
        /// A target sheet (`.ini`).
        case sheet
    }

    public var kind: Kind
    public var plan: Plan
    /// Source of each target, parallel to `plan.targets` (nil for targets read from a plan document,
    /// whose source is the document line itself).
    public var sources: [TargetSource?]
    public var deadlines: [ReportingDeadline]
    /// File each target was read from, parallel to `plan.targets`: differs from `plan.file` for figures
    /// taken from a fallback sheet (the national baseline). Empty means `plan.file` for all.
    public var targetFiles: [String] = []
    /// Fallback sheets merged in, nearest first.
    public var fallbackFiles: [String] = []
    /// Free-text note of the sheet (e.g. why the national baseline applies).
    public var note: String?
    /// Source of the sheet as a whole (the parent document it summarises).
    public var source: TargetSource?

    public init(kind: Kind, plan: Plan, sources: [TargetSource?], deadlines: [ReportingDeadline] = [],
                note: String? = nil, source: TargetSource? = nil) {
        self.kind = kind; self.plan = plan; self.sources = sources; self.deadlines = deadlines
        self.note = note; self.source = source
    }

    /// A parent document: every figure is sourced by its own line.
    public init(document plan: Plan) {
        self.init(kind: .document, plan: plan, sources: Array(repeating: nil, count: plan.targets.count))
    }

    /// File target `i` was read from.
    public func file(ofTarget i: Int) -> String { i < targetFiles.count ? targetFiles[i] : plan.file }

    /// Source of target `i`, or nil.
    public func source(ofTarget i: Int) -> TargetSource? { i < sources.count ? sources[i] : nil }
}

extension ParentPlan {
    /// Points findings' references to a parent figure at the file the figure was read from. The rules see
    /// the parent as one `Plan` (one file), but a sheet's figures may come from its fallback (the national
    /// baseline); a figure is recognised by line and text, which together are unambiguous.
    public func relocating(_ findings: [Finding]) -> [Finding] {
        var moved: [String: String] = [:]  // "line\ttext" → file
        for (i, t) in plan.targets.enumerated() where file(ofTarget: i) != plan.file {
            moved["\(t.line)\t\(t.text)"] = file(ofTarget: i)
        }
        guard !moved.isEmpty else { return findings }
        return findings.map { f in
            var f = f
            for (k, r) in f.related.enumerated() where r.file == plan.file {
                guard let file = moved["\(r.line)\t\(r.text)"] else { continue }
                f.related[k].file = file
                f.message = f.message.replacingAll("\(r.file):\(r.line)", with: "\(file):\(r.line)")
            }
            return f
        }
    }
}
