import Foundation

/// A plan's lines and paragraphs folded (`Folding.fold`) as bytes, with their `TextSignature`s, computed
/// on first use and then shared by every rule that checks the plan. A class so that the lazily made
/// values are shared by the copies of a `RuleContext`; locked, so a context handed to several threads
/// stays safe.
final class FoldedText: @unchecked Sendable {
    /// Folded texts and their signatures, parallel to the texts they were made from.
    struct Folds: Sendable {
        var bytes: [[UInt8]]
        var signatures: [TextSignature]

        init(_ texts: [String]) {
            bytes = []; signatures = []
            bytes.reserveCapacity(texts.count); signatures.reserveCapacity(texts.count)
            for t in texts {
                let (b, s) = TextSignature.folding(t)
                bytes.append(b); signatures.append(s)
            }
        }
    }

    private let rawLines: [String]
    private let rawParagraphs: [String]
    private lazy var foldedLines = Folds(rawLines)
    private lazy var foldedParagraphs = Folds(rawParagraphs)
    private let lock = NSLock()

    init(lines: [String], paragraphs: [String]) {
        rawLines = lines; rawParagraphs = paragraphs
    }

    var lines: Folds { lock.lock(); defer { lock.unlock() }; return foldedLines }
    var paragraphs: Folds { lock.lock(); defer { lock.unlock() }; return foldedParagraphs }
}
