import Foundation

/// A plan's lines and paragraphs folded (`Folding.fold`) as bytes, computed on first use and then
/// shared by every rule that checks the plan. A class so that the lazily made values are shared by the
/// copies of a `RuleContext`; locked, so a context handed to several threads stays safe.
final class FoldedText: @unchecked Sendable {
    private let rawLines: [String]
    private let rawParagraphs: [String]
    private lazy var foldedLines: [[UInt8]] = rawLines.map { Folding.foldBytes($0) }
    private lazy var foldedParagraphs: [[UInt8]] = rawParagraphs.map { Folding.foldBytes($0) }
    private let lock = NSLock()

    init(lines: [String], paragraphs: [String]) {
        rawLines = lines; rawParagraphs = paragraphs
    }

    var lines: [[UInt8]] { lock.lock(); defer { lock.unlock() }; return foldedLines }
    var paragraphs: [[UInt8]] { lock.lock(); defer { lock.unlock() }; return foldedParagraphs }
}
