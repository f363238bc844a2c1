import Foundation
import Testing

/// SPEC §9: `swap`, climate surveys and per-person digests, through the binary.
@Suite struct ProgrammeCommandTests {
    static let today = ["--today", "2026-11-25"]

    // MARK: swap

    static func swapJournal() throws -> TemporaryJournal {
        var files: [String: String] = [:]
        for (index, date) in ["2026-10-01", "2026-10-15", "2026-10-29"].enumerated() {
            files["sessions/\(date)-ana-ben.md"] = TemporaryJournal.session(date: date, extra: index == 2 ? "swap: true\n" : "")
        }
        files["sessions/2026-11-12-ana-ben.md"] = TemporaryJournal.session(date: "2026-11-12")
        return try TemporaryJournal(config: "team: T\n", files: files)
    }

    @Test func swapCountsHalfASessionCoachedByEach() throws {
        let journal = try Self.swapJournal()
        let index = try CLI.json(try CLI.run(["index", "-C", journal.path] + Self.today).stdout)
        let pair = try #require((index["pairs"] as? [[String: Any]])?.first)
        let coached = try #require(pair["coached"] as? [String: Double])
        #expect(coached == ["ana": 3.5, "ben": 0.5])
        let stats = try CLI.run(["stats", "-C", journal.path, "--format", "json"] + Self.today)
        #expect(stats.stdout.contains("\"ana\": 3.5"))
        let check = try CLI.run(["check", "-C", journal.path] + Self.today)
        #expect(check.stdout.contains("ana coached 3.5 of 4 sessions with ben (88%)"), "\(check.stdout)")
    }

    @Test func newAlternatesAfterASwapByTheBalance() throws {
        let journal = try TemporaryJournal(config: "team: T\n", files: [
            "sessions/2026-10-01-ana-ben.md": TemporaryJournal.session(date: "2026-10-01"),
            "sessions/2026-10-15-ana-ben.md": TemporaryJournal.session(date: "2026-10-15", extra: "swap: true\n"),
        ])
        // ana coached 1.5, ben 0.5: ben coaches next.
        let result = try CLI.run(["new", "-C", journal.path, "--pair", "ana,ben", "--date", "2026-10-29"] + Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try journal.text(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.contains("coach: ben\n") && text.contains("coachee: ana\n"), "\(text)")
    }

    @Test func nonBooleanSwapIsFieldInvalid() throws {
        let journal = try TemporaryJournal(config: "team: T\n", files: [
            "sessions/2026-10-01-ana-ben.md": TemporaryJournal.session(date: "2026-10-01", extra: "swap: sometimes\n"),
        ])
        let result = try CLI.run(["check", "-C", journal.path] + Self.today)
        #expect(result.status == 1)
        #expect(result.stdout.contains("sessions/2026-10-01-ana-ben.md:5:1: error: 'swap' must be true or false [field-invalid]"),
                "\(result.stdout)")
    }

    // MARK: surveys

    static func survey(_ date: String, _ kind: String, _ respondents: String, _ scores: String) -> String {
        "---\ndate: \(date)\nkind: \(kind)\nrespondents: \(respondents)\nscores:\n\(scores)---\n\nNotes.\n"
    }

    @Test func climateBaselineToLatestWithHiddenSurveys() throws {
        let journal = try TemporaryJournal(config: "team: T\n", files: [
            "sessions/2026-10-01-ana-ben.md": TemporaryJournal.session(date: "2026-10-01"),
            "surveys/2026/a.md": Self.survey("2026-05-01", "pulse", "5", "  safety: 2.5\n"),
            "surveys/2026/b.md": Self.survey("2026-06-01", "baseline", "9", "  safety: 3.1\n  trust: 3\n"),
            "surveys/c.md": Self.survey("2026-09-01", "midpoint", "8", "  safety: 3.6\n  trust: 3.8\n"),
            "surveys/d.md": Self.survey("2026-11-01", "pulse", "2", "  safety: 5\n"),
            "surveys/.hidden.md": Self.survey("2026-11-02", "pulse", "9", "  safety: 1\n"),
        ])
        let json = try CLI.json(try CLI.run(["stats", "-C", journal.path, "--format", "json"] + Self.today).stdout)
        let climate = try #require(json["climate"] as? [String: Any])
        #expect(climate["min_respondents"] as? Int == 3)
        let surveys = try #require(climate["surveys"] as? [[String: Any]])
        #expect(surveys.map { $0["file"] as? String } == ["surveys/2026/a.md", "surveys/2026/b.md", "surveys/c.md", "surveys/d.md"])
        let hidden = try #require(surveys.last)
        #expect(hidden["hidden"] as? Bool == true)
        #expect(hidden["scores"] is NSNull)
        #expect((hidden["hidden_reason"] as? String)?.contains("min-respondents 3") == true)
        let scores = try #require(climate["scores"] as? [[String: Any]])
        let safety = try #require(scores.first { $0["name"] as? String == "safety" })
        #expect((safety["baseline"] as? [String: Any])?["date"] as? String == "2026-06-01", "the baseline survey, not the earliest")
        #expect((safety["latest"] as? [String: Any])?["value"] as? Double == 3.6, "the hidden survey does not count")
        #expect(safety["change"] as? Double == 0.5)
        let text = try CLI.run(["stats", "-C", journal.path, "--color", "never"] + Self.today).stdout
        #expect(text.contains("Climate (4 surveys)"))
        #expect(text.contains("scores hidden to keep answers anonymous"))
        #expect(!text.contains("5 (pulse 2026-11-01"))
        let html = try CLI.run(["stats", "-C", journal.path, "--format", "html"] + Self.today).stdout
        #expect(html.contains("<h2>Pilot evaluation</h2>") && html.contains("safety 3.1 → 3.6 (+0.5)"))
        let window = try CLI.json(try CLI.run(["stats", "-C", journal.path, "--format", "json", "--since", "2026-07-01"]
                                             + Self.today).stdout)
        let windowed = try #require((window["climate"] as? [String: Any])?["surveys"] as? [[String: Any]])
        #expect(windowed.count == 2, "--since drops earlier surveys")
    }

