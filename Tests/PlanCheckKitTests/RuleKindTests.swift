import XCTest
@testable import PlanCheckKit

/// Unit tests of every rule kind on hand-made plans (no extractor involved).
final class RuleKindTests: XCTestCase {
    typealias F = RuleFixtures

    func area(_ a: ReformArea, _ line: Int, leads: [UnitRef] = []) -> AreaPresence {
        AreaPresence(area: a, line: line, isHeading: true, headingText: a.nameVI, leads: leads)
    }

    func target(_ line: Int, _ value: Double, _ indicator: String?, year: Int? = 2026, comparator: PlanCheckKit.Comparator = .atLeast) -> Target {
        Target(line: line, value: value, valueMax: nil, unit: "%", comparator: comparator, period: year.map { Period(year: $0) },
               area: .tthc, indicator: indicator, text: "t\(line)", figure: "\(Int(value))%")
    }

    func citation(_ number: String, _ date: String?, line: Int, kind: String = "Nghị quyết") -> Citation {
        Citation(kind: kind, number: number, date: date, issuer: nil, line: line, text: "\(kind) \(number)")
    }

    func task(_ line: Int, lead: UnitRef?, coordinators: [UnitRef] = [], deadline: String = "Quý I/2026", product: String = "Báo cáo",
              area: ReformArea = .theChe) -> PlanTask {
        PlanTask(line: line, area: area, group: "I", sequence: "\(line)", text: "Nhiệm vụ \(line)", lead: lead,
                 coordinators: coordinators, deadline: deadline, product: product)
    }

    // MARK: area-missing

