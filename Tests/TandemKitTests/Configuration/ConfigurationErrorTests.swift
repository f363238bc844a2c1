import Testing
@testable import TandemKit

/// Every problem in `tandem.yml` that stops the run is reported as
/// `tandem.yml:LINE:COLUMN: message`, pointing at the value (or key) at fault;
/// unknown keys are kept as `config-unknown-key` findings at their own position.
@Suite struct ConfigurationErrorTests {
    static func load(_ yaml: String) throws -> Configuration {
        try ConfigurationLoader.load(text: yaml, knownRules: Set(RuleRegistry.ids))
    }

    /// `LINE:COLUMN: message`, or nil when the file loads.
    static func problem(_ yaml: String) -> String? {
        do {
            _ = try load(yaml)
            return nil
        } catch let error as ConfigurationError {
            return "\(error.line):\(error.column): \(error.message)"
        } catch {
            return "unexpected \(error)"
        }
    }

    static let days1 = "must be a duration like 14d or 2w, at least 1d and at most 100 years"
    static let days0 = "must be a duration like 14d or 2w, at least 0d and at most 100 years"

    static let cases: [(yaml: String, problem: String)] = [
        ("- a\n- b\n", "1:1: tandem.yml must be a mapping of keys to values"),
        ("cadence: 0d\n", "1:10: cadence \(days1)"),
        ("grace: x\n", "1:8: grace \(days0)"),
        ("grace: 0d\ncadence: 0d\n", "2:10: cadence \(days1)"),
        ("grace: x\ncadence: 0d\n", "1:8: grace \(days0)"),
        ("cadence: [14d]\n", "1:10: cadence \(days1)"),
        ("confidential: maybe\n", "1:15: confidential must be true or false"),
        ("paths: x\n", "1:8: paths must be a mapping"),
        ("paths:\n  sessions: ../out\n", "2:13: paths.sessions must be a folder inside the journal"),
        ("paths:\n  agreements: [a]\n", "2:15: paths.agreements must be a folder inside the journal"),
        ("paths:\n  surveys: /abs\n", "2:12: paths.surveys must be a folder inside the journal"),
        ("people: [a]\n", "1:9: people must map ids to names"),
        ("people:\n  a b: Ann\n", "2:3: a person id must be a word without spaces or slashes"),
        ("people:\n  ? [a, b]\n  : Ann\n", "2:5: a person id must be a word without spaces or slashes"),
        ("people:\n  \"1042\": Ann\n  a/b: Bo\n", "3:3: a person id must be a word without spaces or slashes"),
        ("people:\n  ana: [x]\n", "2:8: people.ana must be a name or a mapping with name and email"),
        ("people:\n  ana: { joined: 2026-02-30 }\n", "2:18: people.ana.joined must be a date YYYY-MM-DD"),
        ("people:\n  ana: { left: [x] }\n", "2:16: people.ana.left must be a date YYYY-MM-DD"),
        ("people:\n  ana: { manager: a b }\n", "2:19: people.ana.manager must be one person id"),
        ("people:\n  ana: { level: [1] }\n", "2:17: people.ana.level must be text"),
        ("people:\n  ana: { manager: ana }\n", "2:1: people.ana is their own manager"),
        ("people:\n  ana:\n    joined: 2026-05-01\n    left: 2026-01-01\n",
         "4:1: people.ana: left 2026-01-01 is before joined 2026-05-01"),
        ("people:\n  ana: { manager: ben }\n  ben: { manager: ana }\n",
         "2:1: people.ana: managers form a cycle: ana → ben → ana"),
        ("pairs: {}\n", "1:8: pairs must be a list"),
        ("pairs:\n  - x\n", "2:5: each pair must be a mapping with partners"),
        ("pairs:\n  - partners: [ana]\n", "2:5: a pair needs two different partners: partners: [ana, ben]"),
        ("pairs:\n  - partners: [ana, ana]\n", "2:5: a pair needs two different partners: partners: [ana, ben]"),
        ("pairs:\n  - partners: [ana, [b]]\n", "2:21: partners must be a list of names"),
        ("pairs:\n  - partners: {a: b}\n", "2:15: partners must be a list of names"),
        ("pairs:\n  - { partners: [ana, ben], since: 2026-13-01 }\n", "2:36: since must be a date YYYY-MM-DD"),
        ("pairs:\n  - partners: [ana, ben]\n    until: soon\n", "3:12: until must be a date YYYY-MM-DD"),
        ("pairs:\n  - partners: [ana, ben]\n    cadence: 0d\n", "3:14: cadence \(days1)"),
        ("pairs:\n  - partners: [ana, ben]\n    grace: -1d\n", "3:12: grace \(days0)"),
        ("pairs:\n  - partners: [ana, ben]\n  - partners: [ana]\n",
         "3:5: a pair needs two different partners: partners: [ana, ben]"),
        ("sections: x\n", "1:11: sections must be a mapping"),
        ("sections:\n  goals: {a: 1}\n", "2:10: sections.goals must be a list of names"),
        ("sections:\n  required: [Goals, [x]]\n", "2:21: sections.required must be a list of names"),
        ("rules: [x]\n", "1:8: rules must map rule ids to settings"),
        ("rules:\n  commitment-stale: loud\n", "2:21: rules.commitment-stale: expected error, warning, info or off"),
        ("rules:\n  commitment-stale: on\n", "2:21: rules.commitment-stale: expected error, warning, info or off"),
        ("rules:\n  commitment-stale: [x]\n", "2:21: rules.commitment-stale must be a severity, off, or a mapping"),
        ("rules:\n  commitment-stale: { after: 0d }\n",
         "2:30: rules.commitment-stale.after must be a duration like 30d or 4w, at least 1d"),
        ("rules:\n  role-imbalance: { max-share: 1.5 }\n",
         "2:32: rules.role-imbalance.max-share must be a number from 0 to 1"),
        ("rules:\n  role-imbalance: { min-sessions: [4] }\n",
         "2:35: rules.role-imbalance.min-sessions must be a whole number, at least 1"),
        ("rules:\n  session-duration: { min: 90, max: 60 }\n",
         "2:37: rules.session-duration: min (90) must not be greater than max (60)"),
        ("rules:\n  session-duration: { min: 90 }\n",
         "2:28: rules.session-duration: min (90) must not be greater than max (60)"),
        ("rules:\n  session-duration: { severity: loud }\n",
         "2:33: rules.session-duration: expected error, warning, info or off"),
        ("rotate: 5\n", "1:9: rotate must be a mapping"),
        ("rotate: { avoid: soon }\n", "1:18: rotate.avoid must look like 365d or 52w"),
        ("surveys: { min-respondents: 0 }\n", "1:29: surveys.min-respondents must be a whole number of at least 1"),
        ("email: { from: nobody }\n",
         "1:16: email.from must be one e-mail address such as 'Coaching <coach@example.com>' "
            + "('nobody' is not an address such as ana@example.com)"),
        ("email: { from: [a] }\n",
         "1:16: email.from must be one e-mail address such as 'Coaching <coach@example.com>' "
            + "(it is not an address such as ana@example.com)"),
    ]

