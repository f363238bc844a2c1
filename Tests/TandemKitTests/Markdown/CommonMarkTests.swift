import Testing
@testable import TandemKit

/// cmark's memory comes from a per-thread arena let go after each walk: documents of
/// any size, walks inside walks and walks on many threads read what was written.
@Suite struct CommonMarkTests {
    /// The text literals and the item lines of a document, in order.
    struct Collector: MarkdownVisitor {
        var texts: [String] = []
        var itemLines: [Int] = []
        var inner: [UInt8]?
        var innerTexts: [String] = []

        mutating func enter(_ node: MarkdownNode) -> Bool {
            if node.kind == .item, let line = node.line { itemLines.append(line) }
            if node.kind == .text, let literal = node.literal { texts.append(literal) }
            if node.kind == .heading(level: 1), let body = inner {
                var nested = Collector()
                body.withUnsafeBufferPointer { CommonMark.walk($0, firstLine: 1, visitor: &nested) }
                innerTexts = nested.texts
            }
            return true
        }

        mutating func exit(_ node: MarkdownNode) {}
    }

    static func walk(_ text: String, inner: String? = nil) -> Collector {
        var collector = Collector()
        collector.inner = inner.map { Array($0.utf8) }
        Array(text.utf8).withUnsafeBufferPointer { CommonMark.walk($0, firstLine: 1, visitor: &collector) }
        return collector
    }

    @Test func aDocumentMuchLargerThanOneArenaChunkIsReadWhole() {
        let long = String(repeating: "word ", count: 40)
        let items = (1...3_000).map { "- [ ] commitment \($0) \(long)" }
        let read = Self.walk("## Commitments\n" + items.joined(separator: "\n") + "\n")
        #expect(read.itemLines.count == 3_000)
        #expect(read.itemLines.last == 3_001)
        #expect(read.texts.last == "[ ] commitment 3000 \(long)".trimmingCharacters(in: .whitespaces))
        // One paragraph of 200 KB: a buffer that grows far beyond a chunk.
        let paragraph = String(repeating: "a", count: 200_000)
        #expect(Self.walk(paragraph + "\n").texts == [paragraph])
    }

    @Test func aWalkInsideAWalkReadsBothDocuments() {
        let read = Self.walk("# Outer\n\nafter the heading\n", inner: "- inner item\n")
        #expect(read.texts == ["Outer", "after the heading"])
        #expect(read.innerTexts == ["inner item"])
    }

    @Test func documentsWalkedOnEveryCoreAtOnceReadAsWritten() {
        let bodies = (0..<400).map { n in "## Goals\n" + (0...(n % 37)).map { "- goal \(n).\($0)" }.joined(separator: "\n") + "\n" }
        let texts = Parallel.map(bodies) { Self.walk($0).texts }
        for (n, read) in texts.enumerated() {
            #expect(read == ["Goals"] + (0...(n % 37)).map { "goal \(n).\($0)" })
        }
    }
}
