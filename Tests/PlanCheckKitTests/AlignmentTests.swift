import XCTest
@testable import PlanCheckKit

final class AlignmentTests: XCTestCase {
    typealias F = AuditFixtures

    func row(_ a: Alignment, _ id: String) -> IndicatorRow { a.indicators.first { $0.indicator == id }! }

    func testHigherIsBetterMeetsAndBelow() {
        let a = Aligner.align(parent: F.parent(), plans: F.plans(), catalog: F.catalog())
        let r = row(a, "sat.overall")
        XCTAssertEqual(r.cells.map(\.status), [.meets, .below, .inconsistent])
        XCTAssertEqual(r.cells[1].values[0].parentTarget, 0)
    }

    func testReductionLargerIsMoreAmbitious() {
        let a = Aligner.align(parent: F.parent(), plans: F.plans(), catalog: F.catalog())
        let r = row(a, "org.staff-reduction")
        // giảm 10% meets giảm 10%; giảm 5% is below; c has none while the parent sets one for its period.
        XCTAssertEqual(r.cells.map(\.status), [.meets, .below, .missing])
        XCTAssertEqual(r.cells[2].missing, [1])
    }

    func testReductionMeetsEvenWhenIndicatorIsLowerIsBetter() {
        let parent = F.target("tthc.late", 20, line: 1, .reduce)
        XCTAssertTrue(Ambition.meets(F.target("tthc.late", 30, line: 2, .reduce), parent, higherIsBetter: false))
        XCTAssertFalse(Ambition.meets(F.target("tthc.late", 10, line: 2, .reduce), parent, higherIsBetter: false))
    }

    func testLowerIsBetterComparedTheRightWayRound() {
        let a = Aligner.align(parent: F.parent(), plans: F.plans(), catalog: F.catalog())
        let r = row(a, "tthc.late")
        XCTAssertFalse(r.higherIsBetter)
        // 1% late ≤ 2% meets; 3% late is worse than the parent's ceiling.
        XCTAssertEqual(r.cells[0].status, .meets)
        XCTAssertEqual(r.cells[1].status, .below)
        // For a ceiling the upper bound of a range counts.
        let ceiling = F.target("tthc.late", 2, line: 1, .equal)
        XCTAssertFalse(Ambition.meets(F.target("tthc.late", 1, line: 2, .range, max: 3), ceiling, higherIsBetter: false))
        XCTAssertTrue(Ambition.meets(F.target("tthc.late", 1, line: 2, .range, max: 2), ceiling, higherIsBetter: false))
    }

    func testRangeCommitsToItsLowerBoundAndStrictComparator() {
        let parent = F.target("sat.overall", 30, line: 1, .atLeast)
        XCTAssertFalse(Ambition.meets(F.target("sat.overall", 25, line: 2, .range, max: 35), parent, higherIsBetter: true))
        let above = F.target("sat.overall", 90, line: 1, .greaterThan)
        XCTAssertFalse(Ambition.meets(F.target("sat.overall", 90, line: 2, .equal), above, higherIsBetter: true))
        XCTAssertTrue(Ambition.meets(F.target("sat.overall", 90, line: 2, .greaterThan), above, higherIsBetter: true))
    }

