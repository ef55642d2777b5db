import Foundation

/// Documents plans commonly cite, with their correct dates, from `rules/registry/documents.ini`:
///
/// ```
/// [document 76/NQ-CP]
/// kind = Nghị quyết
/// issuer = Chính phủ
/// date = 2021-07-15
/// title = Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030
/// source = https://…
/// other-date = 2013-06-13   # a different document with the same number; not a conflict
/// ```
public struct DocumentRegistry: Sendable {
    public struct Entry: Sendable, Hashable {
        public var number: String
        public var kind: String
        public var issuer: String
        /// ISO date (YYYY-MM-DD).
        public var date: String
        public var title: String
        public var source: String
        /// Dates of other, unrelated documents that share this number (e.g. 76/NQ-CP of 2013).
        public var otherDates: [String]
        public var file: String
        public var line: Int
    }

    public var entries: [Entry]
    private var byNumber: [String: Int]
    private var byYearlessNumber: [String: Int]

    public init(entries: [Entry] = []) {
        self.entries = entries
        byNumber = Dictionary(entries.enumerated().map { (Self.key($1.number), $0) }, uniquingKeysWith: { a, _ in a })
        // Keys of the numbers with their year left out; two entries with the same yearless key are ambiguous.
        var yearless: [String: Int?] = [:]
        for (i, e) in entries.enumerated() where CitationDateSanityKind.numberYear(e.number) != nil {
            let k = Self.yearlessKey(e.number)
            yearless[k] = yearless[k] == nil ? i : .some(nil)
        }
        byYearlessNumber = yearless.compactMapValues { $0 }
    }

    /// `118/2025/NĐ-CP` → the key of `118/NĐ-CP`.
    static func yearlessKey(_ number: String) -> String {
        let parts = number.split(separator: "/", omittingEmptySubsequences: false)
        let kept = parts.enumerated().filter { k, p in !(k > 0 && k < parts.count - 1 && p.count == 4 && p.allSatisfy(\.isNumber)) }
        return key(kept.map { String($0.element) }.joined(separator: "/"))
    }

    /// Comparison key of a document number: folded, without spaces (`79- NQ/TW` == `79-NQ/TW`).
    public static func key(_ number: String) -> String {
        keyCache.value(number) { Folding.fold($0, keepPunctuation: true).filter { $0 != " " } }
    }

    /// Citation rules compare every citation of every loaded plan with every other: the same few hundred
    /// numbers are keyed over and over, so their keys are remembered (shared by all threads, under a lock).
    static let keyCache = MemoCache<String>()

    /// The entry of a number; a number written without its year (`118/NĐ-CP` for `118/2025/NĐ-CP`, a common
    /// slip) finds the one entry that differs from it only by the year.
    public func entry(for number: String) -> Entry? {
        let k = Self.key(number)
        if let i = byNumber[k] { return entries[i] }
        guard CitationDateSanityKind.numberYear(number) == nil, let i = byYearlessNumber[k] else { return nil }
        return entries[i]
    }

    /// Whether a citation dated `date` is of this entry's document. A number without its year
    /// (`04/NQ-CP`, `23/CT-TTg`) is reused in later years, so a citation dated two or more years away is
    /// of the entry's document only when its text names the entry's title (most of the title's words). A
    /// year off by one is taken as a typo of the entry's date (the usual slip, `22/12/2025` for 2024),
    /// unless the citation gives a subject of its own (four words or more), less than a third of it in the
    /// title (the Government's `17/NQ-CP` of the next year is another resolution). A number with its year
    /// (`118/2025/NĐ-CP`) is always the same document. Another document with the same number must not be
    /// reported as a wrong date.
    public static func applies(_ entry: Entry, number: String, date: String, text: String) -> Bool {
        // The entry's own date, or a number with its year: nothing to weigh (and no folding: this runs for
        // every citation of every plan).
        if date == entry.date || CitationDateSanityKind.numberYear(number) != nil { return true }
        guard let y = Int(date.prefix(4)), let e = Int(entry.date.prefix(4)) else { return true }
        let titleWords = Set(Folding.fold(entry.title).words.filter { $0.count >= 2 && Int($0) == nil })
        guard abs(y - e) >= 2 else {
            let subject = subjectWords(text, number: number)
            return titleWords.isEmpty || subject.count < 4
                || Double(titleWords.intersection(subject).count) >= 0.3 * Double(subject.count)
        }
        guard !titleWords.isEmpty else { return false }
        let textWords = Set(Folding.fold(text).words)
        return Double(titleWords.intersection(textWords).count) >= 0.6 * Double(titleWords.count)
    }

