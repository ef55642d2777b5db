/// Texts of the `diff` command and its reports, in Vietnamese and English.
struct DiffText {
    let lang: Language
    init(_ lang: Language = L10n.current) { self.lang = lang }
    private var vi: Bool { lang == .vi }

    // Report headings.
    var metadata: String { vi ? "Thông tin chung" : "General information" }
    var areas: String { vi ? "Lĩnh vực cải cách" : "Reform areas" }
    var targets: String { vi ? "Chỉ tiêu" : "Targets" }
    var tasks: String { vi ? "Nhiệm vụ" : "Tasks" }
    var citations: String { vi ? "Văn bản dẫn chiếu" : "Cited documents" }
    var findings: String { vi ? "Phát hiện của bộ quy tắc" : "Rule findings" }
    var noChange: String { vi ? "Không có thay đổi về nội dung." : "No change of substance." }
    var findingsNotRun: String {
        vi ? "(chưa so sánh phát hiện: bộ quy tắc không chạy)" : "(findings not compared: the rules did not run)"
    }
    var workingTree: String { vi ? "bản đang sửa" : "working tree" }
    var missingVersion: String { vi ? "(không có)" : "(absent)" }

    // Markdown labels of entry kinds.
    func kindLabel(_ k: DiffEntry.Kind) -> String {
        switch k {
        case .added: return vi ? "Thêm" : "Added"
        case .removed: return vi ? "Bỏ" : "Removed"
        case .changed: return vi ? "Thay đổi" : "Changed"
        case .introduced: return vi ? "Phát hiện mới" : "New finding"
        case .resolved: return vi ? "Đã khắc phục" : "Resolved"
        }
    }

    func metadataField(_ f: String) -> String {
        switch f {
        case "issuer": return vi ? "Cơ quan ban hành" : "Issuer"
        case "level": return vi ? "Cấp" : "Level"
        case "period": return vi ? "Kỳ kế hoạch" : "Plan period"
        case "number": return vi ? "Số văn bản" : "Document number"
        case "date": return vi ? "Ngày ban hành" : "Date"
        case "status": return vi ? "Trạng thái" : "Status"
        case "parent": return vi ? "Căn cứ kế hoạch cấp trên" : "Parent plan cited"
        default: return f
        }
    }

    func status(_ s: String?) -> String {
        switch s {
        case "draft": return vi ? "dự thảo" : "draft"
        case "signed": return vi ? "đã ký ban hành" : "signed"
        default: return s ?? "—"
        }
    }

    func line(_ n: Int) -> String { vi ? "dòng \(n)" : "line \(n)" }
    func lines(_ ns: [Int]) -> String {
        (vi ? "dòng " : (ns.count > 1 ? "lines " : "line ")) + ns.map(String.init).joined(separator: ", ")
    }
    func lineMove(_ a: Int, _ b: Int) -> String {
        a == b ? line(b) : (vi ? "dòng \(a) → \(b)" : "line \(a) → \(b)")
    }
    var lead: String { vi ? "chủ trì" : "lead" }
    var coordinators: String { vi ? "phối hợp" : "coordinators" }
    var deadline: String { vi ? "thời hạn" : "deadline" }
    var product: String { vi ? "sản phẩm" : "product" }
    var period: String { vi ? "kỳ" : "period" }
    var indicator: String { vi ? "chỉ số" : "indicator" }
    var area: String { vi ? "lĩnh vực" : "area" }
    var dated: String { vi ? "ngày" : "dated" }
    var none: String { vi ? "không có" : "none" }

    func summary(_ counts: [(String, Int)]) -> String {
        let parts = counts.filter { $0.1 > 0 }.map { "\($0.0): \($0.1)" }
        return (vi ? "Tóm tắt — " : "Summary — ") + parts.joined(separator: ", ")
    }

