/// Decodes the Unicode scalars of valid UTF-8 (a String's own bytes) without the generic
/// `unicodeScalars` iterator, for the two loops every character of every plan goes through (folding
/// and `AlignedFold`). The input is valid UTF-8 because it comes from a String.
struct ScalarDecoder {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always) mutating func next() -> Unicode.Scalar? {
        guard i < bytes.count else { return nil }
        let b0 = UInt32(bytes[i])
        var v: UInt32
        if b0 < 0x80 {
            i += 1
            return Unicode.Scalar(UInt8(b0))
        } else if b0 < 0xE0 {
            v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            i += 2
        } else if b0 < 0xF0 {
            v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            i += 3
        } else {
            v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            i += 4
        }
        return Unicode.Scalar(v)
    }
}
