import Foundation

/// What `tandem new` is asked for, once the roles are known.
public struct NewSessionRequest: Sendable {
    public var coach: String
    public var coachee: String
    public var date: LocalDate
    public var focus: String?

    public init(coach: String, coachee: String, date: LocalDate, focus: String?) {
        self.coach = coach
        self.coachee = coachee
        self.date = date
        self.focus = focus
    }

    public var pair: PairKey { PairKey(coach, coachee) }
}

/// Plans and writes the next session file of a pair from a template.
///
/// Template variables (a closed set; anything else renders empty):
/// `date`, `coach`, `coachee` (YAML-safe), `coach_name`, `coachee_name`,
/// `focus` (YAML-safe, absent without --focus), `confidential` (`true` or
/// `false`: the journal's default), `previous_date`, `previous_focus` (the
/// word `confidential` when withheld), `next_due`, `cadence_days`, and `open_commitments`, a
/// list of records with `id`, `text`, `owner`, `due` (absent without one),
/// `carried` (how many later sessions mentioned it, when two or more), `file`, `line`.
public enum NewSession {
    public static let variables = [
        "date", "coach", "coachee", "coach_name", "coachee_name", "focus", "confidential", "previous_date",
        "previous_focus", "next_due", "cadence_days", "open_commitments",
    ]
    /// A journal's own template, relative to its root.
    public static let templatePath = "templates/session.md"

    /// Roles for `--pair a,b`: they alternate from the pair's last held session
    /// on or before `date`; for a first session `a` coaches.
    public static func roles(_ a: String, _ b: String, date: LocalDate, sessions: [Session]) -> (coach: String, coachee: String) {
        let pair = PairKey(a, b)
        let held = sessions.filter { $0.pair == pair && $0.isHeld && $0.date <= date && $0.coach != $0.coachee }
        guard let last = held.max(by: { order($0) < order($1) }) else { return (a, b) }
        guard last.swap else { return last.coach == a ? (b, a) : (a, b) }
        // After a session where both took both roles (counted half each), the
        // partner who coached less so far coaches; level: alternate from the last
        // session with one coach.
        let history = PairHistory(key: pair, plan: nil, cadenceDays: 0, graceDays: 0, held: held, all: held)
        let (ca, cb) = (history.coached[a] ?? 0, history.coached[b] ?? 0)
        if ca != cb { return ca < cb ? (a, b) : (b, a) }
        guard let single = held.filter({ !$0.swap }).max(by: { order($0) < order($1) }) else { return (a, b) }
        return single.coach == a ? (b, a) : (a, b)
    }

