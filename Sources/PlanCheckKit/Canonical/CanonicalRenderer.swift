/// The canonical text form of a plan: one fact per line (metadata, reform areas with their leads,
/// targets, tasks, citations), sorted by what the fact says rather than by where it is written, with the
/// source line(s) at the end (`  @L88`). Used by `plancheck extract --format canonical` and as a git
/// `textconv` driver, so that `git diff` on a plan shows changes of substance.
///
/// With `lines: false` the `@L` suffixes are left out: inserting a paragraph then changes no other line
/// of the output, which is what a textconv driver wants (see docs/version-control.md).
public enum CanonicalRenderer {
    /// Format version, printed in the first line; bump when the line layout changes.
    public static let formatVersion = 1

    public static func render(_ plan: Plan, lang: Language) -> String {
        render(plan, lang: lang, lines: true)
    }

    public static func render(_ plan: Plan, lang: Language, lines: Bool) -> String {
        let l = CanonicalLabels(lang)
        var out = ["# plancheck canonical v\(formatVersion)"]
        out += metadataLines(plan, l, lines: lines)
        out += grouped(areaFacts(plan, l), lines: lines, sorted: false)
        out += grouped(plan.targets.map { (targetFact($0, l), $0.line) }, lines: lines, sorted: true)
        out += grouped(plan.tasks.map { (taskFact($0, l), $0.line) }, lines: lines, sorted: true)
        let cites = plan.citations.sorted { ($0.normalizedNumber, $0.date ?? "") < ($1.normalizedNumber, $1.date ?? "") }
        out += grouped(cites.map { (citationFact($0, l), $0.line) }, lines: lines, sorted: false)
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: facts

    static func metadataLines(_ p: Plan, _ l: CanonicalLabels, lines: Bool) -> [String] {
        var out: [String] = []
        func add(_ key: String, _ value: String?, line: Int? = nil) {
            guard let value, !value.isEmpty else { return }
            out.append("\(l.meta) | \(key): \(CanonicalText.clean(value))" + suffix(line.map { [$0] } ?? [], lines))
        }
        add(l.issuer, p.issuer)
        add(l.level, p.level?.rawValue)
        add(l.period, p.period?.description)
        add(l.number, p.number)
        add(l.date, p.date)
        add(l.status, p.draft ? l.draft : l.signed)
        if let c = p.parentCited {
            add(l.parent, [c.kind, c.number, c.date].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "), line: c.line)
        }
        return out
    }

    static func areaFacts(_ p: Plan, _ l: CanonicalLabels) -> [(String, Int)] {
        p.areas.sorted { $0.area < $1.area }.map { a in
            var s = "\(l.area) | \(a.area.rawValue) | \(a.area.name(l.lang))"
            let leads = unitNames(a.leads)
            if !leads.isEmpty { s += " | \(l.lead): " + leads.joined(separator: "; ") }
            return (s, a.line)
        }
    }

    static func targetFact(_ t: Target, _ l: CanonicalLabels) -> String {
        var s = "\(l.target) | \(t.indicator ?? "—") | \(FigureFormat.canonical(t)) | \(t.period?.description ?? "—") | \(t.area?.rawValue ?? "—")"
        // Without an indicator the clause is what identifies the target.
        if t.indicator == nil { s += " | " + CanonicalText.clean(t.text) }
        return s
    }

    static func taskFact(_ t: PlanTask, _ l: CanonicalLabels) -> String {
        var s = "\(l.task) | \(t.area?.rawValue ?? "—") | \(CanonicalText.clean(t.text))"
        if let lead = t.lead { s += " | \(l.lead): \(CanonicalText.clean(lead.unit))" }
        let co = unitNames(t.coordinators)
        if !co.isEmpty { s += " | \(l.coordinators): " + co.joined(separator: "; ") }
        if !t.deadline.isEmpty { s += " | \(l.deadline): \(CanonicalText.clean(t.deadline))" }
        if !t.product.isEmpty { s += " | \(l.product): \(CanonicalText.clean(t.product))" }
        return s
    }

    static func citationFact(_ c: Citation, _ l: CanonicalLabels) -> String {
        var s = "\(l.citation) | \(c.number.isEmpty ? "—" : CanonicalText.clean(c.number)) | \(CanonicalText.citedName(c) ?? CanonicalText.clean(c.kind))"
        s += " | \(c.date ?? "—")"
        if let i = c.issuer, !i.isEmpty { s += " | " + CanonicalText.clean(i) }
        return s
    }

    /// Unit names sorted and de-duplicated: the order in which a plan lists units carries no meaning.
    static func unitNames(_ units: [UnitRef]) -> [String] {
        Array(Set(units.map { CanonicalText.clean($0.unit) })).sorted()
    }

    // MARK: layout

    /// Merges identical facts (a citation repeated in the text) into one line listing every source line.
    static func grouped(_ facts: [(String, Int)], lines: Bool, sorted: Bool) -> [String] {
        var order: [String] = []
        var where_: [String: [Int]] = [:]
        for (fact, line) in facts {
            if where_[fact] == nil { order.append(fact) }
            where_[fact, default: []].append(line)
        }
        if sorted { order.sort { CanonicalText.key($0) == CanonicalText.key($1) ? $0 < $1 : CanonicalText.key($0) < CanonicalText.key($1) } }
        return order.map { $0 + suffix(where_[$0]!, lines) }
    }

    static func suffix(_ lineNumbers: [Int], _ lines: Bool) -> String {
        let ls = Array(Set(lineNumbers.filter { $0 > 0 })).sorted()
        guard lines, !ls.isEmpty else { return "" }
        return "  @L" + ls.map(String.init).joined(separator: ",")
    }
}

/// Line prefixes and field names of the canonical form in each language.
struct CanonicalLabels {
    let lang: Language
    init(_ lang: Language) { self.lang = lang }
    private var vi: Bool { lang == .vi }

    var meta: String { vi ? "thông tin" : "meta" }
    var area: String { vi ? "lĩnh vực" : "area" }
    var target: String { vi ? "chỉ tiêu" : "target" }
    var task: String { vi ? "nhiệm vụ" : "task" }
    var citation: String { vi ? "văn bản" : "citation" }
    var issuer: String { vi ? "cơ quan ban hành" : "issuer" }
    var level: String { vi ? "cấp" : "level" }
    var period: String { vi ? "kỳ kế hoạch" : "period" }
    var number: String { vi ? "số" : "number" }
    var date: String { vi ? "ngày" : "date" }
    var status: String { vi ? "trạng thái" : "status" }
    var draft: String { vi ? "dự thảo" : "draft" }
    var signed: String { vi ? "đã ký" : "signed" }
    var parent: String { vi ? "căn cứ kế hoạch cấp trên" : "parent plan cited" }
    var lead: String { vi ? "chủ trì" : "lead" }
    var coordinators: String { vi ? "phối hợp" : "coordinators" }
    var deadline: String { vi ? "thời hạn" : "deadline" }
    var product: String { vi ? "sản phẩm" : "product" }
}