    func testAnnualChildUsesTheYearOrTheContainingPeriod() {
        var parent = F.parent()
        parent.plan.targets = [
            F.target("sat.overall", 80, line: 1, period: Period(from: 2026, to: 2027)),
            F.target("sat.overall", 95, line: 2, period: Period(from: 2028, to: 2030)),
            F.target("sat.overall", 90, line: 3, period: Period(year: 2026)),
        ]
        parent.sources = [nil, nil, nil]
        let y2026 = F.plan("a.txt", period: Period(year: 2026), targets: [F.target("sat.overall", 85, line: 5)])
        let y2027 = F.plan("b.txt", period: Period(year: 2027), targets: [F.target("sat.overall", 85, line: 5)])
        let y2029 = F.plan("c.txt", period: Period(year: 2029), targets: [F.target("sat.overall", 85, line: 5)])
        let multi = F.plan("d.txt", period: Period(from: 2026, to: 2030), targets: [F.target("sat.overall", 95, line: 5, period: Period(year: 2030))])
        let r = row(Aligner.align(parent: parent, plans: [y2026, y2027, y2029, multi], catalog: F.catalog()), "sat.overall")
        // 2026: the parent's own 2026 figure (90) wins over the 2026-2027 phase (80).
        XCTAssertEqual(r.cells[0].values[0].parentTarget, 2)
        XCTAssertEqual(r.cells[0].status, .below)
        // 2027: inside 2026-2027.
        XCTAssertEqual(r.cells[1].values[0].parentTarget, 0)
        XCTAssertEqual(r.cells[1].status, .meets)
        // 2029: inside 2028-2030.
        XCTAssertEqual(r.cells[2].values[0].parentTarget, 1)
        XCTAssertEqual(r.cells[2].status, .below)
        // A 2030 figure of a 2026-2030 plan: the containing 2028-2030 figure.
        XCTAssertEqual(r.cells[3].values[0].parentTarget, 1)
        XCTAssertEqual(r.cells[3].status, .meets)
        // Parent figures are listed in time order (by end year): 2026, 2026-2027, 2028-2030.
        XCTAssertEqual(r.parentTargets, [2, 0, 1])
    }

    func testParentFigureForAnotherPeriodIsNotCompared() {
        var parent = F.parent()
        parent.plan.targets = [F.target("sat.overall", 95, line: 1, period: Period(year: 2030))]
        parent.sources = [nil]
        let annual = F.plan("a.txt", period: Period(year: 2026), targets: [F.target("sat.overall", 85, line: 5)])
        let other = F.plan("b.txt", period: Period(year: 2026), targets: [])
        let r = row(Aligner.align(parent: parent, plans: [annual, other], catalog: F.catalog()), "sat.overall")
        XCTAssertEqual(r.cells[0].status, .extra)
        XCTAssertNil(r.cells[0].values[0].parentTarget)
        // Not missing either: the parent's figure is for 2030, not for the plan's year.
        XCTAssertEqual(r.cells[1].status, AlignmentStatus.none)
    }

    func testInconsistentOnlyWithinOnePeriod() {
        let p = F.plan("a.txt", period: Period(from: 2026, to: 2030), targets: [
            F.target("sat.overall", 90, line: 5, period: Period(from: 2026, to: 2027)),
            F.target("sat.overall", 95, line: 6, period: Period(from: 2028, to: 2030)),
            F.target("sat.overall", 95, line: 7, period: Period(from: 2028, to: 2030)),
        ])
        let r = row(Aligner.align(parent: nil, plans: [p], catalog: F.catalog()), "sat.overall")
        XCTAssertEqual(r.cells[0].status, .extra)
        XCTAssertFalse(r.cells[0].values.contains { $0.inconsistent })
    }

    func testExtraWhenParentDoesNotSetTheIndicator() {
        let a = Aligner.align(parent: F.parent(), plans: F.plans(), catalog: F.catalog())
        let r = row(a, "dir.initiatives")
        XCTAssertEqual(r.cells.map(\.status), [AlignmentStatus.none, .extra, .extra])
    }

    func testSiblingStatisticsAndBelowMost() {
        let y = Period(year: 2026)
        let plans = [90.0, 95, 97, 80].enumerated().map { i, v in
            F.plan("p\(i).txt", period: y, targets: [F.target("sat.overall", v, line: 3)])
        }
        let r = row(Aligner.align(parent: nil, plans: plans, catalog: F.catalog()), "sat.overall")
        XCTAssertEqual(r.siblings.count, 4)
        XCTAssertEqual(r.siblings.min, 80)
        XCTAssertEqual(r.siblings.max, 97)
        XCTAssertEqual(r.siblings.median, 92.5)
        // 80 is below all three others, 90 below two of three: both below most.
        XCTAssertEqual(r.siblings.belowMost, [0, 3])
    }

