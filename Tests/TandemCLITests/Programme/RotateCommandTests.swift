import Foundation
import Testing

/// `tandem rotate` (SPEC §9): constraints, output shapes, exit codes.
@Suite struct RotateCommandTests {
    static func people(_ entries: [String]) -> String {
        "team: T\npeople:\n" + entries.map { "  \($0)\n" }.joined()
    }

    func rotate(_ journal: TemporaryJournal, _ extra: [String] = []) throws -> CLIResult {
        try CLI.run(["rotate", "-C", journal.path, "--today", "2026-11-25"] + extra)
    }

    func groups(_ result: CLIResult) throws -> [[String: Any]] {
        try #require(try CLI.json(result.stdout)["pairs"] as? [[String: Any]])
    }

    @Test func jsonShapeAndSpan() throws {
        let journal = try TemporaryJournal(config: Self.people(["dee: D", "ana: A", "cy: C", "ben: B"]))
        let result = try rotate(journal, ["--format", "json", "--on", "2026-12-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(result.stdout)
        #expect(Array(json.keys) == ["pairs"])
        let pairs = try groups(result)
        #expect(pairs.count == 2)
        for pair in pairs {
            #expect(Set(pair.keys) == ["partners", "observer", "since", "until"])
            let partners = try #require(pair["partners"] as? [String])
            #expect(partners == partners.sorted() && partners.count == 2)
            #expect(pair["observer"] is NSNull)
            #expect(pair["since"] as? String == "2026-12-01")
            #expect(pair["until"] as? String == "2027-05-30")  // + 180 days
        }
        let everyone = pairs.flatMap { $0["partners"] as? [String] ?? [] }.sorted()
        #expect(everyone == ["ana", "ben", "cy", "dee"])
    }

    @Test func sameJournalAndSeedSameProposal() throws {
        let ids = (1...30).map { "p\($0): P\($0)" }
        let journal = try TemporaryJournal(config: Self.people(ids))
        let first = try rotate(journal, ["--seed", "7"])
        let second = try rotate(journal, ["--seed", "7"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let seeds = try (0..<5).map { try rotate(journal, ["--seed", "\($0)"]).stdout }
        #expect(Set(seeds).count > 1, "the seed breaks ties between equally good proposals")
    }

    @Test func yamlPastesIntoTandemYml() throws {
        let config = Self.people(["ana: A", "ben: B", "cy: C", "dee: D", "eve: E"])
        let journal = try TemporaryJournal(config: config)
        let result = try rotate(journal, ["--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("pairs:\n  "))
        #expect(result.stdout.contains("    observer: "), "five people: one triad")
        #expect(result.stdout.contains("    since: 2026-11-25\n    until: 2027-05-24\n"))
        #expect(result.stdout.contains("# ana"), "--explain says why, as YAML comments")
        try journal.write("tandem.yml", config + result.stdout)
        let check = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("config-unknown-key"))
        let index = try CLI.json(try CLI.run(["index", "-C", journal.path, "--today", "2026-11-25"]).stdout)
        #expect((index["pairs"] as? [[String: Any]])?.count == 2)
        // Once pasted, nobody is a newcomer without a pair.
        let check2 = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--rule", "newcomer-unpaired"])
        #expect(check2.stdout.isEmpty || check2.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func oddCountGivesOneTriadAndEveryPairOfItIsAllowed() throws {
        // ana managed by ben: the triad must not hold both.
        let journal = try TemporaryJournal(config: Self.people(["ana: { name: A, manager: ben }", "ben: B", "cy: C"]))
        let result = try rotate(journal, ["--format", "json"])
        #expect(result.status == 2, "three people, two of them manager and report: no triad is possible")
        #expect(result.stderr.contains("manager"))
        let four = try TemporaryJournal(config: Self.people(["ana: { name: A, manager: ben }", "ben: B", "cy: C", "dee: D", "eve: E"]))
        let ok = try rotate(four, ["--format", "json"])
        #expect(ok.status == 0)
        let pairs = try groups(ok)
        #expect(pairs.filter { !($0["observer"] is NSNull) }.count == 1)
        for pair in pairs {
            let members = Set((pair["partners"] as? [String] ?? []) + [pair["observer"] as? String].compactMap { $0 })
            #expect(!(members.contains("ana") && members.contains("ben")))
        }
    }

    @Test func neverWithOnesManager() throws {
        let journal = try TemporaryJournal(config: Self.people(["ana: { name: A, manager: ben }", "ben: B"]))
        let result = try rotate(journal)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ana cannot be paired"))
        #expect(result.stderr.contains("(manager)"))
        #expect(result.stdout.isEmpty)
    }

    @Test func recentPartnersAreAvoidedWithinTheConfiguredWindow() throws {
        let session = TemporaryJournal.session(date: "2026-08-01")
        let journal = try TemporaryJournal(config: Self.people(["ana: A", "ben: B"]),
                                           files: ["sessions/2026-08-01-ana-ben.md": session])
        let blocked = try rotate(journal)
        #expect(blocked.status == 2)
        #expect(blocked.stderr.contains("rotate.avoid"))
        try journal.write("tandem.yml", Self.people(["ana: A", "ben: B"]) + "rotate: { avoid: 30d }\n")
        let allowed = try rotate(journal, ["--format", "json"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try groups(allowed).first?["partners"] as? [String] == ["ana", "ben"])
    }

    @Test func everybodyAlreadyPairedWithEverybody() throws {
        let ids = ["ana", "ben", "cy", "dee"]
        var files: [String: String] = [:]
        var day = 1
        for a in ids { for b in ids where a < b {
            let date = String(format: "2026-10-%02d", day)
            files["sessions/\(date)-\(a)-\(b).md"] = TemporaryJournal.session(date: date, coach: a, coachee: b)
            day += 1
        } }
        let journal = try TemporaryJournal(config: Self.people(ids.map { "\($0): X" }), files: files)
        let result = try rotate(journal)
        #expect(result.status == 2)
        #expect(result.stderr.contains("rotate.avoid"), "\(result.stderr)")
    }

    @Test func fewerThanTwoPeople() throws {
        for config in ["team: T\n", Self.people(["ana: A"]), Self.people(["ana: A", "ben: { name: B, left: 2026-10-01 }"])] {
            let journal = try TemporaryJournal(config: config)
            let result = try rotate(journal)
            #expect(result.status == 2)
            #expect(result.stderr.contains("at least 2 people"), "\(result.stderr)")
        }
    }

    @Test func newcomersGoWithExperiencedPeople() throws {
        // ana and ben held 6 sessions together long ago: both experienced, allowed together again.
        var files: [String: String] = [:]
        for month in 1...6 {
            let date = String(format: "2024-%02d-10", month)
            files["sessions/\(date)-ana-ben.md"] = TemporaryJournal.session(date: date, coach: month % 2 == 0 ? "ana" : "ben",
                                                                            coachee: month % 2 == 0 ? "ben" : "ana")
        }
        let config = Self.people(["ana: A", "ben: B", "cy: { name: C, joined: 2026-11-01 }", "dee: { name: D, joined: 2026-10-20 }"])
        let journal = try TemporaryJournal(config: config, files: files)
        for seed in 0..<4 {
            let result = try rotate(journal, ["--format", "json", "--seed", "\(seed)", "--explain"])
            #expect(result.status == 0, "\(result.stderr)")
            for pair in try groups(result) {
                let partners = try #require(pair["partners"] as? [String])
                #expect(partners.contains("ana") != partners.contains("ben"), "seed \(seed): \(partners)")
                let why = (pair["why"] as? [String] ?? []).joined(separator: "\n")
                #expect(why.contains("(experienced)"))
            }
        }
    }

    @Test func thousandPeopleAreGroupedValidly() throws {
        let ids = (0..<1000).map { String(format: "p%04d", $0) }
        let entries = ids.enumerated().map { index, id in
            index % 10 == 0 ? "\(id): { name: X, manager: p0001 }" : "\(id): X"
        }
        let journal = try TemporaryJournal(config: Self.people(entries))
        let result = try rotate(journal, ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let pairs = try groups(result)
        let members = pairs.flatMap { ($0["partners"] as? [String] ?? []) + [$0["observer"] as? String].compactMap { $0 } }
        #expect(members.sorted() == ids)
        for pair in pairs {
            let group = Set((pair["partners"] as? [String] ?? []) + [pair["observer"] as? String].compactMap { $0 })
            #expect(!(group.contains("p0001") && group.contains { Int($0.dropFirst())! % 10 == 0 }))
        }
    }

    @Test func peopleWhoLeftAreLeftOut() throws {
        let journal = try TemporaryJournal(config: Self.people(["ana: A", "ben: B", "kim: { name: K, left: 2026-11-01 }",
                                                               "lou: { name: L, left: 2026-12-31 }"]))
        let result = try rotate(journal, ["--format", "json"])
        let members = try groups(result).flatMap { ($0["partners"] as? [String] ?? []) + [$0["observer"] as? String].compactMap { $0 } }
        #expect(Set(members) == ["ana", "ben", "lou"], "lou leaves after the rotation day: still in")
        #expect(!members.contains("kim"))
        let later = try rotate(journal, ["--format", "json", "--on", "2027-01-05"])
        #expect(try groups(later).flatMap { $0["partners"] as? [String] ?? [] }.sorted() == ["ana", "ben"])
    }

    @Test func badPeopleFactsStopTheRunWithTheLine() throws {
        let cases: [(String, String)] = [
            (Self.people(["ana: { name: A, manager: ana }", "ben: B"]), "tandem.yml:3:"),
            (Self.people(["ana: { name: A, manager: ben }", "ben: { name: B, manager: cy }", "cy: { name: C, manager: ana }"]),
             "cycle"),
            (Self.people(["ana: { name: A, joined: 2026-05-01, left: 2026-04-01 }", "ben: B"]), "before joined"),
            (Self.people(["ana: { name: A, joined: 2026-02-30 }", "ben: B"]), "tandem.yml:3:"),
        ]
        for (config, message) in cases {
            let journal = try TemporaryJournal(config: config)
            for command in [["rotate"], ["check"]] {
                let result = try CLI.run(command + ["-C", journal.path, "--today", "2026-11-25"])
                #expect(result.status == 2, "\(config)")
                #expect(result.stderr.contains(message), "\(result.stderr)")
            }
        }
    }

    @Test func newcomerUnpairedPointsAtThePersonsLine() throws {
        let journal = try TemporaryJournal(config: Self.people(["ana: A", "ben: { name: B, joined: 2026-10-01 }",
                                                               "cy: { name: C, joined: 2026-11-20 }"]))
        let result = try CLI.run(["check", "-C", journal.path, "--today", "2026-11-25", "--format", "json"])
        let findings = try #require(try CLI.json(result.stdout)["findings"] as? [[String: Any]])
        let newcomer = findings.filter { $0["rule"] as? String == "newcomer-unpaired" }
        #expect(newcomer.count == 1)
        #expect(newcomer.first?["file"] as? String == "tandem.yml")
        #expect(newcomer.first?["line"] as? Int == 4)
        #expect(newcomer.first?["severity"] as? String == "warning")
    }
}
