/// The commitment-id-shaped words of a session body (seven characters of the id
/// alphabet, a letter first, whole words, any case), packed into integers so a
/// journal of thousands of sessions keeps them cheaply. Review across sessions
/// asks whether a later session mentions an id; text in code blocks and HTML
/// comments counts, as people paste listings.
public enum MentionedIDs {
    /// Every packed word read so far, numbered in the order first seen. Bodies keep
    /// their mentions as these four-byte numbers: most id-shaped words are ordinary
    /// words (`cadence`, `meeting`) that recur in every session, so the table stays
    /// small while the journal's mentions halve. Numbers are compared, never shown.
    private static let numbers = Locked<[UInt64: UInt32]>([:])

    /// The numbers of `keys`, numbering the words not seen before.
    static func numbered(_ keys: [UInt64]) -> [UInt32] {
        guard !keys.isEmpty else { return [] }
        return numbers.withLock { table in
            keys.map { key in
                if let number = table[key] { return number }
                // Four billion distinct words would take tens of gigabytes of text.
                let number = UInt32(truncatingIfNeeded: table.count)
                table[key] = number
                return number
            }
        }
    }

    /// The table as it stands, to look numbers up without the lock.
    static func numbering() -> [UInt64: UInt32] { numbers.withLock { $0 } }

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
    ///
    /// This runs over every body of the journal, so it works on words of eight
    /// bytes: a mask of the word bytes (letters, digits, `_`, any non-ASCII byte,
    /// so `café1234` is one word) is built 64 bytes at a time, runs of exactly seven
    /// are found with shifts, and only those are looked up in the id alphabet.
    /// About a third of a byte-by-byte scan's cost (docs/PERFORMANCE.md).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        let blocks = (bytes.count + 63) / 64
        var found: [UInt64] = []
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: blocks + 1) { masks in
            for block in 0..<blocks { masks[block] = wordMask(bytes, base: base, block: block) }
            masks[blocks] = 0
            table.withUnsafeBufferPointer { table in
                var previous: UInt64 = 0  // the last bit of the block before
                for block in 0..<blocks {
                    let words = masks[block], next = masks[block + 1]
                    var hits = runsOfSeven(words, previous: previous, next: next)
                    while hits != 0 {
                        let start = block * 64 + hits.trailingZeroBitCount
                        hits &= hits - 1
                        if let key = packWord(bytes, at: start, table: table) { found.append(key) }
                    }
                    previous = words >> 63
                }
            }
        }
        guard found.count > 1 else { return found }
        found.sort()
        var unique = 1
        for k in 1..<found.count where found[k] != found[unique - 1] {
            found[unique] = found[k]
            unique += 1
        }
        found.removeLast(found.count - unique)
        return found
    }

    /// Bit k set when byte `64 * block + k` belongs to a word.
    @inline(__always)
    private static func wordMask(_ bytes: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, block: Int) -> UInt64 {
        let start = block * 64
        var mask: UInt64 = 0
        if start + 64 <= bytes.count {
            let raw = UnsafeRawPointer(base + start)
            for k in 0..<8 {
                mask |= wordBits(raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self)) << UInt64(k * 8)
            }
        } else {
            for k in 0..<(bytes.count - start) where isWordByte(bytes[start + k]) { mask |= 1 << UInt64(k) }
        }
        return mask
    }

    /// The word bytes of eight bytes (little-endian), one bit each.
    @inline(__always)
    private static func wordBits(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let ascii = x & ~high
        // High bit of each byte whose low seven bits lie in lo...hi (no carry crosses bytes).
        @inline(__always) func within(_ v: UInt64, _ lo: UInt64, _ hi: UInt64) -> UInt64 {
            (v &+ (128 - lo) &* ones) & ~(v &+ (127 - hi) &* ones) & high
        }
        let digits = within(ascii, 0x30, 0x39)                          // 0-9
        let letters = within(ascii | 0x2020_2020_2020_2020, 0x61, 0x7A)  // A-Z, a-z
        let z = ascii ^ (0x5F &* ones)                                   // _
        let underscore = ~(((z & ~high) &+ ~high) | z | ~high)
        let word = (x & high) | digits | letters | underscore
        return ((word >> 7) &* 0x0102_0408_1020_4080) >> 56
    }

    /// Starts of runs of exactly seven set bits in `words`, with the neighbouring blocks' bits.
    @inline(__always)
    private static func runsOfSeven(_ words: UInt64, previous: UInt64, next: UInt64) -> UInt64 {
        var seven = words
        for shift in 1...6 { seven &= (words >> UInt64(shift)) | (next << UInt64(64 - shift)) }
        let startsWord = ~((words << 1) | previous)
        let endsAfterSeven = ~((words >> 7) | (next << 57))
        return seven & startsWord & endsAfterSeven
    }

    /// The seven-byte word at `start` packed, or nil unless it is id-shaped.
    @inline(__always)
    private static func packWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int,
                                 table: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let first = table[Int(bytes[start])]
        guard first > 10 else { return nil }  // ids start with a letter
        var key = UInt64(first)
        for k in 1..<7 {
            let value = table[Int(bytes[start + k])]
            guard value != 0 else { return nil }
            key = key << 6 | UInt64(value)
        }
        return key
    }

    /// Letters, digits, `_` and any non-ASCII byte.
    @inline(__always)
    private static func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || UTF8Text.isASCIIWord(b) }
}
