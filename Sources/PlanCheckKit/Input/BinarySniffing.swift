/// Recognises files that are not text by their first bytes, to say what they probably are.
enum BinarySniffing {
    /// Known binary signatures and how to call them in a message.
    static let signatures: [(magic: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP/.docx"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP/.docx"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Word 97-2003 .doc / Office"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG"),
        ([0xFF, 0xD8, 0xFF], "JPEG"),
        (Array("GIF8".utf8), "GIF"),
        (Array("{\\rtf".utf8), "RTF"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF"),
        ([0x1F, 0x8B], "gzip"),
        (Array("Rar!".utf8), "RAR"),
        ([0x37, 0x7A, 0xBC, 0xAF], "7z"),
    ]

    static func kind(of bytes: ArraySlice<UInt8>) -> String? {
        signatures.first { bytes.starts(with: $0.magic) }?.name
    }

    /// UTF-16 without BOM: mostly ASCII, so almost every other byte is zero and the rest are not.
    static func looksLikeBOMlessUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        guard sample.count >= 8 else { return false }
        var zeros = [0, 0]
        for (k, b) in sample.enumerated() where b == 0 { zeros[k % 2] += 1 }
        let half = sample.count / 2
        return (zeros[0] * 10 >= half * 3 && zeros[1] * 20 < half) || (zeros[1] * 10 >= half * 3 && zeros[0] * 20 < half)
    }

    /// More than a few control bytes (other than tab, line breaks, form feed, vertical tab, escape)
    /// per hundred means data, not text.
    static func hasManyControlBytes(_ bytes: ArraySlice<UInt8>) -> Bool {
        var n = 0
        for b in bytes where b < 0x20 {
            switch b {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: continue
            default: n += 1
            }
        }
        return n > max(8, bytes.count / 100)
    }
}