    // Errors of the command.
    func usage() -> String {
        vi ? """
        Cách dùng: plancheck diff CŨ MỚI [--format text|markdown|json] [--output TỆP] [--rules THƯ-MỤC]
               plancheck diff --git PHIÊN-BẢN [PHIÊN-BẢN-2] [--] [ĐƯỜNG-DẪN...]
               plancheck diff --canonical [--lines] TỆP...

        So sánh hai phiên bản của một kế hoạch theo nội dung: chỉ tiêu, nhiệm vụ, lĩnh vực, văn bản dẫn chiếu,
        thông tin chung và phát hiện của bộ quy tắc. Di chuyển hay viết lại câu chữ không đổi nội dung thì không tính.

          --git PHIÊN-BẢN   so sánh bản trong git (HEAD, main, a1b2c3…) với bản đang sửa, hoặc với PHIÊN-BẢN-2;
                            không có ĐƯỜNG-DẪN thì so mọi tệp .txt đã thay đổi
          --repo THƯ-MỤC    chạy như khi đứng trong THƯ-MỤC (kho git)
          --format          text (mặc định), markdown, json
          --output TỆP      ghi kết quả vào TỆP (ghi nguyên tử) thay vì đầu ra chuẩn
          --rules THƯ-MỤC   thư mục quy tắc (mặc định: ./rules hoặc PLANCHECK_RULES)
          --no-findings     không chạy bộ quy tắc
          --exit-code       trả mã 1 khi có thay đổi
          --fail-on-new M   trả mã 1 khi có phát hiện mới ở mức M trở lên (error, warning, info)
          --canonical       in dạng chuẩn của kế hoạch (mỗi dữ kiện một dòng, không số dòng) — dùng làm
                            git textconv (xem docs/version-control.md); --lines để thêm số dòng (@L88)
          --lang vi|en      ngôn ngữ báo cáo
        """ : """
        Usage: plancheck diff OLD NEW [--format text|markdown|json] [--output FILE] [--rules DIR]
               plancheck diff --git REV [REV2] [--] [PATH...]
               plancheck diff --canonical [--lines] FILE...

        Compares two versions of a plan by substance: targets, tasks, reform areas, cited documents, metadata
        and rule findings. Moves and rewording without a change of substance are not changes.

          --git REV         compare a git revision (HEAD, main, a1b2c3…) with the working tree, or with REV2;
                            without PATH, every changed .txt file
          --repo DIR        run as if started in DIR (a git repository)
          --format          text (default), markdown, json
          --output FILE     write the report to FILE (atomically) instead of standard output
          --rules DIR       rules folder (default: ./rules or PLANCHECK_RULES)
          --no-findings     do not run the rules
          --exit-code       exit 1 when anything changed
          --fail-on-new S   exit 1 when a finding at severity S or above is introduced (error, warning, info)
          --canonical       print the plan's canonical form (one fact per line, no line numbers) — a git
                            textconv driver (see docs/version-control.md); --lines adds line numbers (@L88)
          --lang vi|en      report language
        """
    }
    var needTwoFiles: String { vi ? "cần đúng hai tệp: CŨ MỚI (hoặc --git PHIÊN-BẢN)" : "expected exactly two files: OLD NEW (or --git REV)" }
    var notARepository: String {
        vi ? "không nằm trong một kho git (git repository); chạy lệnh trong thư mục của kho hoặc dùng --repo THƯ-MỤC"
            : "not inside a git repository; run the command inside one or use --repo DIR"
    }
    var gitMissing: String { vi ? "không chạy được git; hãy cài git và đặt vào PATH" : "cannot run git; install git and put it on PATH" }
    func unknownRevision(_ r: String) -> String {
        vi ? "không tìm thấy phiên bản git '\(r)' (thử: git log --oneline)" : "unknown git revision '\(r)' (try: git log --oneline)"
    }
    func notRevisionOrPath(_ s: String) -> String {
        vi ? "'\(s)' không phải phiên bản git cũng không phải tệp; dùng -- trước các đường dẫn"
            : "'\(s)' is neither a git revision nor a file; put -- before paths"
    }
    func tooManyRevisions() -> String {
        vi ? "chỉ được so sánh tối đa hai phiên bản" : "at most two revisions can be compared"
    }
    func notInEither(_ p: String) -> String {
        vi ? "không có trong cả hai phiên bản" : "is in neither version"
    }
    func outsideRepository(_ p: String) -> String {
        vi ? "\(p): nằm ngoài kho git" : "\(p): outside the git repository"
    }
    func gitFailed(_ detail: String) -> String { vi ? "git báo lỗi: \(detail)" : "git failed: \(detail)" }
    var noRules: String {
        vi ? "không tìm thấy thư mục quy tắc (rules/catalog); dùng --rules THƯ-MỤC hoặc biến môi trường PLANCHECK_RULES"
            : "rules folder (rules/catalog) not found; use --rules DIR or the PLANCHECK_RULES environment variable"
    }
    func cannotWrite(_ p: String, _ detail: String) -> String {
        vi ? "\(p): không ghi được tệp: \(detail)" : "\(p): cannot write file: \(detail)"
    }
    var needPlanFile: String { vi ? "cần ít nhất một tệp kế hoạch: plancheck diff --canonical TỆP" : "expected a plan file: plancheck diff --canonical FILE" }
    func rulesNotRun(_ why: String) -> String {
        vi ? "không chạy được bộ quy tắc, bỏ qua phần phát hiện: \(why)" : "cannot run the rules, findings left out: \(why)"
    }
    var noChangedPlans: String { vi ? "không có tệp kế hoạch (.txt) nào thay đổi" : "no plan file (.txt) changed" }
}