    /// The words of a citation's own subject: after its number, up to the next document a list of
    /// citations names (`… của Bộ Chính trị, Nghị quyết 66/NQ-CP …`) or a `;`, without kinds, issuers,
    /// dates and `số`, `ngày`.
    static func subjectWords(_ text: String, number: String) -> Set<Substring> {
        let words = Folding.fold(String(text.prefix { $0 != ";" })).words
        let own = Folding.fold(number).words
        var start = 0
        if !own.isEmpty, let i = words.indices.first(where: { words[$0...].starts(with: own) }) { start = i + own.count }
        var out = Set<Substring>()
        var i = start
        while i < words.count {
            if i + 1 < words.count, nextDocument.contains([words[i], words[i + 1]]) { break }
            let w = words[i]
            if w.count >= 2, Int(w) == nil, !citationFrame.contains(w) { out.insert(w) }
            i += 1
        }
        return out
    }

    /// Kinds that start the next citation of a list.
    static let nextDocument: Set<[Substring]> = [["nghi", "quyet"], ["quyet", "dinh"], ["nghi", "dinh"], ["chi", "thi"],
                                                  ["ket", "luan"], ["thong", "tu"], ["cong", "van"], ["ke", "hoach"]]

    /// Words of a citation that are not its subject: kinds, issuers, `số`, `ngày`.
    static let citationFrame: Set<Substring> = ["nghi", "quyet", "dinh", "chi", "thi", "ket", "luan", "ke", "hoach", "thong", "tu",
                                                 "so", "ngay", "thang", "nam", "cua", "chinh", "phu", "thu", "tuong", "bo",
                                                 "tri", "ban", "bi", "quoc", "hoi", "ve", "viec", "va"]

    public static func parse(_ sections: [DataSection]) throws -> DocumentRegistry {
        var list: [Entry] = []
        for s in sections {
            guard s.kind == "document" else {
                throw DataFileError(file: s.file, line: s.line, message: L10n.text(.unknownSectionKind(s.kind)))
            }
            try s.checkKeys(["kind", "issuer", "date", "title", "source", "other-date"])
            let date = try s.require("date")
            for d in [date] + s.values("other-date") where !isISODate(d) {
                throw DataFileError(file: s.file, line: s.line(of: "date"), message: RuleText.badDate(d))
            }
            list.append(Entry(number: s.id, kind: try s.require("kind"), issuer: s.value("issuer") ?? "", date: date,
                              title: s.value("title") ?? "", source: try s.require("source"),
                              otherDates: s.values("other-date"), file: s.file, line: s.line))
        }
        return DocumentRegistry(entries: list)
    }

    /// Loads `rulesRoot/registry/*.ini`; an absent folder gives an empty registry.
    public static func load(rulesRoot: URL) throws -> DocumentRegistry {
        var sections: [DataSection] = []
        for f in DataFile.files(under: rulesRoot.appendingPathComponent("registry")) { sections += try DataFile.load(f) }
        return try parse(sections)
    }

    static func isISODate(_ s: String) -> Bool {
        let p = s.split(separator: "-")
        return p.count == 3 && p[0].count == 4 && p.allSatisfy { Int($0) != nil }
    }
}
