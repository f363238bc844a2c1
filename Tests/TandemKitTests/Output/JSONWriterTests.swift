import Foundation
import Testing
@testable import TandemKit

/// The JSON writer appends bytes rather than strings; these tests hold it to what a
/// JSON parser reads back and to the escaping rules of `Escaping.json`.
@Suite struct JSONWriterTests {
    @Test func integersAreWrittenAsTheirDecimalText() {
        for value in [0, 7, 9, 10, -1, -9, -10, 42, 1_000_000, Int.max, Int.min, -987_654_321] {
            #expect(JSONValue.int(value).serialized(pretty: false) == String(value))
        }
    }

    @Test func stringsAreEscapedAsEscapingJSONEscapesThem() {
        for text in ["plain", "", "quote \" and \\ back", "tab\tnew\nline\r", "\u{0}\u{1F}\u{7F}", "é ü 😀",
                     "line\u{2028}separator\u{2029}", "– en dash", "ends with \\"] {
            var expected = ""
            Escaping.json(text, into: &expected)
            #expect(JSONValue.string(text).serialized(pretty: false) == expected)
        }
    }

    /// Random documents, written whole and streamed in small pieces, parse back to the
    /// same values; large arrays go through the parallel writer.
    @Test func randomDocumentsParseBackToTheirValues() throws {
        var generator = SeededGenerator(seed: 0x15_0A_1)
        for round in 0..<40 {
            let value = JSONValue.object([
                ("round", .int(round)),
                ("items", Self.lazy(count: Int.random(in: 0...1_500, using: &generator), seed: UInt64(round))),
                ("nested", Self.random(depth: 3, using: &generator)),
            ])
            let whole = value.serialized()
            var pieces = ""
            value.serialize(chunk: 257) { pieces += $0 }
            #expect(pieces == whole)
            let parsed = try JSONSerialization.jsonObject(with: Data(whole.utf8), options: [.fragmentsAllowed])
            #expect(Self.same(parsed, value))
        }
    }

    @Test func aLargeArrayIsWrittenInOrderWithTheSameIndentationAsASmallOne() {
        let small = JSONValue.array((0..<3).map { .object([("n", .int($0))]) }).serialized()
        #expect(small == "[\n  {\n    \"n\": 0\n  },\n  {\n    \"n\": 1\n  },\n  {\n    \"n\": 2\n  }\n]\n")
        let large = JSONValue.lazyArray(count: 5_000) { .object([("n", .int($0))]) }.serialized()
        let expected = "[\n" + (0..<5_000).map { "  {\n    \"n\": \($0)\n  }" }.joined(separator: ",\n") + "\n]\n"
        #expect(large == expected)
    }

    /// An object written field by field reads the same as bytes and as a tree, with
    /// containers inside containers, empty ones, and keys after a nested object.
    @Test func anObjectWrittenFieldByFieldIsTheSameAsBytesAndAsATree() throws {
        let body: @Sendable (inout JSONWriter) -> Void = { w in
            w.object { w in
                w.field("file", "sessions/2026/a \"b\".md")
                w.field("focus", nil as String?)
                w.key("pulse")
                w.object { w in
                    w.key("safety")
                    w.int(4)
                    w.key("nested")
                    w.object { w in w.field("deep", [String]()) }
                }
                w.key("empty")
                w.object { _ in }
                w.field("date", LocalDate(year: 2026, month: 11, day: 3))
                w.key("goals")
                w.array { w in
                    w.object { w in w.field("achieved", nil as Bool?) }
                    w.array { _ in }
                    w.double(0.5)
                }
                w.field("owners", ["ana", "ben"])
                w.field("line", 14)
            }
        }
        let tree = JSONWriter.tree(body)
        guard case .object(let fields) = tree else { Issue.record("not an object: \(tree)"); return }
        #expect(fields.map(\.0) == ["file", "focus", "pulse", "empty", "date", "goals", "owners", "line"])
        let expected = """
            {
              "file": "sessions/2026/a \\"b\\".md",
              "focus": null,
              "pulse": {
                "safety": 4,
                "nested": {
                  "deep": []
                }
              },
              "empty": {},
              "date": "2026-11-03",
              "goals": [
                {
                  "achieved": null
                },
                [],
                0.5
              ],
              "owners": [
                "ana",
                "ben"
              ],
              "line": 14
            }

            """
        #expect(tree.serialized() == expected)
        let written = JSONValue.lazyArray(count: 40) { _, w in body(&w) }.serialized(pretty: false)
        #expect(written == "[" + Array(repeating: tree.serialized(pretty: false), count: 40).joined(separator: ",") + "]")
        _ = try JSONSerialization.jsonObject(with: Data(written.utf8))
    }

    @Test func deepNestingIsIndentedTwoSpacesALevel() {
        var value = JSONValue.int(1)
        for _ in 0..<40 { value = .array([value]) }
        let lines = value.serialized().split(separator: "\n")
        #expect(lines.count == 81)
        for (level, line) in lines.prefix(41).enumerated() {
            #expect(line == Substring(String(repeating: " ", count: 2 * level) + (level == 40 ? "1" : "[")))
        }
    }

    static func lazy(count: Int, seed: UInt64) -> JSONValue {
        .lazyArray(count: count) { index in
            var generator = SeededGenerator(seed: seed &* 1_000_003 &+ UInt64(index))
            return random(depth: 2, using: &generator)
        }
    }

    static func random(depth: Int, using generator: inout SeededGenerator) -> JSONValue {
        let words = ["", "a", "ana & ben", "quote\"", "back\\slash", "new\nline", "é", "😀", "\u{2028}", "\u{1}"]
        switch Int.random(in: 0...(depth > 0 ? 7 : 4), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .int(Int.random(in: -1_000_000...1_000_000, using: &generator))
        case 3: return .string(words.randomElement(using: &generator)!)
        case 4: return .double(Double(Int.random(in: -100...100, using: &generator)) / 4)
        case 5: return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in random(depth: depth - 1, using: &generator) })
        default:
            return .object((0..<Int.random(in: 0...4, using: &generator)).map { index in
                ("k\(index)" + words.randomElement(using: &generator)!, random(depth: depth - 1, using: &generator))
            })
        }
    }

    /// Whether what Foundation parsed is `value`.
    static func same(_ parsed: Any, _ value: JSONValue) -> Bool {
        switch value {
        case .null: return parsed is NSNull
        case .bool(let b): return (parsed as? NSNumber)?.boolValue == b
        case .int(let i): return (parsed as? NSNumber)?.int64Value == Int64(i)
        case .double(let d): return (parsed as? NSNumber)?.doubleValue == d
        case .string(let s): return parsed as? String == s
        case .array(let items):
            guard let array = parsed as? [Any], array.count == items.count else { return false }
            return zip(array, items).allSatisfy { same($0, $1) }
        case .lazyArray(let count, let write):
            guard let array = parsed as? [Any], array.count == count else { return false }
            return array.indices.allSatisfy { index in same(array[index], JSONWriter.tree { write(index, &$0) }) }
        case .object(let fields):
            guard let object = parsed as? [String: Any] else { return false }
            let written = Dictionary(uniqueKeysWithValues: fields)  // keys are numbered: never repeated
            return object.count == written.count
                && written.allSatisfy { key, field in object[key].map { same($0, field) } ?? false }
        }
    }
}
