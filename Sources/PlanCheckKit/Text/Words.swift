import Foundation

extension StringProtocol where SubSequence == Substring {
    /// The text's words: the runs between ASCII spaces, as `split(separator: " ")`, found on the UTF-8
    /// bytes. `split` compares Characters, building one for every scalar, and splitting folded text into
    /// words was 4.5% of an extraction; this is about three times faster. (The two differ only where a
    /// space is followed by a combining mark, which NFC text and folded text do not have.)
    var words: [Substring] {
        var out: [Substring] = []
        let u = utf8
        let end = u.endIndex
        var i = u.startIndex
        while i < end {
            if u[i] == 0x20 { i = u.index(after: i); continue }
            var j = u.index(after: i)
            while j < end, u[j] != 0x20 { j = u.index(after: j) }
            out.append(self[i..<j])
            i = j
        }
        return out
    }
}
