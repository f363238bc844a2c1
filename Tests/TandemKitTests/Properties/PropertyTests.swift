import Testing
@testable import TandemKit

/// A small deterministic generator (SplitMix64), so every run checks the same cases
/// and a failure can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct PropertyTests {
    static let frontMatter = "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n"
    static let seed = """
        ---
        date: 2026-11-03
        coach: ana
        coachee: ben
        pulse: { safety: 4 }
        ---
        ## Goals
        - [x] Handle *price* objections
        ## Commitments
        - [ ] @ana share the `recording` 📅 2026-11-07
        > - [/] Draft [the script](x) due:+2w
        - [x] Re-read ✅ 2026-11-04 [owner:: dev]
        <!-- tandem-disable-next-line -->
        ```
        - [ ] code
        ```
        """
    static let alphabet: [UInt8] = Array("-[]x /:@\n\r\t>`*#_<!>~|{}&;,\u{0}".utf8) + [0xF0, 0x9F, 0x93, 0x85, 0xE2, 0x9C, 0x85, 0xFF, 0xC3]

    @Test func theReaderNeverTrapsOnMutatedOrArbitraryBytes() {
        var rng = SeededGenerator(seed: 42)
        let reader = SessionReader(configuration: Configuration())
        let base = Array(Self.seed.utf8)
        for round in 0..<3_000 {
            var bytes = base
            let edits = Int.random(in: 1...12, using: &rng)
            for _ in 0..<edits {
                let position = Int.random(in: 0...bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.insert(Self.alphabet.randomElement(using: &rng)!, at: position)
                case 1 where position < bytes.count: bytes.remove(at: position)
                default: if position < bytes.count { bytes[position] = UInt8.random(in: 0...255, using: &rng) }
                }
            }
            if round % 10 == 0 {  // and now and then pure noise
                bytes = (0..<Int.random(in: 0...400, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            }
            let file = reader.read(path: "sessions/fuzz.md", bytes: bytes)
            // Whatever the input, every problem names a real line of the file.
            let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            #expect(file.issues.allSatisfy { $0.line >= 1 && $0.line <= lines + 1 })
            if let session = file.session {
                #expect(session.commitments.allSatisfy { $0.line >= 1 && $0.line <= lines })
            }
        }
    }

    @Test func idsDoNotDependOnOrder() {
        var rng = SeededGenerator(seed: 7)
        let reader = SessionReader(configuration: Configuration())
        let words = ["draft", "call", "share", "review", "ask", "book", "plan", "write"]
        for _ in 0..<200 {
            let texts = (0..<Int.random(in: 1...8, using: &rng)).map { index in
                (0..<3).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ") + " \(index)"
            }
            func ids(_ order: [String]) -> [String: String] {
                let body = order.map { "- [ ] \($0) due:2026-11-30\n" }.joined()
                let session = reader.read(path: "sessions/s.md", bytes: Array((Self.frontMatter + body).utf8)).session
                return Dictionary(uniqueKeysWithValues: (session?.commitments ?? []).map { ($0.text, $0.id) })
            }
            #expect(ids(texts) == ids(texts.shuffled(using: &rng)))
        }
    }

    @Test func doneThenReopenRestoresTheBytes() throws {
        var rng = SeededGenerator(seed: 11)
        let dues = ["due:2026-11-17", "📅 2026-11-17", "[due:: 2026-11-17]", "🗓️ 2026-11-17", ""]
        let prefixes = ["- ", "* ", "+ ", "1. ", "2) ", "  - ", "> - "]
        let endings = ["\n", "\r\n", ""]
        for _ in 0..<300 {
            let line = prefixes.randomElement(using: &rng)! + "[ ] Task \(Int.random(in: 0...999, using: &rng)) "
                + dues.randomElement(using: &rng)! + (Bool.random(using: &rng) ? "  " : "")
            let ending = endings.randomElement(using: &rng)!
            let original = Array(("intro\n" + line + ending + (ending.isEmpty ? "" : "tail" + ending)).utf8)
            let date = LocalDate(year: 2026, month: 11, day: Int.random(in: 1...28, using: &rng))!
            for edit in [CommitmentEdit.done(date), .cancel(date)] {
                let edited = try CommitmentEditor.apply(edit, to: original, line: 2)
                #expect(edited != original)
                let restored = try CommitmentEditor.apply(.reopen, to: edited, line: 2)
                #expect(restored == original, "\(line.debugDescription) \(edit)")
            }
        }
    }

    @Test func renderedFieldsParseBack() throws {
        var rng = SeededGenerator(seed: 3)
        let reader = SessionReader(configuration: Configuration())
        let words = ["Draft", "the", "objection", "script", "für", "Jürgen", "café", "✓", "deal", "notes"]
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...6, using: &rng)).map { _ in words.randomElement(using: &rng)! }
                .joined(separator: " ")
            let owners = ["ana", "ben", "chloe", "dev"].filter { _ in Bool.random(using: &rng) }
            let due = LocalDate(year: 2026, month: Int.random(in: 11...12, using: &rng), day: Int.random(in: 4...28, using: &rng))!
            let done = Bool.random(using: &rng) ? due.adding(days: -1) : nil
            var parts = owners.map { "@\($0)" } + [text]
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: parts.append("due:\(due)")
            case 1: parts.append("📅 \(due)")
            default: parts.append("[due:: \(due)]")
            }
            if let done { parts.append(Bool.random(using: &rng) ? "done:\(done)" : "✅ \(done)") }
            let line = "- [\(done == nil ? " " : "x")] " + parts.shuffled(using: &rng).joined(separator: " ") + "\n"
            let session = try #require(reader.read(path: "s.md", bytes: Array((Self.frontMatter + line).utf8)).session)
            let c = try #require(session.commitments.first)
            #expect(c.due == due, "\(line)")
            #expect(c.done == done, "\(line)")
            #expect(Set(c.owners) == Set(owners.isEmpty ? ["ben"] : owners), "\(line)")
            #expect(c.status == (done == nil ? .open : .done))
            // The text is the words in their order, whatever the fields around them.
            #expect(c.text == text, "\(line)")
        }
    }
}
