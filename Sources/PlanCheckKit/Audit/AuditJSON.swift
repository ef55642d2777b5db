import Foundation

/// The audit as JSON, `schemaVersion` 1 (documented in docs/audit.md). Keys are sorted and the output
/// is deterministic so that it can be diffed and tested against golden files.
public enum AuditJSON {
    public static let schemaVersion = 1

    struct Doc: Encodable {
        var schemaVersion: Int
        var language: String
        var groups: [Group]
    }

    struct Group: Encodable {
        var name: String
        var folder: String
        var parent: Parent?
        var plans: [PlanSummary]
        var indicators: [Row]
        var responsibilities: [Resp]
        var unmatched: [Unmatched]
        var findings: [F]
    }

    struct Parent: Encodable {
        var path: String?
        var origin: String
        var kind: String
        var issuer: String?
        var level: String?
        var number: String?
        var date: String?
        var period: PeriodJSON?
        var source: String?
        var sourceKind: String?
        var fallbacks: [String]
        var targets: [ParentTarget]
        var deadlines: [Deadline]
    }

    struct PeriodJSON: Encodable { var from: Int; var to: Int }

    struct ParentTarget: Encodable {
        var index: Int
        var file: String
        var line: Int
        var indicator: String?
        var value: Double
        var valueMax: Double?
        var unit: String
        var comparator: String
        var period: PeriodJSON?
        var text: String
        var source: String?
        var sourceKind: String?
    }

    struct Deadline: Encodable { var id: String; var text: String; var due: String; var line: Int }

    struct PlanSummary: Encodable {
        var file: String
        var issuer: String?
        var level: String?
        var period: PeriodJSON?
        var number: String?
        var findings: Counts
    }

    struct Counts: Encodable { var error: Int; var warning: Int; var info: Int }

    struct Row: Encodable {
        var indicator: String
        var name: String
        var area: String?
        var higherIsBetter: Bool
        var parentTargets: [Int]
        var cells: [Cell]
        var siblings: Siblings
    }

    struct Cell: Encodable {
        var plan: String
        var status: String
        var values: [Value]
        var missingParentTargets: [Int]
    }

    struct Value: Encodable {
        var line: Int
        var value: Double
        var valueMax: Double?
        var unit: String
        var comparator: String
        var period: PeriodJSON?
        var status: String
        var inconsistent: Bool
        var shared: Bool
        var parentTarget: Int?
        var text: String
    }

    struct Siblings: Encodable {
        var count: Int
        var min: Double?
        var median: Double?
        var max: Double?
        var belowMost: [String]
    }

    struct Resp: Encodable {
        var area: String
        var parentLeads: [String]
        var cells: [RespCell]
    }

    struct RespCell: Encodable {
        var plan: String
        var present: Bool
        var line: Int?
        var leads: [Lead]
        var marks: [String]
    }

    struct Lead: Encodable { var unit: String; var unitID: String?; var line: Int }

    struct Unmatched: Encodable {
        var plan: String
        var line: Int
        var value: Double
        var valueMax: Double?
        var unit: String
        var comparator: String
        var figure: String
        var text: String
    }

    struct F: Encodable {
        var rule: String
        var category: String
        var severity: String
        var file: String
        var line: Int
        var message: String
        var quote: String
        var related: [Related]
    }

    struct Related: Encodable { var file: String; var line: Int; var note: String }

    static func period(_ p: Period?) -> PeriodJSON? { p.map { PeriodJSON(from: $0.from, to: $0.to) } }