    func testSiblingsOfALowerIsBetterIndicator() {
        let y = Period(year: 2026)
        let plans = [1.0, 2, 5].enumerated().map { i, v in F.plan("p\(i).txt", period: y, targets: [F.target("tthc.late", v, line: 3, .equal)]) }
        let r = row(Aligner.align(parent: nil, plans: plans, catalog: F.catalog()), "tthc.late")
        XCTAssertEqual(r.siblings.belowMost, [2])
    }

    func testResponsibilityMarks() {
        let a = Aligner.align(parent: F.parent(), plans: F.plans(), catalog: F.catalog())
        let tthc = a.responsibilities.first { $0.area == .tthc }!
        XCTAssertEqual(tthc.parentLeads.map(\.unit), ["Phòng Văn hóa - Xã hội"])
        XCTAssertEqual(tthc.cells[0].marks, [])
        XCTAssertEqual(tthc.cells[1].marks, [.twoLeads])
        XCTAssertEqual(tthc.cells[2].marks, [.nonStandard])
        let so = a.responsibilities.first { $0.area == .so }!
        XCTAssertEqual(so.cells[0].marks, [.absent])
        XCTAssertEqual(so.cells[2].marks, [.noLead])
    }

    func testTwoLeadsOfChiDaoAreNotMarked() {
        let p = F.plan("a.txt", period: Period(year: 2026), targets: [], areas: [
            AreaPresence(area: .chiDao, line: 3, isHeading: true, headingText: "Chỉ đạo",
                         leads: [F.lead("Phòng Văn hóa - Xã hội", "vhxh", line: 4), F.lead("Văn phòng HĐND và UBND", "vp", line: 5)]),
        ])
        let a = Aligner.align(parent: nil, plans: [p], catalog: F.catalog())
        XCTAssertEqual(a.responsibilities.first { $0.area == .chiDao }!.cells[0].marks, [])
    }

    func testFigureSharedByAListCountsForEveryIndicatorNamed() {
        let catalog = F.catalog()
        var p = F.plan("a.txt", period: Period(year: 2026), targets: [
            F.target("tthc.late", 2, line: 3, .equal, text: "trễ hạn không quá 2%"),
        ])
        // One figure closes a list naming two indicators: the extractor gave it to the first one only.
        p.lines[2] = "Tỷ lệ hồ sơ trễ hạn; mức độ hài lòng của người dân đạt 2%."
        var parent = F.parent()
        parent.plan.targets = [F.target("sat.overall", 90, line: 1)]
        parent.sources = [nil]
        let r = row(Aligner.align(parent: parent, plans: [p], catalog: catalog), "sat.overall")
        XCTAssertEqual(r.cells[0].status, .below)
        XCTAssertTrue(r.cells[0].values[0].shared)
        // Two figures on the line: each keeps its own indicator, nothing is shared.
        p.targets.append(F.target("dir.initiatives", 3, line: 3, unit: "count"))
        p.lines[2] = "Tỷ lệ hồ sơ trễ hạn 2%; mức độ hài lòng; 3 sáng kiến"
        let r2 = row(Aligner.align(parent: parent, plans: [p], catalog: catalog), "sat.overall")
        XCTAssertEqual(r2.cells[0].status, .missing)
    }

    func testUnmatchedTargetsListedSeparately() {
        let a = Aligner.align(parent: F.parent(), plans: F.plans(), catalog: F.catalog())
        XCTAssertEqual(a.unmatched.count, 1)
        XCTAssertEqual(a.unmatched[0].plan, 0)
        XCTAssertEqual(a.unmatched[0].target.line, 16)
        XCTAssertFalse(a.indicators.contains { $0.indicator.isEmpty })
    }
}
