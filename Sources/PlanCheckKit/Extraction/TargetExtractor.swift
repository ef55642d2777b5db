import Foundation

/// Turns the figures of a paragraph into targets: comparator, period, indicator, area, clause text.
struct TargetExtractor {
    let catalog: Catalog
    let planPeriod: Period?
    /// Figures due by a date within the plan's year (`… trước ngày 30/10/2027`), set aside: the plan keeps one
    /// only when it sets no other figure for its measure (`PlanExtractor`).
    let dueSteps = DueSteps()

    /// The figures set aside as due within the year, shared by the copies of one extractor.
    final class DueSteps: @unchecked Sendable {
        var targets: [Target] = []
    }

    /// Extracts targets from one text (a paragraph or a table cell).
    /// `rowContext` is the text of the other cells of a table row: a figure alone in a cell ("≥ 80%")
    /// takes its indicator from the row ("Tỷ lệ hồ sơ trực tuyến").
    func extract(_ t: AlignedFold, lineAt: (Int) -> Int, sectionArea: ReformArea?, subPeriod: Period?,
                 rowContext: String? = nil) -> [Target] {
        let figures = FigureScanner.scan(t)
        var out: [Target] = []
        var previousReduce: (end: Int, reduce: Bool)?
        // Where the words before a figure set aside as a result began: the next figure's subject may be there
        // ("Tỷ lệ hồ sơ … năm 2025 đạt 82%, năm 2026 … đạt 90%").
        var resultStart: Int?
        // The start of the sentence whose last figure was set aside as a past result.
        var pastResult: Int?
        // The end of the last figure read as a target: a label before a colon after it is the next one's
        // subject (figures set aside, `quý II/2026 đạt 60%`, do not stand between).
        var lastEmittedEnd = 0
        // Where each target's figure starts, for the yearly figures said respectively.
        var starts: [Int] = []
        // Where each target's figure stands, for the codes they are filed under.
        var spans: [Range<Int>] = []
        // A base read into the rise before it (`levelOverStatedBase`).
        var consumed: Int?
        for (n, figure) in figures.enumerated() where n != consumed {
            var f = figure
            var clause = clauseBounds(t, around: f)
            var beforeStart = max(clause.lowerBound, n > 0 ? resultStart ?? figures[n - 1].end : 0)
            // "… năm 2026 ước đạt 58,7%; năm 2027 đạt tối thiểu 65%": past the `;` only the year is said.
            if let r = resultStart, r < clause.lowerBound, Self.onlyStages(Folding.fold(t.text(figures[n - 1].end..<f.start))) {
                beforeStart = r
            }
            resultStart = nil
            if f.points, n + 1 < figures.count,
               let level = levelOverStatedBase(t, rise: f, base: figures[n + 1], before: t.fold(beforeStart..<f.start),
                                               clauseEnd: clause.upperBound, next: n + 2 < figures.count ? figures[n + 2].start : nil) {
                f = level
                consumed = n + 1
                // (`(năm 2026: 52,5%)`: the bracket may run past a clause cut at its colon.)
                clause = clause.lowerBound..<max(clause.upperBound, f.end)
            }
            // The figure after this one (after the base a rise has read in).
            let following = consumed == n + 1 ? n + 2 : n + 1
            var afterEnd = max(f.end, min(clause.upperBound, following < figures.count ? figures[following].start : t.count))
            // "…: tối thiểu 88%" + "(Năm 2025: tỷ lệ hồ sơ đúng hạn … đạt 98,6%)": a note of past results joined
            // after the figure says nothing of what it measures.
            if let note = pastYearBracket(t, from: f.end, to: afterEnd) { afterEnd = note }
            // "… không ít hơn 99% (theo Kế hoạch 25/KH-UBND là 98%; năm 2025 phường đạt 99,4%)": figures in a
            // bracket that gives the source are the source's or past results.
            if Self.inSourceNote(t, f) || restatesParentRoadmap(t, f) { continue }
            // The clause around the figure, folded once and read by every match below.
            let before = t.fold(beforeStart..<f.start)
            // "… thanh toán trực tuyến còn thấp, mới đạt khoảng 41%": a figure reached so far is a result;
            // so is one of a sentence about a year before the plan ("Năm 2025, … đạt 73,4%").
            if Self.reportsResult(before) || Self.isFormerFigure(before) || Self.replacedByQuote(t, f) || Self.opensOnReportOrRepeal(t, f)
                || pastYearSentence(t, f) || pastYearBefore(before) {
                resultStart = beforeStart
                // (A figure adjusted away, `điều chỉnh từ 93% lên 95%`, is followed by the one that replaces it.)
                if !before.hasSuffix("dieu chinh tu") { pastResult = t.sentenceStart(before: f.start) }
                continue
            }
            // "quý III/2025, … 99,79% hồ sơ …; 84,46% kết quả …": the sentence goes on with results.
            // Only the words since the last figure may set an aim (the wider `before` holds the past year); a
            // bracket of results closed since (`(năm 2025 đạt 47%), đạt 62%`) ends them.
            if let s = pastResult, t.sentenceStart(before: f.start) == s,
               !(n > 0 && (figures[n - 1].end..<f.start).contains { t.chars[$0] == ")" }),
               !Self.setsAnAim(n > 0 ? t.fold(max(beforeStart, figures[n - 1].end)..<f.start) : before) { resultStart = beforeStart; continue }
            // "năm 2026 đạt 97,1%, năm 2027 phấn đấu đạt tối thiểu 98,5%; 100% TTHC …": after an aim the sentence
            // sets aims, not results.
            pastResult = nil
            // "quý II/2026 đạt 60%, quý IV/2026 đạt 90%": a step within the year; the year's figure is the last.
            if Self.isInterimStep(before) || Self.opensOnFirstHalf(t, before: f.start)
                || Self.periodLabel(t, clauseStart: clause.lowerBound).map(Self.isQuarterStep) == true { resultStart = f.end; continue }
            // "phấn đấu giải ngân 60% kế hoạch vốn trước ngày 30/9/2027": a step due within the year, not its figure,
            // when the plan sets the year's figure elsewhere ("… tối thiểu 90% cán bộ … được bồi dưỡng, hoàn thành
            // trước ngày 30/10/2027" is the year's own: `dueSteps`).
            var dueStep = false
            if let y = planPeriod?.to, t.hasWordIn("ngay", f.end..<afterEnd), case let due = t.fold(f.end..<afterEnd),
               let month = Self.dueWithinYear(due, year: y) {
                resultStart = f.end
                // A figure striven for by an earlier date is a step (`phấn đấu giải ngân 60% kế hoạch vốn trước ngày
                // 30/9/2027`), unless its work is to be done by then (`hoàn thành trước ngày …`) or the date is from
                // October on; another may be the year's (`38/40 cán bộ … được bồi dưỡng … trước ngày 30/9/2027`).
                guard month >= 10 || due.contains("hoan thanh") || !before.contains("phan dau") else { continue }
                dueStep = true
            }
            // "đạt tối thiểu 95%, trong đó lĩnh vực đất đai … đạt 90%": the words after `trong đó` are the part's.
            // (Also past `mỗi năm`, `hằng năm`, `trở lên` said after the figure: "đạt tối thiểu 95% mỗi năm, trong đó …".)
            let partFollows = following < figures.count && Self.trongDo(t, startingAt: {
                var k = f.end
                while k < afterEnd, t.chars[k] == " " || t.chars[k] == "," || t.chars[k] == ";" { k += 1 }
                for words in ["moi nam", "hang nam", "tro len"] where t.hasWord(words, at: k) {
                    k += words.count
                    while k < afterEnd, t.chars[k] == " " || t.chars[k] == "," || t.chars[k] == ";" { k += 1 }
                }
                return k
            }())
            let after = partFollows ? "" : t.fold(f.end..<afterEnd)
            // "năm 2026 tăng 8% so với năm 2025, đạt 90%": the rise on the way to the figure that follows.
            if following < figures.count, Self.isRiseTowards(before: before, after: t.fold(f.end..<clause.upperBound)) {
                resultStart = beforeStart
                continue
            }
            // "Tỷ lệ …: tỉnh giao tối thiểu 99%, xã phấn đấu 99,5%": the parent's figure quoted beside the plan's.
            if following < figures.count, before.contains("giao") || before.hasSuffix("tinh"),
               Self.quotesParentBeside(before: before, between: t.fold(f.end..<figures[following].start)) {
                resultStart = beforeStart
                continue
            }
            // "Thành phố giao kiểm tra tối thiểu 30% cơ quan, đơn vị; xã thực hiện kiểm tra 100% …": a clause whose
            // subject is the parent gives the parent's figure, the commune's own follows.
            if following < figures.count, Self.parentClauseBeforeOwn(head: t.fold(clause.lowerBound..<f.start),
                                                                 between: t.text(f.end..<figures[following].start)) {
                resultStart = f.end
                continue
            }
            // "đạt 88%, tăng 2 điểm phần trăm so với năm 2027": a change in points is no level.
            if f.points { continue }
            // "Chỉ đạo, điều hành (trọng số 10%)", "(chiếm 20% tổng điểm)", "tỷ trọng 20%": a weight in the score, no target.
            if Self.isWeight(before: before, after: t.fold(f.end..<min(t.count, f.end + 16))) { resultStart = f.end; continue }
            let valueCell = rowContext != nil && Self.isValueOnly(t.fold(0..<t.count))
            var comparator = self.comparator(t, f, before: beforeStart..<f.start, after: f.end..<afterEnd)
            if comparator == .equal || comparator == .atLeast, let p = previousReduce, p.reduce, p.end >= clause.lowerBound {
                // "Cắt giảm 50% thời gian …, 50% chi phí …", "… và ít nhất 30% chi phí …": the verb carries over
                // the list (`ít nhất` is then how much is cut).
                let between = Folding.fold(t.text(p.end..<f.start)).words
                if between.count <= 14, !between.contains("dat"), !between.contains("la"),
                   comparator == .equal || between.suffix(2).elementsEqual(["it", "nhat"]) { comparator = .reduce }
            }
            // A bare level under a label that names a cut (`Biên chế … được tinh giản so với năm 2025 | Tối thiểu 5%`).
            if valueCell, comparator == .atLeast || comparator == .equal, let row = rowContext, Self.labelNamesACut(Folding.fold(row)) {
                comparator = .reduce
            }
            previousReduce = (f.end, comparator == .reduce)
            // "… giải quyết TTHC đạt tối thiểu 92%, lĩnh vực đất đai, xây dựng đạt 85%": a comma right after
            // the figure closes its item, and the words after it are about the next figure (not so the
            // comma of "100% cán bộ, công chức …", which lists the figure's subject).
            // So does one after the comparator said after the figure ("đạt 90% trở lên, về … y tế đạt 85%").
            var next = (f.end..<afterEnd).first { !t.chars[$0].properties.isWhitespace }
            if let k = next, t.hasWord("tro len", at: k) || t.hasWord("tro xuong", at: k) {
                let e = k + (t.hasWord("tro len", at: k) ? 7 : 9)
                next = (e..<afterEnd).first { !t.chars[$0].properties.isWhitespace }
            }
            let closed = next.map { t.chars[$0] == "," } ?? false
            // Another figure later in the clause: the words after a comma on the way to it may be its subject.
            let nextInClause = following < figures.count && figures[following].start < clause.upperBound
            // A value cell (`Giảm ít nhất 10% so với năm 2025`) is about its row's label: the label names the
            // indicator (a bare `giảm` in the cell would name a cut in time), else the label with the cell.
            var indicator = rowContext.flatMap { row -> String? in
                // "≥ 90%, trong đó đất đai, xây dựng, đầu tư ≥ 85%": the cell itself names the part its later
                // figure is for. The label's first words name the measure (`Mức độ hài lòng`), the part's
                // words narrow it.
                if n > 0, case let between = " " + t.fold(figures[n - 1].end..<f.start), let r = between.range(of: " trong do ", options: .backwards) {
                    let measure = Folding.fold(row).words.drop { Int($0) != nil }.prefix(4).joined(separator: " ")
                    if let part = match(before: measure + " " + between[r.upperBound...], after: "", unit: f.unit) { return part }
                }
                guard valueCell else { return nil }
                // "Mức độ hài lòng … ; trong đó lĩnh vực đất đai, xây dựng, đầu tư" over `Tối thiểu 95%` /
                // `Tối thiểu 90%`: the cell's first figure is the whole's, a later one the part's.
                var label = Folding.fold(row)
                if let r = label.range(of: " trong do ") { label = n == 0 ? String(label[..<r.lowerBound]) : String(label[r.upperBound...]) }
                return match(before: label, after: "", unit: f.unit) ?? match(before: label + " " + before, after: after, unit: f.unit)
            } ?? match(before: before, after: after, unit: f.unit, nearAfter: closed ? 0 : nil,
                       excludesBefore: { nextInClause ? (f.end..<afterEnd).first { t.chars[$0] == "," }.map {
                           catalog.abbreviations.expand(t.fold(f.end..<$0)).utf8.count } : nil })
            if indicator == nil, n > 0, let previous = out.last, previous.unit == f.unit, previous.indicator != nil,
               case let between = Folding.fold(t.text(figures[n - 1].end..<f.start)),
               figures[n - 1].end >= clause.lowerBound && (Self.onlyStages(between) || Self.onlyLevel(between))
                || t.sentenceStart(before: f.start) <= figures[n - 1].start
                    && (Self.onlyStages(between, orComparators: true) || CommuneKind.onlyNamesKind(between)
                        // "… đối với các sở, ban, ngành tỉnh đạt tối thiểu 99%; đối với UBND các xã, phường đạt …"
                        || Self.onlyLevel(between) && Self.level(in: between) != nil
                        // "Trên 95% hồ sơ công việc … trong giai đoạn 2026 - 2028; năm 2029 đạt 98%": a clause of
                        // the same sentence that only names its year goes on with the figure before.
                        || clause.lowerBound > figures[n - 1].end && Self.onlyStages(t.fold(clause.lowerBound..<f.start))) {
                // "… đến năm 2027 đạt 80%, đến năm 2030 đạt 100%": a later stage of the same indicator, also past
                // a `;` ("…; phấn đấu đến năm 2028 đạt 100%", "…; đến năm 2030: đạt tối thiểu 95%; mức độ hài lòng về …",
                // whose next clause is another indicator's);
                // "cấp thành phố đạt 100%, cấp xã đạt tối thiểu 90%": the same indicator at another level, or for
                // another kind of commune ("…; đối với các xã miền núi, xã đặc biệt khó khăn: đạt tối thiểu 50%").
                indicator = previous.indicator
            }
            if indicator == nil, before.words.count <= 8, !partFollows {
                // Nothing in the clause: an enumeration with its own semicolons may separate the figure from
                // its subject ("100% nội dung được Luật …; Nghị quyết HĐND tỉnh … quy định chi tiết"), so try
                // the rest of the sentence after the figure. Not when the words before the figure say what it
                // measures, in words the catalogue does not know ("Thời gian giải quyết nhóm thủ tục liên
                // thông … không quá 05 ngày; thời gian … hộ kinh doanh …" is not about the next clause's subject).
                let sentenceEnd = t.sentenceEnd(after: f.end)
                var nextFigure = following < figures.count ? figures[following].start : t.count
                if let note = pastYearBracket(t, from: f.end, to: min(sentenceEnd, nextFigure)) { nextFigure = note }
                indicator = match(before: before, after: t.fold(f.end..<min(sentenceEnd, nextFigure)), unit: f.unit)
            }
            // "- Tỷ lệ hồ sơ giải quyết đúng hạn: 98%;": the subject is the label before the colon.
            let label = colonLabel(t, clauseStart: clause.lowerBound, figureStart: f.start, notBefore: lastEmittedEnd, wordsFrom: beforeStart)
            if indicator == nil, let label {
                indicator = match(before: t.fold(label) + " " + before, after: after, unit: f.unit)
            } else if let label, before.contains("giao"), Self.namesParentFigure(before.words),
                      let id = match(before: t.fold(label) + " " + before, after: after, unit: f.unit) {
                // "Giảm số lượng văn bản …: tỉnh giao giảm 15%, xã phấn đấu giảm 20%": the words before the figure only
                // set it against the parent's (a bare `giảm` there would name a cut in time); the label names it.
                indicator = id
            }
            // "Tỷ lệ thanh toán trực tuyến: 6 tháng đầu năm đạt 55%; cả năm đạt từ 70% trở lên": the year's figure
            // after a step set aside is about the label before the sentence's colon.
            if indicator == nil, label == nil, Self.namesYearEndOnly(before) {
                let sentenceStart = t.sentenceStart(before: f.start)
                if let colon = (sentenceStart..<clause.lowerBound).last(where: { t.chars[$0] == ":" }) {
                    var s = colon
                    while s > sentenceStart, t.chars[s - 1] != ";" { s -= 1 }
                    indicator = match(before: t.fold(s..<colon) + " " + before, after: after, unit: f.unit)
                }
            }
            // "Tỷ lệ tối thiểu hồ sơ TTHC được giải quyết đúng hạn: 98%": the label says how the figure binds.
            if comparator == .equal, let label, before.isEmpty {
                let named = " " + t.fold(label) + " "
                if named.contains(" toi thieu ") { comparator = .atLeast } else if named.contains(" toi da ") { comparator = .atMost }
            }
            // "- Số đơn vị sự nghiệp công lập … giảm so với năm 2025: tối thiểu 10%": the label names a cut.
            if let label, comparator == .atLeast || comparator == .equal, Self.isValueOnly(before), Self.labelNamesACut(t.fold(label)) {
                comparator = .reduce
            }
            if comparator == .reduce, n > 0, let previous = out.last, previous.comparator == .reduce, previous.unit == f.unit,
               previous.indicator != nil, t.sentenceStart(before: f.start) <= figures[n - 1].start,
               Self.onlyStagedCut(t.fold(clause.lowerBound..<f.start)) {
                // "giảm tối thiểu 5% biên chế … so với năm 2025; đến năm 2030 giảm tối thiểu 10%": a later stage
                // of the same cut in the same sentence, whatever a bare `giảm` would match on its own.
                indicator = previous.indicator
            }
            if indicator == nil, Self.trongDo(t, endingAt: clause.lowerBound) {
                // "Tỷ lệ hài lòng … đạt trên 95%, trong đó lĩnh vực đất đai đạt trên 90%": the part is read
                // with the head of the whole before "trong đó" (its first words say what is measured).
                let whole = t.fold(t.sentenceStart(before: f.start)..<clause.lowerBound).words
                let head = whole.drop { $0 == "-" || $0 == "+" }.prefix(5).joined(separator: " ")
                indicator = match(before: head + " " + before, after: after, unit: f.unit)
            }
            if indicator == nil, f.unit == "days", n > 0, before.hasPrefix("thoi gian"), clause.lowerBound >= figures[n - 1].end,
               t.sentenceStart(before: f.start) <= figures[n - 1].start {
                // "100% phản ánh, kiến nghị … được xử lý đúng hạn; thời gian xử lý không quá 05 ngày làm việc": a time
                // limit whose clause names only the handling is about the subject of the clause before it.
                indicator = match(before: t.fold(t.sentenceStart(before: f.start)..<clause.lowerBound) + " " + before, after: after, unit: f.unit)
            }
            if indicator == nil, let row = rowContext {
                indicator = match(before: [Folding.fold(row), before].filter { !$0.isEmpty }.joined(separator: " "), after: after, unit: f.unit)
            }
            if let first = firstParallelClause(t, clauseStart: clause.lowerBound, figures: figures),
               let id = match(before: t.fold(first), after: "", unit: f.unit) {
                // "Mức độ hài lòng về A; mức độ hài lòng về B; … đạt 90%": one figure for a list of parallel
                // clauses is filed under the first of them.
                indicator = id
            }
            var explicit = explicitPeriod(t, f, previousEnd: n > 0 ? figures[n - 1].end : nil)
            // "Giai đoạn 2028 - 2030: đạt tối thiểu 95%, trong đó lĩnh vực đất đai … đạt tối thiểu 90%": a part
            // without a year of its own is for the whole's.
            if explicit == nil, n > 0, let whole = out.last, whole.line == lineAt(figures[n - 1].start),
               (figures[n - 1].end..<f.start).contains(where: { Self.trongDo(t, startingAt: $0) }) {
                explicit = whole.period
            }
            var period = explicit ?? subPeriod ?? planPeriod
            // "… điều chỉnh từ 95% xuống 90% kể từ năm 2028": from that year to the end of the plan, each year.
            let from = Self.fromYear(after, within: planPeriod)
            if let y = from, let pp = planPeriod { period = Period(from: y, to: pp.to) }
            // "Từ năm 2026 đến hết năm 2030, 100% …", "năm 2026 và năm 2027 tối thiểu 30%": each of those years.
            let spanRange = max(clause.lowerBound, n > 0 ? figures[n - 1].end : 0)..<f.start
            let span = planPeriod.map { !$0.isSingleYear } == true && t.hasWordIn("nam", spanRange)
                ? Self.eachYearSpan(t.fold(spanRange)) : nil
            if let sp = span, let pp = planPeriod, pp.from <= sp.from, sp.to <= pp.to { period = sp }
            let target = Target(line: lineAt(f.start), value: f.value, valueMax: f.valueMax, unit: f.unit,
                              comparator: comparator, period: period,
                              area: indicator.flatMap { catalog.indicators.indicator($0)?.area } ?? sectionArea,
                              indicator: indicator,
                              text: label.map { t.text($0.lowerBound..<clause.upperBound) }?.trimmedWhitespace ?? t.text(clause).trimmedWhitespace,
                              figure: t.text(f.start..<f.end),
                              forLevel: f.unit == "rank" ? Self.rankedAmong(after)
                                  // "cấp thành phố đạt 100%, cấp xã đạt 90%": after a closing comma the level
                                  // named is the next figure's.
                                  : closed ? Self.level(in: before) : Self.level(in: bracketAfter(t, f) ?? after) ?? Self.level(in: before))
            if dueStep { dueSteps.targets.append(target); continue }
            lastEmittedEnd = f.end
            starts.append(f.start)
            spans.append(f.start..<f.end)
            out.append(target)
            // Only a plan of several years sets figures for each of them (an annual plan's year is its period).
            // "Đối với các phường và xã đồng bằng: … 70%; đối với các xã miền núi …: đạt tối thiểu 50%": the kind
            // of commune named in the sentence before the figure, since the previous figure.
            out[out.count - 1].forKind = CommuneKind.named(t, in: max(t.sentenceStart(before: f.start), n > 0 ? figures[n - 1].end : 0)..<f.start)
                ?? CommuneKind.bracketed(t, figureStart: f.start, end: f.end) ?? CommuneKind.labelled(t, figureStart: f.start)
            // Said before the figure, or in its clause after it ("đạt từ 98% trở lên, duy trì hằng năm").
            if from != nil || span != nil && period == span { out[out.count - 1].everyYear = true }
            if explicit == nil, subPeriod == nil || subPeriod == planPeriod, let pp = planPeriod, !pp.isSingleYear, Self.saysEveryYear(t.fold(t.sentenceStart(before: f.start)..<f.start), from: planPeriod)
                || Self.saysEveryYear(after, from: nil)
                || rowContext.map({ Self.saysEveryYear(Folding.fold($0), from: planPeriod) }) == true {
                out[out.count - 1].everyYear = true
            }
        }
        // "… lần lượt các năm 2026, 2027, 2028 đạt 70%, 75% và 80%": a byte test rules out most paragraphs.
        if out.count >= 2, t.folded.count > 40, t.folded.withUnsafeBufferPointer({ hay in
            Self.lanLuot.withUnsafeBufferPointer { ByteSearch.find($0, in: hay) != nil } }) {
            RespectiveYears.apply(t, starts: starts, to: &out)
            RespectiveIndicators.apply(t, starts: starts, extractor: self, to: &out)
        }
        TargetCodes.apply(t, figures: spans, rowContext: rowContext, to: &out)
        return out
    }

