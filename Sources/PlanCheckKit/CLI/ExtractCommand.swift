import Foundation

/// `plancheck extract [--format json|text|canonical] [--rules DIR] FILE...`
enum ExtractCommand {
    static let formats = ["json", "text", "canonical"]

    static func run(_ args: [String]) -> Int32 {
        let a: Arguments
        do {
            a = try Arguments(args, valued: ["format", "rules", "lang", "output"], flags: [])
            try UsageError.check("format", a.value("format"), in: formats)
        } catch {
            Console.error(error.description)
            return 2
        }
        if a.has("help") { print(help()); return 0 }
        guard !a.positionals.isEmpty else { Console.error(help()); return 2 }
        let catalog: Catalog
        do { catalog = try RulesFolder.loadCatalog(a.values("rules")) } catch {
            Console.error("\(error)")
            return 2
        }
        // Files are extracted in parallel on every core; results keep the order of the arguments.
        // A folder stands for every plan file below it (as for `check`), in path order.
        let results = ParallelMap.map(CheckCommand.expand(a.positionals)) { path -> Result<Plan, Error> in
            Result { PlanExtractor.extract(try PlanInput.load(path), catalog: catalog) }
        }
        var plans: [Plan] = []
        var failed = false
        for r in results {
            switch r {
            case .success(let p): plans.append(p)
            case .failure(let e): Console.error("\(e)"); failed = true
            }
        }
        let format = a.value("format") ?? "text"
        let output: String
        switch format {
        case "json": output = ExtractJSON.render(plans)
        case "canonical": output = plans.map { CanonicalRenderer.render($0, lang: L10n.current) }.joined(separator: "\n")
        default: output = plans.map { ExtractText.render($0, catalog: catalog, lang: L10n.current) }.joined(separator: "\n")
        }
        do { try OutputWriter.write(output, to: a.value("output")) } catch {
            Console.error("\(error)")
            return 2
        }
        return failed ? 2 : 0
    }

    static func help() -> String {
        L10n.current == .vi ? """
        Cách dùng: plancheck extract [--format json|text|canonical] [--rules THƯ_MỤC] [--output TỆP] TỆP|THƯ_MỤC...

        Đọc kế hoạch CCHC (.txt, .md, .docx, .pdf) và in dữ liệu trích xuất: cơ quan ban hành, cấp, giai đoạn,
        số, ngày, dự thảo, kế hoạch cấp trên được viện dẫn, lĩnh vực cải cách và đơn vị chủ trì, chỉ tiêu,
        văn bản viện dẫn, nhiệm vụ trong phụ lục. Mỗi dữ kiện kèm số dòng trong tệp gốc.

          --format json       dữ liệu JSON (schemaVersion 1, xem docs/extract-json.md)
          --format text       tóm tắt dễ đọc (mặc định)
          --format canonical  mỗi dữ kiện một dòng, sắp xếp ổn định (dùng cho git diff)
          --rules THƯ_MỤC     thư mục quy tắc và danh mục (mặc định: rules/ của plancheck)
          --output TỆP        ghi ra tệp (ghi nguyên tử) thay vì đầu ra chuẩn
          --lang vi|en        ngôn ngữ thông báo

        Mã thoát: 0 thành công; 2 có tệp không đọc được (các tệp khác vẫn được xử lý).
        """ : """
        Usage: plancheck extract [--format json|text|canonical] [--rules DIR] [--output FILE] FILE|DIR...

        Reads CCHC plans (.txt, .md, .docx, .pdf) and prints what was extracted: issuer, level, period,
        number, date, draft flag, cited parent plan, reform areas and their leads, targets, cited documents,
        appendix tasks. Every fact carries its line in the input file.

          --format json       JSON data (schemaVersion 1, see docs/extract-json.md)
          --format text       readable summary (default)
          --format canonical  one fact per line, stably sorted (for git diff)
          --rules DIR         rules and catalogue folder (default: plancheck's rules/)
          --output FILE       write to a file (atomically) instead of standard output
          --lang vi|en        message language

        Exit codes: 0 success; 2 some file could not be read (the others are still processed).
        """
    }
}
