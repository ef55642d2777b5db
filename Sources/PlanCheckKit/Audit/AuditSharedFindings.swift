/// Findings the rules cannot see: a figure given jointly for several indicators (`mức độ hài lòng về A; về B;
/// về C đạt tối thiểu 90%`) is extracted once, under one indicator, so the rules compare only that one with
/// the parent. The alignment knows the figure also stands for the others (`AlignedValue.shared`); when such a
/// figure is below the parent's for the same period, the audit reports it like the rules would.
enum AuditSharedFindings {
    static let ruleID = "CCHC-AUDIT-001"

    static func findings(_ alignment: Alignment, plans: [Plan], parent: ParentPlan?, existing: [Finding]) -> [Finding] {
        guard let parent else { return [] }
        var out: [Finding] = []
        for row in alignment.indicators {
            for cell in row.cells {
                for v in cell.values where v.shared && v.status == .below {
                    guard let pi = v.parentTarget else { continue }
                    let pt = parent.plan.targets[pi]
                    // Only for the very period, as the rules compare: a phase figure is not a yearly commitment.
                    guard pt.period ?? parent.plan.period == v.period else { continue }
                    let plan = plans[cell.plan]
                    let already = existing.contains {
                        $0.file == plan.file && $0.line == v.target.line && $0.category == "target-below-parent" && $0.message.contains(row.name)
                    }
                    if already { continue }
                    let parentFile = parent.file(ofTarget: pi)
                    let vi = L10n.current == .vi
                    let figure = TargetFormat.figure(v.target), parentFigure = TargetFormat.figure(pt)
                    let period = TargetFormat.period(v.period)
                    let message = vi
                        ? "Chỉ tiêu \"\(row.name)\" năm \(period) (số liệu chung cho nhiều chỉ tiêu trong câu) là \(figure), thấp hơn mức \(parentFigure) của kế hoạch cấp trên (\(parentFile):\(pt.line))"
                        : "Target \"\(row.name)\" for \(period) (one figure shared by several indicators in the sentence) is \(figure), below the parent's \(parentFigure) (\(parentFile):\(pt.line))"
                    out.append(Finding(ruleID: ruleID, category: "target-below-parent", severity: .error, file: plan.file,
                                       line: v.target.line, message: message, quote: plan.quote(line: v.target.line),
                                       related: [RelatedLocation(file: parentFile, line: pt.line, text: pt.text)],
                                       fingerprint: Fingerprint.make(rule: ruleID, file: plan.file, anchor: row.indicator)))
                }
            }
        }
        return out
    }
}
