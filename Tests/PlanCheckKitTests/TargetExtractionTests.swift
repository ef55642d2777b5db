import XCTest
@testable import PlanCheckKit

final class TargetExtractionTests: XCTestCase {
    private func targets(_ text: String) -> [Target] {
        ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính xã An Hòa năm 2026\n\n" + text).targets
    }

    func testComparators() {
        let t = targets("""
        - Tỷ lệ giải quyết hồ sơ đúng hạn đạt tối thiểu 98%; tỷ lệ hồ sơ giải quyết phi địa giới hành chính đạt 70%.
        - Giảm tối thiểu 20% thông tin phải khai báo. Trên 30% số lãnh đạo, quản lý cấp phòng có khả năng làm việc trong môi trường quốc tế.
        - Mức độ hài lòng của người dân về giải quyết TTHC đạt từ 95% trở lên.
        - Cắt giảm 50% thời gian giải quyết thủ tục hành chính, 50% chi phí tuân thủ thủ tục hành chính; 100% thủ tục hành chính nội bộ được rà soát.
        - Cắt giảm, đơn giản hóa 100% điều kiện đầu tư kinh doanh không cần thiết.
        """)
        XCTAssertEqual(t.map(\.comparator), [.atLeast, .equal, .reduce, .greaterThan, .atLeast, .reduce, .reduce, .equal, .equal])
        XCTAssertEqual(t.map(\.value), [98, 70, 20, 30, 95, 50, 50, 100, 100])
        XCTAssertEqual(targets("- Tỷ lệ hồ sơ giải quyết đúng hạn không thấp hơn 95%.").map(\.comparator), [.atLeast])
    }

    func testLabelledFiguresAndStagedTargets() {
        let t = targets("""
        Phấn đấu đạt các chỉ tiêu sau:
        - Tỷ lệ hồ sơ giải quyết đúng hạn: 98%;
        - Tỷ lệ thanh toán trực tuyến: không dưới 80%;
        - Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ đến năm 2027 đạt 80%, đến năm 2030 đạt 100%.
        - Tỷ lệ số hóa hồ sơ đạt 90%, 30 ngày sau phải báo cáo: 100%.
        """)
        XCTAssertEqual(t.map(\.indicator), ["tthc.on-time", "tthc.online-payment", "tthc.online-dossiers", "tthc.online-dossiers",
                                             "tthc.digitization", nil])
        // Each stage carries the year named before it.
        XCTAssertEqual(t[2].period, Period(year: 2027))
        XCTAssertEqual(t[3].period, Period(year: 2030))
        XCTAssertTrue(TargetExtractor.onlyStages("den nam 2030 dat"))
        XCTAssertFalse(TargetExtractor.onlyStages("ty le ho so dat"), "another subject is not a stage")
        XCTAssertFalse(TargetExtractor.onlyStages("va"), "a stage names its year")
    }

    func testRangesAndCounts() {
        let t = targets("""
        Đến năm 2030, đội ngũ cán bộ ngang tầm nhiệm vụ: 25%-35% số lãnh đạo, quản lý xã.
        1.3. Phấn đấu ít nhất có 02 sáng kiến (hoặc giải pháp mới) trở lên về CCHC.
        Phấn đấu tổ chức ít nhất từ 01 đến 02 cuộc đối thoại của Lãnh đạo UBND xã với người dân.
        4.4. Phấn đấu năm 2026 giảm 01 biên chế cán bộ, công chức.
        Báo cáo 06 tháng; mô hình chính quyền địa phương 02 cấp; Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 (07 nhiệm vụ).
        """)
        XCTAssertEqual(t.count, 4, "durations, levels, dates, document numbers and declared counts are not targets")
        XCTAssertEqual(t[0].value, 25); XCTAssertEqual(t[0].valueMax, 35); XCTAssertEqual(t[0].comparator, .range)
        XCTAssertEqual(t[0].period, Period(year: 2030))
        XCTAssertEqual(t[1].unit, "count"); XCTAssertEqual(t[1].comparator, .atLeast); XCTAssertEqual(t[1].indicator, "dir.initiatives")
        XCTAssertEqual(t[2].value, 1); XCTAssertEqual(t[2].valueMax, 2); XCTAssertEqual(t[2].indicator, "dir.dialogues")
        XCTAssertEqual(t[3].comparator, .reduce); XCTAssertEqual(t[3].indicator, "org.civil-staff-cut-count")
    }

