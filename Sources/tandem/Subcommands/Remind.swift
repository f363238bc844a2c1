import ArgumentParser
import TandemKit

enum RemindFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, github, markdown, ics, email
}

/// `--within 7d`: days ahead that count as due soon (`Nd`, `Nw`, or a bare number of days; 0 allowed).
struct Within: ExpressibleByArgument {
    var days: Int

    init(days: Int) { self.days = days }

    init?(argument: String) {
        if ["0", "0d", "0w"].contains(argument) {
            days = 0
        } else if let count = DayCount(argument) {
            days = count.days
        } else {
            return nil
        }
    }

    var defaultValueDescription: String { "\(days)d" }
}

extension Tandem {
    struct Remind: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remind of overdue commitments, commitments due soon and pairs due for a session.",
            discussion: """
                For cron and CI. Prints nothing when nothing is due (text, markdown, github), so cron \
                mails only when there is something to say; json and ics always print a complete document. \
                With --strict, exits 1 when a commitment or a pair's session is overdue.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("How far ahead counts as due soon: Nd or Nw.", valueName: "span"))
        var within: String = "7d"
        @Option(help: ArgumentHelp("Only this person's commitments and pairs.", valueName: "id"), completion: Completions.people)
        var person: String?
        @Option(help: "Output format: text, json, github, markdown or ics; with --per-person also email.")
        var format: RemindFormat = .text
        @Option(name: .customLong("per-person"), help: ArgumentHelp(
            "Write one file per person with anything due into this folder (created if missing): ID.md, ID.ics, ID.json or ID.eml (--format email: RFC 5322 messages for sendmail -t).",
            valueName: "dir"))
        var perPerson: String?
        @Flag(help: "Exit 1 when a commitment or a pair's session is overdue (a pair with a booking is not).") var strict = false
        @Flag(name: .customLong("todos-as-events"),
              help: "With --format ics: commitments as all-day events instead of to-dos.")
        var todosAsEvents = false

        func validate() throws {
            if todosAsEvents, format != .ics { throw ValidationError("--todos-as-events goes with --format ics") }
            guard Within(argument: within) != nil else {
                throw ValidationError("--within must be a span such as 7d or 2w, got '\(within)'")
            }
            if perPerson != nil && person != nil {
                throw ValidationError("--per-person writes every person's digest; leave out --person")
            }
            if perPerson != nil && (format == .text || format == .github) {
                throw ValidationError("--per-person writes markdown, ics, json or email; add --format markdown (or ics, json, email)")
            }
            if perPerson == nil && format == .email {
                throw ValidationError("--format email writes one message per person: add --per-person DIR")
            }
        }

        func run() throws {
            let open = try global.openJournal()
            if let perPerson {
                try writeDigests(open: open, folder: perPerson)
                return
            }
            let report = try Reminders.report(journal: open.journal, today: open.today,
                                              withinDays: Within(argument: within)?.days ?? 7, person: person)
            Output.out(renderer.render(report))
            if strict && report.hasOverdue { throw ExitCode.failure }
        }

        var renderer: any RemindRenderer {
            let redaction = global.redaction
            switch format {
            case .text: return RemindTextRenderer(redaction: redaction, style: global.style, showSummary: !global.quiet)
            case .json: return RemindJSONRenderer(redaction: redaction)
            case .github: return RemindGitHubRenderer(redaction: redaction)
            case .markdown: return RemindMarkdownRenderer(redaction: redaction)
            case .ics: return RemindCalendarRenderer(redaction: redaction, todosAsEvents: todosAsEvents)
            case .email: return RemindMarkdownRenderer(redaction: redaction)  // refused by validate()
            }
        }
    }
}
