/// The readable summary of an extracted plan (`plancheck extract --format text`).
public enum ExtractText {
    public static func render(_ p: Plan, catalog: Catalog, lang: Language) -> String {
        let vi = lang == .vi
        var s = "== \(RelativePath.display(p.file))\n"
        s += (vi ? "Cơ quan ban hành: " : "Issuer: ") + (p.issuer ?? "?") + " (\(p.level?.rawValue ?? "?"))\n"
        s += (vi ? "Giai đoạn: " : "Period: ") + (p.period?.description ?? "?") + "\n"
        s += (vi ? "Số: " : "Number: ") + (p.number ?? "?") + "   " + (vi ? "Ngày: " : "Date: ") + (p.date ?? (vi ? "(để trống)" : "(blank)"))
        s += p.draft ? (vi ? "   [DỰ THẢO]\n" : "   [DRAFT]\n") : "\n"
        if let c = p.parentCited {
            s += (vi ? "Kế hoạch cấp trên: " : "Parent plan: ") + "\(c.kind) \(c.number) \(c.date ?? "") \(c.issuer ?? "") (\(vi ? "dòng" : "line") \(c.line))\n"
        }
        s += vi ? "\nLĩnh vực cải cách:\n" : "\nReform areas:\n"
        for area in ReformArea.allCases {
            if let a = p.area(area) {
                let leads = a.leads.map(\.unit).joined(separator: "; ")
                s += "  ✓ \(area.name(lang)) — \(vi ? "dòng" : "line") \(a.line)"
                s += leads.isEmpty ? (vi ? " — chưa có đơn vị chủ trì\n" : " — no lead unit\n") : " — \(vi ? "chủ trì" : "lead"): \(leads)\n"
            } else {
                s += "  ✗ \(area.name(lang)) — \(vi ? "không có" : "absent")\n"
            }
        }
        s += vi ? "\nChỉ tiêu (\(p.targets.count)):\n" : "\nTargets (\(p.targets.count)):\n"
        for t in p.targets {
            let name = t.indicator.flatMap { catalog.indicators.indicator($0)?.name(lang) } ?? (vi ? "(chưa khớp danh mục)" : "(not in catalogue)")
            s += "  \(vi ? "dòng" : "line") \(t.line): \(t.figure) [\(t.comparator.rawValue) \(t.period?.description ?? "?")] \(name)\n"
        }
        s += vi ? "\nVăn bản viện dẫn (\(p.citations.count)):\n" : "\nCitations (\(p.citations.count)):\n"
        for c in p.citations {
            s += "  \(vi ? "dòng" : "line") \(c.line): \(c.kind) \(c.number.isEmpty ? "" : c.number + " ")\(c.date ?? "")\n"
        }
        if !p.tasks.isEmpty {
            s += vi ? "\nNhiệm vụ trong phụ lục (\(p.tasks.count)):\n" : "\nAppendix tasks (\(p.tasks.count)):\n"
            for t in p.tasks {
                s += "  \(vi ? "dòng" : "line") \(t.line): \(t.number) \(t.text.prefix(70)) — \(t.lead?.unit ?? "?")\n"
            }
        }
        return s
    }
}
