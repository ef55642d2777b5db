import Foundation
@testable import PlanCheckKit

/// Shared fixtures of the extraction tests: the repository's catalogue and plan snippets made in the test.
enum ExtractionFixtures {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let catalog: Catalog = {
        do { return try Catalog.load(rulesDir: repoRoot.appendingPathComponent("rules")) } catch {
            fatalError("catalogue does not load: \(error)")
        }
    }()

    /// Extracts a plan from text written in the test.
    static func plan(_ text: String, path: String = "test.txt") -> Plan {
        PlanExtractor.extract(SourceDocument(path: path, text: text), catalog: catalog)
    }

    /// Extracts a plan of `issuer` (`XÃ TRÀ LĨNH`) under the usual two-column head, the plan's number dated
    /// `date`, the title `KẾ HOẠCH` / `Cải cách hành chính {period}`, then `body` from line 8.
    static func headed(_ body: String, issuer: String, period: String, number: String, date: String) -> Plan {
        plan("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\(issuer)\tĐộc lập - Tự do - Hạnh phúc\n"
             + "Số: \(number)\t\(date)\n\nKẾ HOẠCH\nCải cách hành chính \(period)\n\n" + body)
    }

    /// Extracts a bundled plan.
    static func bundled(_ relative: String) throws -> Plan {
        let url = repoRoot.appendingPathComponent("plans").appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        return PlanExtractor.extract(SourceDocument(path: url.path, text: text), catalog: catalog)
    }

    static let bundledPlans = ["dong-nai/binh-phuoc-2026.txt", "dong-nai/2026-2030/phu-trung-2026-2030.txt",
                               "hai-phong/thanh-dong-2026.txt", "hai-phong/2026-2030/binh-giang-2026-2030.txt",
                               "ha-tinh/vung-ang-2025.txt"]
}
