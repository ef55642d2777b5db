import XCTest
@testable import PlanCheckKit

/// `SharedFigures`: one figure closing a `;`-list carries every indicator the list names, and only those.
final class SharedFiguresTests: XCTestCase {
    private func shared(_ text: String, _ id: String) -> Target? {
        let plan = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính xã An Hòa năm 2026\nI. MỤC TIÊU\n" + text)
        let catalog = ExtractionFixtures.catalog
        guard let indicator = catalog.indicators.indicator(id) else { XCTFail("no indicator \(id)"); return nil }
        return SharedFigures(plan: plan, catalog: catalog).sharedTarget(for: indicator)
    }

    func testAFigureClosingAListCarriesEachItem() {
        let line = "- Mức độ hài lòng về giải quyết TTHC; mức độ hài lòng về dịch vụ y tế, giáo dục công lập đạt tối thiểu 90%."
        // The extractor files the figure under the first item (sat.tthc); the list shares it with the second.
        XCTAssertNil(shared(line, "sat.tthc"), "the figure's own indicator is not shared with itself")
        XCTAssertEqual(shared(line, "sat.health-edu")?.value, 90)
    }

    func testACommaListSharesItsFigureOnlyWithinOneArea() {
        let line = "- Mức độ hài lòng về cung cấp dịch vụ công trực tuyến, về giải quyết TTHC, về sự phục vụ của cơ quan hành chính đạt tối thiểu 95%.\n"
        XCTAssertEqual(shared(line, "sat.tthc")?.value, 95)
        let documents = "- 100% văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân xã ban hành được kiểm tra, rà soát, xử lý theo quy định.\n"
        XCTAssertNil(shared(documents, "dir.units-inspected"), "documents reviewed are not units inspected")
    }

    func testAnItemAfterTheFigureIsNotGivenIt() {
        // The disbursement item lost its figure (the next line was dropped): 100% is the revenue's only.
        let line = "- Thu ngân sách trên địa bàn đạt tối thiểu 100% dự toán được giao; giải ngân\n"
        XCTAssertNil(shared(line, "fin.public-investment-disbursed"))
        XCTAssertEqual(shared("- Giải ngân vốn đầu tư công; thu ngân sách trên địa bàn đạt tối thiểu 100% dự toán được giao.",
                              "fin.public-investment-disbursed")?.value, 100)
    }
}
