import ArgumentParser
import Foundation
import TandemKit

enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso8601: argument) }
}

/// Options every subcommand accepts. Environment variables are read here and nowhere else.
struct GlobalOptions: ParsableArguments {
    @Option(name: [.customShort("C"), .customLong("journal")], help: ArgumentHelp(
        "The journal folder (default: $TANDEM_JOURNAL, else the nearest folder at or above this one holding tandem.yml).",
        valueName: "dir"))
    var journal: String?

    @Option(help: ArgumentHelp("Treat this date as today (also $TANDEM_TODAY).", valueName: "yyyy-mm-dd"))
    var today: String?

    @Option(help: "Colour output: auto, always or never (NO_COLOR is honoured).")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Print less: no summary lines.")
    var quiet = false

    @Flag(help: "Show the text of confidential sessions (never in shared CI logs).")
    var reveal = false

    func validate() throws {
        if let today, LocalDate(iso8601: today) == nil {
            throw ValidationError("--today must be a date YYYY-MM-DD, got '\(today)'")
        }
    }

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var redaction: Redaction { Redaction(reveal: reveal) }

    /// Whether to colour stdout: `--color`, then `NO_COLOR`, then whether it is a terminal.
    var style: TerminalStyle {
        switch color {
        case .always: return TerminalStyle(enabled: true)
        case .never: return TerminalStyle(enabled: false)
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return TerminalStyle(enabled: false) }
            if environment["TERM"] == "dumb" { return TerminalStyle(enabled: false) }
            return TerminalStyle(enabled: isatty(STDOUT_FILENO) == 1)
        }
    }

    /// The journal root, from `-C`, `$TANDEM_JOURNAL` or the working directory upwards.
    func root() throws -> String {
        try JournalLocator.locate(explicit: journal, environment: environment["TANDEM_JOURNAL"],
                                  workingDirectory: FileManager.default.currentDirectoryPath)
    }

    /// `--today`, `$TANDEM_TODAY`, else the clock read in the journal's time zone.
    func today(configuration: Configuration) throws -> LocalDate {
        if let today, let date = LocalDate(iso8601: today) { return date }
        if let value = environment["TANDEM_TODAY"], !value.isEmpty {
            guard let date = LocalDate(iso8601: value) else {
                throw TandemError.invalid("TANDEM_TODAY must be a date YYYY-MM-DD, got '\(value)'")
            }
            return date
        }
        var zone = TimeZone.current
        if let name = configuration.timezone {
            guard let configured = TimeZone(identifier: name) else {
                throw TandemError.invalid("tandem.yml: timezone '\(name)' is not an IANA time zone name such as Europe/Berlin")
            }
            zone = configured
        }
        return LocalDate.today(in: zone, now: Date())
    }

    /// Locates the journal and reads its configuration and today's date.
    func openConfiguration() throws -> (root: String, configuration: Configuration, today: LocalDate) {
        let root = try root()
        let configuration = try JournalLoader.loadConfiguration(root: root)
        return (root, configuration, try today(configuration: configuration))
    }

    /// Locates, configures and reads the journal.
    func openJournal() throws -> OpenJournal {
        let (root, configuration, today) = try openConfiguration()
        // Read once, never rebuilt: the mentions behind reviews are let go once settled.
        let journal = JournalLoader.load(root: root, configuration: configuration, forgettingMentions: true)
        ProcessLifetime.keep(journal)  // freed by the system at exit, not object by object
        return OpenJournal(root: root, journal: journal, today: today)
    }
}

struct OpenJournal {
    var root: String
    var journal: Journal
    var today: LocalDate
}

/// Writes to standard output or error exactly the text given. Every write is
/// checked: a full disk, `/dev/full`, a file-size limit or a closed pipe ends the
/// run with exit 2 and a message on the other stream, never a signal or a trap.
enum Output {
    /// Ignores the signals that would otherwise end tandem on a failed write
    /// (SIGPIPE on a closed pipe, SIGXFSZ past `ulimit -f`), so the write
    /// returns an error (EPIPE, EFBIG) that is handled like any other.
    static func ignoreWriteSignals() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }

    static func out(_ text: String) {
        if let failure = write(text, to: STDOUT_FILENO) {
            _ = write("tandem: error: cannot write to standard output: \(failure)\n", to: STDERR_FILENO)
            exit(2)
        }
    }

    static func err(_ text: String) {
        // Nowhere is left to report a failure of standard error: the exit status says it.
        if write(text, to: STDERR_FILENO) != nil { exit(2) }
    }

    /// Writes the string's own bytes (no copy of a large report); the reason on failure.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        guard !text.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}

extension GlobalOptions {
    /// The journal's time zone: `timezone` in tandem.yml, else the system's.
    func timeZone(configuration: Configuration) throws -> TimeZone {
        guard let name = configuration.timezone else { return TimeZone.current }
        guard let zone = TimeZone(identifier: name) else {
            throw TandemError.invalid("tandem.yml: timezone '\(name)' is not an IANA time zone name such as Europe/Berlin")
        }
        return zone
    }

    /// The `git` program on PATH; history needs it.
    func gitProgram() throws -> String {
        let path = environment["PATH"] ?? ""
        for folder in path.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (folder.isEmpty ? "." : String(folder)) + "/git"
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw TandemError.invalid("history is read with the git program, and git is not on PATH; install git (or add its folder to PATH) and run again")
    }

    /// The journal and its commitment history from git, read side by side (refusing, exit 2,
    /// outside a full git work tree).
    func openJournalWithHistory() throws -> (OpenJournal, CommitmentHistory) {
        let (root, configuration, today) = try openConfiguration()
        let (journal, history) = try CommitmentHistory.loadWithJournal(
            root: root, configuration: configuration, timeZone: try timeZone(configuration: configuration),
            git: try gitProgram())
        return (OpenJournal(root: root, journal: journal, today: today), history)
    }

    /// The journal's commitment history from git (refusing, exit 2, outside a full git work tree).
    func history(root: String, configuration: Configuration) throws -> CommitmentHistory {
        try CommitmentHistory.load(root: root, configuration: configuration,
                                   timeZone: try timeZone(configuration: configuration), git: try gitProgram())
    }
}