    static let lanLuot = Array("lan luot".utf8)

    /// Where a bracket opening on a year before the plan's period (`(Năm 2025: …`) starts between `from` and
    /// `to`, else nil.
    func pastYearBracket(_ t: AlignedFold, from: Int, to: Int) -> Int? {
        guard let start = planPeriod?.from else { return nil }
        var k = from
        while k < to, t.folded[k] != 0x28 { k += 1 }  // (
        guard k < to, Self.opensOnPastYear(t, bracketAt: k, end: min(to, k + 12), before: start) else { return nil }
        return k
    }

    /// Whether the bracket at `k` opens on `năm` and a year before `year` (read up to `end`).
    static func opensOnPastYear(_ t: AlignedFold, bracketAt k: Int, end: Int, before year: Int) -> Bool {
        var words = t.fold((k + 1)..<end).words[...]
        // `(Kết quả năm 2025: …`, `(Kết quả thực hiện năm 2025: …`, `(Ước thực hiện năm 2025: …`
        if words.starts(with: ["ket", "qua"]) { words = words.dropFirst(2) }
        // `(chỉ tiêu năm 2026 là 55%, …`: the past year's target.
        if words.starts(with: ["chi", "tieu"]) { words = words.dropFirst(2) }
        if words.starts(with: ["uoc"]) { words = words.dropFirst() }
        if words.starts(with: ["thuc", "hien"]) { words = words.dropFirst(2) }
        return words.count > 1 && words.first == "nam" && Int(words[words.startIndex + 1]).map { (1990..<year).contains($0) } == true
    }

