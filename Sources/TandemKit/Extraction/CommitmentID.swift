/// Short commitment ids that depend on the file and the text, not the position:
/// moving an item, or ticking it, keeps its id.
enum CommitmentID {
    static let alphabet = Array("0123456789abcdefghijkmnpqrstuvwxyz".utf8)  // no l or o

    static func make(file: String, text: String, occurrence: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a 64
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for b in file.utf8 { mix(b) }
        mix(0)
        for b in text.utf8 { mix(b) }
        if occurrence > 0 { mix(0); for b in String(occurrence).utf8 { mix(b) } }
        // Final avalanche so near-identical texts spread over the whole id.
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        // A letter first, so an id never reads as a number or a line.
        var chars: [UInt8] = [alphabet[10 + Int(hash % 24)]]
        hash /= 24
        for _ in 0..<6 {
            chars.append(alphabet[Int(hash % UInt64(alphabet.count))])
            hash /= UInt64(alphabet.count)
        }
        return String(decoding: chars, as: UTF8.self)
    }

    /// Identical texts in one file are told apart by their order of appearance.
    static func assign(to commitments: inout [Commitment], file: String) {
        // A session holds a handful of commitments: counting earlier equal texts
        // costs less than a dictionary, which only long files need.
        var seen: [String: Int]? = commitments.count > 16 ? [:] : nil
        for index in commitments.indices {
            let text = commitments[index].text
            let occurrence: Int
            if seen != nil {
                occurrence = seen![text, default: 0]
                seen![text] = occurrence + 1
            } else {
                occurrence = commitments[..<index].reduce(0) { $0 + ($1.text == text ? 1 : 0) }
            }
            commitments[index].id = make(file: file, text: text, occurrence: occurrence)
        }
    }
}
