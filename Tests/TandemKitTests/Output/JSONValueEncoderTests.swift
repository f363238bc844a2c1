import Testing
@testable import TandemKit

@Suite struct JSONValueEncoderTests {
    struct Entry: Encodable {
        var zeta: Int
        var alpha: String
        @Nullable var due: LocalDate?
        var note: String?
        var ratio: Double
        enum CodingKeys: String, CodingKey { case zeta, alpha, due, note, ratio = "share_of_total" }
    }

    struct Headed: Encodable {
        var entries: [Entry]
        var scores: JSONFields<Int>
        func encode(to encoder: any Encoder) throws {
            try DocumentHeader(today: LocalDate(year: 2026, month: 11, day: 25)!).encode(to: encoder)
            var container = encoder.container(keyedBy: JSONKey.self)
            try container.encode(entries, forKey: JSONKey("entries"))
            try container.encode(scores, forKey: JSONKey("scores"))
        }
    }

    @Test func keysKeepTheirOrderAndNullablesAreWrittenAsNull() throws {
        let entry = Entry(zeta: 1, alpha: "a\"b", due: nil, note: nil, ratio: 0.5)
        #expect(try JSONValueEncoder.encode(entry).serialized() == """
            {
              "zeta": 1,
              "alpha": "a\\"b",
              "due": null,
              "share_of_total": 0.5
            }

            """)
    }

    @Test func aDocumentWritesItsHeaderInlineThenItsOwnKeys() throws {
        let document = Headed(entries: [Entry(zeta: 2, alpha: "x", due: LocalDate(year: 2026, month: 1, day: 2), ratio: 3)],
                              scores: JSONFields([("trust", 4), ("safety", 5)]))
        let expected: JSONValue = .object(IndexDocument.header(today: LocalDate(year: 2026, month: 11, day: 25)!) + [
            ("entries", .array([.object([("zeta", .int(2)), ("alpha", .string("x")), ("due", .string("2026-01-02")),
                                         ("share_of_total", .double(3))])])),
            ("scores", .object([("trust", .int(4)), ("safety", .int(5))])),
        ])
        #expect(try JSONValueEncoder.encode(document).serialized() == expected.serialized())
    }

    @Test func aJSONValueInsideAModelIsKeptAsItIs() throws {
        struct Wrapper: Encodable { var value: JSONValue; var empty: [Int] }
        let value: JSONValue = .object([("b", .array([.null, .bool(true)])), ("a", .object([]))])
        #expect(try JSONValueEncoder.encode(Wrapper(value: value, empty: [])).serialized()
            == JSONValue.object([("value", value), ("empty", .array([]))]).serialized())
    }

    @Test func aKeyEncodedAgainKeepsItsFirstPlace() throws {
        struct Twice: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: JSONKey.self)
                try container.encode(1, forKey: JSONKey("a"))
                try container.encode(2, forKey: JSONKey("b"))
                try container.encode(3, forKey: JSONKey("a"))
            }
        }
        #expect(try JSONValueEncoder.encode(Twice()).serialized(pretty: false) == #"{"a":3,"b":2}"#)
    }
}
