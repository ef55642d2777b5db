import XCTest
@testable import PlanCheckKit

/// Shapes of the twenty-ninth round of keyed plans (2026-12-07, Sơn La, Quảng Trị and Khánh Hòa 2027).
final class RoundTwentyNineShapesTests: XCTestCase {
    func plan(_ body: String, issuer: String = "XÃ PHONG NHA") -> Plan {
        ExtractionFixtures.headed(body, issuer: issuer, period: "năm 2027", number: "11/KH-UBND", date: "ngày 12 tháng 01 năm 2027")
    }

    func testQuarterlyStepsUnderTheirOwnLabelsAndTheYearsFigure() {
        let p = plan("""
        II. CHỈ TIÊU
        - Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến: Quý I: 70%; Quý II: 75%; Quý III: 80%; cả năm: 85%.
        9. Số hóa hồ sơ, kết quả giải quyết TTHC (lũy kế): Quý I: 85%; Quý II: 90%; Quý III: 95%; cả năm: 100%.
        """)
        XCTAssertEqual(p.targets.map(\.value), [85, 100], "the quarters' steps are no targets")
        XCTAssertEqual(p.targets.map(\.indicator), ["tthc.online-dossiers", "tthc.digitization"])
    }

    func testGlyphCodesOfAFontWithoutUnicodeAreReadAsTheirVowels() {
        let text = "2. Điểm Ch(cid:172) s(cid:180) CCHC của đặc khu đ(cid:132)t t(cid:180)i thi(cid:166)u 80 đi(cid:166)m.\n"
            + "3. 100% nhi(cid:170)m v(cid:200) trong K(cid:162) ho(cid:132)ch được hoàn thành; h(cid:180) s(cid:180) x(cid:208) lý.\n"
        let decoded = CidCodes.decoding(text)
        XCTAssertFalse(decoded.contains("(cid:"))
        XCTAssertTrue(Folding.fold(decoded).contains("dat toi thieu 80 diem"), decoded)
        XCTAssertTrue(Folding.fold(decoded).contains("nhiem vu"), decoded)
        XCTAssertEqual(CidCodes.decoding("Không có mã nào."), "Không có mã nào.")
        XCTAssertEqual(CidCodes.decoding("(cid:x) và (cid:12"), "(cid:x) và (cid:12", "not codes")
    }

    func testTwoLevelsOnALineUnderACấpTỉnhCấpXãHead() {
        let p = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính tỉnh Khánh Hòa năm 2027
        II. CHỈ TIÊU NĂM 2027
                                    Cấp tỉnh / Cấp xã
        7.2. Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật): 95% / 90%
        7.3. Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến: 95% / 95%
        Ghi chú: tỷ lệ hồ sơ tiếp nhận trực tuyến cấp xã đến ngày 30/6/2027 đạt tối thiểu 65%.
        """)
        XCTAssertEqual(p.targets.prefix(4).map(\.forLevel), ["tinh", "xa", "tinh", "xa"])
        XCTAssertEqual(p.targets.prefix(4).map(\.indicator), ["digital.work-files-online", "digital.work-files-online", "sat.online", "sat.online"])
    }

    func testPastResultAndRatioColumnsAndAQuotedOldDraft() {
        let p = plan("""
        II. CHỈ TIÊU
        STT\tChỉ tiêu\tĐVT\tKQ 2026 (ước)\tTỉnh giao 2027\tPhường ĐK 2027\tĐK 2027/KQ 2026 (%)
        1\tTỷ lệ hồ sơ công việc xử lý trên môi trường mạng\t%\t86%\t90%\t92%\t107,0
        Văn phòng HĐND và UBND phường
        Vào Th 4, 23 thg 12, 2026 lúc 16:05 Phòng Văn hóa - Xã hội đã viết:
        > II. CHỈ TIÊU (dự thảo)
        > - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt tối thiểu 97%.
        """, issuer: "PHƯỜNG ĐỒNG HỚI")
        XCTAssertEqual(p.targets.map(\.value), [92], "the result, the parent's, the ratio and the old draft are not the plan's")
        XCTAssertEqual(QuotedReply.lines(["KẾ HOẠCH", "…", "Ai đó đã viết:", "> a", "> b", "Chào"]), 2..<5)
        XCTAssertEqual(QuotedReply.lines(["Ai đó đã viết:", "> KẾ HOẠCH", "> …"]), 0..<0, "a plan forwarded whole is read")
    }
}

