/// A pure-Swift DEFLATE decoder (RFC 1951), after Mark Adler's `puff`: small and strict rather
/// than fast, which is plenty for the XML parts of a Word file. Every read is bounds-checked and
/// the output is capped, so a hostile stream ends in a `Failure`, never a trap or a memory blow-up.
struct Inflate {
    enum Failure: Error, Equatable {
        case truncated
        case badBlockType
        case storedLengthMismatch
        case badCodeLengths
        case badCode
        case distanceTooFar
        case outputTooLarge
    }

    private let input: [UInt8]
    private var pos: Int
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    private var output: [UInt8] = []
    private let maxOutput: Int

    /// Inflates a raw DEFLATE stream (no zlib or gzip header) of at most `maxOutput` bytes.
    static func inflate(_ input: [UInt8], from start: Int = 0, maxOutput: Int) throws(Failure) -> [UInt8] {
        var s = Inflate(input: input, pos: start, maxOutput: maxOutput)
        try s.run()
        return s.output
    }

    private init(input: [UInt8], pos: Int, maxOutput: Int) {
        self.input = input
        self.pos = max(0, pos)
        self.maxOutput = maxOutput
    }

    private mutating func bits(_ n: Int) throws(Failure) -> Int {
        while bitCount < n {
            guard pos < input.count else { throw .truncated }
            bitBuffer |= UInt64(input[pos]) << UInt64(bitCount)
            pos += 1
            bitCount += 8
        }
        let v = Int(bitBuffer & ((1 << UInt64(n)) - 1))
        bitBuffer >>= UInt64(n)
        bitCount -= n
        return v
    }

    private mutating func run() throws(Failure) {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1: try codes(Self.fixedLengths, Self.fixedDistances)
            case 2: try dynamic()
            default: throw .badBlockType
            }
        }
    }

    private mutating func stored() throws(Failure) {
        bitBuffer = 0
        bitCount = 0
        guard pos + 4 <= input.count else { throw .truncated }
        let len = Int(input[pos]) | Int(input[pos + 1]) << 8
        let nlen = Int(input[pos + 2]) | Int(input[pos + 3]) << 8
        pos += 4
        guard len == (~nlen & 0xFFFF) else { throw .storedLengthMismatch }
        guard pos + len <= input.count else { throw .truncated }
        guard output.count + len <= maxOutput else { throw .outputTooLarge }
        output.append(contentsOf: input[pos..<(pos + len)])
        pos += len
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        /// Builds the code; throws when it is over-subscribed, or incomplete beyond the single-code
        /// case RFC 1951 allows (the fixed distance code is incomplete by design).
        init(lengths: ArraySlice<Int>, fixed: Bool = false) throws(Failure) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for l in lengths { counts[l] += 1 }
            var left = 1
            for len in 1..<16 {
                left <<= 1
                left -= counts[len]
                if left < 0 { throw .badCodeLengths }
            }
            if !fixed && left > 0 && lengths.count - counts[0] > 1 { throw .badCodeLengths }
            var offsets = [Int](repeating: 0, count: 16)
            for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
            for (i, l) in lengths.enumerated() where l != 0 {
                symbols[offsets[l]] = i
                offsets[l] += 1
            }
        }
    }

    private mutating func decode(_ h: Huffman) throws(Failure) -> Int {
        var code = 0, first = 0, index = 0
        for len in 1..<16 {
            code |= try bits(1)
            let count = h.counts[len]
            if code - count < first { return h.symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw .badCode
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                               4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    // Fixed codes are valid by construction (force-try is safe: these tables are constants).
    static let fixedLengths: Huffman = {
        var l = [Int](repeating: 8, count: 288)
        for i in 144..<256 { l[i] = 9 }
        for i in 256..<280 { l[i] = 7 }
        return try! Huffman(lengths: l[...], fixed: true)
    }()
    static let fixedDistances: Huffman = try! Huffman(lengths: [Int](repeating: 5, count: 30)[...], fixed: true)

    private mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(Failure) {
        while true {
            var symbol = try decode(lengths)
            if symbol < 256 {
                guard output.count < maxOutput else { throw .outputTooLarge }
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            symbol -= 257
            guard symbol < 29 else { throw .badCode }
            let len = Self.lengthBase[symbol] + (try bits(Self.lengthExtra[symbol]))
            let dsym = try decode(distances)
            guard dsym < 30 else { throw .badCode }
            let dist = Self.distanceBase[dsym] + (try bits(Self.distanceExtra[dsym]))
            guard dist <= output.count else { throw .distanceTooFar }
            guard output.count + len <= maxOutput else { throw .outputTooLarge }
            var from = output.count - dist
            for _ in 0..<len {
                output.append(output[from])
                from += 1
            }
        }
    }

    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func dynamic() throws(Failure) {
        let nlen = try bits(5) + 257
        let ndist = try bits(5) + 1
        let ncode = try bits(4) + 4
        guard nlen <= 286, ndist <= 30 else { throw .badCodeLengths }
        var lengths = [Int](repeating: 0, count: 320)
        for i in 0..<ncode { lengths[Self.codeLengthOrder[i]] = try bits(3) }
        let lencode = try Huffman(lengths: lengths[0..<19])
        var index = 0
        while index < nlen + ndist {
            var symbol = try decode(lencode)
            if symbol < 16 {
                lengths[index] = symbol
                index += 1
                continue
            }
            var len = 0
            if symbol == 16 {
                guard index > 0 else { throw .badCodeLengths }
                len = lengths[index - 1]
                symbol = 3 + (try bits(2))
            } else if symbol == 17 {
                symbol = 3 + (try bits(3))
            } else {
                symbol = 11 + (try bits(7))
            }
            guard index + symbol <= nlen + ndist else { throw .badCodeLengths }
            for _ in 0..<symbol {
                lengths[index] = len
                index += 1
            }
        }
        guard lengths[256] != 0 else { throw .badCodeLengths }
        let litlen = try Huffman(lengths: lengths[0..<nlen])
        let dist = try Huffman(lengths: lengths[nlen..<(nlen + ndist)])
        try codes(litlen, dist)
    }
}
