/// Bounds that keep hostile or absurd input from exhausting memory or time. Documented in docs/inputs.md.
public struct InputLimits: Sendable {
    /// Largest file read at all (a real plan is a few hundred KB; Word files with images a few MB).
    public var maxFileBytes = 50 * 1_048_576
    /// Longer lines are cut here (with a note), so that no later step sees a multi-megabyte line.
    public var maxLineCharacters = 10_000
    /// More lines than this is not a plan (and would cost far too much memory as strings).
    public var maxLines = 500_000
    /// Largest size one zip entry of a .docx may inflate to (zip-bomb guard).
    public var maxEntryBytes = 64 * 1_048_576
    /// Largest total inflated size of all entries read from one .docx.
    public var maxTotalInflatedBytes = 128 * 1_048_576
    /// Longest a pdftotext run may take before it is stopped.
    public var pdfTimeoutSeconds = 120

    public init() {}

    public static let standard = InputLimits()
}
