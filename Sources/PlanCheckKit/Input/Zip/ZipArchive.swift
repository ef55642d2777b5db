/// A minimal ZIP reader for .docx files: the central directory, stored and deflated entries,
/// CRC check. Sizes come from the central directory and are never trusted beyond the caller's
/// limit; ZIP64, encryption and other compression methods are refused.
struct ZipArchive {
    enum Failure: Error, Equatable {
        case notZip
        case corrupt(String)
        case encrypted
        case unsupported(String)
        case tooLarge(entry: String)
    }

    struct Entry {
        var name: String
        var flags: Int
        var method: Int
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    private(set) var entries: [Entry] = []

    init(bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard let eocd = Self.findEndOfCentralDirectory(bytes) else { throw .notZip }
        let count = u16(eocd + 10)!, size = u32(eocd + 12)!, offset = u32(eocd + 16)!
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
        guard offset + size <= eocd else { throw .corrupt("central directory out of bounds") }
        var p = offset
        for _ in 0..<count {
            guard u32(p) == 0x0201_4B50, let flags = u16(p + 8), let method = u16(p + 10), let crc = u32(p + 16),
                  let csize = u32(p + 20), let usize = u32(p + 24), let nlen = u16(p + 28), let xlen = u16(p + 30),
                  let clen = u16(p + 32), let local = u32(p + 42), p + 46 + nlen <= bytes.count
            else { throw .corrupt("bad central directory entry") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nlen)], as: UTF8.self)
            entries.append(Entry(name: name, flags: flags, method: method, crc: UInt32(crc), compressedSize: csize,
                                 uncompressedSize: usize, localHeaderOffset: local))
            p += 46 + nlen + xlen + clen
        }
    }

    /// The end-of-central-directory record is in the last 64 KiB + 22 bytes (after an optional comment).
    static func findEndOfCentralDirectory(_ b: [UInt8]) -> Int? {
        guard b.count >= 22 else { return nil }
        var i = b.count - 22
        let stop = max(0, b.count - 22 - 65_535)
        while i >= stop {
            if b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06 { return i }
            i -= 1
        }
        return nil
    }

    func u16(_ p: Int) -> Int? {
        guard p >= 0, p + 2 <= bytes.count else { return nil }
        return Int(bytes[p]) | Int(bytes[p + 1]) << 8
    }

    func u32(_ p: Int) -> Int? {
        guard p >= 0, p + 4 <= bytes.count else { return nil }
        return Int(bytes[p]) | Int(bytes[p + 1]) << 8 | Int(bytes[p + 2]) << 16 | Int(bytes[p + 3]) << 24
    }

    func entry(named name: String) -> Entry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The content of `entry`, refusing anything that would inflate beyond `limit` bytes.
    func data(of entry: Entry, limit: Int) throws(Failure) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .encrypted }
        if entry.uncompressedSize > limit { throw .tooLarge(entry: entry.name) }
        let p = entry.localHeaderOffset
        guard u32(p) == 0x0403_4B50, let nlen = u16(p + 26), let xlen = u16(p + 28) else {
            throw .corrupt("bad local header for \(entry.name)")
        }
        let start = p + 30 + nlen + xlen
        guard start + entry.compressedSize <= bytes.count else { throw .corrupt("\(entry.name) is truncated") }
        let out: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw .corrupt("size mismatch in \(entry.name)") }
            out = Array(bytes[start..<(start + entry.compressedSize)])
        case 8:
            do {
                // Never inflate past the declared size: a lying header is a corrupt (or hostile) file.
                out = try Inflate.inflate(Array(bytes[start..<(start + entry.compressedSize)]), maxOutput: entry.uncompressedSize)
            } catch .outputTooLarge {
                throw .corrupt("\(entry.name) inflates beyond its declared size")
            } catch {
                throw .corrupt("\(entry.name): deflate data \(error)")
            }
        default:
            throw .unsupported("compression method \(entry.method) in \(entry.name)")
        }
        guard out.count == entry.uncompressedSize else { throw .corrupt("size mismatch in \(entry.name)") }
        guard CRC32.checksum(out) == entry.crc else { throw .corrupt("CRC error in \(entry.name)") }
        return out
    }
}