    @Test func invalidSurveysAreFindingsAtTheKeysLine() throws {
        let journal = try TemporaryJournal(config: "team: T\n", files: [
            "surveys/zero.md": Self.survey("2026-06-01", "baseline", "0", "  safety: 3\n"),
            "surveys/billion.md": Self.survey("2026-06-01", "baseline", "1000000000", "  safety: 3\n"),
            "surveys/strings.md": Self.survey("2026-06-01", "baseline", "5", "  safety: \"4\"\n  trust: four\n"),
            "surveys/range.md": Self.survey("2026-06-01", "yearly", "5", "  safety: 6\n"),
            "surveys/missing.md": "---\ndate: 2026-06-01\nkind: final\nscores: { safety: 3 }\n---\n",
            "surveys/none.md": "just text\n",
            "surveys/date.md": Self.survey("2026-02-30", "final", "5", "  safety: 3\n"),
        ])
        let result = try CLI.run(["check", "-C", journal.path, "--format", "json"] + Self.today)
        #expect(result.status == 1)
        let findings = try #require(try CLI.json(result.stdout)["findings"] as? [[String: Any]])
        let places = Set(findings.filter { $0["rule"] as? String == "survey-invalid" }
            .map { "\($0["file"] as? String ?? ""):\($0["line"] as? Int ?? 0)" })
        #expect(places == ["surveys/zero.md:4", "surveys/billion.md:4", "surveys/strings.md:6", "surveys/strings.md:7",
                           "surveys/range.md:3", "surveys/range.md:6", "surveys/missing.md:1", "surveys/none.md:1",
                           "surveys/date.md:2"])
        #expect(findings.allSatisfy { $0["severity"] as? String == "error" })
        let stats = try CLI.run(["stats", "-C", journal.path, "--format", "json"] + Self.today)
        #expect(stats.status == 0)
    }

    // MARK: per-person digests

    static func digestJournal(email: String = "ben@example.com") -> [String: String] {
        let body = "## Commitments\n- [ ] Call the client due:2026-11-20\n- [ ] @ana send the notes due:2026-11-27\n"
        return [
            "tandem.yml": "team: Équipe Est\npeople:\n  ana: { name: Ana Lima, email: ana@example.com }\n"
                + "  ben: { name: Benoît Okafor, email: \"\(email)\" }\n  cy: { name: Cy }\n  dee: Dee\n",
            "sessions/2026-11-10-ana-ben.md": TemporaryJournal.session(date: "2026-11-10", body: body),
            "sessions/2026-11-12-cy-dee.md": TemporaryJournal.session(date: "2026-11-12", coach: "cy", coachee: "dee",
                                                                       extra: "confidential: true\n",
                                                                       body: "## Commitments\n- [ ] Secret plan due:2026-11-21\n"),
        ]
    }

    static func journal(_ files: [String: String]) throws -> TemporaryJournal {
        let journal = try TemporaryJournal(config: files["tandem.yml"] ?? "team: T\n")
        for (path, content) in files where path != "tandem.yml" { try journal.write(path, content) }
        return journal
    }

    @Test func perPersonMarkdownIsWhatRemindPersonLists() throws {
        let journal = try Self.journal(Self.digestJournal())
        let folder = journal.url.appendingPathComponent("out/digests").path
        for format in ["markdown", "json", "ics"] {
            let result = try CLI.run(["remind", "-C", journal.path, "--per-person", folder, "--format", format] + Self.today)
            #expect(result.status == 0, "\(result.stderr)")
            let ext = ["markdown": "md", "json": "json", "ics": "ics"][format]!
            for person in ["ana", "ben", "cy", "dee"] {
                let single = try CLI.run(["remind", "-C", journal.path, "--person", person, "--format", format] + Self.today)
                let written = try? String(contentsOfFile: "\(folder)/\(person).\(ext)", encoding: .utf8)
                if format != "ics" && single.stdout.isEmpty {
                    #expect(written == nil, "nothing due for \(person): no \(person).\(ext)")
                } else if format != "ics" || written != nil {
                    #expect(written == single.stdout, "\(person).\(ext)")
                }
            }
            #expect(FileManager.default.fileExists(atPath: "\(folder)/ana.\(ext)"))
        }
        let markdown = try String(contentsOfFile: "\(folder)/dee.md", encoding: .utf8)
        #expect(!markdown.contains("Secret plan"), "confidential text stays redacted")
    }

    @Test func emailsParseAsRFC5322WithPython() throws {
        let journal = try Self.journal(Self.digestJournal())
        let folder = journal.url.appendingPathComponent("mail").path
        let result = try CLI.run(["remind", "-C", journal.path, "--per-person", folder, "--format", "email"] + Self.today)
        #expect(result.status == 0)
        #expect(result.stderr.contains("dee: no message written: no email in tandem.yml"), "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["ana.eml", "ben.eml"])
        let validator = CLI.repositoryRoot.appendingPathComponent("Tests/validators/validate_email.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", validator] + files.map { "\(folder)/\($0)" }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: data, as: UTF8.self))")
        let parsed = try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let ben = try #require(parsed.first { ($0["to"] as? [String]) == ["ben@example.com"] })
        #expect(ben["to_name"] as? String == "Benoît Okafor", "RFC 2047 decodes back to the name")
        #expect(ben["from"] as? String == "tandem@localhost")
        #expect((ben["subject"] as? String)?.hasPrefix("Équipe Est: coaching reminders for 2026-11-25") == true)
        #expect((ben["body"] as? String)?.contains("Call the client") == true)
        let raw = try String(contentsOfFile: "\(folder)/ben.eml", encoding: .utf8)
        #expect(raw.contains("Date: Wed, 25 Nov 2026 00:00:00 +0000\r\n"))
    }

    @Test func headerInjectionIsRefused() throws {
        for address in ["ben@example.com\\nBcc: x@y.com", "ben@example.com\\r\\nBcc: x@y.com", "ben@example.com, x@y.com"] {
            let journal = try Self.journal(Self.digestJournal(email: address))
            let folder = journal.url.appendingPathComponent("mail").path
            let result = try CLI.run(["remind", "-C", journal.path, "--per-person", folder, "--format", "email"] + Self.today)
            #expect(result.status == 0)
            #expect(result.stderr.contains("ben: no message written"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: "\(folder)/ben.eml"))
            let ana = try String(contentsOfFile: "\(folder)/ana.eml", encoding: .utf8)
            #expect(!ana.contains("Bcc"))
        }
        let journal = try Self.journal(Self.digestJournal())
        try journal.write("tandem.yml", (Self.digestJournal()["tandem.yml"] ?? "") + "email: { from: \"a@b\\nBcc: x@y\" }\n")
        let result = try CLI.run(["remind", "-C", journal.path, "--per-person", "x", "--format", "email"] + Self.today)
        #expect(result.status == 2)
        #expect(result.stderr.contains("email.from"))
    }

    @Test func perPersonUsageErrors() throws {
        let journal = try Self.journal(Self.digestJournal())
        for arguments in [["--format", "email"], ["--per-person", "d", "--person", "ana", "--format", "json"],
                          ["--per-person", "d", "--format", "github"]] {
            let result = try CLI.run(["remind", "-C", journal.path] + arguments + Self.today)
            #expect(result.status == 2, "\(arguments)")
        }
    }
}

@Suite struct ProgrammeTemplateTests {
    @Test func initWritesProgrammeExamplesThatWorkUncommented() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["init", folder.path])
        #expect(result.status == 0)
        var config = try String(contentsOf: folder.appendingPathComponent("tandem.yml"), encoding: .utf8)
        for key in ["rotate", "surveys", "email"] {
            #expect(config.contains("\n# \(key): {"), "tandem.yml shows a commented \(key) example")
            config = config.replacingOccurrences(of: "\n# \(key): {", with: "\n\(key): {")
        }
        #expect(config.contains("joined:") && config.contains("manager:") && config.contains("left:"))
        try Data(config.utf8).write(to: folder.appendingPathComponent("tandem.yml"))
        let check = try CLI.run(["check", "-C", folder.path, "--today", "2026-11-25", "--format", "json"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stdout.contains("config-unknown-key"))
    }
}
