/// The text of a digital signature's stamp, printed into a PDF where the signature box sits on the page
/// (the government CA's `Ký bởi: … / Cơ quan: … / Thời gian ký: 12.01.2027 16:22:09 +07:00`, a viewer's
/// `Signature Not Verified`, Adobe's `Digitally signed by … / DN: … / Date: 2027.01.08 10:41:27 +07'00'`).
///
/// Left in the text, a stamp cuts a target's sentence from its figure (`… đạt` / stamp / `98.5%, …`) and
/// its unit names read as leads of the section it falls in. A stamp is a run of such lines with no blank
/// between them, holding at least one line only a stamp has (`Ký bởi:`, `Signature …`, `Digitally signed`);
/// its other lines (`Email:`, `Cơ quan:`, `Ký ngày:` …) are dropped only beside one.
struct SignatureStamps {
    /// 0-based indices of the lines to drop.
    let indices: Set<Int>

    /// Openings only a stamp has.
    static let anchors = ["Ký bởi:", "Ký bởi :", "Signature Not Verified", "Signature Valid", "Signature valid",
                          "Digitally signed by", "Người ký:"]
    /// Openings of a stamp's other lines.
    static let fields = ["Email:", "Cơ quan:", "Thời gian ký:", "Ngày ký:", "Ký ngày:", "DN:", "Date:", "Reason:",
                         "Location:", "Lý do:", "Vị trí:", "Chức vụ:"]

    init(_ lines: [String]) {
        var out = Set<Int>()
        for (i, l) in lines.enumerated() where Self.isAnchor(l) {
            out.insert(i)
            var k = i + 1
            while k < lines.count, Self.isStampLine(lines[k]) { out.insert(k); k += 1 }
            k = i - 1
            while k >= 0, Self.isStampLine(lines[k]) { out.insert(k); k -= 1 }
        }
        indices = out
    }

    /// Whether the line opens as only a stamp's line does. Anchors open on `K`, `S`, `D` or `N`: one byte
    /// rules out most lines.
    static func isAnchor(_ line: String) -> Bool {
        line.withBytes { buf in
            var i = 0
            while i < buf.count, buf[i] == 0x20 { i += 1 }
            guard i < buf.count, buf[i] == 0x4B || buf[i] == 0x53 || buf[i] == 0x44 || buf[i] == 0x4E else { return false }
            return anchorBytes.contains { opens(buf, at: i, with: $0) }
        }
    }

    static func isStampLine(_ line: String) -> Bool {
        if isAnchor(line) { return true }
        guard line.utf8.count <= 200 else { return false }
        return line.withBytes { buf in
            var i = 0
            while i < buf.count, buf[i] == 0x20 { i += 1 }
            return fieldBytes.contains { opens(buf, at: i, with: $0) }
        }
    }

    static let anchorBytes = anchors.map { Array($0.utf8) }
    static let fieldBytes = fields.map { Array($0.utf8) }

    /// Whether `buf` holds `prefix` from `i`.
    static func opens(_ buf: UnsafeBufferPointer<UInt8>, at i: Int, with prefix: [UInt8]) -> Bool {
        i + prefix.count <= buf.count && prefix.indices.allSatisfy { buf[i + $0] == prefix[$0] }
    }
}
