/// "Did you mean …?" for a mistyped subcommand, rule id, person id or format.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance (a swap of two
    /// neighbouring characters counts as one edit), if it is close enough to be
    /// a likely typo: at most a third of the word's length, and at least one
    /// edit allowed; a unique candidate that starts with `word` also counts.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        // Ids and words are short; a long argument is not a typo of one.
        guard !typed.isEmpty, typed.count <= 64 else { return nil }
        let limit = max(1, min(3, typed.count / 3))
        var best: (distance: Int, candidate: String)?
        for candidate in candidates.sorted() where candidate != word {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (distance, candidate) }
        }
        if let best { return best.candidate }
        let extensions = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }
        return extensions.count == 1 ? extensions[0] : nil
    }

    /// `" (did you mean `x`?)"`, or nothing when no candidate is close.
    public static func hint(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { " (did you mean `\($0)`?)" } ?? ""
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions
    /// and transpositions of neighbours.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension Suggestion {
    /// Refuses an id that is neither configured nor seen in any session (a typo
    /// would otherwise silence a reminder or empty a list for good), naming the
    /// closest known id.
    public static func requirePerson(_ id: String, in journal: Journal) throws {
        let known = IndexDocument.people(journal: journal).map(\.id)
        guard !known.contains(id) else { return }
        throw TandemError.invalid("unknown person '\(id)': not in tandem.yml and not in any session"
                                  + hint(for: id, among: known))
    }
}
