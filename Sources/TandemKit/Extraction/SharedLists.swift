/// The short lists that recur from session to session (a commitment's owners, the
/// tags, the observers, the pulse ratings, the required sections a file lacks), kept
/// once per process and shared by every session that writes the same list.
///
/// A team writes a handful of distinct lists thousands of times: each kept as its
/// own array costs a heap block of 48 to 80 bytes, and a journal read whole held
/// about a fifth of its memory in them (docs/PERFORMANCE.md). Sharing changes no
/// value: arrays are values, and one shared is copied only when written to.
enum SharedLists {
    /// Pulse ratings compared and hashed where they lie (tuples are not `Hashable`).
    private struct Ratings: Hashable {
        var list: [(name: String, value: Int)]

        static func == (a: Self, b: Self) -> Bool {
            a.list.count == b.list.count && a.list.indices.allSatisfy { a.list[$0] == b.list[$0] }
        }

        func hash(into hasher: inout Hasher) {
            for rating in list {
                hasher.combine(rating.name)
                hasher.combine(rating.value)
            }
        }
    }

    private struct Tables {
        var names = Set<[String]>()
        var ratings = Set<Ratings>()
    }

    private static let tables = Locked(Tables())

    /// Replaces each list of one file by the equal list kept before, if any: one
    /// lock for the whole file.
    static func share(observers: inout [String], tags: inout [String], pulse: inout [(name: String, value: Int)],
                      commitments: inout [Commitment], missingSections: inout [String]) {
        tables.withLock { tables in
            share(&missingSections, in: &tables.names)
            share(&observers, in: &tables.names)
            share(&tags, in: &tables.names)
            if !pulse.isEmpty { pulse = tables.ratings.insert(Ratings(list: pulse)).memberAfterInsert.list }
            // Commitments that name no owner share one array already: looked up once.
            var last: (written: [String], kept: [String]) = ([], [])
            for k in commitments.indices {
                let owners = commitments[k].owners
                if isSameBuffer(owners, last.written) {
                    commitments[k].owners = last.kept
                    continue
                }
                share(&commitments[k].owners, in: &tables.names)
                last = (owners, commitments[k].owners)
            }
        }
    }

    private static func isSameBuffer(_ a: [String], _ b: [String]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress && a.count == b.count } }
    }

    private static func share(_ list: inout [String], in table: inout Set<[String]>) {
        guard !list.isEmpty else { return }
        list = table.insert(list).memberAfterInsert
    }
}
