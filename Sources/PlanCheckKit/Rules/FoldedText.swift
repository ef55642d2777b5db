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

        /// `texts` folded; where `reuse` gives the index of an identical text in `from`, its fold is taken
        /// from there instead of being made again.
        init(_ texts: [String], reuse: [Int?] = [], from: Folds? = nil) {
            bytes = []; signatures = []
            bytes.reserveCapacity(texts.count); signatures.reserveCapacity(texts.count)
            for (i, t) in texts.enumerated() {
                if let from, i < reuse.count, let k = reuse[i] {
                    bytes.append(from.bytes[k]); signatures.append(from.signatures[k])
                    continue
                }
                let (b, s) = TextSignature.folding(t)
                bytes.append(b); signatures.append(s)
            }
        }
    }

    private let rawLines: [String]
    private let rawParagraphs: [String]
    /// For each paragraph, the index of the raw line it is identical to (a paragraph of one line that
    /// the clean-up left as it was): most paragraphs of a plan that is not hard-wrapped.
    private let sameAsLine: [Int?]
    private lazy var foldedLines = Folds(rawLines)
    private lazy var foldedParagraphs = Folds(rawParagraphs, reuse: sameAsLine, from: foldedLines)
    private let lock = NSLock()

    init(lines: [String], paragraphs: [Block]) {
        rawLines = lines
        rawParagraphs = paragraphs.map(\.text)
        sameAsLine = paragraphs.map { b in
            let k = b.firstLine - 1
            guard b.lineRange.count == 1, k >= 0, k < lines.count, lines[k] == b.text else { return nil }
            return k
        }
    }

    var lines: Folds { lock.lock(); defer { lock.unlock() }; return foldedLines }
    var paragraphs: Folds { lock.lock(); defer { lock.unlock() }; return foldedParagraphs }
}
