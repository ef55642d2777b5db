/// Turns the bytes of a text plan into a string, or says precisely why it cannot:
/// UTF-8 with or without BOM and UTF-16/UTF-32 with BOM are read; binary files, UTF-16 without BOM,
/// legacy Vietnamese encodings and broken UTF-8 are refused rather than read as mojibake.
enum TextDecoding {
    /// The decoded text, with control characters other than tab and line breaks replaced by spaces
    /// (they only come from bad exports and would confuse the clean-up).
    static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> String {
        if bytes.isEmpty { throw InputError(file: file, .empty) }
        let text: String
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) {
            text = try decodeUTF32(bytes.dropFirst(4), bigEndian: false, file: file)
        } else if bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            text = try decodeUTF32(bytes.dropFirst(4), bigEndian: true, file: file)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = try decodeUTF16(bytes.dropFirst(2), bigEndian: false, file: file)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = try decodeUTF16(bytes.dropFirst(2), bigEndian: true, file: file)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            if let kind = BinarySniffing.kind(of: body) { throw InputError(file: file, .binary(looksLike: kind)) }
            if body.contains(0) {
                throw InputError(file: file, BinarySniffing.looksLikeBOMlessUTF16(body) ? .utf16WithoutBOM : .binary(looksLike: nil))
            }
            if BinarySniffing.hasManyControlBytes(body) { throw InputError(file: file, .binary(looksLike: nil)) }
            text = try decodeUTF8(body, file: file)
        }
        // Lines typed in a TCVN3 font are converted first: their `ư` is a soft hyphen, which is dropped below.
        return replacingControls(LegacyFontLines.convertingLines(text))
    }

    /// Validates UTF-8; on failure tells a legacy 8-bit file (mostly high bytes that are not UTF-8)
    /// from a UTF-8 file with a few broken bytes (reported with the line of the first one).
    static func decodeUTF8(_ bytes: ArraySlice<UInt8>, file: String) throws(InputError) -> String {
        let v = UTF8Validation.scan(bytes)
        guard let bad = v.firstInvalidOffset else { return String(decoding: bytes, as: UTF8.self) }
        // Mostly 8-bit bytes with clear Vietnamese legacy patterns: name the encoding. Anything else
        // (a few broken bytes in UTF-8, or Latin-1 text) is reported at the first bad byte.
        if v.invalidBytes > v.validMultibyte, let enc = LegacyEncodingDetector.guess(bytes: bytes) {
            throw InputError(file: file, .legacyEncoding(enc))
        }
        let line = bytes[bytes.startIndex..<(bytes.startIndex + bad)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        throw InputError(file: file, line: line, .invalidUTF8)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws(InputError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        var line = 1
        var failed = false
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s):
                if s == "\n" { line += 1 }
                if s == "\0" { throw InputError(file: file, .binary(looksLike: nil)) }
                scalars.append(s)
            case .emptyInput: break loop
            case .error: failed = true; break loop
            }
        }
        if failed { throw InputError(file: file, line: line, .invalidUTF16) }
        return String(scalars)
    }

    static func decodeUTF32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws(InputError) -> String {
        var scalars = String.UnicodeScalarView()
        var i = bytes.startIndex
        var line = 1
        while i + 3 < bytes.endIndex {
            let b = (0..<4).map { UInt32(bytes[i + $0]) }
            let v = bigEndian ? (b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]) : (b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0])
            guard let s = Unicode.Scalar(v), v != 0 else { throw InputError(file: file, line: line, .binary(looksLike: nil)) }
            if s == "\n" { line += 1 }
            scalars.append(s)
            i += 4
        }
        return String(scalars)
    }

    /// C0/C1 controls other than tab, LF and CR (form feeds of PDF page breaks, vertical tabs of
    /// Word line breaks, stray escapes) become spaces, so that every later step sees plain text.
    /// Invisible marks inside words (soft hyphens, zero-width spaces and joiners, a byte-order mark past the
    /// start) that web pages leave in copied text are dropped: `trực tuy\u{AD}ến` is `trực tuyến`.
    static func replacingControls(_ text: String) -> String {
        func isStray(_ v: UInt32) -> Bool { (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) }
        func isInvisible(_ v: UInt32) -> Bool { v == 0xAD || (0x200B...0x200D).contains(v) || v == 0x2060 || v == 0xFEFF }
        // (Most texts hold neither: one pass over the scalars, below 0xA0 for all but a few.)
        guard text.unicodeScalars.contains(where: { $0.value < 0xA0 ? isStray($0.value) : isInvisible($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isInvisible(s.value) { out.append(isStray(s.value) ? " " : s) }
        return String(out)
    }
}

/// A single pass over bytes that checks UTF-8 and counts what it saw.
enum UTF8Validation {
    struct Result {
        var firstInvalidOffset: Int?
        var invalidBytes = 0
        var validMultibyte = 0
    }

    static func scan(_ bytes: ArraySlice<UInt8>) -> Result {
        var r = Result()
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: need = 0
            }
            var ok = need > 0 && i + need < end
            if ok {
                for k in 1...need {
                    let c = bytes[i + k]
                    let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                    if c < l || c > h { ok = false; break }
                }
            }
            if ok {
                r.validMultibyte += 1
                i += need + 1
            } else {
                if r.firstInvalidOffset == nil { r.firstInvalidOffset = i - bytes.startIndex }
                r.invalidBytes += 1
                i += 1
            }
        }
        return r
    }
}
