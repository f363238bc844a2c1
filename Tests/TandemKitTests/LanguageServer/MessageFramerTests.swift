import Foundation
import Testing
@testable import TandemKit

@Suite struct MessageFramerTests {
    func frames(_ input: [UInt8], chunk: Int = .max) -> [MessageFramer.Frame] {
        var framer = MessageFramer(maxContentLength: 100)
        var out: [MessageFramer.Frame] = []
        var index = 0
        while index < input.count {
            framer.append(input[index..<min(input.count, index + chunk)])
            index += chunk
            while let frame = framer.next() { out.append(frame) }
        }
        return out
    }

    @Test func readsFramesWholeOrByteByByte() {
        let input = Array("Content-Length: 2\r\n\r\n{}Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 3\r\n\r\n[1]".utf8)
        let expected: [MessageFramer.Frame] = [.message(Data("{}".utf8)), .message(Data("[1]".utf8))]
        #expect(frames(input) == expected)
        #expect(frames(input, chunk: 1) == expected)
    }

    @Test func aHeaderWithoutContentLengthIsSkippedAndReadingGoesOn() {
        let input = Array("Content-Type: x\r\n\r\nContent-Length: 2\r\n\r\n{}".utf8)
        let result = frames(input)
        #expect(result.count == 2)
        guard case .invalid = result[0] else { Issue.record("expected an invalid frame first"); return }
        #expect(result[1] == .message(Data("{}".utf8)))
    }

    @Test func aShortLengthGivesABadBodyThenTheNextMessageIsFound() {
        let input = Array("Content-Length: 3\r\n\r\n{\"a\":1}Content-Length: 2\r\n\r\n{}".utf8)
        #expect(frames(input) == [.message(Data("{\"a".utf8)), .message(Data("{}".utf8))])
    }

    @Test func aMessageOverTheLimitIsSkippedWithoutBeingBuffered() {
        let big = String(repeating: "x", count: 150)
        let input = Array("Content-Length: 150\r\n\r\n\(big)Content-Length: 2\r\n\r\n{}".utf8)
        let result = frames(input, chunk: 7)
        #expect(result.count == 2)
        #expect(result.last == .message(Data("{}".utf8)))
    }

    @Test func anIncompleteFrameWaitsForMoreBytes() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: 10\r\n\r\n{\"a\"".utf8))
        #expect(framer.next() == nil)
        #expect(framer.pendingByteCount > 0)
    }
}

@Suite struct TextLinesTests {
    @Test func columnsInScalarsBecomeUTF16Offsets() {
        let lines = TextLines("a\r\n📅 x é\n")
        #expect(lines.count == 3)
        #expect(lines.line(0) == "a")
        // 📅 is one scalar and two UTF-16 code units.
        #expect(lines.position(line: 2, column: 3) == Position(line: 1, character: 3))
        #expect(lines.endOfLine(1) == Position(line: 1, character: 6))
        #expect(lines.prefix(before: Position(line: 1, character: 1)) == "")  // inside the surrogate pair
        #expect(lines.prefix(before: Position(line: 1, character: 3)) == "📅 ")
    }
}