    func testATimeLimitInWorkingDaysIsATargetOnlyAfterALimitWord() {
        let t = targets("""
        - Thời gian giải quyết thủ tục đăng ký hộ kinh doanh không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ.
        - Cấp Giấy chứng nhận đăng ký hộ kinh doanh tối đa 3 ngày.
        - Báo cáo kết quả trong 05 ngày làm việc; tổ chức hội nghị trước 15 ngày.
        """)
        XCTAssertEqual(t.map(\.value), [2, 3], "a deadline in days is not a target")
        XCTAssertEqual(t.map(\.unit), ["days", "days"])
        XCTAssertEqual(t.map(\.comparator), [.atMost, .atMost])
        XCTAssertEqual(t.map(\.indicator), ["tthc.household-biz-days", "tthc.household-biz-days"])
        XCTAssertEqual(t.first.map { TargetFormat.figure($0, lang: .vi) }, "≤2 ngày")
        XCTAssertEqual(t.first?.figure, "02 ngày làm việc")
    }

    func testSubPeriodHeadingsApplyUntilTheNextSection() {
        let plan = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính trọng tâm giai đoạn 2026 - 2030 xã An Hòa

        2. Một số chỉ tiêu cụ thể
        - Giai đoạn 2026 - 2027:
        + 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.
        - Giai đoạn 2028 - 2030:
        + Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt tối thiểu 80%.
        3. Cải cách thủ tục hành chính
        + Cắt giảm 50% chi phí tuân thủ thủ tục hành chính.
        """)
        XCTAssertEqual(plan.period, Period(from: 2026, to: 2030))
        XCTAssertEqual(plan.targets.map(\.period), [Period(from: 2026, to: 2027), Period(from: 2028, to: 2030), Period(from: 2026, to: 2030)])
        XCTAssertEqual(plan.targets.map(\.line), [6, 8, 10])
    }

    func testIndicatorsMakeDifferentWordingsComparable() {
        let a = targets("- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 80%.")
        let b = targets("3.3. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận giải quyết TTHC đạt \n\ntối thiểu 75%.")
        XCTAssertEqual(a.first?.indicator, "tthc.online-dossiers")
        XCTAssertEqual(b.first?.indicator, "tthc.online-dossiers")
        XCTAssertEqual(b.first?.line, 6, "the line is where the figure is written")
        let sat = targets("""
        - Mức độ hài lòng về giải quyết thủ tục hành chính đạt tối thiểu 95%. Trong đó: mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập đạt tối thiểu 90%; mức độ hài lòng về giải quyết thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 92%; 95% người dân hài lòng khi sử dụng dịch vụ công trực tuyến.
        """)
        XCTAssertEqual(sat.map(\.indicator), ["sat.tthc", "sat.health-edu", "sat.land-build", "sat.online"])
        XCTAssertTrue(sat.allSatisfy { $0.area == .tthc })
    }

    func testACommaClosingAFigureLeavesTheWordsAfterItToTheNextFigure() {
        // The land satisfaction after "92%," is the second figure's subject, not the first's.
        let sat = targets("- Bảo đảm mức độ hài lòng của tổ chức, cá nhân về giải quyết TTHC đạt tối thiểu 92%, lĩnh vực đất đai,\nxây dựng đạt tối thiểu 85%.")
        XCTAssertEqual(sat.map(\.indicator), ["sat.tthc", "sat.land-build"])
        XCTAssertEqual(sat.map(\.value), [92, 85])
        // A comma inside the subject after the figure ("100% cán bộ, công chức …") does not close it.
        let skills = targets("- 100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng hoặc tự bồi dưỡng kiến thức và kỹ năng số, bảo đảm ứng dụng hiệu quả các nền tảng số.")
        XCTAssertEqual(skills.map(\.indicator), ["digital.staff-digital-skills"])
    }

    func testAreaFallsBackToTheSectionWhenNoIndicatorMatches() {
        let plan = ExtractionFixtures.plan("""
        II. NHIỆM VỤ
        5. Cải cách tài chính công
        - Phấn đấu 35% nội dung chưa có trong danh mục chỉ tiêu.
        """)
        XCTAssertNil(plan.targets.first?.indicator)
        XCTAssertEqual(plan.targets.first?.area, .taiChinh)
    }

    func testAnItemNamingItsAreaBeforeAColonGivesTheArea() {
        let plan = ExtractionFixtures.plan("""
        II. CHỈ TIÊU
        a) Cải cách tài chính công: phấn đấu 35% nội dung mới được thực hiện trong năm, bảo đảm tiết kiệm, hiệu quả, công khai, minh bạch theo đúng quy định hiện hành của pháp luật về ngân sách nhà nước. Tiếp tục thực hiện.
        """)
        XCTAssertEqual(plan.targets.first?.area, .taiChinh)
        XCTAssertEqual(plan.area(.taiChinh)?.line, 2)
    }

    func testYearColumnsOfATargetTableGiveThePeriod() {
        let plan = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính trọng tâm giai đoạn 2026 - 2030 xã A

        Phụ lục I
        TT\tChỉ tiêu\tNăm 2026\tNăm 2027\t2028 - 2030
        1\tTỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ\t70%\t80%\t≥ 90%
        """)
        XCTAssertEqual(plan.targets.map(\.period), [Period(year: 2026), Period(year: 2027), Period(from: 2028, to: 2030)])
        XCTAssertEqual(Set(plan.targets.compactMap(\.indicator)), ["tthc.online-dossiers"])
        XCTAssertEqual(plan.targets.last?.comparator, .atLeast)
        XCTAssertTrue(plan.tasks.isEmpty, "a table of targets is not a task table")
    }

    func testATargetTableWithAUnitColumnReadsBareNumbersAsPercentages() {
        let plan = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính năm 2025 xã A

        II. CHỈ TIÊU
        STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\tGhi chú
        1\tTỷ lệ hồ sơ giải quyết TTHC đúng hạn\t%\t98\t
        2\tTỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ TTHC\t%\t≥ 50\t
        3\tSố sáng kiến cải cách hành chính\tSáng kiến\t2\t
        III. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ
        STT\tChỉ tiêu\tTỷ lệ (%)
        1\tTỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC\t100
        2\tTỷ lệ văn bản trao đổi dưới dạng điện tử (%)\t95
        """)
        XCTAssertEqual(plan.targets.map(\.value), [98, 50, 2, 100, 95])
        // A bare number under a unit of things counted is a count to reach, never a percentage.
        XCTAssertEqual(plan.targets.map(\.unit), ["%", "%", "count", "%", "%"])
        XCTAssertEqual(plan.targets[2].comparator, .atLeast)
        XCTAssertEqual(plan.targets.map(\.indicator), ["tthc.on-time", "tthc.online-dossiers", "dir.initiatives", "tthc.digitization", "digital.e-documents"])
        XCTAssertEqual(plan.targets.map(\.line), [6, 7, 8, 11, 12])
        XCTAssertEqual(plan.targets[1].comparator, .atLeast)
        XCTAssertEqual(plan.targets.first?.period, Period(year: 2025))
        // Only a bare figure becomes a percentage: the row number before the unit column, a year or a
        // date never does.
        XCTAssertEqual(TableUnits.asPercent("Tối thiểu 95"), "Tối thiểu 95%")
        XCTAssertEqual(TableUnits.asPercent("99,5"), "99,5%")
        XCTAssertEqual(TableUnits.asPercent("≥ 90"), "≥ 90%")
        XCTAssertNil(TableUnits.asPercent("1.2.3"))
        XCTAssertNil(TableUnits.asPercent("2025"))
        XCTAssertNil(TableUnits.asPercent("Tháng 12/2025"))
        XCTAssertNil(TableUnits.asPercent("02 cuộc"))
    }

    func testCommuneTargetsOfOtherPlansFindTheirIndicators() {
        let cases: [(String, String)] = [
            ("Chỉ số hài lòng của người dân (SIPAS) đạt 85% trở lên.", "sat.overall"),
            ("100% TTHC được niêm yết công khai tại Bộ phận một cửa.", "tthc.published"),
            ("95% hồ sơ TTHC được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết TTHC của tỉnh.", "tthc.dossiers-tracked"),
            ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 40%.", "tthc.online-dossiers"),
            ("100% cán bộ, công chức được đánh giá, xếp loại chất lượng hằng năm.", "cs.rated"),
            ("100% công chức được bố trí theo vị trí việc làm.", "cs.job-position"),
            ("100% văn bản đi, đến được số hóa và xử lý trên phần mềm quản lý văn bản.", "digital.e-documents"),
            // "trong độ tuổi" folds like "trong đó" ("of which"), which ends a clause: it must not here.
            ("Tỷ lệ người dân trong độ tuổi lao động có kỹ năng số cơ bản đạt 80%.", "digital.citizen-digital-skills"),
            ("100% cán bộ, công chức được bồi dưỡng kỹ năng số.", "digital.staff-digital-skills"),
            ("100% thôn, tổ dân phố có Tổ công nghệ số cộng đồng.", "digital.community-tech-teams"),
            ("100% kết quả giải quyết TTHC được trả qua dịch vụ bưu chính công ích khi có yêu cầu.", "tthc.postal-delivery"),
            ("Thực hiện tuyên truyền CCHC tối thiểu 04 tin, bài.", "dir.propaganda-items"),
            ("Tinh giản biên chế đạt tối thiểu 5% so với biên chế được giao năm 2021.", "org.staff-streamlining"),
            ("100% vị trí việc làm được rà soát, điều chỉnh.", "cs.job-positions-reviewed"),
            ("100% các khoản thu, chi ngân sách được công khai theo quy định.", "fin.budget-disclosed"),
            ("Tỷ lệ hồ sơ giải quyết TTHC qua dịch vụ công trực tuyến toàn trình và một phần đạt 80%.", "tthc.online-dossiers"),
            ("Tỷ lệ người dân sử dụng ứng dụng VNeID đạt 70%.", "digital.vneid-users"),
            ("100% các cuộc họp của UBND xã được tổ chức trực tuyến khi đủ điều kiện.", "digital.online-meetings"),
            ("100% cán bộ, công chức có hộp thư điện tử công vụ và sử dụng thường xuyên.", "digital.official-email"),
            // Holding an e-ID account is not the national target of authenticated online-service users.
            ("Phấn đấu 70% người dân có tài khoản định danh điện tử mức độ 2.", "digital.eid-accounts"),
            // Wordings of plans written apart from the bundled ones.
            ("Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến toàn trình trên tổng số hồ sơ tiếp nhận đạt tối thiểu 70%.", "tthc.online-dossiers"),
            ("Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến (DVCTT) toàn trình đạt 100%.", "tthc.full-online-services"),
            ("Trên 98% hồ sơ TTHC được giải quyết đúng hoặc trước thời hạn.", "tthc.on-time"),
            ("Dữ liệu đã số hóa được khai thác, tái sử dụng trong giải quyết TTHC đạt không thấp hơn 90%.", "tthc.data-reuse"),
            // Dossiers paid online are the payment rate; procedures that offer online payment are not.
            ("Tỷ lệ hồ sơ có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến đạt trên 75%.", "tthc.online-payment"),
            ("100% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến.", "tthc.fee-online-enabled"),
            // Training "theo vị trí việc làm, kỹ năng số" is training; training in digital knowledge and skills is not.
            ("Tối thiểu 80% CB, CC, VC được bồi dưỡng, cập nhật kiến thức, kỹ năng theo vị trí việc làm, kỹ năng số.", "cs.trained"),
            ("100% cán bộ, công chức được đào tạo, bồi dưỡng hoặc tự bồi dưỡng kiến thức và kỹ năng số.", "digital.staff-digital-skills"),
            ("100% văn bản QPPL do HĐND, UBND phường ban hành được tự kiểm tra sau khi ban hành.", "inst.lawdocs-self-checked"),
            ("100% các phòng, đơn vị tự kiểm tra công tác cải cách hành chính.", "dir.self-inspection"),
            ("100% văn bản điện tử phát hành được ký số theo quy định.", "digital.e-signed"),
            ("100% công chức xã có chữ ký số cá nhân.", "digital.digital-signature"),
            ("100% văn bản điện tử được ký số bằng chữ ký số chuyên dùng.", "digital.e-signed"),
            ("Sử dụng hệ thống quản lý văn bản; ký số 100% văn bản điện tử phát hành.", "digital.e-signed"),
            ("Tỷ lệ hồ sơ giải quyết theo hình thức DVCTT toàn trình đạt tối thiểu 85% tổng số hồ sơ TTHC.", "tthc.online-dossiers"),
            ("Ít nhất 85% CB, CC, VC của xã được cử đi bồi dưỡng, tập huấn chuyên môn, kỹ năng số trong năm.", "cs.trained"),
            ("100% hồ sơ được cập nhật trạng thái trên Hệ thống thông tin giải quyết TTHC; xin lỗi người dân đối với hồ sơ quá hạn.", "tthc.dossiers-tracked"),
        ]
        for (sentence, id) in cases {
            let plan = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính năm 2025 xã A\nI. MỤC TIÊU\n- \(sentence)\n")
            XCTAssertEqual(plan.targets.map(\.indicator), [id], sentence)
        }
    }

    func testANumberedSubheadingNamingAYearSetsThePeriodOfItsTargets() {
        let plan = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính giai đoạn 2026 - 2030 thành phố A
        II. MỤC TIÊU
        2.1. Đến năm 2028
        - Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.
        2.2. Đến năm 2030
        - Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của Ủy ban nhân dân xã đạt từ 90% trở lên.
        """)
        XCTAssertEqual(plan.targets.map { $0.period?.to }, [2028, 2030])
        XCTAssertEqual(plan.targets.last?.indicator, "sat.overall")
    }

    func testBudgetRevenueIsNotTheDisbursementOfTheNextClause() {
        let plan = ExtractionFixtures.plan("I. MỤC TIÊU\n- Thu ngân sách trên địa bàn đạt tối thiểu 100% dự toán được giao; giải ngân trên 95% kế hoạch vốn đầu tư công.\n")
        XCTAssertEqual(plan.targets.map(\.indicator), ["fin.budget-revenue", "fin.public-investment-disbursed"])
    }

    func testFiguresOfAReviewOfPastResultsAreNotTargets() {
        let plan = ExtractionFixtures.plan("""
        Phần thứ nhất
        KẾT QUẢ NỔI BẬT NĂM 2025
        Tiếp nhận trên 21.000 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt 98,7%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 64,2%.
        Phần thứ hai
        I. MỤC TIÊU
        - Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.
        - Tỷ lệ thanh toán trực tuyến còn thấp, mới đạt khoảng 41%; phấn đấu năm 2026 đạt 60% trở lên.
        II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
        - Tỷ lệ hồ sơ trực tuyến đạt 70%.
        III. NHIỆM VỤ
        - 100% hồ sơ được số hóa.
        """)
        XCTAssertEqual(plan.targets.map(\.value), [98, 60, 100], "\(plan.targets.map(\.text))")
        // An unnumbered results title does not swallow the numbered parts after it.
        let titled = ExtractionFixtures.plan("KẾT QUẢ THỰC HIỆN NĂM 2025\nTỷ lệ hồ sơ đúng hạn đạt 97%.\nI. MỤC TIÊU\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.\n")
        XCTAssertEqual(titled.targets.map(\.value), [98])
        XCTAssertTrue(Outline.isResultsTitle("I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC NĂM 2025".dropFirst(3).description))
        XCTAssertFalse(Outline.isResultsTitle("KẾT QUẢ, MỤC TIÊU VÀ NHIỆM VỤ"))
        XCTAssertTrue(TargetExtractor.reportsResult("ty le con thap moi dat khoang"))
        XCTAssertFalse(TargetExtractor.reportsResult("phan dau dat"))
    }

    func testANumberedItemCutBeforeAnAbbreviationAndItsColonIsOneItem() {
        let plan = ExtractionFixtures.plan("""
        II. CHỈ TIÊU
        2.6. Mức độ hài lòng của người dân, doanh nghiệp với việc giải quyết
        TTHC: không dưới 95%.
        3. Cải cách thể chế
        UBND xã ban hành văn bản đúng thẩm quyền.
        """)
        XCTAssertEqual(plan.targets.map(\.indicator), ["sat.tthc"])
        XCTAssertEqual(plan.targets.map(\.line), [3])
        XCTAssertEqual(plan.area(.theChe)?.line, 4, "a heading followed by a sentence opening with UBND stays a heading")
        XCTAssertTrue(Cleanup.opensWithAbbreviationLabel("TTHC: không dưới 95%."))
        XCTAssertFalse(Cleanup.opensWithAbbreviationLabel("UBND xã ban hành"))
        XCTAssertFalse(Cleanup.opensWithAbbreviationLabel("A: một chữ"))
    }

    func testSentencesWithSeveralTargets() {
        let cases: [(String, [String?])] = [
            // A part after "trong đó" is read with the head of the whole.
            ("Tỷ lệ hài lòng của người dân, doanh nghiệp đối với giải quyết TTHC đạt trên 95%, trong đó lĩnh vực đất đai đạt trên 90%.",
             ["sat.tthc", "sat.land-build"]),
            ("Giảm ít nhất 20% thời gian và 20% chi phí thực hiện TTHC so với quy định.", ["tthc.time-cut", "tthc.cost-cut"]),
            ("Phấn đấu Chỉ số CCHC của xã năm 2025 tăng ít nhất 02 bậc so với năm 2024.", ["dir.par-index-rank"]),
            ("100% cơ quan, đơn vị thực hiện tự kiểm tra CCHC; kiểm tra ít nhất 30% đơn vị trực thuộc.",
             ["dir.self-inspection", "dir.units-inspected"]),
            ("Tỷ lệ văn bản QPPL được rà soát đạt 100%, tỷ lệ VBQPPL ban hành đúng quy định đạt 100%.",
             ["inst.lawdocs-reviewed", "inst.lawdocs-procedure"]),
        ]
        for (sentence, ids) in cases {
            let plan = ExtractionFixtures.plan("KẾ HOẠCH\nCải cách hành chính năm 2025 xã A\nI. MỤC TIÊU\n- \(sentence)\n")
            XCTAssertEqual(plan.targets.map(\.indicator), ids, sentence)
        }
    }

    func testAScoreOfTheReformIndexIsATarget() {
        let plan = ExtractionFixtures.plan("""
        KẾ HOẠCH
        Cải cách hành chính năm 2025 phường B

        I. CHỈ TIÊU
        a) Chỉ số cải cách hành chính của phường đạt từ 85 điểm trở lên.
        b) Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính tại 02 điểm tiếp nhận hồ sơ.
        """)
        XCTAssertEqual(plan.targets.map(\.value), [85])
        XCTAssertEqual(plan.targets.first?.indicator, "dir.par-index-score")
        XCTAssertEqual(plan.targets.first?.comparator, .atLeast)
    }

    func testBundledPlansMatchTheGoldTargetLines() throws {
        // A coarse guard against regressions; ../shared/gold/score.py measures the full picture.
        let plan = try ExtractionFixtures.bundled("dong-nai/binh-phuoc-2026.txt")
        let lines = Set(plan.targets.map(\.line))
        for l in [42, 78, 80, 82, 84, 86, 88, 90, 92, 94, 96, 98, 100, 102, 136, 168, 170, 201, 239, 241, 243, 251, 253, 309] {
            XCTAssertTrue(lines.contains(l), "target expected at line \(l)")
        }
        XCTAssertEqual(plan.targets.filter { $0.line == 170 }.map(\.indicator), ["cs.intl-capable", "cs.intl-capable-dept"])
    }
}

