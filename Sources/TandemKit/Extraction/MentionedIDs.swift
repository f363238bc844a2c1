/// The commitment-id-shaped words of a session body (seven characters of the id
/// alphabet, a letter first, whole words, any case), packed into integers so a
/// journal of thousands of sessions keeps them cheaply. Review across sessions
/// asks whether a later session mentions an id; text in code blocks and HTML
/// comments counts, as people paste listings.
public enum MentionedIDs {
    /// Alphabet index of each ASCII byte plus one (0: not in the alphabet).
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for (index, byte) in CommitmentID.alphabet.enumerated() {
            table[Int(byte)] = UInt8(index + 1)
            let upper = byte & 0xDF
            if upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") { table[Int(upper)] = UInt8(index + 1) }
        }
        return table
    }()

    /// `id` packed (six bits a character), or nil when it is not id-shaped.
    public static func pack(_ id: String) -> UInt64? {
        var key: UInt64 = 0
        var count = 0
        for byte in id.utf8 {
            let value = table[Int(byte)]
            guard value != 0, count < 7 else { return nil }
            if count == 0, value <= 10 { return nil }  // ids start with a letter
            key = key << 6 | UInt64(value)
            count += 1
        }
        return count == 7 ? key : nil
    }

    /// Every id-shaped whole word of `bytes`, sorted and unique.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var found: [UInt64] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            guard isWordByte(b) else { i += 1; continue }
            let start = i
            var key: UInt64 = 0
            var shaped = table[Int(b)] > 10
            while i < n, isWordByte(bytes[i]) {
                let value = table[Int(bytes[i])]
                if value == 0 || i - start >= 7 { shaped = false } else { key = key << 6 | UInt64(value) }
                i += 1
            }
            if shaped, i - start == 7 { found.append(key) }
        }
        found.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(found.count)
        for key in found where unique.last != key { unique.append(key) }
        return unique
    }

    static func contains(_ sorted: [UInt64], _ key: UInt64) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == key
    }

    /// Letters, digits, `_` and any non-ASCII byte (so `café1234` is one word).
    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || UTF8Text.isASCIIWord(b)
    }
}
