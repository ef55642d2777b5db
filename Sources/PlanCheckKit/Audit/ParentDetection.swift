/// The parent found among a folder's own plans when nothing names one (no `--parent`, no config): a reviewer
/// who drops the province's plan in with the commune plans it governs means it as their parent.
///
/// It is taken only when it is unambiguous: exactly one plan of the folder is a province's or a city's, it
/// has a number, and another plan of the folder cites that number. Otherwise the national baseline applies,
/// as before.
enum ParentDetection {
    /// The index in `plans` of the folder's parent, or nil.
    static func index(in plans: [Plan]) -> Int? {
        let provincial = plans.indices.filter { plans[$0].level == .tinh || plans[$0].level == .thanhPho }
        guard provincial.count == 1, let k = provincial.first, let number = plans[k].number,
              number.contains(where: \.isNumber) else { return nil }
        let key = DocumentRegistry.key(number)
        let cited = plans.indices.contains { i in
            i != k && plans[i].citations.contains { DocumentRegistry.key($0.number) == key }
        }
        return cited ? k : nil
    }
}
