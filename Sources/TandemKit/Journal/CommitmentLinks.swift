/// What a commitment owes to the rest of the journal, settled once per run:
/// whether it is blocked by an open commitment it depends on (§6.1) and which
/// later held sessions of its pair mention it (§6.3). Linear in the journal's
/// size: ids are looked up in hash maps, never compared session by session.
enum CommitmentLinks {
    /// Settles blocked commitments and reviews; returns whether any commitment
    /// carries a task id or depends on one (rules about ids skip the journal otherwise).
    @discardableResult
    static func resolve(_ files: inout [SessionFile]) -> Bool {
        var openTaskIDs = Set<String>()
        var usesTaskIDs = false
        var byPair: [PairKey: [Int]] = [:]
        // Files and commitments are read by index, where they lie: `for c in` would copy each one.
        for index in files.indices {
            guard let session = files[index].session else { continue }
            let commitments = session.commitments
            for k in commitments.indices where commitments[k].hasTaskFields {
                usesTaskIDs = usesTaskIDs || commitments[k].usesTaskIDs
                if commitments[k].isOpen, let id = commitments[k].taskID { openTaskIDs.insert(id) }
            }
            if session.isHeld, session.coach != session.coachee { byPair[session.pair, default: []].append(index) }
        }
        // Pairs are independent: their reviews are collected on all cores.
        var reviews: [Review]
        do {  // the snapshot is let go before the files change (else they would be copied)
            let snapshot = files, numbering = MentionedIDs.numbering()
            reviews = Parallel.map(Array(byPair.values)) {
                collectReviews(in: $0, files: snapshot, numbering: numbering)
            }.flatMap { $0 }
        }
        // Grouped by file, then commitment; reviewers stay in the pair's date order.
        reviews.sort { ($0.file, $0.commitment, $0.order) < ($1.file, $1.commitment, $1.order) }
        var next = 0
        for index in files.indices {
            guard let session = files[index].session else { continue }
            let first = next
            while next < reviews.count, reviews[next].file == index { next += 1 }
            var commitments = session.commitments
            let blocks = usesTaskIDs && commitments.indices.contains { !commitments[$0].dependsOn.isEmpty }
            // Files that an earlier journal settled (the language server rebuilds its
            // journal from them on every edit) are settled afresh: a mention may be gone.
            let settledBefore = commitments.indices.contains { !commitments[$0].reviewedIn.isEmpty }
            guard blocks || next > first || settledBefore else { continue }
            for k in commitments.indices { commitments[k].reviewedIn = [] }
            for review in reviews[first..<next] {
                commitments[review.commitment].reviewedIn.append(files[review.reviewer].path)
            }
            if blocks {
                for k in commitments.indices {
                    let own = commitments[k].taskID
                    commitments[k].blocked = commitments[k].isOpen
                        && commitments[k].dependsOn.contains { $0 != own && openTaskIDs.contains($0) }
                }
            }
            files[index].session = session.with(commitments: commitments)
        }
        return usesTaskIDs
    }

    /// Commitment `commitment` of file `file` is mentioned by the later session in
    /// file `reviewer`, the `order`-th review found in the pair's date order.
    private struct Review {
        var file: Int, commitment: Int, reviewer: Int, order: Int
    }

    /// For one pair's held sessions: which later sessions mention each commitment.
    /// Ids written so far are chained per mention number (most ids are written once),
    /// so a journal allocates no list per commitment. An id no body mentions has no
    /// number in `numbering` and is skipped.
    private static func collectReviews(in indices: [Int], files: [SessionFile],
                                       numbering: [UInt64: UInt32]) -> [Review] {
        var reviews: [Review] = []
        let ordered = indices.sorted {
            let a = files[$0].session!, b = files[$1].session!
            return (a.date, a.file) < (b.date, b.file)
        }
        var latest: [UInt32: Int] = [:]  // mention number → last entry written with it
        var written: [(position: Int, file: Int, commitment: Int, previous: Int)] = []
        for (position, index) in ordered.enumerated() {
            let session = files[index].session!
            // Mentions first: a session never reviews its own commitments.
            for key in files[index].mentions {
                var entry = latest[key] ?? -1
                while entry >= 0 {  // reviews are sorted by commitment once all are found
                    let w = written[entry]
                    if w.position < position {
                        reviews.append(Review(file: w.file, commitment: w.commitment, reviewer: index, order: position))
                    }
                    entry = w.previous
                }
            }
            let commitments = session.commitments
            for k in commitments.indices {
                guard let packed = MentionedIDs.pack(commitments[k].id), let key = numbering[packed] else { continue }
                written.append((position, index, k, latest[key] ?? -1))
                latest[key] = written.count - 1
            }
        }
        return reviews
    }
}
