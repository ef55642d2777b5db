import XCTest
@testable import PlanCheckKit

/// The extractors must never trap, whatever the text: mutations of a real plan with the characters and
/// fragments that steer the scanners (digits, %, tabs, markers, "chủ trì", dates), made deterministically.
final class ExtractionRobustnessTests: XCTestCase {
    struct LCG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static let fragments = ["%", "\t", "\n", " ", "-", "–", "/", ":", ";", ".", "(", ")", "*", "**", "#", "|",
                            "100%", "25%-35%", "từ 01 đến", "ít nhất có 02", "giảm", "tối thiểu", "trở lên",
                            "chủ trì", "Phụ lục II", "Kèm theo Quyết định số", "ngày 15/7/2021", "ngày tháng năm",
                            "I.", "1.2.", "đ)", "+ ", "Giai đoạn 2026 - 2027:", "Đến năm 2030,", "Số: /KH-UBND",
                            "TT\tNội dung\tCơ quan chủ trì", "\t\t\t", "28-", "Nghị quyết số 76/NQ-CP", "\u{0301}",
                            "9999999999999999999%", "0,5%", "1.5.%", "%%%", "..."]

    func testMutatedPlansNeverTrap() throws {
        let base = try String(contentsOf: ExtractionFixtures.repoRoot.appendingPathComponent("plans/hai-phong/thanh-dong-2026.txt"),
                              encoding: .utf8)
        let scalars = Array(base.unicodeScalars)
        var rng = LCG(state: 2026)
        for _ in 0..<120 {
            var v = String.UnicodeScalarView()
            let start = rng.below(scalars.count)
            let length = rng.below(6000)
            var i = start
            while i < min(scalars.count, start + length) {
                if rng.below(40) == 0 {
                    v.append(contentsOf: Self.fragments[rng.below(Self.fragments.count)].unicodeScalars)
                }
                if rng.below(60) != 0 { v.append(scalars[i]) }
                i += 1
            }
            let plan = ExtractionFixtures.plan(String(v))
            for t in plan.targets { XCTAssertGreaterThanOrEqual(t.line, 1) }
            for c in plan.citations { XCTAssertGreaterThanOrEqual(c.line, 1) }
        }
    }

    func testDegenerateInputs() {
        for text in ["", "\n\n\n", "%", "100%", "\t", "|||", "chủ trì", "Phụ lục", String(repeating: "a", count: 100_000),
                     String(repeating: "1.", count: 5_000), String(repeating: "I. ", count: 2_000),
                     String(repeating: "- + ", count: 1_000), String(repeating: "\t", count: 1_000)] {
            let p = ExtractionFixtures.plan(text)
            XCTAssertNotNil(p)
        }
    }
}