/// Rankings: `nhóm 20 tỉnh, thành phố dẫn đầu` is a top-20 target, held against the rankings of its own level only.
final class RankingTargetTests: XCTestCase {
    private func plan(_ issuer: String, _ text: String) -> Plan {
        RuleFixtures.plan("ỦY BAN NHÂN DÂN \(issuer)\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU\n" + text)
    }

    func testALeadingGroupIsARankingOfItsLevel() {
        let province = plan("TỈNH NGHỆ AN", "- Chỉ số CCHC (PAR INDEX) năm 2026 của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước.\n")
        let t = province.targets
        XCTAssertEqual(t.map(\.unit), ["rank"])
        XCTAssertEqual(t.map(\.value), [20])
        XCTAssertEqual(t.map(\.comparator), [.atMost])
        XCTAssertEqual(t.map(\.indicator), ["dir.par-index-group"])
        XCTAssertEqual(t.map(\.forLevel), ["tinh"])
        XCTAssertEqual(t.first.map { TargetFormat.figure($0, lang: .vi) }, "nhóm 20")
        let commune = plan("XÃ YÊN THÀNH", "- Phấn đấu Chỉ số CCHC năm 2026 của xã xếp trong nhóm 30 xã, phường dẫn đầu của tỉnh.\n"
            + "- Chỉ số chuyển đổi số (DTI) của xã thuộc nhóm 10 đơn vị dẫn đầu.\n")
        XCTAssertEqual(commune.targets.map(\.indicator), ["dir.par-index-group", "digital.dti-group"])
        // "nhóm 10 đơn vị" names no level: the plan's own (a commune's place among communes).
        XCTAssertEqual(commune.targets.map(\.forLevel), ["xa", "xa"])
        XCTAssertTrue(plan("XÃ A", "- Xây dựng nhóm 2 nhiệm vụ trọng tâm về chuyển đổi số.\n").targets.isEmpty,
                      "a group that does not lead is not a ranking")
    }