    /// Whether folded text says `hằng năm` / `hàng năm` / `mỗi năm`, or `từ năm 2026` for the first year of
    /// the plan's period: a figure for every year.
    static func saysEveryYear(_ folded: String, from period: Period?) -> Bool {
        let f = " " + folded + " "
        return f.contains(" hang nam ") || f.contains(" moi nam ") || period.map { f.contains(" tu nam \($0.from) ") } == true
    }

    /// Whether the figure's sentence opens on a year before the plan's period (`Năm 2025, …`, `Trong 6 tháng
    /// cuối năm 2025, …`) and sets nothing to reach (`phấn đấu`, `đến năm`).
    func pastYearSentence(_ t: AlignedFold, _ f: Figure) -> Bool {
        guard let from = planPeriod?.from else { return false }
        // "… so với năm 2025 (năm 2025 xã đạt 84,12 điểm, tỷ lệ hồ sơ đúng hạn 97,9%)": a bracket that opens
        // on a past year holds results.
        var k = f.start - 1
        while k >= 0, k > f.start - 120, t.folded[k] != 0x28, t.folded[k] != 0x29 { k -= 1 }  // ( )
        if k >= 0, k > f.start - 120, t.folded[k] == 0x28, Self.opensOnPastYear(t, bracketAt: k, end: f.start, before: from) { return true }
        let s = t.sentenceStart(before: f.start)
        // Folded text is its words joined by single spaces.
        let text = t.fold(s..<f.start)
        let words = text.words
        guard let k = words.prefix(8).firstIndex(of: "nam"), k + 1 < words.count, let y = Int(words[k + 1]),
              (1990..<from).contains(y) else { return s > 0 && pastYearParagraph(t, f, from: from) }
        // "Giữ như năm 2025 (98%)", "bằng mức năm 2025": the past year's level kept, an aim.
        if k > words.startIndex, ["nhu", "bang", "muc"].contains(words[k - 1]) { return false }
        return !["phan dau", "den nam", "muc tieu", "ke hoach", "so voi"].contains { text.contains($0) }
    }

    /// Whether the figure closes a quotation that an amendment replaces (`Sửa đổi điểm b như sau: "… đạt tối
    /// thiểu 97%" thành "… đạt tối thiểu 98,5%"`): the old figure, not a target.
    static func replacedByQuote(_ t: AlignedFold, _ f: Figure) -> Bool {
        var k = f.end
        while k < t.count, t.chars[k] == " " || t.chars[k] == "." { k += 1 }
        guard k < t.count, t.chars[k] == "\"" || t.chars[k] == "”" || t.chars[k] == "'" else { return false }
        return t.hasWord("thanh", at: DateParsing.skipSpaces(t, k + 1))
    }

    /// Whether the figure's sentence opens on a report (`Theo Báo cáo số 97/BC-UBND …, tỷ lệ … đạt 98,2%`: what
    /// was reached) or on a repeal (`Bãi bỏ điểm k (“Tỷ lệ … đạt tối thiểu 90%”)`: a target no longer set).
    static func opensOnReportOrRepeal(_ t: AlignedFold, _ f: Figure) -> Bool {
        let s = t.sentenceStart(before: f.start)
        let head = t.fold(s..<min(f.start, s + 32)).words.drop { $0.count <= 3 && ($0.first?.isNumber == true || $0.count == 1) }
        return head.starts(with: ["theo", "bao", "cao"]) || head.starts(with: ["bai", "bo"])
    }

    /// Whether the paragraph opens on a year before the plan's (`Năm 2026, … đạt nhiều kết quả tích cực. Trung
    /// tâm … tiếp nhận …, tỷ lệ … đạt 98,6%`) and nothing up to the figure names a later year or an aim: every
    /// sentence of it tells that year's results.
    func pastYearParagraph(_ t: AlignedFold, _ f: Figure, from: Int) -> Bool {
        // The opening words first (a few dozen bytes): most paragraphs are ruled out before the long fold.
        let head = t.fold(0..<min(t.count, 40)).words.prefix(6)
        guard let k = head.firstIndex(of: "nam"), k + 1 < head.endIndex, let y = Int(head[k + 1]), (1990..<from).contains(y),
              head[..<k].allSatisfy({ $0 == "trong" || $0 == "ket" || $0 == "qua" }) else { return false }
        let text = t.fold(0..<f.start)
        guard !["phan dau", "den nam", "muc tieu", "ke hoach", "so voi", "chi tieu"].contains(where: { text.contains($0) }) else { return false }
        return !text.words.contains { w in w.count == 4 && Int(w).map { $0 >= from && $0 <= 2100 } == true }
    }

