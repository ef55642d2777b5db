import Foundation

/// A plan's lines and paragraphs folded (`Folding.fold`) as bytes, with their `TextSignature`s, computed
/// on first use and then shared by every rule that checks the plan. A class so that the lazily made
/// values are shared by the copies of a `RuleContext`; locked, so a context handed to several threads
/// stays safe.
///
/// Paragraphs are not folded up front: a paragraph's signature is the union of its lines' signatures
/// (the clean-up that joins lines only removes characters or adds spaces and tabs, and each line's
/// signature holds the pairs its ends make with a space), and the paragraph itself is folded only when
/// a rule's prefilter lets that signature through. Paragraphs with a line holding `*` are the exception:
/// removing emphasis marks inside a word makes new pairs, so they get their own signature.
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

    /// What `RegexPrefilter.candidates` reads: every text's signature, and its fold on demand.
    struct View {
        let signatures: [TextSignature]
        let fold: (Int) -> [UInt8]
    }

    private let rawLines: [String]
    private let paragraphBlocks: [Block]
    private lazy var foldedLines = Folds(rawLines)
    private lazy var paragraphSignatures: [TextSignature] = paragraphBlocks.map(signature(of:))
    /// Paragraph folds made so far.
    private var paragraphCache: [[UInt8]?]
    private let lock = NSLock()

    init(lines: [String], paragraphs: [Block]) {
        rawLines = lines
        paragraphBlocks = paragraphs
        paragraphCache = Array(repeating: nil, count: paragraphs.count)
    }

    var lines: Folds { lock.lock(); defer { lock.unlock() }; return foldedLines }

    var lineView: View {
        let l = lines
        return View(signatures: l.signatures, fold: { l.bytes[$0] })
    }

    var paragraphView: View {
        lock.lock()
        let sigs = paragraphSignatures
        lock.unlock()
        return View(signatures: sigs, fold: { [self] in paragraphFold($0) })
    }

    /// Every paragraph folded, with its signature.
    var paragraphs: (bytes: [[UInt8]], signatures: [TextSignature]) {
        let v = paragraphView
        return (paragraphBlocks.indices.map(v.fold), v.signatures)
    }

    /// The fold of paragraph `i`, made on first need: the identical line's fold when the paragraph is one
    /// line the clean-up left as it was.
    func paragraphFold(_ i: Int) -> [UInt8] {
        lock.lock(); defer { lock.unlock() }
        if let f = paragraphCache[i] { return f }
        let b = paragraphBlocks[i]
        let k = b.firstLine - 1
        let f = b.lineRange.count == 1 && k >= 0 && k < rawLines.count && rawLines[k] == b.text
            ? foldedLines.bytes[k] : Folding.foldBytes(b.text)
        paragraphCache[i] = f
        return f
    }

    /// A superset of paragraph `b`'s signature from its lines (see the type's comment), or its own.
    private func signature(of b: Block) -> TextSignature {
        let star = TextSignature(ascii: [0x2A])
        var sig = TextSignature(ascii: [0x20, 0x09])  // the joins: spaces, and tabs between cells
        for line in b.lineRange {
            let k = line - 1
            guard k >= 0, k < foldedLines.signatures.count else { continue }
            let s = foldedLines.signatures[k]
            if s.hasAnyASCII(of: star) { return TextSignature.folding(b.text).signature }
            sig.formUnion(s)
        }
        return sig
    }
}
