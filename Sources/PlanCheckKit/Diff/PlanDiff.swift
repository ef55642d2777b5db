/// The semantic difference between two versions of one plan: facts matched by what they say, not by
/// where they are written, so moving or rewording a paragraph is not a change.
/// Built by `PlanDiff.compute(old:new:)`; encoded as-is in `plancheck diff --format json`.
public struct PlanDiff: Codable, Sendable, Equatable {
    /// A metadata field whose value changed. `field` is one of `issuer`, `level`, `period`, `number`,
    /// `date`, `status` (values `draft`/`signed`), `parent`.
    public struct MetadataChange: Codable, Sendable, Equatable {
        public var field: String
        public var old: String?
        public var new: String?
    }

    /// A reform area as the diff sees it: the id, its line and its lead units (canonical names).
    public struct AreaFact: Codable, Sendable, Equatable {
        public var area: ReformArea
        public var line: Int
        public var leads: [String]
    }

    /// An area present in both versions whose lead units changed.
    public struct AreaChange: Codable, Sendable, Equatable {
        public var old: AreaFact
        public var new: AreaFact
    }

    /// A target present in both versions with a change of substance. `fields` lists what changed:
    /// `value` (value, upper bound or unit), `comparator`, `period`, `indicator`, `area`.
    public struct TargetChange: Codable, Sendable, Equatable {
        public var old: Target
        public var new: Target
        public var fields: [String]
    }

    /// A task present in both versions whose `lead`, `coordinators`, `deadline` or `product` changed.
    public struct TaskChange: Codable, Sendable, Equatable {
        public var old: PlanTask
        public var new: PlanTask
        public var fields: [String]
    }

    /// Every citation of one document (same normalised number) in one version.
    public struct CitationFact: Codable, Sendable, Equatable {
        public var kind: String
        /// Number as first written.
        public var number: String
        /// For a document cited without a number, its name (`Luật Tổ chức chính quyền địa phương`).
        public var name: String?
        /// Distinct ISO dates given to it, sorted (usually one).
        public var dates: [String]
        public var issuer: String?
        /// Lines of every citation, sorted.
        public var lines: [Int]
    }

    /// A document cited in both versions with a different date.
    public struct CitationChange: Codable, Sendable, Equatable {
        public var old: CitationFact
        public var new: CitationFact
    }

    public struct Changes<Fact: Codable & Sendable & Equatable, Change: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
        public var added: [Fact] = []
        public var removed: [Fact] = []
        public var changed: [Change] = []
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

    public var metadata: [MetadataChange] = []
    public var areas = Changes<AreaFact, AreaChange>()
    public var targets = Changes<Target, TargetChange>()
    public var tasks = Changes<PlanTask, TaskChange>()
    /// `changed` holds re-dated citations.
    public var citations = Changes<CitationFact, CitationChange>()
    /// Findings introduced and resolved; nil when the rules were not run.
    public var findings: FindingsDelta?

    public init() {}

    /// True when nothing of substance changed (findings included).
    public var isEmpty: Bool {
        metadata.isEmpty && areas.isEmpty && targets.isEmpty && tasks.isEmpty && citations.isEmpty
            && (findings?.isEmpty ?? true)
    }
}

/// Findings that appear only in the new version (introduced) or only in the old one (resolved),
/// compared by `FindingFingerprint` so that a finding that merely moved is neither.
public struct FindingsDelta: Codable, Sendable, Equatable {
    public var introduced: [Finding] = []
    public var resolved: [Finding] = []
    public var isEmpty: Bool { introduced.isEmpty && resolved.isEmpty }

    public init(introduced: [Finding] = [], resolved: [Finding] = []) {
        self.introduced = introduced; self.resolved = resolved
    }
}
