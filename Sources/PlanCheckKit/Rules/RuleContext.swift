/// What a rule sees when it checks one plan.
public struct RuleContext: Sendable {
    /// The plan being checked.
    public var plan: Plan
    /// Every plan loaded in this run (including `plan`), for cross-plan checks.
    public var plans: [Plan]
    /// The parent plan or target sheet (provincial, city or national), if any.
    public var parent: Plan?
    public var registry: DocumentRegistry
    public var catalog: Catalog?
    /// The plan's paragraphs re-joined from hard-wrapped lines, computed once per plan for every rule
    /// that reads paragraphs (re-running the clean-up in each rule dominated the run time).
    public let paragraphs: [Block]
    /// Values shared by all plans of one run (cross-plan indexes).
    public let shared: RuleRunCache
    /// The lines and paragraphs of the plan given to `init`, folded once on first use, for `RegexPrefilter`.
    let folds: FoldedText

    public init(plan: Plan, plans: [Plan], parent: Plan?, registry: DocumentRegistry, catalog: Catalog?,
                shared: RuleRunCache = RuleRunCache()) {
        self.plan = plan; self.plans = plans; self.parent = parent; self.registry = registry; self.catalog = catalog
        self.shared = shared
        // Plans from the extractor carry their paragraphs; others (hand-made, decoded) are cleaned here.
        self.paragraphs = plan.paragraphs.isEmpty && !plan.lines.isEmpty
            ? Cleanup.blocks(SourceDocument(path: plan.file, lines: plan.lines)) : plan.paragraphs
        self.folds = FoldedText(lines: plan.lines, paragraphs: paragraphs)
    }

    /// Folded raw lines (index = line - 1).
    public var foldedLines: [[UInt8]] { folds.lines.bytes }
    /// Folded paragraphs, parallel to `paragraphs`.
    public var foldedParagraphs: [[UInt8]] { folds.paragraphs.bytes }
    /// Line signatures and folds, for `RegexPrefilter`.
    var lineFolds: FoldedText.View { folds.lineView }
    /// Paragraph signatures, and folds made on demand, for `RegexPrefilter`.
    var paragraphFolds: FoldedText.View { folds.paragraphView }

    /// Whether `indicator` is one where a higher figure is more ambitious (true when unknown).
    public func higherIsBetter(_ indicator: String) -> Bool {
        catalog?.indicators.indicator(indicator)?.higherIsBetter ?? true
    }

    /// Display name of an indicator in the current language, or its id.
    public func indicatorName(_ id: String) -> String {
        catalog?.indicators.indicator(id)?.name(L10n.current) ?? id
    }
}
