import Testing
@testable import TandemKit

@Suite struct SessionReaderTests {
    let reader = SessionReader(configuration: Configuration())
    static let frontMatter = "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n"  // body starts on line 6

    func read(_ body: String, frontMatter: String = SessionReaderTests.frontMatter, path: String = "sessions/s.md") -> SessionFile {
        reader.read(path: path, bytes: Array((frontMatter + body).utf8))
    }

    func session(_ body: String) throws -> Session { try #require(read(body).session) }

    @Test func goalsComeFromGoalSectionsOnlyAndCommitmentsFromEverywhereElse() throws {
        let s = try session("""
            ## Goals:
            - Handle price objections
            - [x] Achieved goal
              - [ ] nested task in goals: neither
            ### Sub-heading still in goals
            - Second-level goal

            ## Discussion
            - [ ] Draft the script due:2026-11-17
              - [ ] Nested commitment due:2026-11-18
            > - [ ] Quoted commitment due:2026-11-19

            ```
            - [ ] in a code block
            ```

            <div>
            - [ ] in an HTML block
            </div>

            Goal setting
            ------------
            - Setext goal
            """)
        #expect(s.goals.map(\.text) == ["Handle price objections", "Achieved goal", "Second-level goal", "Setext goal"])
        #expect(s.goals.map(\.achieved) == [nil, true, nil, nil])
        #expect(s.goals.map(\.line) == [7, 8, 11, 28])
        #expect(s.commitments.map(\.text) == ["Draft the script", "Nested commitment", "Quoted commitment"])
        #expect(s.commitments.map(\.line) == [14, 15, 16])
        #expect(s.commitments.map(\.column) == [1, 3, 3])
    }

    @Test func checkboxStatuses() throws {
        let s = try session("- [ ] a\n- [/] b\n- [x] c\n- [X] d\n- [-] e\n- [?] f\n- [] not a task\n- [ab] not a task\n")
        #expect(s.commitments.map(\.status) == [.open, .inProgress, .done, .done, .cancelled, .open])
        #expect(s.commitments.map(\.statusIsUnknown) == [false, false, false, false, false, true])
        #expect(read("- [?] f\n").issues.compactMap(ReadProblemRules.rule) == ["status-unknown"])
    }

    @Test func everyDueSyntax() throws {
        let s = try session("""
            - [ ] a due:2026-11-17
            - [ ] b 📅 2026-11-18
            - [ ] c 📅\u{FE0F} 2026-11-19
            - [ ] d 📆 2026-11-20
            - [ ] e 🗓️ 2026-11-21
            - [ ] f [due:: 2026-11-22]
            - [ ] g due:+3d
            - [ ] h due:+2w
            - [ ] i due:next
            """)
        let dues = s.commitments.map { $0.due?.description ?? "nil" }
        #expect(dues == ["2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22",
                         "2026-11-06", "2026-11-17", "2026-11-17"])
        #expect(s.commitments.map(\.text) == ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
        #expect(s.commitments.map(\.usesEmojiDates) == [false, true, true, true, true, false, false, false, false])
    }

    @Test func dueNextUsesThePairsCadence() throws {
        var configuration = Configuration()
        configuration.pairs = [PairPlan(key: PairKey("ben", "ana"), cadence: DayCount(days: 21), line: 1)]
        let file = SessionReader(configuration: configuration).read(
            path: "s.md", bytes: Array((Self.frontMatter + "- [ ] x due:next\n").utf8))
        #expect(file.session?.commitments.first?.due?.description == "2026-11-24")
    }

    @Test func doneAndCancelledDates() throws {
        let s = try session("- [x] a done:2026-11-20\n- [x] b ✅ 2026-11-21\n- [x] c [completion:: 2026-11-22]\n- [-] d cancelled:2026-11-23\n- [-] e ❌ 2026-11-24\n")
        #expect(s.commitments.map { $0.done?.description ?? "-" } == ["2026-11-20", "2026-11-21", "2026-11-22", "-", "-"])
        #expect(s.commitments.map { $0.cancelled?.description ?? "-" } == ["-", "-", "-", "2026-11-23", "2026-11-24"])
        #expect(s.commitments.allSatisfy { $0.text.count == 1 })
    }

    @Test func ownersButNotEmailAddresses() throws {
        let s = try session("- [ ] @ana share the recording with sam@example.com\n- [ ] [owner:: dev] and @chloe call\n- [ ] mine\n")
        #expect(s.commitments.map(\.owners) == [["ana"], ["dev", "chloe"], ["ben"]])
        #expect(s.commitments[0].text == "share the recording with sam@example.com")
        #expect(s.commitments[1].text == "and call")
    }

    @Test func plainTextOfInlineMarkup() throws {
        let s = try session("- [ ] *Draft*   the `script` for [the call](https://x.test) &amp; **more**\n  on two lines\n")
        #expect(s.commitments.first?.text == "Draft the script for the call & more on two lines")
    }

    @Test func impossibleDatesAreDueInvalid() {
        let file = read("- [ ] a due:2026-02-30\n- [x] b ✅ 2026-13-01\n- [ ] c due:soon\n")
        #expect(file.issues.filter { ReadProblemRules.rule(for: $0) == "due-invalid" }.map(\.line) == [6, 7, 8])
        #expect(file.session?.commitments.allSatisfy { $0.due == nil } == true)
    }

    @Test func idsDependOnFileAndTextNotPosition() throws {
        let a = try session("- [ ] first due:2026-11-20\n- [ ] second\n")
        let b = try session("Intro paragraph.\n\n- [ ] second\n- [x] first done:2026-11-21 due:2026-11-20\n")
        #expect(a.commitments[0].id == b.commitments[1].id)
        #expect(a.commitments[1].id == b.commitments[0].id)
        #expect(a.commitments[0].id != a.commitments[1].id)
        let other = try #require(read("- [ ] first\n", path: "sessions/other.md").session)
        #expect(other.commitments[0].id != a.commitments[0].id)
        let twins = try session("- [ ] same\n- [ ] same\n")
        #expect(twins.commitments[0].id != twins.commitments[1].id)
        #expect(a.commitments.allSatisfy { $0.id.count == 7 && $0.id.first!.isLetter })
    }

    @Test func frontMatterFieldsAndKeyLines() throws {
        let file = read("", frontMatter: """
            ---
            date: 2026-11-03
            coach: ana
            coachee: ben
            observer: [cy]
            duration: 45
            focus: Objections
            confidential: yes
            tags: [sales]
            pulse: { trust: 5, safety: 4 }
            status: held
            ---

            """)
        let s = try #require(file.session)
        #expect(s.observers == ["cy"])
        #expect(s.duration == 45)
        #expect(s.confidential)
        #expect(s.pulse.map(\.name) == ["safety", "trust"])
        #expect(file.keyLines["duration"] == 6)
        #expect(file.issues.isEmpty)
    }

    @Test func crlfAndByteOrderMark() throws {
        let text = "\u{FEFF}---\r\ndate: 2026-11-03\r\ncoach: ana\r\ncoachee: ben\r\n---\r\n## Commitments\r\n- [ ] call due:2026-11-10\r\n"
        let file = reader.read(path: "s.md", bytes: Array(text.utf8))
        let s = try #require(file.session)
        #expect(s.commitments.map(\.line) == [7])
        #expect(s.commitments.first?.text == "call")
    }

    @Test(arguments: [
        ("", "front-matter-missing"),
        ("   \n\n", "front-matter-missing"),
        ("---\ndate: 2026-11-03\n", "front-matter-invalid"),
        ("---\n- a\n---\n", "front-matter-invalid"),
        ("---\njust a scalar\n---\n", "front-matter-invalid"),
        ("---\ndate: 2026-11-03\ncoach: ana\n---\n", "field-missing"),
        ("---\ndate: 2026-11-03T10:00\ncoach: ana\ncoachee: ben\n---\n", "field-invalid"),
        ("---\ndate: 0000-01-01\ncoach: ana\ncoachee: ben\n---\n", "field-invalid"),
        ("---\ndate: 99999-01-01\ncoach: ana\ncoachee: ben\n---\n", "field-invalid"),
    ])
    func brokenFilesAreNotSessions(text: String, rule: String) {
        let file = reader.read(path: "s.md", bytes: Array(text.utf8))
        #expect(file.session == nil)
        #expect(file.issues.compactMap(ReadProblemRules.rule).contains(rule))
    }

    @Test func invalidUTF8AndBinary() {
        let latin1: [UInt8] = Array("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\nJo".utf8) + [0xE3, 0x6F, 0x0A]
        let file = reader.read(path: "s.md", bytes: latin1)
        #expect(file.issues.compactMap(ReadProblemRules.rule) == ["encoding-invalid"])
        #expect(file.issues.first?.line == 6)
        let utf16: [UInt8] = [0xFF, 0xFE, 0x2D, 0x00, 0x2D, 0x00]
        #expect(reader.read(path: "s.md", bytes: utf16).issues.compactMap(ReadProblemRules.rule) == ["encoding-invalid"])
    }

    @Test func yamlAliasBombIsHarmless() {
        var yaml = "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        yaml += "tags: *a9\n---\n"
        let file = reader.read(path: "s.md", bytes: Array(yaml.utf8))
        #expect(file.issues.compactMap(ReadProblemRules.rule) == ["field-invalid"])
        #expect(file.session != nil)
    }

    @Test func deepNestingDoesNotCrash() throws {
        let quotes = String(repeating: ">", count: 10_000) + " - [ ] deep due:2026-11-10\n"
        let lists = (0..<2_000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
        let file = read(quotes + "\n" + lists)
        #expect(file.session != nil)
    }

    @Test func disableCommentsAndLintIgnore() throws {
        let file = read("""
            <!-- tandem-disable-next-line commitment-no-due -->
            - [ ] a
            - [ ] b
            <!-- tandem-disable -->
            - [ ] c
            <!-- tandem-enable -->
            - [ ] d
            """)
        let s = file.suppressions
        #expect(s.silences(rule: "commitment-no-due", line: 7))
        #expect(!s.silences(rule: "commitment-overdue", line: 7))
        #expect(!s.silences(rule: "commitment-no-due", line: 8))
        #expect(s.silences(rule: "anything", line: 10))
        #expect(!s.silences(rule: "anything", line: 12))
        let ignored = read("", frontMatter: "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\nlint-ignore: [session-duration]\n---\n")
        #expect(ignored.suppressions.silences(rule: "session-duration", line: 5))
    }
}