    @Test func eachProblemIsReportedAtItsPositionWithItsMessage() {
        for (yaml, expected) in Self.cases {
            #expect(Self.problem(yaml) == expected, "\(yaml)")
        }
    }

    @Test func unknownKeysAreFindingsAtTheirPositions() throws {
        let yaml = """
            tema: x
            paths:
              session: s
            people:
              ana: { nick: A }
            pairs:
              - partners: [ana, ben]
                colour: red
            sections:
              optional: [x]
            rules:
              no-such-rule: off
              commitment-stale: { after: 30d, within: 3 }
              session-duration: { enabled: maybe }
            rotate: { avoid: 30d, keep: 1 }

            """
        let configuration = try Self.load(yaml)
        let found = configuration.unknownKeys.map { "\($0.line):\($0.column): \($0.key)" }
        #expect(found == [
            "1:1: tema", "3:3: paths.session", "5:10: people.ana.nick", "8:5: pairs.colour",
            "10:3: sections.optional", "12:3: rules.no-such-rule", "13:35: rules.commitment-stale.within",
            "14:23: rules.session-duration.enabled", "15:23: rotate.keep",
        ])
    }

    @Test func emptyValuesKeepTheDefaults() throws {
        let configuration = try Self.load("team:\ntimezone:\npaths:\npeople:\npairs:\nsections:\nrules:\nrotate:\nsurveys:\nemail:\n")
        let defaults = Configuration()
        #expect(configuration.team == nil && configuration.timezone == nil)
        #expect(configuration.cadence == defaults.cadence && configuration.grace == defaults.grace)
        #expect(configuration.sessionsPath == defaults.sessionsPath)
        #expect(configuration.people.isEmpty && configuration.pairs.isEmpty && configuration.rules.isEmpty)
        #expect(configuration.goalSections == defaults.goalSections)
        #expect(configuration.programme.rotateAvoid == defaults.programme.rotateAvoid)
        #expect(configuration.unknownKeys.isEmpty)
        #expect(try Self.load("").people.isEmpty)
    }

    @Test func valuesAreReadAsWritten() throws {
        let yaml = """
            team: Sales
            timezone: Europe/Berlin
            cadence: 2w
            grace: 0d
            confidential: yes
            paths: { sessions: ./notes/, agreements: deals, surveys: climate }
            people:
              ana: Ana Lima
              "1042": { name: Ben, email: ben@example.com, joined: 2026-01-05, left: 2026-12-01 }
              cy:
                manager: ana
                level: AE2
              dee:
            pairs:
              - partners: [ana, "1042"]
                cadence: 7d
                grace: 2d
                since: 2026-02-01
                until: ~
                observer: cy
              - partners: [cy, dee]
            sections: { goals: Aims, required: [Goals, Commitments] }
            rules:
              commitment-stale: { severity: info, after: 4w }
              commitment-no-due: off
              status-unknown: no
              session-duration: { enabled: false, min: 20 }
              role-imbalance: { max-share: 0.5 }
            rotate: { avoid: 52w }
            surveys: { min-respondents: 5 }
            email: { from: "Coaching <coach@example.com>" }

            """
        let c = try Self.load(yaml)
        #expect(c.team == "Sales" && c.timezone == "Europe/Berlin" && c.confidential)
        #expect(c.cadence.days == 14 && c.grace.days == 0)
        #expect(c.sessionsPath == "notes" && c.agreementsPath == "deals" && c.programme.surveysPath == "climate")
        #expect(c.configuredPaths.map { "\($0.key)=\($0.folder)@\($0.line):\($0.column)" }
            == ["sessions=notes@6:20", "agreements=deals@6:42"])
        #expect(c.people.keys.sorted() == ["1042", "ana", "cy", "dee"])
        #expect(c.people["ana"]?.name == "Ana Lima" && c.people["ana"]?.line == 8)
        let ben = try #require(c.people["1042"])
        #expect(ben.name == "Ben" && ben.email == "ben@example.com" && ben.line == 9)
        #expect(ben.joined == LocalDate(iso8601: "2026-01-05") && ben.left == LocalDate(iso8601: "2026-12-01"))
        #expect(ben.leftLine == 9)
        #expect(c.people["cy"]?.manager == "ana" && c.people["cy"]?.managerLine == 11 && c.people["cy"]?.level == "AE2")
        #expect(c.people["dee"]?.name == nil && c.people["dee"]?.line == 13)
        #expect(c.pairs.count == 2)
        let first = c.pairs[0]
        #expect(first.key == PairKey("ana", "1042") && first.line == 15)
        #expect(first.cadence?.days == 7 && first.grace?.days == 2 && first.observer == "cy")
        #expect(first.since == LocalDate(iso8601: "2026-02-01") && first.until == nil)
        #expect(c.pairs[1].key == PairKey("cy", "dee") && c.pairs[1].line == 21 && c.pairs[1].cadence == nil)
        #expect(c.plan(for: PairKey("1042", "ana"))?.line == 15)
        #expect(c.goalSections == ["Aims"] && c.requiredSections == ["Goals", "Commitments"])
        #expect(c.rules["commitment-stale"] == RuleSetting(enabled: true, severity: .info, settings: ["after": 28]))
        #expect(c.rules["commitment-no-due"] == RuleSetting(enabled: false))
        #expect(c.rules["status-unknown"] == RuleSetting(enabled: false))
        #expect(c.rules["session-duration"] == RuleSetting(enabled: false, settings: ["min": 20]))
        #expect(c.rules["role-imbalance"] == RuleSetting(settings: ["max-share": 0.5]))
        #expect(c.programme.rotateAvoid.days == 364 && c.programme.minRespondents == 5)
        #expect(c.programme.emailFrom == "Coaching <coach@example.com>" && c.programme.emailFromLine == 31)
        #expect(c.unknownKeys.isEmpty)
    }
}
