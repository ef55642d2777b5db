import Foundation

/// `vague-task`: a task-table row without a deadline, a product or (when other rows have one) a lead unit, or whose product is a condition
/// rather than a deliverable (`Thực hiện khi có chương trình đào tạo …`). `vague-product` lists regular
/// expressions (case-insensitive, on the trimmed cell) that mark a product cell as a condition.
/// When a column is empty in every row (a table without a deadline or product column), one finding for the
/// table replaces one per task; it quotes the first task's deadline and product.
public struct VagueTaskKind: RuleKind {
    public static let name = "vague-task"
    public static let placeholders = ["number", "task", "deadline", "product", "missing"]
    public static let parameters = ["vague-product"]
    public static let summary = "a task without deadline or product"

    let vagueProduct: [NSRegularExpression]

    public init(_ params: RuleParameters) throws {
        vagueProduct = try params.lines("vague-product").map { src in
            do { return try NSRegularExpression(pattern: src, options: [.caseInsensitive]) } catch {
                throw params.error("vague-product", RuleText.badRegex(src))
            }
        }
    }

    public func check(_ ctx: RuleContext) -> [RuleHit] {
        let tasks = ctx.plan.tasks
        let noDeadlineColumn = !tasks.isEmpty && tasks.allSatisfy { $0.deadline.trimmedWhitespace.isEmpty }
        let noProductColumn = !tasks.isEmpty && tasks.allSatisfy { $0.product.trimmedWhitespace.isEmpty }
        var hits: [RuleHit] = []
        if noDeadlineColumn || noProductColumn, let first = tasks.first {
            var missing: [String] = []
            if noDeadlineColumn { missing.append(RuleText.vi ? "thời hạn" : "deadline") }
            if noProductColumn { missing.append(RuleText.vi ? "sản phẩm" : "product") }
            hits.append(RuleHit(line: first.line, anchor: "task:table", values: ["number": RuleText.vi ? "(mọi nhiệm vụ)" : "(every task)",
                                "task": "", "deadline": first.deadline.trimmedWhitespace, "product": first.product.trimmedWhitespace,
                                "missing": missing.joined(separator: ", ")]))
        }
        // A row without a lead unit, in a table whose other rows name one, has nobody accountable.
        let someLead = tasks.contains { $0.lead != nil }
        return hits + tasks.compactMap { t in
            let product = t.product.trimmedWhitespace
            let deadline = t.deadline.trimmedWhitespace
            var missing: [String] = []
            if t.lead == nil && someLead { missing.append(RuleText.vi ? "cơ quan chủ trì" : "lead unit") }
            if deadline.isEmpty && !noDeadlineColumn { missing.append(RuleText.vi ? "thời hạn" : "deadline") }
            if (product.isEmpty && !noProductColumn) || (!product.isEmpty && vagueProduct.contains(where: { KindSupport.firstMatch($0, in: product) })) {
                missing.append(RuleText.vi ? "sản phẩm" : "product")
            }
            guard !missing.isEmpty else { return nil }
            let number = t.number
            return RuleHit(line: t.line, anchor: "task:\(number):\(Folding.fold(String(t.text.prefix(60))))",
                           values: ["number": number, "task": String(t.text.prefix(80)), "deadline": deadline,
                                    "product": product, "missing": missing.joined(separator: ", ")])
        }
    }
}
