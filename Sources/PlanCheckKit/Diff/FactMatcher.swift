/// Pairs the facts of an old and a new version of a plan.
///
/// Pass 1 pairs facts with the same identity `key` (first those whose `substance` is also equal, so a
/// duplicated figure pairs with its twin, then the rest in order). Pass 2 pairs what is left by
/// `similarity` (highest first, at least `threshold`), which catches a fact whose identity itself
/// changed — a target moved to another year, a task reworded. Whatever is still unpaired was added or removed.
struct FactMatcher<T> {
    var key: (T) -> String
    var substance: (T) -> String
    var similarity: (T, T) -> Double
    var threshold: Double

    struct Result {
        var pairs: [(old: T, new: T)] = []
        var removed: [T] = []
        var added: [T] = []
    }

    func match(old: [T], new: [T]) -> Result {
        var oldFree = Array(repeating: true, count: old.count)
        var newFree = Array(repeating: true, count: new.count)
        var pairs: [(Int, Int)] = []

        var newByKey: [String: [Int]] = [:]
        for (j, n) in new.enumerated() { newByKey[key(n), default: []].append(j) }
        let newSubstance = new.map(substance)

        // Pass 1a: same key and same substance.
        for (i, o) in old.enumerated() {
            let s = substance(o)
            if let j = newByKey[key(o)]?.first(where: { newFree[$0] && newSubstance[$0] == s }) {
                oldFree[i] = false; newFree[j] = false; pairs.append((i, j))
            }
        }
        // Pass 1b: same key, substance changed, in order of appearance.
        for (i, o) in old.enumerated() where oldFree[i] {
            if let j = newByKey[key(o)]?.first(where: { newFree[$0] }) {
                oldFree[i] = false; newFree[j] = false; pairs.append((i, j))
            }
        }
        // Pass 2: most similar remaining facts.
        var candidates: [(score: Double, i: Int, j: Int)] = []
        for (i, o) in old.enumerated() where oldFree[i] {
            for (j, n) in new.enumerated() where newFree[j] {
                let s = similarity(o, n)
                if s >= threshold { candidates.append((s, i, j)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.i, $0.j) < ($1.i, $1.j) }
        for c in candidates where oldFree[c.i] && newFree[c.j] {
            oldFree[c.i] = false; newFree[c.j] = false; pairs.append((c.i, c.j))
        }

        var r = Result()
        r.pairs = pairs.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map { (old[$0.0], new[$0.1]) }
        r.removed = old.indices.filter { oldFree[$0] }.map { old[$0] }
        r.added = new.indices.filter { newFree[$0] }.map { new[$0] }
        return r
    }
}