    /// The level of the units a ranking is among (`nhóm 10 tỉnh, thành phố dẫn đầu` → `tinh`, `nhóm 30 xã,
    /// phường …` or `… đơn vị cấp xã …` → `xa`): a province's place among provinces is not a commune's
    /// among communes. Nil when the words after the figure name neither (the plan's own level then).
    static func rankedAmong(_ after: String) -> String? {
        let f = " " + after.words.prefix(6).joined(separator: " ") + " "
        if f.contains(" xa ") || f.contains(" phuong ") || f.contains(" cap xa ") { return "xa" }
        if f.contains(" tinh ") || f.contains(" thanh pho ") { return "tinh" }
        return nil
    }

    /// The level of government a figure's words name (`tại cấp tỉnh`, `cấp huyện`, `cấp xã`, `tại các sở, ban,
    /// ngành`), folded text.
    static func level(in folded: String) -> String? {
        guard folded.contains("cap ") || folded.contains("so ban nganh") || folded.contains("cac xa phuong") || folded.contains("moi xa phuong")
        else { return nil }
        let f = " " + folded + " "
        // "… tại các sở, ban, ngành đạt tối thiểu 85%": the province's departments; "đối với các sở, ban, ngành
        // tỉnh đạt …; đối với UBND các xã, phường đạt …": the departments, then the communes.
        for (words, level) in [(" cap tinh ", "tinh"), (" cap thanh pho ", "tinh"), (" cap tp ", "tinh"), (" cap huyen ", "huyen"), (" cap xa ", "xa"),
                               (" tai cac so ban nganh ", "tinh"), (" doi voi cac so ban nganh ", "tinh"), (" doi voi ubnd cac xa phuong ", "xa"),
                               (" doi voi cac xa phuong ", "xa"),
                               // "Chỉ số CCHC của Ủy ban nhân dân các xã, phường đạt tối thiểu 80 điểm", "… của mỗi xã, phường …"
                               (" cua uy ban nhan dan cac xa phuong ", "xa"), (" cua ubnd cac xa phuong ", "xa"), (" cua moi xa phuong ", "xa"),
                               (" cua cac xa phuong ", "xa")]
        where f.contains(words) {
            // "100% (16/16 cơ quan cấp tỉnh; 129/129 xã, phường)": a count at each level is for both.
            if level == "tinh", f.contains(" xa ") || f.contains(" phuong ") { return nil }
            return level
        }
        return nil
    }

