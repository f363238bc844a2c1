/// What a commitment owes to the rest of the journal, settled once per run:
/// whether it is blocked by an open commitment it depends on (§6.1) and which
/// later held sessions of its pair mention it (§6.3). Linear in the journal's
/// size: ids are looked up in hash maps, never compared session by session.
enum CommitmentLinks {
    static func resolve(_ files: inout [SessionFile]) {
        var openTaskIDs = Set<String>()
        var hasDependencies = false
        var byPair: [PairKey: [Int]] = [:]
        for (index, file) in files.enumerated() {
            guard let session = file.session else { continue }
            for c in session.commitments {
                if c.isOpen, let id = c.taskID { openTaskIDs.insert(id) }
                if !c.dependsOn.isEmpty { hasDependencies = true }
            }
            if session.isHeld, session.coach != session.coachee { byPair[session.pair, default: []].append(index) }
        }
        var reviewed: [Int: [Int: [String]]] = [:]  // file index → commitment index → reviewing files
        for (_, indices) in byPair {
            reviews(in: indices, files: files, into: &reviewed)
        }
        guard hasDependencies || !reviewed.isEmpty else { return }
        for index in files.indices {
            guard let session = files[index].session else { continue }
            let reviews = reviewed[index]
            let blocks = hasDependencies && session.commitments.contains { !$0.dependsOn.isEmpty }
            guard blocks || reviews != nil else { continue }
            var commitments = session.commitments
            for k in commitments.indices {
                commitments[k].reviewedIn = reviews?[k] ?? []
                let own = commitments[k].taskID
                commitments[k].blocked = commitments[k].isOpen
                    && commitments[k].dependsOn.contains { $0 != own && openTaskIDs.contains($0) }
            }
            files[index].session = session.with(commitments: commitments)
        }
    }

    /// For one pair's held sessions: which later sessions mention each commitment.
    private static func reviews(in indices: [Int], files: [SessionFile], into reviewed: inout [Int: [Int: [String]]]) {
        let ordered = indices.sorted {
            let a = files[$0].session!, b = files[$1].session!
            return (a.date, a.file) < (b.date, b.file)
        }
        var written: [UInt64: [(position: Int, file: Int, commitment: Int)]] = [:]
        for (position, index) in ordered.enumerated() {
            let session = files[index].session!
            // Mentions first: a session never reviews its own commitments.
            for key in session.mentions {
                guard let entries = written[key] else { continue }
                for entry in entries where entry.position < position {
                    reviewed[entry.file, default: [:]][entry.commitment, default: []].append(session.file)
                }
            }
            for (k, c) in session.commitments.enumerated() {
                guard let key = MentionedIDs.pack(c.id) else { continue }
                written[key, default: []].append((position, index, k))
            }
        }
    }
}