    func testACommuneRankingIsNotHeldToTheProvincesPlaceAmongProvinces() throws {
        var parent = plan("TỈNH NGHỆ AN", "- Chỉ số CCHC của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước.\n")
        parent.file = "parent.txt"
        let commune = plan("XÃ YÊN THÀNH", "- Chỉ số CCHC của xã thuộc nhóm 30 xã, phường dẫn đầu của tỉnh.\n")
        let silent = plan("XÃ ĐÔ LƯƠNG", "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\n")
        let below = try ParentTargetKind(RuleFixtures.params(["mode": ["below"]]))
        let missing = try ParentTargetKind(RuleFixtures.params(["mode": ["missing"]]))
        XCTAssertTrue(below.check(RuleFixtures.context(commune, parent: parent)).isEmpty)
        XCTAssertTrue(missing.check(RuleFixtures.context(silent, parent: parent)).isEmpty)
        // Between provinces the lower group number is the more ambitious one.
        var province = plan("TỈNH A", "- Chỉ số CCHC của tỉnh thuộc nhóm 30 tỉnh, thành phố dẫn đầu cả nước.\n")
        province.file = "plans/test/a.txt"
        var national = plan("TỈNH B", "- Chỉ số CCHC của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước.\n")
        national.file = "parent.txt"
        XCTAssertEqual(below.check(RuleFixtures.context(province, parent: national)).count, 1)
    }
}