    /// Whether a folded table cell holds only a figure and the words around one (`giảm ít nhất 10% so với
    /// năm 2025`, `tối thiểu 95%`): nothing that says what is measured.
    static func isValueOnly(_ folded: String) -> Bool {
        let words = folded.words
        return words.count <= 12 && words.allSatisfy { w in valueWords.contains(w) || w.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "%" } }
    }
    static let valueWords: Set<Substring> = ["giam", "cat", "tang", "it", "nhat", "toi", "thieu", "da", "so", "voi", "nam", "dat",
                                            "tren", "duoi", "tro", "len", "xuong", "binh", "quan", "moi", "khong", "qua", "hon",
                                            "tu", "den", "giai", "doan", "muc", "con",
                                            // `Phấn đấu đạt và vượt chỉ tiêu tỉnh giao (≥ 70%)`, `Đạt 100% như chỉ tiêu tỉnh giao`
                                            "phan", "dau", "va", "vuot", "nhu", "chi", "tieu", "tinh", "giao"]

    /// The folded text of a bracket right after a figure, to its closing bracket even past a `;` that ends
    /// the clause (`100% (16/16 cơ quan cấp tỉnh; 129/129 xã, phường)`), else nil.
    func bracketAfter(_ t: AlignedFold, _ f: Figure) -> String? {
        var k = f.end
        while k < t.count, t.chars[k] == " " { k += 1 }
        guard k < t.count, t.chars[k] == "(" else { return nil }
        var e = k + 1
        while e < t.count, e - k < 200, t.chars[e] != ")" { e += 1 }
        return e < t.count && t.chars[e] == ")" ? t.fold((k + 1)..<e) : nil
    }

    /// Whether the folded words right before a figure give a year before the plan's period and `đạt`
    /// (`năm 2025 đạt 82%`): a result reported beside the target.
    func pastYearBefore(_ before: String) -> Bool {
        guard let from = planPeriod?.from else { return false }
        if opensOnPastPeriod(before, before: from) { return true }
        let all = before.words
        let words = all.suffix(4)
        guard words.last == "dat" || words.last == "con" else { return false }
        if words.count >= 3, words.last == "dat", case let tail = Array(words.suffix(3)), tail[0] == "nam",
           let y = Int(tail[1]), (1990..<from).contains(y) {
            // "… tăng 8% so với năm 2025, đạt 90%": the past year is the base of a rise, not the figure's year.
            return words.count < 4 || words.first != "voi"
        }
        // "…, riêng năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 64,2%": a past year, then the measure and
        // `đạt` / `còn`, within a dozen words, and no aim or deadline between.
        let recent = all.suffix(14)
        guard let k = recent.lastIndex(of: "nam"), k + 1 < recent.endIndex, let y = Int(recent[k + 1]), (1990..<from).contains(y),
              k == recent.startIndex || recent[k - 1] != "voi" else { return false }
        // (Another figure between, `(năm 2025 đạt 47%), đạt 62%`, was that year's; this one is not.)
        return !recent[k...].contains { ["den", "phan", "muc", "ke", "toi", "it"].contains($0) }
            && !recent[(k + 2)...].contains { $0.first?.isNumber == true }
    }

    /// Whether the clause before a figure opens on a time before the plan's (`quý III/2025, đặc khu tiếp nhận
    /// …`, `6 tháng đầu năm 2025, …`, `…; năm 2025 tỷ lệ hồ sơ … đạt`): what follows is a result. Folded
    /// words; a clause that names a deadline or an aim (`đến năm`, `phấn đấu`) is not.
    func opensOnPastPeriod(_ before: String, before from: Int) -> Bool {
        // The first six words are in the first 48 bytes of folded text: most clauses are ruled out there.
        let head = String(decoding: before.utf8.prefix(48), as: UTF8.self).words.prefix(6)
        guard let k = head.firstIndex(where: { $0.count == 4 && Int($0).map { (1990..<from).contains($0) } == true }),
              k > 0, head[..<k].allSatisfy({ Self.pastPeriodWords.contains(String($0)) || Int($0) != nil }),
              head[..<k].contains(where: { $0 == "quy" || $0 == "thang" }) || k == 1 && head[0] == "nam" else { return false }
        let words = before.words
        return !words.contains("phan") && !words.contains("den")
    }

    /// Whether an annual plan's sentence restates its parent's roadmap (`Theo lộ trình tỉnh giao, đến năm
    /// 2030 tỷ lệ hồ sơ trực tuyến tối thiểu 90%, …`): the parent's figures for later years, not the plan's.
    func restatesParentRoadmap(_ t: AlignedFold, _ f: Figure) -> Bool {
        guard planPeriod?.isSingleYear == true else { return false }
        // The sentence's first word, past a marker, must be `theo`: read on the aligned fold before any text is made.
        var s = t.sentenceStart(before: f.start)
        while s < f.start, !t.isLetter(s) { s += 1 }
        guard t.hasWord("theo lo trinh", at: s) else { return false }
        let head = t.fold(s..<min(t.count, s + 60)).words.prefix(8).joined(separator: " ")
        return head.hasPrefix("theo lo trinh") && (head.contains("tinh giao") || head.contains("thanh pho giao") || head.contains("cua tinh"))
    }

    /// Whether the figure lies in a bracket that opens on `theo` (`(theo Nghị quyết số 76/NQ-CP; năm 2025 đạt
    /// 89,6%)`, `(theo kết quả khảo sát năm 2025 …)`) or on the parent's figure (`(Thành phố giao 60%; …)`,
    /// `(chỉ tiêu Thành phố: 100%)`), within 200 characters of it.
    static func inSourceNote(_ t: AlignedFold, _ f: Figure) -> Bool {
        var k = f.start - 1
        let limit = max(0, f.start - 200)
        while k >= limit, t.folded[k] != 0x28, t.folded[k] != 0x29 { k -= 1 }  // ( )
        guard k >= limit, t.folded[k] == 0x28 else { return false }
        var j = DateParsing.skipSpaces(t, k + 1)
        // (`(mức tỉnh giao: ≥ 95%)`: the parent's level.)
        if t.hasWord("muc", at: j), t.hasWord("thanh pho giao", at: DateParsing.skipSpaces(t, j + 3)) || t.hasWord("tinh giao", at: DateParsing.skipSpaces(t, j + 3)) {
            return true
        }
        if t.hasWord("theo", at: j) || t.hasWord("thanh pho giao", at: j) || t.hasWord("tinh giao", at: j) { return true }
        // `(chỉ tiêu Thành phố: 99%)`, `(chỉ tiêu của tỉnh giao cấp xã: 95%)`: the parent's figure beside the plan's.
        guard t.hasWord("chi tieu", at: j) else { return false }
        j = DateParsing.skipSpaces(t, j + 8)
        if t.hasWord("cua", at: j) { j = DateParsing.skipSpaces(t, j + 3) }
        guard let level = ["thanh pho", "tinh"].first(where: { t.hasWord($0, at: j) }) else { return false }
        // (`(chỉ tiêu tính trên tổng số hồ sơ: …)` folds alike: the level's word is followed by a colon or `giao`.)
        j = DateParsing.skipSpaces(t, j + level.utf8.count)
        return j < t.count && t.chars[j] == ":" || t.hasWord("giao", at: j) || t.hasWord("la", at: j)
    }

    /// Whether a folded row label names a cut (`giảm so với`, `được tinh giản`, `cắt giảm`), not a level it
    /// falls to (`giảm còn`).
    static func labelNamesACut(_ label: String) -> Bool {
        let f = " " + label + " "
        return (f.contains(" giam ") || f.contains(" tinh gian ")) && !f.contains(" giam con ") && !f.contains(" xuong con ")
    }

    /// Whether folded words before a figure set an aim (`phấn đấu`, `đến năm`, `tối thiểu`, a year `năm 20…`)
    /// rather than go on telling the results of the sentence's past period (a past year there is caught
    /// before, by `pastYearBefore`).
    static func setsAnAim(_ before: String) -> Bool {
        let f = " " + before + " "
        return [" phan dau ", " den nam ", " muc tieu ", " toi thieu ", " it nhat ", " ke hoach ", " nam 20"].contains { f.contains($0) }
    }

    /// Whether folded words before a figure name only the year's end and how the figure binds (`cả năm đạt
    /// từ`, `đến 31/12/2027 đạt tối thiểu`, `hết năm đạt`): no subject of their own.
    static func namesYearEndOnly(_ before: String) -> Bool {
        let w = before.words
        guard let first = w.first, ["ca", "den", "het", "cuoi"].contains(first) else { return false }
        return w.allSatisfy { yearEndWords.contains($0) || comparatorWords.contains($0) || $0.allSatisfy { $0.isNumber || $0 == "/" } }
    }
    static let yearEndWords: Set<Substring> = ["ca", "nam", "den", "het", "cuoi", "ngay", "dat", "phan", "dau", "muc", "tu", "thieu", "tren",
                                               "hon", "thap", "bang"]

    /// Whether folded words before a figure name a step within a year (`quý II/2026 đạt`, `6 tháng đầu năm
    /// 2026 đạt tối thiểu`, `đến ngày 30/6/2027 đạt`), not its end (`quý IV/2026`, `cả năm`, `đến 31/12/2027`).
    static func isInterimStep(_ before: String) -> Bool {
        // The last eight words are in the last 56 bytes of folded text; most have no `q` (quý), no `6` and no
        // `den` there.
        let tail = before.utf8.suffix(56)
        let text = String(decoding: tail, as: UTF8.self)
        guard tail.contains(UInt8(ascii: "q")) || tail.contains(UInt8(ascii: "6")) || text.contains("den ") else { return false }
        let words = text.words.suffix(8)
        if let k = words.lastIndex(of: "quy"), k + 1 < words.endIndex { return ["i", "ii", "iii"].contains(words[k + 1]) }
        if words.joined(separator: " ").contains("6 thang dau nam") { return true }
        // "đến (ngày) 30/6/2027 đạt tối thiểu 80%, đến 31/12/2027 …": a checkpoint before the year's end.
        if let k = words.lastIndex(of: "den") {
            var rest = words[(k + 1)...]
            if rest.first == "ngay" { rest = rest.dropFirst() }
            guard let (d, m, _) = foldedDate(rest) else { return false }
            return (1...31).contains(d) && !(d == 31 && m == 12)
        }
        return false
    }

    /// Whether a figure's sentence (folded, up to the figure) opens on the first half of the year and does not
    /// turn to the whole year before the figure: `Ghi chú: 6 tháng đầu năm 2027, xã phấn đấu tỷ lệ hồ sơ trực
    /// tuyến (CT06) đạt 70% …`, a step towards the year's figure set elsewhere.
    static func opensOnFirstHalf(_ t: AlignedFold, before figure: Int) -> Bool {
        let s = t.sentenceStart(before: figure)
        // (A byte search on the folded sentence before it is made into text: most have no `6 thang`.)
        guard figure - s > 20, t.folded[s..<figure].withUnsafeBufferPointer({ hay in
            Self.sixMonths.withUnsafeBufferPointer { ByteSearch.find($0, in: hay) != nil } }) else { return false }
        return opensOnFirstHalf(t.fold(s..<figure))
    }

    static let sixMonths = Array("6 thang".utf8)

    static func opensOnFirstHalf(_ sentence: String) -> Bool {
        guard sentence.utf8.count > 20, sentence.contains("6 thang dau nam") else { return false }
        var words = sentence.words[...]
        if words.starts(with: ["ghi", "chu"]) { words = words.dropFirst(2) }
        guard words.prefix(6).joined(separator: " ").contains("6 thang dau nam") else { return false }
        let rest = words.joined(separator: " ")
        return !rest.contains("ca nam") && !rest.contains("het nam") && !rest.contains("31 12")
    }

    /// The day, month and year of a date opening folded words (`30/6/2027`, or `30 6 2027` when the slashes
    /// were folded to spaces), the month checked; nil for other words.
    static func foldedDate(_ words: ArraySlice<Substring>) -> (day: Int, month: Int, year: Int)? {
        guard let first = words.first else { return nil }
        var parts = first.split(separator: "/").compactMap { Int($0) }
        if parts.count == 1 { parts = words.prefix(3).compactMap { Int($0) } }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// The years the folded words before a figure say it holds each of: `từ năm 2026 đến (hết) năm 2030`,
    /// `năm 2026 và năm 2027`; nil for other words.
    static func eachYearSpan(_ before: String) -> Period? {
        guard before.contains("nam 20") else { return nil }
        let w = Array(before.words)
        for k in w.indices where w[k] == "nam" && k + 1 < w.count {
            guard let y0 = Int(w[k + 1]), (2000...2100).contains(y0) else { continue }
            var j = k + 2
            let ranged = k > 0 && w[k - 1] == "tu"
            if ranged, j < w.count, w[j] == "den" { j += 1; if j < w.count, w[j] == "het" || w[j] == "cuoi" { j += 1 } }
            else if !ranged, j < w.count, w[j] == "va" { j += 1 } else { continue }
            guard j + 1 < w.count, w[j] == "nam", let y1 = Int(w[j + 1]), y0 < y1, y1 <= 2100 else { continue }
            return Period(from: y0, to: y1)
        }
        return nil
    }

    /// The year of `kể từ năm 2028` in the words after a figure, when it lies within a plan of several years
    /// after its first: the figure holds from then on. (A bare `từ năm 2027` after a figure leads the next one:
    /// `năm 2026 đạt 95%, từ năm 2027 đạt 100%`.)
    static func fromYear(_ after: String, within plan: Period?) -> Int? {
        guard let plan, !plan.isSingleYear, after.contains("ke tu nam ") else { return nil }
        let words = after.words.prefix(6)
        guard let k = words.firstIndex(of: "ke"), k + 3 < words.endIndex, words[k + 1] == "tu", words[k + 2] == "nam",
              let y = Int(words[k + 3]), plan.from < y, y <= plan.to else { return nil }
        return y
    }

    /// Whether the figure is a weight in a score: after `trọng số` or `tỷ trọng`, or `chiếm …% tổng điểm`.
    static func isWeight(before: String, after: String) -> Bool {
        before.hasSuffix("trong so") || before.hasSuffix("ty trong") || before.hasSuffix("chiem") && after.trimmedWhitespace.hasPrefix("tong diem")
    }

    /// The month of a date from mid-year to before the end of `year` that folded words after a figure set it
    /// (`… trước ngày 30/9/2027`, `đến ngày 30/6/2027`): a step on the way to the year's figure, or the figure's
    /// own deadline (`dueSteps`); nil for none.
    static func dueWithinYear(_ after: String, year: Int) -> Int? {
        guard after.contains("ngay ") else { return nil }
        let words = after.words
        for k in words.indices.dropLast() where words[k] == "ngay" && k > words.startIndex
            && ["truoc", "den"].contains(words[words.index(before: k)]) {
            // A checkpoint from mid-year on (`30/9`) is a step towards the year's rate; an early deadline
            // (`trước ngày 31/01/2026`) closes a task done once, whose figure is the target itself.
            guard let (d, m, y) = foldedDate(words[(k + 1)...]), y == year, (6...12).contains(m) else { continue }
            return d == 31 && m == 12 ? nil : m
        }
        return nil
    }

    /// Words of a past quarter or month (`quý III/2025`, `6 tháng đầu năm 2025`, `trong tháng 11/2025`).
    static let pastPeriodWords: Set<String> = ["quy", "i", "ii", "iii", "iv", "thang", "dau", "cuoi", "nam", "trong", "cua"]

    /// Whether a figure is a rise against a past year or the parent's figure that leads to the next figure
    /// (`tăng 8% so với năm 2025, đạt 90%`, `cao hơn 2% so với chỉ tiêu Thành phố giao, đạt 97%`): folded
    /// words before it end in `tăng` or `cao hơn`, and the rest of its clause runs from `so với` to a later `đạt`.
    static func isRiseTowards(before: String, after: String) -> Bool {
        var words = before.words
        // "tăng ít nhất 5 điểm phần trăm so với năm 2027, đạt 85%"
        while let w = words.last, Self.riseModifiers.contains(String(w)) { words.removeLast() }
        // "cao hơn chỉ tiêu tỉnh giao 10% (đạt 40%)", "thấp hơn mức tỉnh giao 2% (không quá 3%)": the gap to
        // the parent's figure; the plan's own stands in the bracket.
        if words.last == "giao", Self.namesParentFigure(words), words.suffix(7).contains("hon"),
           after.hasPrefix("dat ") || after.hasPrefix("khong qua ") || after.hasPrefix("toi da ") { return true }
        guard words.last == "tang" || words.suffix(2) == ["cao", "hon"] else { return false }
        // (Not a result said after the base: `tăng ít nhất 5% so với năm 2026 (năm 2026 ước đạt 68,4%)`.)
        let rest = after.words
        guard after.hasPrefix("so voi"), let k = rest.firstIndex(of: "dat") else { return false }
        return k == rest.startIndex || !["uoc", "da"].contains(rest[rest.index(before: k)])
    }

    /// Whether a figure is the parent's, quoted right before the plan's own (`tỉnh giao tối thiểu 99%, xã phấn
    /// đấu 99,5%`, `Tỉnh giao 93%, phường đăng ký 95%`): folded words before it end in `tỉnh giao` and a
    /// comparator, and those up to the next figure only name the commune's aim.
    static func quotesParentBeside(before: String, between: String) -> Bool {
        // "Tỷ lệ hồ sơ …: tỉnh 98%, phường 99%": the province's figure named by `tỉnh` alone (not `cấp tỉnh`,
        // a level the parent sets a figure for), then the commune's.
        if before.hasSuffix("tinh") {
            let words = before.words
            let next = between.words
            return (words.count == 1 || !["cap", "cua", "toan", "ubnd"].contains(words[words.count - 2]))
                && (next.contains("phuong") || next.contains("xa")) && next.count <= 4
                && next.allSatisfy { ["phuong", "xa", "dat", "toi", "thieu", "dang", "ky", "phan", "dau", "diem"].contains($0) }
        }
        guard before.hasSuffix("giao") || before.contains("giao ") else { return false }
        var words = before.words
        while let w = words.last, ["toi", "thieu", "giam", "tren", "dat", "it", "nhat", "khong", "qua", "muc"].contains(w) { words.removeLast() }
        guard words.last == "giao", let k = words.index(words.endIndex, offsetBy: -2, limitedBy: words.startIndex),
              ["tinh", "pho", "tren"].contains(words[k]) else { return false }
        let next = between.words
        return next.count <= 6 && (next.contains("phan") && next.contains("dau") || next.contains("dang") && next.contains("ky"))
            && next.allSatisfy { ["xa", "phuong", "phan", "dau", "dang", "ky", "dat", "muc", "giam", "toi", "thieu", "tren"].contains($0) }
    }

    /// Whether a figure's clause opens on the parent assigning it (`Thành phố giao kiểm tra tối thiểu 30% …`,
    /// `tỉnh giao …`) and the words up to the next figure turn to the commune (`…; xã thực hiện kiểm tra`):
    /// the parent's figure quoted before the plan's own. `head` is folded; `between` is text.
    static func parentClauseBeforeOwn(head: String, between: String) -> Bool {
        let opening = head.words.prefix(4)
        guard let g = opening.firstIndex(of: "giao"), g > opening.startIndex,
              ["pho", "tinh"].contains(opening[g - 1]),
              let semicolon = between.firstIndex(of: ";") else { return false }
        let next = Folding.fold(String(between[between.index(after: semicolon)...])).words.prefix(2)
        return next.contains("xa") || next.contains("phuong")
    }

    /// Whether folded words only set a figure against the parent's (`bằng chỉ tiêu tỉnh giao`, `cao hơn chỉ
    /// tiêu tỉnh giao 2% đạt`, `bằng chỉ tiêu tỉnh giao đối với xã`): words of a level, not of a subject.
    static func namesParentFigure<C: Collection>(_ words: C) -> Bool where C.Element == Substring {
        words.count <= 12 && words.contains("giao")
            && words.allSatisfy { parentFigureWords.contains($0) || $0.first?.isNumber == true }
    }
    static let parentFigureWords: Set<Substring> = ["bang", "cao", "thap", "hon", "chi", "tieu", "muc", "tinh", "thanh", "pho",
                                                    "cap", "tren", "giao", "doi", "voi", "xa", "phuong", "dat", "khong", "qua",
                                                    "so", "nhu", "va", "vuot", "phan", "dau", "toi", "thieu", "da", "giam",
                                                    "dang", "ky"]

    /// Whether the folded words before a figure report what was reached (`mới đạt`, `chỉ đạt`, `đã đạt`, `ước đạt`,
    /// also with `khoảng` / `được` / `trên` / `gần` between), not what is aimed at.
    static func reportsResult(_ before: String) -> Bool {
        var words = before.words.suffix(5)
        while let w = words.last, ["khoang", "duoc", "tren", "gan", "xap", "xi", "co", "muc"].contains(w) { words.removeLast() }
        guard words.count >= 2, words.last == "dat" else { return false }
        // `ước đạt`: what the year is estimated to reach, a result too.
        return ["moi", "chi", "da", "uoc"].contains(words[words.index(before: words.endIndex - 1)])
    }

    /// Whether the folded words before a figure say it was the plan's figure before a revision (`(trước đây
    /// là 85%)`, `trước đây đạt`, `cũ là`): what the plan no longer sets.
    static func isFormerFigure(_ before: String) -> Bool {
        // Read on the end of the folded words (no split: this runs for every figure).
        // "… điều chỉnh từ 93% lên 95%": the figure adjusted away.
        for tail in ["truoc day", "truoc day la", "truoc day dat", "cu la", "dieu chinh tu"] where before.hasSuffix(tail) {
            return before.utf8.count == tail.utf8.count || before.utf8.dropLast(tail.utf8.count).last == 0x20
        }
        return false
    }

    /// When the clause of a figure is the last of `;`-separated clauses that begin with the same words
    /// and carry no figure of their own, the first of those clauses.
    func firstParallelClause(_ t: AlignedFold, clauseStart: Int, figures: [Figure]) -> Range<Int>? {
        func head(_ r: Range<Int>) -> [Substring] {
            var text = t.text(r).trimmedWhitespace
            if let m = OutlineMarker.parse(text) { text = String(text.dropFirst(m.length)) }
            return Folding.fold(text).words.prefix(3).map { $0 }
        }
        // Most clauses do not follow a `;`: nothing to look back at.
        guard clauseStart > 0, t.chars[clauseStart - 1] == ";" else { return nil }
        var start = clauseStart
        var found: Range<Int>?
        let currentHead = head(clauseStart..<min(t.count, clauseStart + 40))
        guard currentHead.count >= 3 else { return nil }
        while start > 0, t.chars[start - 1] == ";" {
            var s = start - 1
            while s > 0, t.chars[s - 1] != ";", !(t.chars[s - 1] == "." && t.chars[s] == " "), t.chars[s - 1] != ":" { s -= 1 }
            let r = s..<(start - 1)
            if figures.contains(where: { r.contains($0.start) }) || head(r) != currentHead { break }
            found = r
            start = s
        }
        return found
    }

    /// When the figure's clause starts right after a colon with no more than a comparator before the figure
    /// (`Tỷ lệ hồ sơ đúng hạn: từ 98%`), the label before the colon, back to the previous clause break or
    /// figure.
    func colonLabel(_ t: AlignedFold, clauseStart: Int, figureStart: Int, notBefore: Int, wordsFrom: Int? = nil) -> Range<Int>? {
        guard clauseStart >= 2, t.chars[clauseStart - 1] == ":" || t.chars[clauseStart - 2] == ":" else { return nil }
        let colon = t.chars[clauseStart - 1] == ":" ? clauseStart - 1 : clauseStart - 2
        // Few words between the colon (or a step set aside after it: `quý II/2026 đạt 50%,`) and the figure.
        let from = max(clauseStart, min(wordsFrom ?? clauseStart, figureStart))
        // "Tỷ lệ …: năm 2026 đạt tối thiểu 98%; năm 2028 …": a stage and a comparator are not a subject either.
        let between = Folding.fold(t.text(from..<figureStart)).words
        // (`bình quân giai đoạn 2026 - 2030 đạt tối thiểu 98%/năm`: an average over a stage, too; and the plan's
        // own level, `xã phấn đấu đạt tối thiểu 75%`.)
        guard between.count <= 4 || between.count <= 9
                && between.allSatisfy({ Self.stageWords.contains($0) || Self.comparatorWords.contains($0) || Int($0) != nil
                    || $0 == "binh" || $0 == "quan" || $0 == "xa" || $0 == "phuong"
                    // `…: cấp tỉnh đạt tối thiểu 85%, cấp xã đạt tối thiểu 70%`: the level the figure is set for.
                    || $0 == "cap" || $0 == "tinh" || $0 == "huyen" })
                // "Tỷ lệ …: bằng chỉ tiêu tỉnh giao (100%)": the label names the subject.
                || Self.namesParentFigure(between)
        else { return nil }
        var s = colon
        while s > notBefore, !(t.chars[s - 1] == ";" || t.chars[s - 1] == ":" || (t.chars[s - 1] == "." && t.chars[s] == " ")) { s -= 1 }
        // Not the item's marker: the label is `Tỷ lệ …`, not `- Tỷ lệ …`.
        if s == 0, let m = OutlineMarker.parse(t.text(0..<min(t.count, 24))) { s = min(colon, m.length) }
        // "a) Tỷ lệ hồ sơ …: năm 2026: từ 98% trở lên; năm 2028: …": a label that only names a year stands
        // under the label before it.
        // "Tỷ lệ …: Quý I: 70%; Quý II: 75%; cả năm: 85%": the year's own label, after the steps' labels; the
        // measure's label ends at the sentence's first colon.
        if s < colon, Self.yearEndLabels.contains(t.fold(s..<colon)),
           let first = (max(notBefore, t.sentenceStart(before: s))..<s).first(where: { t.chars[$0] == ":" }),
           let outer = colonLabel(t, clauseStart: first + 1, figureStart: first + 1, notBefore: notBefore) {
            return outer
        }
        // "Tỷ lệ hồ sơ …: phường: tối thiểu 80%; …": a label that only names a kind of commune, too.
        if s < colon, Self.onlyStages(t.fold(s..<colon)) || CommuneKind.labelKind(t.fold(s..<colon).words) != nil, s >= 2, s > notBefore {
            var k = s - 1
            while k > notBefore, t.chars[k] != ":" { k -= 1 }
            if t.chars[k] == ":", let outer = colonLabel(t, clauseStart: k + 1, figureStart: k + 1, notBefore: notBefore) { return outer }
        }
        return s < colon ? s..<colon : nil
    }

    /// Folded labels of the year's figure after steps within it (`cả năm: 85%`, `Quý IV/cả năm: 85%`).
    static let yearEndLabels: Set<String> = ["ca nam", "quy iv", "quy iv ca nam", "het nam", "nam"]

    /// The label a figure's clause opens on when a colon ends it right before (`Quý II: 75%`), folded; nil when
    /// the clause does not follow a colon.
    static func periodLabel(_ t: AlignedFold, clauseStart: Int) -> String? {
        guard clauseStart >= 2, t.chars[clauseStart - 1] == ":" || t.chars[clauseStart - 2] == ":" else { return nil }
        let colon = t.chars[clauseStart - 1] == ":" ? clauseStart - 1 : clauseStart - 2
        var s = colon
        while s > 0, colon - s < 24, t.chars[s - 1] != ";", t.chars[s - 1] != ":" { s -= 1 }
        guard colon - s < 24 else { return nil }
        return t.fold(s..<colon)
    }

    /// Whether a label names a step within the year (`quý I`, `quý II`, `quý III`, `6 tháng`, `9 tháng`).
    static func isQuarterStep(_ label: String) -> Bool {
        ["quy i", "quy ii", "quy iii", "6 thang", "6 thang dau nam", "9 thang", "9 thang dau nam"].contains(label)
    }

    /// Words of a comparator that may stand between a year and its figure (`năm 2028: giảm 20%`, `năm 2030:
    /// không quá 1 ngày làm việc`).
    static let comparatorWords: Set<Substring> = ["giam", "cat", "khong", "qua", "toi", "da", "duoi", "it", "nhat"]

    /// Words that may stand between two stages of one target (`, đến năm 2030 đạt`, `và năm 2027 là`).
    static let stageWords: Set<Substring> = ["den", "het", "nam", "dat", "va", "la", "tu", "tro", "len", "toi", "thieu",
                                             "tren", "giai", "doan", "phan", "dau", "muc", "khoang", "vao"]

    /// Whether folded text between two figures only names another level of government (`cấp xã đạt tối thiểu`).
    static func onlyLevel(_ folded: String) -> Bool {
        let words = folded.words
        return (words.contains("cap") || words.contains("xa") && words.contains("phuong"))
            && words.allSatisfy { stageWords.contains($0) || levelWords.contains($0) }
    }
    static let levelWords: Set<Substring> = ["cap", "xa", "phuong", "tinh", "thanh", "pho", "tp", "huyen", "tai", "doi", "voi", "o",
                                             "tro", "len", "xuong", "dong", "thoi", "dat",
                                             // `đối với cơ quan cấp tỉnh đạt 100%, đối với UBND cấp xã đạt …`
                                             "co", "quan", "ubnd", "uy", "ban", "nhan", "dan",
                                             // `đối với UBND các xã, phường đạt …`
                                             "cac"]

    /// Whether a clause before a figure only names a stage and a cut (`đến năm 2030 giảm tối thiểu`): a
    /// stage (`onlyStages`) once the words of the cut are set aside.
    static func onlyStagedCut(_ folded: String) -> Bool {
        let words = folded.words
        return words.contains("giam") && onlyStages(words.filter { !cutWords.contains($0) }.joined(separator: " "))
    }

    /// Words of a cut before its figure (`cắt giảm ít nhất`).
    static let cutWords: Set<Substring> = ["giam", "cat", "it", "nhat"]

    /// Whether folded text between two figures only names a later stage (years and `stageWords`).
    static func onlyStages(_ folded: String, orComparators: Bool = false) -> Bool {
        let words = folded.words
        return words.contains { Int($0).map { (2000...2100).contains($0) } ?? false }
            && words.allSatisfy { stageWords.contains($0) || Int($0) != nil || orComparators && comparatorWords.contains($0) }
    }

    /// The clause around a figure: between `;`, sentence ends, `:` and `trong đó`.
    func clauseBounds(_ t: AlignedFold, around f: Figure) -> Range<Int> {
        var s = f.start
        while s > 0 {
            let c = t.chars[s - 1]
            if c == ";" || ((c == "." || c == ":" || c == "!" || c == "?") && s < t.count && t.chars[s] == " ") { break }
            if Self.trongDo(t, endingAt: s) { break }
            s -= 1
        }
        var e = f.end
        while e < t.count {
            let c = t.chars[e]
            if c == ";" || ((c == "." || c == ":" || c == "!" || c == "?") && (e + 1 >= t.count || t.chars[e + 1] == " ")) { break }
            if Self.trongDo(t, startingAt: e) { break }
            e += 1
        }
        return s..<e
    }

    /// `trong đó` / `trong số đó` ("of which"); not `trong độ tuổi`, which folds alike.
    static let ofWhich = [("trong do", 7), ("trong so do", 10)]

    /// `trong đó` / `trong số đó` starting at `i`.
    static func trongDo(_ t: AlignedFold, startingAt i: Int) -> Bool {
        ofWhich.contains { phrase, vowel in isOfWhich(t, phrase, at: i, vowel: vowel) }
    }

    /// `trong đó` / `trong số đó` ending right before `end`.
    static func trongDo(_ t: AlignedFold, endingAt end: Int) -> Bool {
        ofWhich.contains { phrase, vowel in isOfWhich(t, phrase, at: end - phrase.utf8.count, vowel: vowel) }
    }

    static func isOfWhich(_ t: AlignedFold, _ phrase: String, at i: Int, vowel: Int) -> Bool {
        t.hasWord(phrase, at: i) && "óÓoO".unicodeScalars.contains(t.chars[i + vowel])
    }

    /// Words that may stand between `giảm` and its figure (`giảm tối thiểu 10%`, `giảm bình quân 5%`).
    static let reductionModifiers: Set<String> = ["toi", "thieu", "binh", "quan", "it", "nhat", "khoang", "them", "duoc", "con", "xuong", "la"]

    /// The comparator of figure `f` from the text `before` and `after` it (ranges of `t`).
    func comparator(_ t: AlignedFold, _ f: Figure, before: Range<Int>, after: Range<Int>) -> Comparator {
        if f.ceiling { return .atMost }
        if f.valueMax != nil { return .range }
        if f.unit == "rank" { return .atMost }  // "trong nhóm 20": 20th place or better
        // Symbols, as in tables: "≥ 80%", ">= 80%", "> 30%".
        var last = before.upperBound - 1
        while last >= before.lowerBound, t.chars[last].properties.isWhitespace { last -= 1 }
        if last >= before.lowerBound {
            let c = t.chars[last]
            // `>=` / `<=`, and `=>` / `=<` as some type them.
            let previous: Unicode.Scalar = last > before.lowerBound ? t.chars[last - 1] : " "
            if c == "≥" || c == "=" && previous == ">" || c == ">" && previous == "=" { return .atLeast }
            if c == ">" { return .greaterThan }
            if c == "≤" || c == "=" && previous == "<" || c == "<" && previous == "=" { return .atMost }
            if c == "<" { return .lessThan }
        }
        // Only the words next to the figure matter (a verb and its modifiers before it, `trở lên` within
        // eight words after): the last 60 and first 80 scalars, read off the aligned fold.
        let bw = t.foldedWords(max(before.lowerBound, before.upperBound - 60)..<before.upperBound)
        let aw = t.foldedWords(after.lowerBound..<min(after.upperBound, after.lowerBound + 80))
        // "99% (tối thiểu)", "2% (tối đa)": the comparator in brackets right after the figure.
        var open = f.end
        while open < t.count, t.chars[open] == " " { open += 1 }
        if open < t.count, t.chars[open] == "(" {
            if t.hasWord("toi thieu", at: open + 1) { return .atLeast }
            if t.hasWord("toi da", at: open + 1) { return .atMost }
        }
        // "giảm", "cắt giảm", "giảm tối thiểu", "giảm bình quân", "rút ngắn" right before the figure.
        var k = bw.count - 1
        while k >= 0, Self.reductionModifiers.contains(bw[k]) { k -= 1 }
        // "rút ngắn 20%", "tinh giản tối thiểu 5% biên chế"
        if k >= 0, bw[k] == "giam" || (k > 0 && (bw[k] == "ngan" && bw[k - 1] == "rut" || bw[k] == "gian" && bw[k - 1] == "tinh")) { return .reduce }
        // "tăng tối thiểu 10% so với năm 2025": a rise over a base, no level (a level after it in the clause,
        // `…, đạt 90%`, is read instead: `isRiseTowards`).
        if k >= 0, bw[k] == "tang", f.unit == "%", aw.prefix(6).joined(separator: " ").contains("so voi") { return .rise }
        let tail = bw.suffix(3).joined(separator: " ")
        if tail.contains("toi thieu") || tail.contains("it nhat") || tail.contains("khong duoi") || tail.contains("khong it hon")
            || tail.contains("khong thap hon") {
            return .atLeast
        }
        if aw.prefix(2).joined(separator: " ") == "tro len" { return .atLeast }
        // Ceilings: "không quá 3%", "tối đa 5%", "không vượt quá", "dưới 0,5%", "1% trở xuống".
        if tail.contains("khong qua") || tail.contains("khong vuot") || tail.contains("toi da") || tail.contains("khong cao hon") || tail.contains("cham nhat")
            || aw.prefix(2).joined(separator: " ") == "tro xuong" {
            return .atMost
        }
        if bw.last == "duoi" || bw.suffix(2).joined(separator: " ") == "thap hon" { return .lessThan }
        if f.unit == "count", aw.prefix(8).joined(separator: " ").contains("tro len") { return .atLeast }
        // (`vượt 80%`: above it.)
        if bw.last == "tren" || bw.last == "vuot" || bw.suffix(2).joined(separator: " ") == "cao hon" { return .greaterThan }
        return .equal
    }

    /// Extra distance of a phrase found after a comma that closes the figure's item.
    static let commaPenalty = 60

    /// The catalogue indicator whose phrase lies nearest the figure (`##`), same unit, not excluded.
    /// `before` and `after` are the folded text on either side of the figure.
    /// With `nearAfter` (bytes of `after` before a comma that closes the figure's item), a phrase wholly
    /// beyond that comma counts `commaPenalty` farther, and an exclusion there does not apply.
    /// With `excludesBefore` (bytes of `after` before the first comma after the figure), an exclusion beyond
    /// that comma does not apply either: "100% TTHC … trực tuyến toàn trình, tỷ lệ hồ sơ … đạt 80%" — the
    /// words after the comma are the next figure's subject.
    func match(before: String, after: String, unit: String, nearAfter: Int? = nil, excludesBefore: () -> Int? = { nil }) -> String? {
        let ab = catalog.abbreviations
        let text = " " + ab.expand(before) + " ## " + ab.expand(after) + " "
        let bytes = Array(text.utf8)
        guard let fig = PhrasePattern.find(Array(" ## ".utf8), in: bytes, from: 0) else { return nil }
        let figPos = fig + 1
        // `after` starts after " ## "; a part's match starts at the space before its first word.
        let farAfter = nearAfter.map { fig + 3 + $0 } ?? Int.max
        // Made only when an exclusion is found (most clauses have none).
        var excludedBefore: Int?
        func exclusionEnd() -> Int {
            if excludedBefore == nil { excludedBefore = min(farAfter, excludesBefore().map { fig + 3 + $0 } ?? Int.max) }
            return excludedBefore!
        }
        // Most phrases of the unit's indicators are not in the clause; its byte pairs rule them out unread.
        let signature = TextSignature(literal: bytes)
        func better(_ a: (distance: Int, weight: Int), than b: (distance: Int, weight: Int)?) -> Bool {
            guard let b else { return true }
            return a.distance < b.distance || (a.distance == b.distance && a.weight > b.weight)
        }
        var best: (id: String, distance: Int, weight: Int)?
        // The indicators' `match` phrases first; their `weak-match` phrases only when none is in the clause.
        for weak in [false, true] where best == nil {
            for ind in catalog.indicators.matchersByUnit[unit] ?? [] {
                var own: (distance: Int, weight: Int)?
                let matches = weak ? ind.weakMatches : ind.matches  // read by index: a copy of each phrase retained all its arrays
                for pi in matches.indices where matches[pi].mayMatch(signature) {
                    let weight = matches[pi].weight
                    let placesFigure = matches[pi].hasFigure
                    for m in matches[pi].allMatches(bytes: bytes) {
                        let ahead = m.start - figPos + (m.start >= farAfter ? Self.commaPenalty : 0)
                        let d: Int
                        if m.start <= figPos && figPos <= m.end {
                            // A phrase spanning the figure without placing it (`hài lòng * đất đai` over "hài lòng
                            // về giải quyết TTHC đạt 92%, lĩnh vực đất đai …") joins what the figure's neighbours
                            // are about: it counts from its nearer end.
                            d = placesFigure ? 0 : min(figPos - m.start, m.end - figPos + (m.end >= farAfter ? Self.commaPenalty : 0))
                        } else {
                            d = figPos > m.end ? figPos - m.end : ahead
                        }
                        if better((d, weight), than: own) { own = (d, weight) }
                    }
                }
                // Exclusions are read only for an indicator that would be chosen.
                guard let own, better(own, than: best.map { ($0.distance, $0.weight) }) else { continue }
                // An exclusion after the comma that follows the figure is about the next figure.
                if ind.excludes.contains(where: { $0.mayMatch(signature) && ($0.match(bytes: bytes).map { $0.start < exclusionEnd() } ?? false) }) { continue }
                best = (ind.id, own.distance, own.weight)
            }
        }
        return best?.id
    }

    /// `Đến năm 2030, …` in the sentence of the figure sets its period: the nearest one before the figure
    /// (`đến năm 2027 đạt 80%, đến năm 2030 đạt 100%` gives each figure its own year), else the first after it.
    /// `trước năm 2028` reads as `by 2028`: a year early is never later than a parent's 2028.
    static let deadlineCues = ["den", "toi", "vao", "trong", "cham nhat", "truoc"]

    func explicitPeriod(_ t: AlignedFold, _ f: Figure, previousEnd: Int? = nil) -> Period? {
        let s = t.sentenceStart(before: f.start)
        let e = t.sentenceEnd(after: f.end)
        var before: (at: Int, period: Period)?, after: (at: Int, period: Period)?
        // "Đến (hết) năm 2030", and deadlines after the figure: "… hoàn thành chậm nhất trong năm 2029",
        // "đạt 100% vào năm 2027", "trong năm 2026".
        var cues: [(Int, Int)] = []
        for p in s..<e {
            let b = t.folded[p]
            guard b == UInt8(ascii: "d") || b == UInt8(ascii: "t") || b == UInt8(ascii: "v") || b == UInt8(ascii: "c") else { continue }
            if let cue = Self.deadlineCues.first(where: { t.hasWord($0, at: p) }) { cues.append((p, cue.utf8.count)) }
        }
        for (p, length) in cues {
            var j = DateParsing.skipSpaces(t, p + length)
            for word in ["het", "cuoi", "trong", "vao", "cac"] where t.hasWord(word, at: j) { j = DateParsing.skipSpaces(t, j + word.utf8.count) }
            // "… trong giai đoạn 2026 - 2028": a stage after the cue.
            let stage = t.hasWord("giai doan", at: j)
            guard t.hasWord("nam", at: j) || stage,
                  let (period, _) = Self.years(t, at: DateParsing.skipSpaces(t, j + (stage ? 9 : 3)), dashOnly: stage) else { continue }
            if p < f.start { if before.map({ p > $0.at }) ?? true { before = (p, period) } }
            // A deadline after the figure is its own only within its clause: "95% …; phấn đấu đến năm 2028 có 95% …"
            // is about the next figure.
            else if after.map({ p < $0.at }) ?? true, !(f.end..<p).contains(where: { t.chars[$0] == ";" }) { after = (p, period) }
        }
        // "… 98% (năm 2026), 98,5% (năm 2028) …": the year in brackets right after the figure is its own.
        if let y = Self.bracketedYear(t, after: f.end) { return Period(year: y) }
        // "… đạt ≥ 92% năm 2027 và ≥ 95% năm 2030": a year of the plan's period right after the figure is its own.
        let next = DateParsing.skipSpaces(t, f.end)
        if t.hasWord("nam", at: next), let (period, _) = Self.years(t, at: DateParsing.skipSpaces(t, next + 3), dashOnly: true),
           period.isSingleYear, let own = planPeriod, !own.isSingleYear, own.from <= period.from, period.to <= own.to {
            return period
        }
        // "… thủ tục hành chính năm 2027 đạt tối thiểu 80%, đến năm 2030 đạt 100%": a year of the plan's
        // period right before `đạt` is the figure's, as a cue would be.
        // (In an annual plan that year is the plan's own: read only when the sentence also names another year,
        // `đến năm 2030 đạt tối thiểu 95%, năm 2027 đạt tối thiểu 90%`.)
        let severalYears = planPeriod.map { !$0.isSingleYear } ?? false
        let readYears = severalYears || before != nil || after != nil
        // Also "năm 2026 - 2027 đạt tối thiểu 98%", "năm 2026, 2027 đạt …", "năm 2026 tối thiểu 80%": the
        // years, then only words such as `đạt tối thiểu` before the figure.
        for p in s..<(readYears ? f.start : s) where t.folded[p] == UInt8(ascii: "n") && t.hasWord("nam", at: p) {
            // (The years may run into the figure itself in a garbled line: `năm 2026 - 2027%`.)
            guard let (period, end) = Self.years(t, at: DateParsing.skipSpaces(t, p + 3)), end <= f.start,
                  planPeriod.map({ $0.from <= period.from && period.to <= $0.to }) == true else { continue }
            let between = t.fold(end..<f.start).words
            // (`năm 2026: 60%`, the year's figure after a colon: nothing between.)
            guard between.isEmpty && t.text(end..<f.start).contains(":") || between.first == "dat" || (1...4).contains(between.count)
                    && between.allSatisfy({ Self.stageWords.contains($0) || Self.comparatorWords.contains($0) })
            else { continue }
            if before.map({ p > $0.at }) ?? true { before = (p, period) }
        }
        // "… đúng hạn giai đoạn 2026 - 2027 đạt tối thiểu 99%": a stage named right before the figure.
        if severalYears, let stage = stageBefore(t, f, from: s), before.map({ stage.at > $0.at }) ?? true { return stage.period }
        // "… tối thiểu 70% vào năm 2027 và tối thiểu 85% vào năm 2030": a deadline right after the previous
        // figure is that figure's; this one's comes after it.
        // (`vào năm`, `trong năm` trail a figure; `đến năm 2030 đạt` and `năm 2027 đạt` lead the next one.)
        if let b = before, let a = after, let prev = previousEnd, b.at >= prev,
           case let gap = t.fold(prev..<b.at).trimmingCharacters(in: .whitespaces),
           gap == "vao" || gap == "trong" || gap.isEmpty && (t.hasWord("vao", at: b.at) || t.hasWord("trong", at: b.at)) {
            return a.period
        }
        return (before ?? after)?.period
    }

    /// A year at `j` (2000–2100), or two joined by `-`, `–`, `,` or `và` (`2026 - 2027`, `2026, 2027`; only
    /// the dashes with `dashOnly`): the period they span, and where they end.
    static func years(_ t: AlignedFold, at j: Int, dashOnly: Bool = false) -> (Period, Int)? {
        guard let (y0, e0) = DateParsing.number(t, j), (2000...2100).contains(y0) else { return nil }
        var k = DateParsing.skipSpaces(t, e0)
        if k < t.count, t.chars[k] == "-" || t.chars[k] == "–" || !dashOnly && t.chars[k] == "," { k = DateParsing.skipSpaces(t, k + 1) }
        else if !dashOnly, t.hasWord("va", at: k) { k = DateParsing.skipSpaces(t, k + 2) }
        else { return (Period(year: y0), e0) }
        guard let (y1, e1) = DateParsing.number(t, k), y1 > y0, y1 <= 2100 else { return (Period(year: y0), e0) }
        return (Period(from: y0, to: y1), e1)
    }

    /// The last `giai đoạn Y1 - Y2` between `s` and the figure, when only words such as `đạt tối thiểu` stand
    /// between it and the figure.
    func stageBefore(_ t: AlignedFold, _ f: Figure, from s: Int) -> (at: Int, period: Period)? {
        var found: (at: Int, period: Period)?
        for p in s..<f.start where t.folded[p] == UInt8(ascii: "g") && t.hasWord("giai doan", at: p) {
            guard let (stage, end) = Self.years(t, at: DateParsing.skipSpaces(t, p + 9), dashOnly: true), !stage.isSingleYear
            else { continue }
            let between = t.fold(end..<f.start).words
            guard between.count <= 4, between.allSatisfy({ Self.stageWords.contains($0) }) else { continue }
            found = (p, stage)
        }
        return found
    }

    /// `(năm 2026)` or `(2026)` right after position `i`: the year, else nil.
    static func bracketedYear(_ t: AlignedFold, after i: Int) -> Int? {
        var j = DateParsing.skipSpaces(t, i)
        guard j < t.count, t.chars[j] == "(" else { return nil }
        j = DateParsing.skipSpaces(t, j + 1)
        if t.hasWord("nam", at: j) { j = DateParsing.skipSpaces(t, j + 3) }
        guard let (y, end) = DateParsing.number(t, j), (2000...2100).contains(y), end < t.count, t.chars[end] == ")" else { return nil }
        return y
    }
}
