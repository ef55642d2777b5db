import Foundation

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
            if body.withUnsafeBufferPointer({ ByteSearch.index(of: 0, in: $0) != nil }) {
                throw InputError(file: file, BinarySniffing.looksLikeBOMlessUTF16(body) ? .utf16WithoutBOM : .binary(looksLike: nil))
            }
            if BinarySniffing.hasManyControlBytes(body) { throw InputError(file: file, .binary(looksLike: nil)) }
            text = try decodeUTF8(body, file: file)
        }
        // Double-encoded lines are repaired first (their undefined bytes are C1 controls, replaced below), then
        // lines typed in a TCVN3 font are converted (their `ư` is a soft hyphen, which is dropped below).
        // Then, each keeping every line where it was: Word's field codes beside their results go
        // (`MERGEFIELD CT_DUNG_HAN \# "0" 98%`: `WordFieldCodes`); compatibility forms are narrowed
        // (`CompatibilityForms`); Word's formatting marks, when shown, are read (`FormattingMarks`); fake-bold
        // lines undoubled (`DoubledGlyphs`); a bilingual plan's English lines dropped (`TranslationLines`, before
        // Telex: English spells a few syllables); lines typed as Telex keystrokes spelt (`TelexLines`); a LaTeX
        // source, a unified diff, a wiki page's markup and HTML comments read as what they show (`LaTeXSource`,
        // `UnifiedDiff`, `WikiMarkup`, `HTMLComments`); pdfminer's glyph codes read as vowels (`CidCodes`).
        let repaired = LegacyFontLines.convertingLines(MojibakeLines.repairingLines(text))
        let forms = FormattingMarks.revealed(CompatibilityForms.narrowed(WordFieldCodes.stripping(replacingControls(repaired))))
        let spelt = TelexLines.decoding(TranslationLines.dropped(DoubledGlyphs.undoubling(forms)))
        return CidCodes.decoding(HTMLComments.stripped(WikiMarkup.shown(UnifiedDiff.issued(LaTeXSource.rendered(spelt)))))
    }

    /// Validates UTF-8; on failure tells a legacy 8-bit file (mostly high bytes that are not UTF-8)
    /// from a UTF-8 file with a few broken bytes (reported with the line of the first one).
    static func decodeUTF8(_ bytes: ArraySlice<UInt8>, file: String) throws(InputError) -> String {
        // The standard library's check first (it makes the string in the same pass); the scan below only
        // tells what is wrong with a file that fails it.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
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
        // (Most texts hold neither: one pass over the bytes.)
        guard text.withBytes(mayHoldStrayOrInvisible) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isInvisible(s.value) {
            // Word's non-breaking hyphen (U+001E) is a hyphen (`76/NQ␞CP`); its optional hyphen (U+001F) is
            // nothing unless the line breaks there.
            if s.value == 0x1E { out.append("-"); continue }
            if s.value == 0x1F { continue }
            out.append(isStray(s.value) ? " " : s)
        }
        return String(out)
    }

    /// Whether one of the eight bytes of `x` is below 0x20, DEL, C2, E2 or EF.
    @inline(__always) static func wordMayHoldStray(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
        let below20 = (x &- ones &* 0x20) & ~x & high
        return below20 | hasZero(x ^ (ones &* 0x7F)) | hasZero(x ^ (ones &* 0xC2)) | hasZero(x ^ (ones &* 0xE2))
            | hasZero(x ^ (ones &* 0xEF)) != 0
    }

    /// Whether UTF-8 bytes hold a C0 control other than tab and line breaks, DEL, a C1 control or soft
    /// hyphen (C2 80–9F, C2 AD), a zero-width space or joiner (E2 80 8B–8D), a word joiner (E2 81 A0) or a
    /// byte-order mark (EF BB BF): exactly the scalars `replacingControls` changes.
    static func mayHoldStrayOrInvisible(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = buf.count
        var i = 0
        while i < n {
            // Eight bytes at a time when none is below 0x20, DEL, or a lead byte C2 / E2 / EF of the scalars
            // looked for (the usual "has a byte less than" and "has a zero byte" word tricks, exact as tests
            // of whether any byte qualifies). Vietnamese letters (C3, C4, C6, E1 leads) pass.
            if i + 8 <= n {
                let x = UnsafeRawPointer(buf.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if !Self.wordMayHoldStray(x) {
                    i += 8
                    continue
                }
            }
            let b = buf[i]
            i += 1
            if b >= 0x20 && b < 0x7F || b == 0x09 || b == 0x0A || b == 0x0D { continue }
            guard b >= 0x80 else { return true }  // C0 controls and DEL
            guard i < n else { break }
            let c = buf[i]
            switch b {
            case 0xC2 where c <= 0x9F || c == 0xAD: return true
            case 0xE2 where i + 1 < n && (c == 0x80 && (0x8B...0x8D).contains(buf[i + 1]) || c == 0x81 && buf[i + 1] == 0xA0): return true
            case 0xEF where i + 1 < n && c == 0xBB && buf[i + 1] == 0xBF: return true
            default: continue
            }
        }
        return false
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
        bytes.withUnsafeBufferPointer(scan)
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var r = Result()
        var i = 0
        let end = bytes.count
        while i < end {
            // Eight ASCII bytes at a time (no top bit set): most of a Vietnamese text.
            if i + 8 <= end, UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
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
                if r.firstInvalidOffset == nil { r.firstInvalidOffset = i }
                r.invalidBytes += 1
                i += 1
            }
        }
        return r
    }
}
