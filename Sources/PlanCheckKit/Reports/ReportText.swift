/// Localised words of the reports.
enum ReportText {
    static var vi: Bool { L10n.current == .vi }

    static func severity(_ s: Severity) -> String {
        switch s {
        case .error: return vi ? "lỗi" : "error"
        case .warning: return vi ? "cảnh báo" : "warning"
        case .info: return vi ? "thông tin" : "info"
        }
    }

    static func summary(_ r: CheckReport) -> String {
        let e = r.count(.error), w = r.count(.warning), i = r.count(.info)
        let n = r.files.count
        var s = vi ? "\(e) lỗi, \(w) cảnh báo, \(i) thông tin trong \(n) tệp"
            : "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s"), \(i) info in \(n) file\(n == 1 ? "" : "s")"
        if !r.failures.isEmpty {
            s += vi ? "; \(r.failures.count) tệp không đọc được" : "; \(r.failures.count) file\(r.failures.count == 1 ? "" : "s") could not be read"
        }
        return s
    }

    static var noFindings: String { vi ? "Không phát hiện vấn đề nào." : "No findings." }
    static var title: String { vi ? "Kết quả kiểm tra kế hoạch CCHC (plancheck)" : "CCHC plan check (plancheck)" }
    static var headers: [String] {
        vi ? ["Mức", "Vị trí", "Quy tắc", "Nội dung", "Liên quan"] : ["Severity", "Location", "Rule", "Message", "Related"]
    }
    /// Related locations a text, Markdown or HTML report lists under a finding; the rest are counted (a
    /// conflict across a province relates a finding to every other plan). JSON and SARIF keep them all.
    static let relatedShown = 5
    static func moreRelated(_ n: Int) -> String {
        vi ? "và \(n) vị trí liên quan khác (đầy đủ với --format json)" : "and \(n) more related locations (all with --format json)"
    }
    static var unreadable: String { vi ? "Tệp không đọc được" : "Files that could not be read" }
    static func overflow(_ n: Int) -> String {
        vi ? "plancheck: còn \(n) phát hiện khác không hiển thị dưới dạng chú thích; xem bản tóm tắt hoặc chạy --format text"
            : "plancheck: \(n) more findings not shown as annotations; see the step summary or run --format text"
    }
}
