/// Targets written as records of labelled lines, one record per target:
///
///     CT1.
///     - Nội dung chỉ tiêu: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn
///     - Mức phấn đấu: ≥ 98%
///     - Cơ quan chủ trì: Trung tâm Phục vụ hành chính công
///
/// The extractor keeps the record's subject (its content line) while its labelled lines go on, and reads
/// the figures of the value line with it.
enum TargetRecords {
    /// A record's subjects (`A; B`) and its value line (`- Mức phấn đấu: 100%; ≥ 80%`) cut at their
    /// semicolons, when both have the same number (two or more) of parts: each subject with the range of
    /// the value line that holds its figure. Nil otherwise.
    static func pairedParts(subject: String, values: String) -> [(String, Range<String.Index>)]? {
        let subjects = subject.split(separator: ";").map { String($0) }
        guard subjects.count > 1, let colon = values.firstIndex(of: ":") else { return nil }
        var ranges: [Range<String.Index>] = []
        var start = values.index(after: colon)
        while let semicolon = values[start...].firstIndex(of: ";") {
            ranges.append(start..<semicolon)
            start = values.index(after: semicolon)
        }
        ranges.append(start..<values.endIndex)
        guard ranges.count == subjects.count, ranges.allSatisfy({ values[$0].contains(where: \.isNumber) }) else { return nil }
        return Array(zip(subjects, ranges))
    }

    /// Labels of a record's line that names what its target measures.
    static let subjectLabels: Set<String> = ["noi dung chi tieu", "ten chi tieu", "chi tieu", "noi dung"]

    /// Whether a folded label names what the record's target measures: one of `subjectLabels`, or a numbered
    /// target (`Chỉ tiêu 8 (CT8)`, `Chỉ tiêu 5`) whose line names it and whose figure may come on the next
    /// line (`- Mức đăng ký: 75%`).
    static func isSubjectLabel(_ label: String) -> Bool {
        if subjectLabels.contains(label) { return true }
        let words = label.words
        return words.count >= 3 && words.count <= 4 && words[0] == "chi" && words[1] == "tieu"
            && words[2...].allSatisfy { $0.contains(where: \.isNumber) }
    }

    /// Whether a record's labelled line gives the parent's figure (`- Chỉ tiêu tỉnh giao: tối thiểu 98%`),
    /// beside the plan's own (`- Mức đăng ký của phường: 99%`).
    static func isParentField(_ label: String) -> Bool {
        let f = " " + label + " "
        return [" tinh giao ", " thanh pho giao ", " cap tren giao "].contains { f.contains($0) }
    }

    /// Whether a record's labelled line gives a past result (`Kết quả năm 2025: 96,9%`, `Thực hiện 2025: …`,
    /// `Ước thực hiện năm 2025: …`), not a target.
    static func isResultField(_ label: String) -> Bool {
        label.hasPrefix("ket qua nam") || label.hasPrefix("ket qua 20") || label.hasPrefix("thuc hien nam")
            || label.hasPrefix("thuc hien 20") || label.hasPrefix("uoc thuc hien") || label.hasPrefix("uoc dat")
    }

    /// Labels of a line that gives the plan's own figure for the item named on the line above (`2.3. Tỷ lệ
    /// hồ sơ … đúng hạn` / `Đăng ký đạt: 98%`, `Mức đăng ký: tối thiểu 65%`).
    static let valueLabels: Set<String> = ["dang ky dat", "muc dang ky", "muc phan dau", "chi tieu dang ky", "phan dau dat",
                                           "dang ky", "muc dat", "chi tieu phan dau",
                                           // `CT01 - Tỷ lệ …` / `Giá trị mục tiêu năm 2027: ≥ 98%; Đơn vị chủ trì theo dõi: …`
                                           "gia tri muc tieu"]

    /// Whether a folded label gives a record's value (`valueLabels`), also with its year (`Giá trị mục tiêu
    /// năm 2027`).
    static func isValueLabel(_ label: String) -> Bool {
        if valueLabels.contains(label) { return true }
        let words = label.words
        guard words.count >= 3, words[words.count - 2] == "nam", Int(words[words.count - 1]) != nil else { return false }
        return valueLabels.contains(words.dropLast(2).joined(separator: " "))
    }

    /// `- Mức phấn đấu: ≥ 95%` → (`muc phan dau`, `≥ 95%`): a labelled line of a record, its label (at most
    /// six words, folded) and what follows the colon; nil for any other paragraph.
    static func field(_ text: String) -> (label: String, value: String)? {
        // On bytes (this runs for every paragraph): bullets and spaces, then a colon within 96 bytes after at
        // most five spaces; only then is the label folded.
        var text = text
        return text.withUTF8 { u in field(bytes: u) }
    }

    /// `field` on the paragraph's bytes (no copy).
    static func field(bytes u: UnsafeBufferPointer<UInt8>) -> (label: String, value: String)? {
        var i = 0
        while i < u.count {
            if u[i] == 0x2D || u[i] == 0x2B || u[i] == 0x2A || u[i] == 0x20 { i += 1 }
            else if i + 2 < u.count, u[i] == 0xE2, u[i + 1] == 0x80, u[i + 2] == 0xA2 { i += 3 }  // •
            else { break }
        }
        var spaces = 0
        var colon = i
        while colon < min(u.count, 160), colon - i < 96, u[colon] != 0x3A {
            // (Five spaces: `Giá trị mục tiêu năm 2027:`.)
            if u[colon] == 0x20 { spaces += 1; if spaces > 5 { return nil } }
            colon += 1
        }
        guard colon < u.count, u[colon] == 0x3A, colon > i else { return nil }
        let label = Folding.fold(String(decoding: u[i..<colon], as: UTF8.self))
        guard !label.isEmpty else { return nil }
        let value = String(decoding: UnsafeBufferPointer(rebasing: u[(colon + 1)...]), as: UTF8.self)
        return (label, value.trimmedWhitespace)
    }
}