    func testAreaMissingPlacesFindingAtNextArea() throws {
        var p = F.raw(Array(repeating: "x", count: 50))
        p.areas = [area(.theChe, 10), area(.boMay, 30), area(.congVu, 40)]
        let k = try AreaMissingKind(F.params(["areas": ["the-che, tthc, bo-may, cong-vu"]]))
        let hits = k.check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [30])
        XCTAssertEqual(hits.first?.values["areaId"], "tthc")
        XCTAssertEqual(hits.first?.anchor, "area:tthc")
    }

    func testMissingLastAreaPlacedAfterThePreviousSection() throws {
        var p = F.raw(Array(repeating: "x", count: 50))
        p.areas = [area(.theChe, 10), area(.tthc, 20)]
        p.headings = [Heading(kind: "arabic", marker: "1.", depth: 2, text: "Thể chế", line: 10),
                      Heading(kind: "arabic", marker: "2.", depth: 2, text: "TTHC", line: 20),
                      Heading(kind: "letter", marker: "a)", depth: 3, text: "x", line: 22),
                      Heading(kind: "roman", marker: "III.", depth: 1, text: "NHIỆM VỤ CỤ THỂ", line: 30)]
        let k = try AreaMissingKind(F.params(["areas": ["the-che, tthc, bo-may"]]))
        XCTAssertEqual(k.check(F.context(p)).map(\.line), [30])
    }

    func testTargetsAloneDoNotMakeAnAreaPlanned() throws {
        var p = F.raw(Array(repeating: "x", count: 50))
        var objective = AreaPresence(area: .tthc, line: 5, isHeading: false, headingText: "", leads: [])
        objective.isHeading = false
        p.areas = [area(.theChe, 10), objective, area(.boMay, 30)]
        p.targets = [target(5, 90, "tthc.on-time")]
        let k = try AreaMissingKind(F.params(["areas": ["the-che, tthc, bo-may"], "presence": ["substantive"]]))
        XCTAssertEqual(k.check(F.context(p)).map(\.line), [30])
        p.tasks = [task(40, lead: nil, area: .tthc)]
        XCTAssertTrue(k.check(F.context(p)).isEmpty)
    }

    func testAreaMissingSilentWithoutAnyArea() throws {
        XCTAssertTrue(try AreaMissingKind(F.params([:])).check(F.context(F.raw(["x"]))).isEmpty)
    }

    func testBadAreaParameterIsLocated() {
        XCTAssertThrowsError(try AreaMissingKind(F.params(["areas": ["the-che, nope"]]))) { e in
            XCTAssertEqual((e as? DataFileError)?.file, "test.ini")
        }
    }

    // MARK: area-lead

    func testAreaWithoutLead() throws {
        var p = F.raw(Array(repeating: "x", count: 20))
        p.areas = [area(.theChe, 5), area(.tthc, 9, leads: [F.unit("Trung tâm Phục vụ hành chính công", "ttpvhcc", line: 11)])]
        let hits = try AreaLeadKind(F.params(["mode": ["missing"]])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [5])
    }

    func testTaskLeadCountsAsAreaLead() throws {
        var p = F.raw(Array(repeating: "x", count: 20))
        p.areas = [area(.theChe, 5)]
        p.tasks = [task(12, lead: F.unit("Văn phòng HĐND và UBND", "vp", line: 12))]
        XCTAssertTrue(try AreaLeadKind(F.params(["mode": ["missing"]])).check(F.context(p)).isEmpty)
    }

    func testConflictingLead() throws {
        var p = F.raw(Array(repeating: "x", count: 40))
        p.areas = [area(.theChe, 5, leads: [F.unit("Văn phòng HĐND và UBND", "vp", line: 8), F.unit("Phòng Văn hóa - Xã hội", "vhxh", line: 30),
                                           F.unit("Văn phòng HĐND và UBND", "vp", line: 33)])]
        let hits = try AreaLeadKind(F.params(["mode": ["conflict"]])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [30])
        XCTAssertEqual(hits.first?.related.map(\.line), [8])
        XCTAssertEqual(hits.first?.values["otherUnit"], "Văn phòng HĐND và UBND")
    }

    // MARK: task-lead-coordinator

    func testLeadIsCoordinator() throws {
        var p = F.raw(Array(repeating: "x", count: 20))
        let vh = F.unit("Phòng Văn hóa - Xã hội", "vhxh", line: 3)
        p.tasks = [task(3, lead: vh, coordinators: [vh]), task(4, lead: vh, coordinators: [F.unit("Các phòng chuyên môn", nil, line: 4)])]
        let hits = try TaskLeadCoordinatorKind(F.params([:])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [3])
        XCTAssertEqual(hits.first?.values["number"], "I.3")
    }

    // MARK: parent-target

    func testTargetBelowParentRespectsDirectionAndYear() throws {
        var child = F.raw(Array(repeating: "x", count: 20), file: "c.txt")
        child.period = Period(year: 2026)
        child.targets = [target(3, 70, "tthc.online-dossiers"), target(4, 99, "sat.overall"), target(5, 50, "tthc.on-time", year: 2030)]
        var parent = F.raw(Array(repeating: "x", count: 20), file: "p.txt")
        parent.period = Period(year: 2026)
        parent.targets = [target(7, 80, "tthc.online-dossiers"), target(8, 95, "sat.overall"), target(9, 98, "tthc.on-time")]
        let hits = try ParentTargetKind(F.params(["mode": ["below"]])).check(F.context(child, parent: parent))
        XCTAssertEqual(hits.map(\.line), [3])
        XCTAssertEqual(hits.first?.related.first?.line, 7)
        XCTAssertEqual(hits.first?.related.first?.file, "p.txt")
        XCTAssertEqual(hits.first?.values["parentValue"], "80%")
    }

    func testShortParentPhaseAppliesToItsYears() throws {
        var child = F.raw(["x"], file: "c.txt")
        child.period = Period(year: 2026)
        child.targets = [target(1, 90, "digital.data-maturity")]
        var parent = F.raw(["x"], file: "p.txt")
        var phase = target(1, 100, "digital.data-maturity")
        phase.period = Period(from: 2026, to: 2027)
        var decade = target(2, 100, "digital.data-maturity")
        decade.period = Period(from: 2021, to: 2030)
        parent.targets = [phase]
        // Not "below" (100% is due by 2027), but a target the 2026 plan should carry.
        XCTAssertTrue(try ParentTargetKind(F.params([:])).check(F.context(child, parent: parent)).isEmpty)
        child.targets = []
        XCTAssertEqual(try ParentTargetKind(F.params(["mode": ["missing"]])).check(F.context(child, parent: parent)).count, 1)
        parent.targets = [decade]
        XCTAssertTrue(try ParentTargetKind(F.params(["mode": ["missing"]])).check(F.context(child, parent: parent)).isEmpty)
    }

    func testAnUnlistedParentTargetIsMissingOnlyWhenASiblingCarriesIt() throws {
        let parent = F.plan("KẾ HOẠCH Cải cách hành chính tỉnh năm 2026\nI. MỤC TIÊU\n- Tỷ lệ thôn có tổ hòa giải hoạt động hiệu quả đạt 90%.\n- Tỷ lệ sở, ngành có hệ thống quản lý chất lượng nội bộ đạt 100%.",
                            file: "plans/g/parent.txt")
        let child = F.plan("KẾ HOẠCH Cải cách hành chính xã A năm 2026\nI. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ đạt 80%.", file: "plans/g/a.txt")
        let sibling = F.plan("KẾ HOẠCH Cải cách hành chính xã B năm 2026\nI. MỤC TIÊU\n- Tỷ lệ thôn, tổ dân phố có tổ hòa giải hoạt động hiệu quả đạt 95%.", file: "plans/g/b.txt")
        let kind = try ParentTargetKind(F.params(["mode": ["missing-unlisted"]]))
        XCTAssertTrue(kind.check(F.context(child, plans: [child], parent: parent)).isEmpty, "alone, nothing says the target applies here")
        let hits = kind.check(F.context(child, plans: [child, sibling], parent: parent))
        XCTAssertEqual(hits.count, 1)
        XCTAssertEqual(hits.first?.values["count"], "1", "only the target a sibling carries, not the provincial one")
        XCTAssertTrue(kind.check(F.context(sibling, plans: [child, sibling], parent: parent)).isEmpty)
    }

    func testAChildPhaseLevelMustMeetTheParentsFigureForAYearInIt() throws {
        var child = F.raw(Array(repeating: "x", count: 10), file: "c.txt")
        child.period = Period(from: 2026, to: 2030)
        var phase = target(3, 85, "sat.online")
        phase.period = Period(from: 2026, to: 2027)
        var reduction = target(4, 5, "org.staff-reduction", comparator: .reduce)
        reduction.period = Period(from: 2026, to: 2027)
        child.targets = [phase, reduction]
        var parent = F.raw(["x"], file: "p.txt")
        parent.targets = [target(1, 95, "sat.online", year: 2026), target(2, 10, "org.staff-reduction", year: 2026, comparator: .reduce),
                          target(3, 99, "sat.online", year: 2030)]
        let hits = try ParentTargetKind(F.params(["mode": ["below"]])).check(F.context(child, parent: parent))
        // The 2026-2027 level falls short of 2026's 95%; the reduction runs to 2027 and is not compared with 2026's.
        XCTAssertEqual(hits.map(\.line), [3])
        XCTAssertEqual(hits.first?.related.first?.line, 1)
    }

    // MARK: area-coverage and section leads

    func testAPartThatSkipsAnAreaThePlanHasElsewhere() throws {
        var p = F.raw(Array(repeating: "x", count: 40))
        p.headings = [Heading(kind: "roman", marker: "II.", depth: 1, text: "NHIỆM VỤ", line: 1)]
        let names: [(String, Int)] = [("Cải cách thủ tục hành chính", 5), ("Cải cách tổ chức bộ máy", 9), ("Cải cách chế độ công vụ", 13),
                                      ("Cải cách tài chính công", 17), ("Xây dựng chính quyền số", 21)]
        p.headings += names.map { Heading(kind: "arabic", marker: "1.", depth: 2, text: $0.0, line: $0.1) }
        p.headings.append(Heading(kind: "roman", marker: "III.", depth: 1, text: "TỔ CHỨC THỰC HIỆN", line: 30))
        p.areas = [AreaPresence(area: .theChe, line: 33, isHeading: false, headingText: "chủ trì cải cách thể chế")]
        let hits = try AreaCoverageKind(F.params([:])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [5], "placed at the next area of the part")
        XCTAssertEqual(hits.first?.values["areaId"], "the-che")
        p.areas = []
        XCTAssertTrue(try AreaCoverageKind(F.params([:])).check(F.context(p)).isEmpty, "an area absent from the whole plan is area-missing's")
    }

    func testASectionWithoutTheLeadLineItsSiblingsHave() throws {
        var p = F.raw(Array(repeating: "x", count: 40))
        let vp = { (l: Int) in F.unit("Văn phòng HĐND và UBND", "vp", line: l) }
        // Sections of 8 lines, each ending with its lead two lines before the next heading, but the second.
        p.areas = [area(.theChe, 1, leads: [vp(7)]), area(.tthc, 9, leads: [vp(38)]), area(.boMay, 17, leads: [vp(23)]),
                   area(.congVu, 25, leads: [vp(31)])]
        p.headings = [1, 9, 17, 25].map { Heading(kind: "arabic", marker: "1.", depth: 2, text: "x", line: $0) }
                     + [Heading(kind: "arabic", marker: "5.", depth: 2, text: "Tổ chức thực hiện", line: 33)]
        let hits = try AreaLeadKind(F.params(["mode": ["section"]])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [15])
        XCTAssertEqual(hits.first?.related.first?.line, 9)
    }

    func testReductionsCompareBySize() throws {
        var child = F.raw(["x"], file: "c.txt")
        child.targets = [target(1, 5, "org.staff-reduction", comparator: .reduce)]
        var parent = F.raw(["x"], file: "p.txt")
        parent.targets = [target(1, 10, "org.staff-reduction", comparator: .reduce)]
        XCTAssertEqual(try ParentTargetKind(F.params([:])).check(F.context(child, parent: parent)).count, 1)
        child.targets[0].value = 12
        XCTAssertTrue(try ParentTargetKind(F.params([:])).check(F.context(child, parent: parent)).isEmpty)
    }

    func testLowerIsBetterIndicator() throws {
        let lower = RuleFixtures.catalog.indicators.indicators.first { !$0.higherIsBetter }
        guard let id = lower?.id else { return }  // the catalogue may have no ceiling indicator
        var child = F.raw(["x"], file: "c.txt")
        child.targets = [target(1, 5, id, comparator: .equal)]
        var parent = F.raw(["x"], file: "p.txt")
        parent.targets = [target(1, 3, id, comparator: .equal)]
        XCTAssertEqual(try ParentTargetKind(F.params([:])).check(F.context(child, parent: parent)).count, 1)
    }

    func testTargetMissingVsParent() throws {
        var child = F.raw(Array(repeating: "x", count: 10), file: "c.txt")
        child.period = Period(year: 2026)
        child.targets = [target(3, 90, "sat.overall")]
        var parent = F.raw(["x"], file: "p.txt")
        parent.targets = [target(1, 80, "tthc.online-dossiers"), target(1, 90, "sat.overall"), target(1, 95, "tthc.on-time", year: 2030)]
        let hits = try ParentTargetKind(F.params(["mode": ["missing"]])).check(F.context(child, parent: parent))
        XCTAssertEqual(hits.map { $0.values["indicatorId"] }, ["tthc.online-dossiers"])
        XCTAssertEqual(hits.first?.line, 3)
    }

    func testMissingTargetsGroupedPerPlan() throws {
        var child = F.raw(Array(repeating: "x", count: 10), file: "c.txt")
        child.period = Period(year: 2026)
        child.targets = [target(5, 90, "sat.overall"), target(4, 90, "tthc.published")]
        var parent = F.raw(["x"], file: "p.txt")
        parent.targets = [target(1, 80, "tthc.online-dossiers"), target(2, 98, "tthc.on-time")]
        let grouped = try ParentTargetKind(F.params(["mode": ["missing"]])).check(F.context(child, parent: parent))
        XCTAssertEqual(grouped.map(\.line), [4])
        XCTAssertEqual(grouped.first?.values["count"], "2")
        XCTAssertEqual(grouped.first?.related.map(\.line), [1, 2])
        let each = try ParentTargetKind(F.params(["mode": ["missing"], "group": ["indicator"]])).check(F.context(child, parent: parent))
        XCTAssertEqual(each.count, 2)
    }

    func testNoParentNoFinding() throws {
        var child = F.raw(["x"])
        child.targets = [target(1, 1, "sat.overall")]
        XCTAssertTrue(try ParentTargetKind(F.params([:])).check(F.context(child)).isEmpty)
    }

    // MARK: figure-consistency

    func testInconsistentFigure() throws {
        var p = F.raw(Array(repeating: "x", count: 300))
        p.period = Period(year: 2026)
        p.targets = [target(102, 90, "digital.eid"), target(241, 100, "digital.eid"), target(250, 90, "digital.eid", year: 2030),
                     target(260, 50, nil), target(261, 60, nil)]
        let hits = try FigureConsistencyKind(F.params([:])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [241])
        XCTAssertEqual(hits.first?.related.map(\.line), [102])
    }

    // MARK: citation-date

    func testCitationDateAgainstRegistryAndAcrossPlans() throws {
        var a = F.raw(["x"], file: "a.txt")
        a.citations = [citation("76/NQ-CP", "2022-07-15", line: 10)]
        var b = F.raw(["x"], file: "b.txt")
        b.citations = [citation("76/NQ-CP", "2021-07-15", line: 14), citation("76/NQ-CP", "2021-07-15", line: 52)]
        let wrong = try CitationDateKind(F.params(["side": ["wrong"]]))
        let counterpart = try CitationDateKind(F.params(["side": ["counterpart"]]))
        XCTAssertEqual(wrong.check(F.context(a, plans: [a, b])).map(\.line), [10])
        XCTAssertEqual(wrong.check(F.context(b, plans: [a, b])).map(\.line), [])
        let cp = counterpart.check(F.context(b, plans: [a, b]))
        XCTAssertEqual(cp.map(\.line), [14, 52])
        XCTAssertEqual(cp.first?.related.first?.file, "a.txt")
        XCTAssertEqual(cp.first?.values["expected"], "15/7/2022")
    }

    func testOtherDocumentWithSameNumberIsNotAConflict() throws {
        var a = F.raw(["x"], file: "a.txt")
        a.citations = [citation("76/NQ-CP", "2013-06-13", line: 3)]
        XCTAssertTrue(try CitationDateKind(F.params([:])).check(F.context(a)).isEmpty)
    }

    func testAProvincesDocumentIsComparedAcrossTheCommunesOfItsFolder() throws {
        func plan(_ file: String, _ date: String) -> Plan {
            var p = F.raw(["x"], file: file)
            var c = citation("3183/QĐ-UBND", date, line: 1, kind: "Quyết định")
            c.issuer = "UBND tỉnh"
            p.citations = [c]
            return p
        }
        let a = plan("plans/dn/a.txt", "2021-09-10"), b = plan("plans/dn/b.txt", "2021-09-09"), c = plan("plans/dn/c.txt", "2021-09-09")
        let kind = try CitationDateKind(F.params(["side": ["wrong"]]))
        XCTAssertEqual(kind.check(F.context(a, plans: [a, b, c])).map(\.line), [1])
        XCTAssertEqual(kind.check(F.context(a, plans: [a, b, c])).first?.related.count, 2)
        // Another province's 3183/QĐ-UBND (another folder) is another document.
        let d = plan("plans/ht/d.txt", "2021-09-09"), e = plan("plans/ht/e.txt", "2021-09-09")
        XCTAssertTrue(kind.check(F.context(a, plans: [a, d, e])).isEmpty)
    }

    func testADepartmentsLetterIsComparedAcrossTheCommunesOfItsFolder() throws {
        func plan(_ file: String, _ number: String, _ date: String, kind: String = "Công văn", issuer: String? = "Sở Nội vụ",
                  subject: String = "về việc xây dựng kế hoạch cải cách hành chính năm 2026") -> Plan {
            var p = F.raw(["x"], file: file)
            var c = citation(number, date, line: 1, kind: kind)
            c.issuer = issuer
            c.text = "\(kind) số \(number) của \(issuer ?? "") \(subject)"
            p.citations = [c]
            return p
        }
        // By the issuer (Sở …) or by the number's symbol (SNV) alone.
        let a = plan("plans/na/a.txt", "4107/SNV-CCHC", "2025-12-30"), b = plan("plans/na/b.txt", "4107/SNV-CCHC", "2025-12-31", issuer: nil)
        let c = plan("plans/na/c.txt", "4107/SNV-CCHC", "2025-12-31", kind: "Văn bản")
        let dates = try CitationDateKind(F.params(["side": ["wrong"]]))
        XCTAssertEqual(dates.check(F.context(a, plans: [a, b, c])).map(\.line), [1])
        XCTAssertTrue(CitationDateKind.isDepartment(issuer: nil, number: "3968/TTr-SNV"))
        XCTAssertFalse(CitationDateKind.isDepartment(issuer: "UBND xã", number: "44/TTr-PVHXH"))
        // A number the other communes agree on (Công văn and Văn bản are one kind of letter) makes another
        // one a mistake, slip or not, unless its subject is another.
        let numbers = try CitationNumberKind(F.params(["evidence": ["others"]]))
        let wrong = plan("plans/na/d.txt", "4110/SNV-CCHC", "2025-12-31", subject: "")
        XCTAssertEqual(numbers.check(F.context(wrong, plans: [wrong, b, c])).first?.values["expected"], "4107/SNV-CCHC")
        let other = plan("plans/na/e.txt", "4110/SNV-CCHC", "2025-12-31", subject: "về việc báo cáo công tác thi đua khen thưởng quý IV")
        XCTAssertTrue(numbers.check(F.context(other, plans: [other, b, c])).isEmpty)
        XCTAssertTrue(numbers.check(F.context(wrong, plans: [wrong, b])).isEmpty, "one other citation is not a majority")
    }

    func testAMistypedNumberOfAKnownDocument() throws {
        var p = F.raw(["x", "y", "z"])
        func cite(_ number: String, _ date: String, _ line: Int, _ words: String) -> Citation {
            Citation(kind: "Nghị quyết", number: number, date: date, issuer: "Chính phủ", line: line, text: "Nghị quyết số \(number) \(words)")
        }
        let title = "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030"
        p.citations = [cite("67/NQ-CP", "2021-07-15", 1, title), cite("76/NQ-CP", "2021-07-15", 2, title),
                       cite("68/NQ-CP", "2021-07-15", 3, "về một việc khác hẳn")]
        let hits = try CitationNumberKind(F.params([:])).check(F.context(p))
        // The registry's own number and a citation about another subject are left alone.
        XCTAssertEqual(hits.map(\.line), [1])
        XCTAssertEqual(hits.first?.values["expected"], "76/NQ-CP")
        // A citation with the title and a slipped number whose date is one slip from the entry's is the
        // entry too; with two parts of its date changed, or a number far from the entry's, it is not.
        p.citations = [cite("79/NQ-CP", "2022-07-15", 1, title), cite("79/NQ-CP", "2022-08-15", 2, title),
                       cite("12/NQ-CP", "2022-07-15", 3, title)]
        let twice = try CitationNumberKind(F.params([:])).check(F.context(p))
        XCTAssertEqual(twice.map(\.line), [1])
        XCTAssertEqual(twice.first?.values["expected"], "76/NQ-CP (15/7/2021)")
        XCTAssertTrue(CitationNumberKind.dateSlipped("2022-07-15", "2021-07-15"))
        XCTAssertFalse(CitationNumberKind.dateSlipped("2022-08-15", "2021-07-15"))
        // Without the title, a number one slip away from the entry's, on the entry's day, is the entry; a
        // number within 3 of it is more likely the next document of that day.
        func decree(_ n: String, _ line: Int) -> Citation {
            Citation(kind: "Nghị định", number: n, date: "2025-06-09", issuer: nil, line: line, text: "Nghị định số \(n)")
        }
        p.citations = [decree("118/2025/NĐ-CP", 1), decree("181/2025/NĐ-CP", 2), decree("119/2025/NĐ-CP", 3), decree("150/2025/NĐ-CP", 4)]
        XCTAssertEqual(try CitationNumberKind(F.params(["evidence": ["slip"]])).check(F.context(p)).map(\.line), [2])
        XCTAssertTrue(try CitationNumberKind(F.params([:])).check(F.context(p)).isEmpty, "no title: not the title rule's")
        XCTAssertTrue(CitationNumberKind.slipped("67/NQ-CP", "76/NQ-CP"))
        XCTAssertTrue(CitationNumberKind.slipped("1188/2025/NĐ-CP", "118/2025/NĐ-CP"))
        XCTAssertFalse(CitationNumberKind.slipped("76/NQ-TW", "76/NQ-CP"))
        XCTAssertFalse(CitationNumberKind.slipped("87/NQ-CP", "76/NQ-CP"))
    }

    func testUnregisteredDocumentsMajorityAndLocalNumbers() throws {
        var a = F.raw(["x"], file: "a.txt")
        a.citations = [citation("12-NQ/TU", "2022-05-26", line: 1), citation("12-NQ/TU", "2022-05-26", line: 2),
                       citation("12-NQ/TU", "2022-06-26", line: 3), citation("06/KH-UBND", "2026-01-09", line: 4)]
        var b = F.raw(["x"], file: "b.txt")
        b.citations = [citation("06/KH-UBND", "2025-01-09", line: 4)]
        let hits = try CitationDateKind(F.params(["side": ["wrong"]])).check(F.context(a, plans: [a, b]))
        // Within the plan the majority date wins; a commune's 06/KH-UBND is not compared with another commune's.
        XCTAssertEqual(hits.map(\.line), [3])
    }

    func testSameNumberFromIssuersOfDifferentLevelsIsNotAConflict() throws {
        var a = F.raw(["x"], file: "a.txt")
        var c1 = citation("06/KH-UBND", "2026-01-09", line: 1, kind: "Kế hoạch")
        c1.issuer = "UBND xã Bình Giang"
        var c2 = citation("06/KH-UBND", "2024-01-05", line: 5, kind: "Kế hoạch")
        c2.issuer = "Ủy ban nhân dân tỉnh"
        a.citations = [c1, c2]
        XCTAssertTrue(try CitationDateKind(F.params([:])).check(F.context(a)).isEmpty)
        a.citations[1].issuer = "UBND xã"
        XCTAssertEqual(try CitationDateKind(F.params([:])).check(F.context(a)).map(\.line), [1, 5])
    }

    func testTieFlagsBothSides() throws {
        var a = F.raw(["x"], file: "a.txt")
        a.citations = [citation("5/KH-UBND", "2026-01-01", line: 1), citation("5/KH-UBND", "2026-02-01", line: 9)]
        XCTAssertEqual(try CitationDateKind(F.params([:])).check(F.context(a)).map(\.line), [1, 9])
    }

    // MARK: citation-date-sanity

    func testCitationDateSanity() throws {
        var p = F.raw(["x"])
        p.date = "2026-01-10"
        p.citations = [citation("54/2019/QĐ-UBND", "2020-09-27", line: 3, kind: "Quyết định"), citation("118/2025/NĐ-CP", "2025-06-09", line: 4),
                       citation("228/KH-UBND", "2026-03-25", line: 5, kind: "Kế hoạch"), citation("57-NQ/TW", "2024-12-22", line: 6)]
        XCTAssertEqual(try CitationDateSanityKind(F.params(["check": ["number-year"]])).check(F.context(p)).map(\.line), [3])
        XCTAssertEqual(try CitationDateSanityKind(F.params(["check": ["after-plan"]])).check(F.context(p)).map(\.line), [5])
        p.date = nil
        XCTAssertTrue(try CitationDateSanityKind(F.params(["check": ["after-plan"]])).check(F.context(p)).isEmpty)
        XCTAssertEqual(CitationDateSanityKind.numberYear("66.7/2025/NQ-CP"), 2025)
        XCTAssertNil(CitationDateSanityKind.numberYear("57-NQ/TW"))
    }

    func testEngineMergesOneDefectReportedByTwoRules() {
        let a = Finding(ruleID: "B-1", category: "citation-date-conflict", severity: .warning, file: "f", line: 3, message: "a", quote: "",
                        related: [RelatedLocation(file: "f", line: 9, text: "")])
        let b = Finding(ruleID: "A-1", category: "citation-date-conflict", severity: .error, file: "f", line: 3, message: "b", quote: "",
                        related: [RelatedLocation(file: "g", line: 1, text: "")])
        let c = Finding(ruleID: "C-1", category: "stray-artifact", severity: .info, file: "f", line: 3, message: "c", quote: "")
        let m = RuleEngine.merged([a, b, c])
        XCTAssertEqual(m.map(\.ruleID), ["A-1", "C-1"])
        XCTAssertEqual(m[0].related.map(\.line), [9, 1])
        // Findings about two documents cited on one line are two defects.
        XCTAssertEqual(RuleEngine.merged([a, b, c], subjects: ["76/nq-cp", "228/kh-ubnd", ""]).map(\.ruleID), ["B-1", "A-1", "C-1"])
        XCTAssertEqual(RuleEngine.merged([a, b], subjects: ["76/nq-cp", "76/nq-cp"]).map(\.ruleID), ["A-1"])
    }

    // MARK: citation-pattern

    func testCitationPattern() throws {
        var p = F.raw(["x"])
        p.citations = [citation("118/NĐ-CP", "2025-06-09", line: 110, kind: "Nghị định"), citation("118/2025/NĐ-CP", nil, line: 111, kind: "Nghị định"),
                       citation("76/NQ-CP", nil, line: 112)]
        let k = try CitationPatternKind(F.params(["kinds": ["Nghị định"], "pattern": ["^[0-9]+/NĐ-CP$"]]))
        XCTAssertEqual(k.check(F.context(p)).map(\.line), [110])
        XCTAssertThrowsError(try CitationPatternKind(F.params(["pattern": ["(["]])))
        XCTAssertThrowsError(try CitationPatternKind(F.params([:])))
    }

    // MARK: text-pattern

    func testTextPatternLinesParagraphsAndLevels() throws {
        var p = F.raw(["Theo Chương trình tổng thể cải cách hành chính nhà nước giai", "đoạn 2026-2030 của Chính phủ.", "", "giai đoạn 2021-2030"])
        let k = try TextPatternKind(F.params(["pattern": ["Chương trình tổng thể[^.]{0,60}?giai đoạn [0-9-]+"], "unless": ["2021-2030"], "scope": ["paragraph"]]))
        XCTAssertEqual(k.check(F.context(p)).map(\.line), [1])
        let lineScope = try TextPatternKind(F.params(["pattern": ["giai đoạn"], "levels": ["xa"]]))
        XCTAssertTrue(lineScope.check(F.context(p)).isEmpty)
        p.level = .xa
        XCTAssertEqual(lineScope.check(F.context(p)).map(\.line), [4])
        XCTAssertThrowsError(try TextPatternKind(F.params(["pattern": ["x"], "scope": ["page"]])))
    }

    // MARK: stray-number

    func testStrayPageNumber() throws {
        let p = F.raw(["đơn vị sự nghiệp công lập tự chủ", "giáo dục công 5 lập, đạt 90%", "cấp độ 3 mức độ", "trước ngày 10 của tháng"])
        let k = try StrayNumberKind(F.params(["exclude-before": ["ngày, độ"]]))
        let hits = k.check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [2])
        XCTAssertEqual(hits.first?.values["number"], "5")
    }

    // MARK: parent-citation

    func testParentCitation() throws {
        var child = F.raw(Array(repeating: "x", count: 10), file: "c.txt")
        child.period = Period(year: 2026)
        child.lines[3] = "Căn cứ Kế hoạch số 200/KH-UBND ngày 20/12/2024 của UBND tỉnh về cải cách hành chính năm 2025;"
        child.parentCited = citation("200/KH-UBND", "2024-12-20", line: 4, kind: "Kế hoạch")
        var parent = F.raw(["x"], file: "p.txt")
        parent.number = "228/KH-UBND"
        parent.period = Period(year: 2026)
        parent.level = .tinh
        XCTAssertEqual(try ParentCitationKind(F.params(["check": ["number"]])).check(F.context(child, parent: parent)).map(\.line), [4])
        // The cited parent is for 2025: wrong period, with or without a loaded parent.
        XCTAssertEqual(try ParentCitationKind(F.params(["check": ["period"]])).check(F.context(child)).map(\.line), [4])
        // The year of a date is not a period.
        child.lines[3] = "Căn cứ Kế hoạch số 200/KH-UBND ngày 20 tháng 12 năm 2025 của UBND tỉnh về cải cách hành chính năm 2026;"
        XCTAssertTrue(try ParentCitationKind(F.params(["check": ["period"]])).check(F.context(child)).isEmpty)
        // No period in the words: the loaded parent's period counts when it is the cited document.
        child.lines[3] = "Căn cứ Kế hoạch số 228/KH-UBND của UBND tỉnh;"
        child.parentCited = citation("228/KH-UBND", nil, line: 4, kind: "Kế hoạch")
        parent.period = Period(year: 2025)
        XCTAssertEqual(try ParentCitationKind(F.params(["check": ["period"]])).check(F.context(child, parent: parent)).map(\.line), [4])
        parent.level = .national
        parent.number = "76/NQ-CP"
        XCTAssertTrue(try ParentCitationKind(F.params(["check": ["number"]])).check(F.context(child, parent: parent)).isEmpty)
    }

    // MARK: heading-numbering

    func testDuplicateSiblingNumber() throws {
        var p = F.raw(Array(repeating: "x", count: 50))
        p.headings = [Heading(kind: "roman", marker: "V.", depth: 1, text: "TỔ CHỨC", line: 10),
                      Heading(kind: "arabic", marker: "1.", depth: 2, text: "A", line: 11),
                      Heading(kind: "arabic", marker: "2.", depth: 2, text: "B", line: 20),
                      Heading(kind: "letter", marker: "a)", depth: 3, text: "b1", line: 21),
                      Heading(kind: "arabic", marker: "2.", depth: 2, text: "C", line: 30),
                      Heading(kind: "roman", marker: "VI.", depth: 1, text: "X", line: 40),
                      Heading(kind: "arabic", marker: "2.", depth: 2, text: "D", line: 41)]
        let hits = try HeadingNumberingKind(F.params([:])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [30])
        XCTAssertEqual(hits.first?.related.map(\.line), [20])
    }

    // MARK: appendix-missing

    func testMissingAppendixOncePerLabel() throws {
        var p = F.raw(Array(repeating: "x", count: 50))
        p.appendixRefs = [AppendixRef(label: "Phụ lục I", line: 7, present: false), AppendixRef(label: "Phụ lục II", line: 9, present: true),
                          AppendixRef(label: "Phụ lục I", line: 20, present: false)]
        let hits = try AppendixMissingKind(F.params([:])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [7])
        XCTAssertEqual(hits.first?.related.map(\.line), [20])
    }

    // MARK: declared-count

    func testDeclaredTaskCount() throws {
        var p = F.raw(["I. A (02 nhiệm vụ)", "1", "2", "II. B (03 nhiệm vụ)", "1", "2", "III. C (2 nhiệm vụ)", "1", "", "Nơi nhận", "x", "y", "z"])
        p.tasks = [task(2, lead: nil), task(3, lead: nil), task(5, lead: nil), task(6, lead: nil), task(8, lead: nil)]
        let k = try DeclaredCountKind(F.params(["of": ["tasks"], "pattern": ["\\(0?([0-9]+) nhiệm vụ\\)"]]))
        XCTAssertEqual(k.check(F.context(p)).map(\.line), [4, 7])
    }

    func testLastGroupAtEndOfFileIsCounted() throws {
        var p = F.raw(["I. A (03 nhiệm vụ)", "1", "2"])
        p.tasks = [task(2, lead: nil), task(3, lead: nil)]
        let k = try DeclaredCountKind(F.params(["pattern": ["\\(0?([0-9]+) nhiệm vụ\\)"]]))
        XCTAssertEqual(k.check(F.context(p)).map(\.line), [1])
    }

    func testDeclaredAreaCount() throws {
        var p = F.raw(["triển khai đầy đủ 05 lĩnh vực cải cách hành chính"])
        p.areas = ReformArea.sixAreas.enumerated().map { area($1, $0 + 2) }
        let k = try DeclaredCountKind(F.params(["of": ["areas"], "pattern": ["0?([0-9]) lĩnh vực"]]))
        let hits = k.check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [1])
        XCTAssertEqual(hits.first?.values["actual"], "6")
    }

    func testDeclaredListCount() throws {
        let p = F.raw(["Thực hiện 03 nhiệm vụ sau:", "a) Một;", "- chi tiết", "b) Hai, kéo dài", "sang dòng sau;", "3. Mục khác", "a) x", "b) y", "c) z",
                       "Gồm 02 nội dung:", "- một", "+ con", "- hai", "Đoạn mới.", "- không tính"])
        let k = try DeclaredCountKind(F.params(["of": ["items"], "pattern": ["(?:thực hiện|gồm) 0?([0-9]+) (?:nhiệm vụ|nội dung)[^:]*:"]]))
        XCTAssertEqual(k.check(F.context(p)).map(\.line), [1])
        XCTAssertEqual(k.check(F.context(p)).first?.values["actual"], "2")
    }

    // MARK: vague-task

    func testVagueTask() throws {
        var p = F.raw(Array(repeating: "x", count: 10))
        p.tasks = [task(1, lead: nil, product: "Thực hiện khi có chương trình đào tạo"), task(2, lead: nil, deadline: ""),
                   task(3, lead: nil, product: ""), task(4, lead: nil, deadline: "Thường xuyên", product: "Báo cáo kết quả")]
        let k = try VagueTaskKind(F.params(["vague-product": ["^(thực hiện\\s+)?khi\\b"]]))
        XCTAssertEqual(k.check(F.context(p)).map(\.line), [1, 2, 3])
    }

    func testTaskWithoutLeadAmongLedTasks() throws {
        var p = F.raw(Array(repeating: "x", count: 10))
        p.tasks = [task(3, lead: F.unit("Phòng Văn hóa - Xã hội", "vhxh", line: 3)), task(4, lead: nil)]
        let hits = try VagueTaskKind(F.params([:])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [4])
        XCTAssertEqual(hits.first?.values["missing"], "cơ quan chủ trì")
    }

    func testTableWithoutProductColumnGivesOneFinding() throws {
        var p = F.raw(Array(repeating: "x", count: 10))
        p.tasks = [task(3, lead: nil, product: ""), task(4, lead: nil, product: ""), task(5, lead: nil, deadline: "", product: "")]
        let hits = try VagueTaskKind(F.params([:])).check(F.context(p))
        XCTAssertEqual(hits.map(\.line), [3, 5])
        XCTAssertEqual(hits.first?.anchor, "task:table")
    }

    // MARK: late-issuance

    func testLateIssuance() throws {
        var p = F.raw(["x", "Số: 347/QĐ-UBND", "ngày 12/8/2025"])
        p.number = "347/QĐ-UBND"
        p.period = Period(year: 2025)
        p.date = "2025-08-12"
        let k = try LateIssuanceKind(F.params(["months": ["6"]]))
        XCTAssertEqual(k.check(F.context(p)).map(\.line), [2])
        p.date = "2025-01-14"
        XCTAssertTrue(k.check(F.context(p)).isEmpty)
        p.date = "2024-12-20"
        XCTAssertTrue(k.check(F.context(p)).isEmpty)
        XCTAssertThrowsError(try LateIssuanceKind(F.params(["months": ["six"]])))
    }

    func testEveryKindIsRegisteredOnce() {
        let names = RuleKinds.all.map { $0.name }
        XCTAssertEqual(Set(names).count, names.count)
        for k in RuleKinds.all { XCTAssertFalse(k.summary.isEmpty, k.name) }
    }
}

/// One regular-expression pass over a whole plan must give what matching each line alone gives.
final class LineMatchesTests: XCTestCase {
    func testJoinedMatchingEqualsLineByLine() throws {
        let lines = ["Phòng Kinh tế,", "a b Phòng Văn hóa,", "", "Trung tâm X, Trung tâm Y,", "không có gì"]
        let single = try NSRegularExpression(pattern: "(?:^|\\t)\\s*(?:Phòng|Trung tâm)[^\\t.;:]{0,60},\\s*(?=\\t|$)")
        let expected = lines.enumerated().flatMap { i, l in KindSupport.matches(single, in: l).map { "\(i):\(l[$0.range])" } }
        let got = KindSupport.lineMatches(KindSupport.multiline(single), single: single, in: lines).map { "\($0.line):\(lines[$0.line][$0.range])" }
        XCTAssertEqual(got, expected)
        XCTAssertFalse(expected.isEmpty)
    }
}
