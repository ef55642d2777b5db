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
        guard let first = line.utf8.first(where: { $0 != 0x20 }), first == 0x4B || first == 0x53 || first == 0x44 || first == 0x4E
        else { return false }
        let t = line.drop { $0 == " " }
        return anchors.contains { t.hasPrefix($0) }
    }

    static func isStampLine(_ line: String) -> Bool {
        if isAnchor(line) { return true }
        let t = line.drop { $0 == " " }
        return fields.contains { t.hasPrefix($0) } && line.utf8.count <= 200
    }
}