    /// Refuses ids that are not people of the journal or could leave the sessions folder.
    public static func validate(_ request: NewSessionRequest, configuration: Configuration) throws {
        for id in [request.coach, request.coachee] {
            guard PersonID.isValid(id), !id.contains(".."),
                  !id.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F })
            else {
                throw TandemError.invalid("'\(id)' is not a person id: use a word without spaces, slashes or '..'")
            }
            if !configuration.people.isEmpty, configuration.people[id] == nil {
                let known = configuration.people.keys.sorted().joined(separator: ", ")
                throw TandemError.invalid("'\(id)' is not in people of tandem.yml (known: \(known))"
                                          + Suggestion.hint(for: id, among: Array(configuration.people.keys)))
            }
        }
        guard request.coach != request.coachee else {
            throw TandemError.invalid("coach and coachee must be two different people")
        }
    }

    /// The template's values for `request`. `salvaged`: a session read from a
    /// file whose front matter is broken (see `BrokenSessionSalvage`).
    public static func values(for request: NewSessionRequest, journal: Journal, redaction: Redaction,
                              salvaged: Session? = nil) -> [String: TemplateRenderer.Value] {
        let configuration = journal.configuration
        let pair = request.pair
        let sessions = (journal.sessions + [salvaged].compactMap { $0 }).filter { $0.pair == pair && $0.date <= request.date }
        func name(_ id: String) -> String { configuration.people[id]?.name ?? id }

        var values: [String: TemplateRenderer.Value] = [
            "date": .text(request.date.description),
            "coach": .text(YAMLText.scalar(request.coach)),
            "coachee": .text(YAMLText.scalar(request.coachee)),
            "coach_name": .text(plainLine(name(request.coach))),
            "coachee_name": .text(plainLine(name(request.coachee))),
            "cadence_days": .text(String(configuration.cadence(for: pair).days)),
            "confidential": .text(configuration.confidential ? "true" : "false"),
        ]
        if let focus = request.focus, !focus.isEmpty { values["focus"] = .text(YAMLText.scalar(focus)) }
        if let previous = sessions.filter(\.isHeld).max(by: { order($0) < order($1) }) {
            values["previous_date"] = .text(previous.date.description)
            if previous.focus != nil {
                // The template puts the focus in parentheses; a withheld one is just the word.
                values["previous_focus"] = .text(plainLine(redaction.focus(of: previous) ?? "confidential"))
            }
        }
        let ended = configuration.plan(for: pair)?.until.map { $0 < request.date } ?? false
        if !ended {
            values["next_due"] = .text(request.date.adding(days: configuration.cadence(for: pair).days).description)
        }

        var open: [(commitment: Commitment, session: Session)] = []
        for session in sessions {
            for commitment in session.commitments where commitment.isOpen { open.append((commitment, session)) }
        }
        open.sort { a, b in
            let dueA = a.commitment.due?.dayNumber ?? Int.max, dueB = b.commitment.due?.dayNumber ?? Int.max
            return (dueA, a.session.file, a.commitment.line) < (dueB, b.session.file, b.commitment.line)
        }
        values["open_commitments"] = .records(open.map { item in
            var record = [
                "id": item.commitment.id,
                "text": plainLine(redaction.text(of: item.commitment, in: item.session) ?? Redaction.placeholder),
                "owner": plainLine(item.commitment.owners.joined(separator: ", ")),
                "file": plainLine(item.session.file),
                "line": String(item.commitment.line),
            ]
            if let due = item.commitment.due { record["due"] = due.description }
            // Carried through two or more sessions: the pair sees it while they meet.
            if item.commitment.reviewedIn.count >= 2 { record["carried"] = String(item.commitment.reviewedIn.count) }
            return record
        })
        return values
    }

    /// Renders the template and writes the file: `sessions/YYYY/YYYY-MM-DD-a-b.md`,
    /// then `-2`, `-3` … when taken. Returns the root-relative path.
    public static func create(_ request: NewSessionRequest, journal: Journal, redaction: Redaction,
                              writer: AtomicWriter, salvaged: Session? = nil) throws -> String {
        let (template, templateName) = try template(root: journal.root)
        let text = try TemplateRenderer.render(template, name: templateName,
                                               values: values(for: request, journal: journal, redaction: redaction,
                                                              salvaged: salvaged))
        let folder = journal.configuration.sessionsPath + "/" + String(request.date.description.prefix(4))
        try writer.createFolder(folder)
        let base = folder + "/" + request.date.description + "-" + request.pair.slug
        for number in 1...999 {
            let path = base + (number == 1 ? "" : "-\(number)") + ".md"
            if writer.exists(path) { continue }
            try writer.create(path, with: Array(text.utf8))
            return path
        }
        throw TandemError.invalid("\(base).md: too many sessions of this pair on one day")
    }

    /// A warning when the team keeps sessions confidential by default but the
    /// new file says `confidential: false`: a journal template written before
    /// `{{confidential}}` existed hard-codes it, and its commitments would reach
    /// reminders and CI logs.
    public static func confidentialityWarning(path: String, journal: Journal) -> String? {
        guard journal.configuration.confidential,
              case .success(let bytes) = FileReader.read(journal.root + "/" + path),
              let session = SessionReader(configuration: journal.configuration).read(path: path, bytes: bytes).session,
              !session.confidential
        else { return nil }
        return "\(path): confidential: false although tandem.yml makes sessions confidential by default "
            + "(\(templatePath) writes it: use confidential: {{confidential}} there)"
    }

    /// The journal's `templates/session.md`, else the built-in template.
    static func template(root: String) throws -> (String, String) {
        let path = root + "/" + templatePath
        // A template reached through a symbolic link out of the root is not read.
        if pathExists(path), let real = JournalScanner.realPath(path),
           !JournalScanner(root: root).isInsideRoot(real) {
            throw TandemError.invalid("\(templatePath): a symbolic link leads outside the journal; not read")
        }
        switch FileReader.read(path) {
        case .success(let bytes):
            guard var text = String(validating: bytes, as: UTF8.self) else {
                throw TandemError.invalid("\(templatePath): not UTF-8 text")
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return (text, templatePath)
        case .failure(.unreadable) where !pathExists(path):
            return (BuiltInTemplates.session, "the built-in session template")
        case .failure:
            throw TandemError.invalid("\(templatePath): cannot be read")
        }
    }

    private static func pathExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Journal text as one line of plain text wherever a template puts it: line
    /// breaks and other control characters become spaces (a multi-line focus
    /// cannot add list items or end the front matter), and a leading character
    /// that would start Markdown markup is escaped.
    static func plainLine(_ text: String) -> String {
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            DisplayText.isUnsafe(scalar) || scalar.properties.isWhitespace ? " " : scalar
        }))
        return plainReference(flat.collapsingWhitespace())
    }

    /// A commitment's text as a plain list entry: a leading character that
    /// would make it a checkbox, heading, quote, list marker, fence or rule is escaped.
    static func plainReference(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "[#>-+*<`~_=|".contains(first) { return "\\" + text }
        if let dot = text.firstIndex(where: { $0 == "." || $0 == ")" }),
           !text[..<dot].isEmpty, text[..<dot].allSatisfy(\.isASCII), text[..<dot].allSatisfy(\.isNumber) {
            return text[..<dot] + "\\" + text[dot...]
        }
        return text
    }

    /// Sessions of one day in file order, `-2` after the first, `-10` after `-9`.
    static func order(_ session: Session) -> (Int, String, Int) {
        order(file: session.file, date: session.date)
    }

    static func order(file: String, date: LocalDate) -> (Int, String, Int) {
        var name = file
        if name.hasSuffix(".md") { name.removeLast(3) }
        if let dash = name.lastIndex(of: "-"), let number = Int(name[name.index(after: dash)...]), number >= 2,
           name[name.index(after: dash)...].allSatisfy(\.isASCII) {
            return (date.dayNumber, String(name[..<dash]), number)
        }
        return (date.dayNumber, name, 1)
    }
}
