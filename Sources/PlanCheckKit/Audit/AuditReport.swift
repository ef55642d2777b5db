/// The audit of one folder of plans against one parent.
public struct AuditGroup: Sendable {
    /// Folder name as shown (e.g. `dong-nai`).
    public var name: String
    /// Folder path as given (relative paths stay relative).
    public var folder: String
    /// Where the parent was read from, and why it applies (`--parent`, config, national baseline).
    public var parentPath: String?
    public var parentOrigin: ParentOrigin
    public var parent: ParentPlan?
    /// Plans in file-name order.
    public var plans: [Plan]
    /// Findings of the rules on these plans, sorted by file and line.
    public var findings: [Finding]
    public var alignment: Alignment

    public init(name: String, folder: String, parentPath: String?, parentOrigin: ParentOrigin, parent: ParentPlan?,
                plans: [Plan], findings: [Finding], alignment: Alignment) {
        self.name = name; self.folder = folder; self.parentPath = parentPath; self.parentOrigin = parentOrigin
        self.parent = parent; self.plans = plans; self.findings = findings; self.alignment = alignment
    }

    /// Findings of plan `i`.
    public func findings(ofPlan i: Int) -> [Finding] { findings.filter { $0.file == plans[i].file } }
}

/// Why a group's parent applies.
public enum ParentOrigin: String, Codable, Sendable {
    /// `--parent` on the command line.
    case option
    /// The folder's entry in `plancheck.ini`.
    case config
    /// The national baseline, because nothing else was configured.
    case baseline
    /// A province's or city's plan in the folder, which the other plans cite (nothing else was configured;
    /// see `ParentDetection`).
    case detected
    /// No parent at all (no baseline found).
    case none
}

/// A whole audit run: one group per folder.
public struct AuditReport: Sendable {
    /// An input file that could not be read (left out of its group).
    public struct Failure: Sendable {
        public var file: String
        public var message: String
    }

    public var groups: [AuditGroup]
    /// Files that could not be read; the command reports them and exits 2.
    public var failures: [Failure] = []

    public init(groups: [AuditGroup]) { self.groups = groups }

    public var allFindings: [Finding] { groups.flatMap(\.findings) }
}
