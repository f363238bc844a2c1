import Testing
@testable import TandemKit

/// The word scan behind review (§6.3) works on eight bytes at a time; these tests
/// hold it to the plain definition, one byte at a time.
@Suite struct MentionedIDsPropertyTests {
    /// The definition: whole words (letters, digits, `_`, non-ASCII bytes) of exactly
    /// seven bytes, every one in the id alphabet in either case, a letter first.
    static func reference(_ bytes: [UInt8]) -> [UInt64] {
        var found = Set<UInt64>()
        var i = 0
        while i < bytes.count {
            let isWord = { (b: UInt8) in b >= 0x80 || UTF8Text.isASCIIWord(b) }
            guard isWord(bytes[i]) else { i += 1; continue }
            var end = i
            while end < bytes.count, isWord(bytes[end]) { end += 1 }
            if end - i == 7, let key = MentionedIDs.pack(String(decoding: bytes[i..<end], as: UTF8.self)) {
                found.insert(key)
            }
            i = end
        }
        return found.sorted()
    }

    static func scan(_ bytes: [UInt8]) -> [UInt64] { bytes.withUnsafeBufferPointer { MentionedIDs.scan($0) } }

    @Test func theScanFindsExactlyTheWordsTheDefinitionFinds() {
        // Bytes that make and break words at every offset of the eight-byte blocks.
        let alphabet = Array("ak7Z_ l-\n.".utf8) + [0xC3, 0xA9, 0xE2, 0x80]
        var generator = SeededGenerator(seed: 0x5EED_1D5)
        for round in 0..<3_000 {
            let length = Int.random(in: 0...(round < 500 ? 20 : 300), using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(Self.scan(bytes) == Self.reference(bytes), "seed round \(round): \(bytes)")
        }
    }

    @Test func idsAtBlockEdgesAndInsideLongerWordsAreToldApart() {
        let id = "k3f9a2c"
        for offset in 0..<70 {
            let text = String(repeating: " ", count: offset) + id + " " + "x" + id + " " + id + "_"
            let found = Self.scan(Array(text.utf8))
            #expect(found == [MentionedIDs.pack(id)!], "at offset \(offset)")
        }
        #expect(Self.scan(Array("K3F9A2C.".utf8)) == [MentionedIDs.pack(id)!])
        #expect(Self.scan(Array("café123 k3f9a2cé 1abcdef".utf8)).isEmpty)
        #expect(Self.scan([]).isEmpty)
    }
}
