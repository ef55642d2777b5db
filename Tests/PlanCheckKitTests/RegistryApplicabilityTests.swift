import XCTest
@testable import PlanCheckKit

/// A registry entry of a number without its year is not applied to another document with that number.
final class RegistryApplicabilityTests: XCTestCase {
    let entry = DocumentRegistry.Entry(number: "04/NQ-CP", kind: "Nghị quyết", issuer: "Chính phủ", date: "2022-01-10",
                                       title: "Đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước", source: "test",
                                       otherDates: [], file: "x.ini", line: 1)

    func testYearlessNumberOfAnotherYearIsAnotherDocument() {
        XCTAssertFalse(DocumentRegistry.applies(entry, number: "04/NQ-CP", date: "2019-01-01",
                                                text: "Nghị quyết số 04/NQ-CP ngày 01/01/2019 của Chính phủ về phiên họp thường kỳ"))
    }

    func testTheTitleOrAOneYearSlipMakesItTheSameDocument() {
        XCTAssertTrue(DocumentRegistry.applies(entry, number: "04/NQ-CP", date: "2019-01-10",
                                               text: "Nghị quyết số 04/NQ-CP ngày 10/01/2019 về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước"))
        XCTAssertTrue(DocumentRegistry.applies(entry, number: "04/NQ-CP", date: "2023-01-10", text: "Nghị quyết số 04/NQ-CP"))
        XCTAssertTrue(DocumentRegistry.applies(entry, number: "04/NQ-CP", date: "2022-03-10", text: ""))
    }

    func testANextYearsResolutionOfAnotherSubjectIsAnotherDocument() {
        XCTAssertFalse(DocumentRegistry.applies(entry, number: "04/NQ-CP", date: "2023-01-12",
                                                text: "Nghị quyết số 04/NQ-CP ngày 12/01/2023 của Chính phủ về phiên họp Chính phủ thường kỳ tháng 12 năm 2022"))
        XCTAssertTrue(DocumentRegistry.applies(entry, number: "04/NQ-CP", date: "2023-01-10",
                                               text: "Nghị quyết số 04/NQ-CP ngày 10/01/2023 của Chính phủ"),
                      "without a subject of its own, a year off by one is a slip")
        XCTAssertTrue(DocumentRegistry.applies(entry, number: "04/NQ-CP", date: "2023-01-10",
                                               text: "Nghị quyết số 04/NQ-CP ngày 10/01/2023 của Chính phủ, Nghị quyết 66/NQ-CP ngày 26/03/2025 của Chính phủ và các văn bản khác liên quan đến đầu tư, kinh doanh"),
                      "the words of the next citation of a list are not this one's subject")
    }

    func testANumberWithItsYearIsAlwaysTheSameDocument() {
        var e = entry
        e.number = "118/2025/NĐ-CP"; e.date = "2025-06-09"
        XCTAssertTrue(DocumentRegistry.applies(e, number: "118/2025/NĐ-CP", date: "2019-06-09", text: ""))
    }

    func testANumberWrittenWithoutItsYearFindsItsEntry() {
        func e(_ n: String, _ d: String) -> DocumentRegistry.Entry {
            DocumentRegistry.Entry(number: n, kind: "Nghị định", issuer: "Chính phủ", date: d, title: "", source: "test", otherDates: [], file: "x", line: 1)
        }
        let r = DocumentRegistry(entries: [e("118/2025/NĐ-CP", "2025-06-09"), e("61/2018/NĐ-CP", "2018-04-23"), e("61/2024/NĐ-CP", "2024-06-01")])
        XCTAssertEqual(r.entry(for: "118/NĐ-CP")?.number, "118/2025/NĐ-CP")
        XCTAssertNil(r.entry(for: "61/NĐ-CP"), "two entries differ from it only by the year: ambiguous")
        XCTAssertNil(r.entry(for: "118/2024/NĐ-CP"), "a number with another year is another document")
    }
}