    public static func render(_ report: AuditReport, lang: Language = L10n.current, unmatchedOnly: Bool = false) -> String {
        let doc = Doc(schemaVersion: schemaVersion, language: lang.rawValue, groups: report.groups.map { group($0, unmatchedOnly) })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(doc)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func group(_ g: AuditGroup, _ unmatchedOnly: Bool) -> Group {
        let names = g.plans.map(\.file)
        let unmatched = g.alignment.unmatched.map { u in
            Unmatched(plan: names[u.plan], line: u.target.line, value: u.target.value, valueMax: u.target.valueMax,
                      unit: u.target.unit, comparator: u.target.comparator.rawValue, figure: u.target.figure, text: u.target.text)
        }
        if unmatchedOnly {
            return Group(name: g.name, folder: g.folder, parent: nil, plans: [], indicators: [], responsibilities: [],
                         unmatched: unmatched, findings: [])
        }
        let parent = g.parent.map { p in
            Parent(path: g.parentPath, origin: g.parentOrigin.rawValue, kind: p.kind.rawValue, issuer: p.plan.issuer,
                   level: p.plan.level?.rawValue, number: p.plan.number, date: p.plan.date, period: period(p.plan.period),
                   source: p.source?.text, sourceKind: p.source?.kind.rawValue,
                   fallbacks: p.fallbackFiles.map { AuditRunner.displayPath($0) },
                   targets: p.plan.targets.enumerated().map { i, t in
                       ParentTarget(index: i, file: AuditRunner.displayPath(p.file(ofTarget: i)), line: t.line, indicator: t.indicator,
                                    value: t.value, valueMax: t.valueMax, unit: t.unit, comparator: t.comparator.rawValue,
                                    period: period(t.period), text: t.text, source: p.source(ofTarget: i)?.text,
                                    sourceKind: p.source(ofTarget: i)?.kind.rawValue)
                   },
                   deadlines: p.deadlines.map { Deadline(id: $0.id, text: $0.text, due: $0.due, line: $0.line) })
        }
        let plans = g.plans.map { p -> PlanSummary in
            var c = Counts(error: 0, warning: 0, info: 0)
            for f in g.findings where f.file == p.file {
                switch f.severity { case .error: c.error += 1; case .warning: c.warning += 1; case .info: c.info += 1 }
            }
            return PlanSummary(file: p.file, issuer: p.issuer, level: p.level?.rawValue, period: period(p.period), number: p.number, findings: c)
        }
        let rows = g.alignment.indicators.map { r in
            Row(indicator: r.indicator, name: r.name, area: r.area?.rawValue, higherIsBetter: r.higherIsBetter,
                parentTargets: r.parentTargets,
                cells: r.cells.map { c in
                    Cell(plan: names[c.plan], status: c.status.rawValue, values: c.values.map { v in
                        Value(line: v.target.line, value: v.target.value, valueMax: v.target.valueMax, unit: v.target.unit,
                              comparator: v.target.comparator.rawValue, period: period(v.period), status: v.status.rawValue,
                              inconsistent: v.inconsistent, shared: v.shared, parentTarget: v.parentTarget, text: v.target.text)
                    }, missingParentTargets: c.missing)
                },
                siblings: Siblings(count: r.siblings.count, min: r.siblings.min, median: r.siblings.median, max: r.siblings.max,
                                   belowMost: r.siblings.belowMost.map { names[$0] }))
        }
        let resp = g.alignment.responsibilities.map { r in
            Resp(area: r.area.rawValue, parentLeads: r.parentLeads.map(\.unit), cells: r.cells.map { c in
                RespCell(plan: names[c.plan], present: c.present, line: c.line,
                         leads: c.leads.map { Lead(unit: $0.unit, unitID: $0.unitID, line: $0.line) }, marks: c.marks.map(\.rawValue))
            })
        }
        let findings = g.findings.map { f in
            F(rule: f.ruleID, category: f.category, severity: f.severity.rawValue, file: f.file, line: f.line, message: f.message,
              quote: f.quote, related: f.related.map { Related(file: $0.file, line: $0.line, note: $0.text) })
        }
        return Group(name: g.name, folder: g.folder, parent: parent, plans: plans, indicators: rows, responsibilities: resp,
                     unmatched: unmatched, findings: findings)
    }
}
