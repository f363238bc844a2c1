/// Short commitment ids that depend on the file and the text, not the position:
/// moving an item, or ticking it, keeps its id.
enum CommitmentID {
    static let alphabet = Array("0123456789abcdefghijkmnpqrstuvwxyz".utf8)  // no l or o

    static func make(file: String, text: String, occurrence: Int) -> String {
        make(fileHash: hash(file: file), text: text, occurrence: occurrence)
    }

    /// FNV-1a 64 of the file's path and a separator: the part of every id of that file
    /// that is the same, worked out once per file.
    static func hash(file: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in file.utf8 { hash = mix(hash, b) }
        return mix(hash, 0)
    }

    @inline(__always) private static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func make(fileHash: UInt64, text: String, occurrence: Int) -> String {
        var text = text
        return text.withUTF8 { make(fileHash: fileHash, text: $0, occurrence: occurrence) }
    }

    static func make(fileHash: UInt64, text: UnsafeBufferPointer<UInt8>, occurrence: Int) -> String {
        var hash = fileHash
        for b in text { hash = mix(hash, b) }
        if occurrence > 0 {
            hash = mix(hash, 0)
            for b in String(occurrence).utf8 { hash = mix(hash, b) }
        }
        // Final avalanche so near-identical texts spread over the whole id.
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return String(unsafeUninitializedCapacity: 7) { id in
            // A letter first, so an id never reads as a number or a line.
            id[0] = alphabet[10 + Int(hash % 24)]
            hash /= 24
            for k in 1..<7 {
                id[k] = alphabet[Int(hash % UInt64(alphabet.count))]
                hash /= UInt64(alphabet.count)
            }
            return 7
        }
    }

    /// Identical texts in one file are told apart by their order of appearance.
    static func assign(to commitments: inout [Commitment], file: String) {
        // A session holds a handful of commitments: counting earlier equal texts
        // costs less than a dictionary, which only long files need. Texts are read
        // where they lie, in the session's pool.
        var seen: [String: Int]? = commitments.count > 16 ? [:] : nil
        let ascii = seen == nil ? commitments.map(\.pooledText.isASCII) : []
        let fileHash = hash(file: file)
        for index in commitments.indices {
            let text = commitments[index].pooledText
            let occurrence: Int
            if seen != nil {
                let string = text.string
                occurrence = seen![string, default: 0]
                seen![string] = occurrence + 1
            } else {
                occurrence = (0..<index).reduce(0) { count, earlier in
                    count + (commitments[earlier].pooledText.isSameText(as: text, bothASCII: ascii[earlier] && ascii[index])
                             ? 1 : 0)
                }
            }
            commitments[index].id = text.withBytes { make(fileHash: fileHash, text: $0, occurrence: occurrence) }
        }
    }
}
