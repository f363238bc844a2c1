import Yams

/// Turns the bytes of one session file into a `SessionFile`. Pure: no I/O.
public struct SessionReader: Sendable {
    public let configuration: Configuration
    /// Front matter beyond this size is refused before YAML sees it.
    public static let maxFrontMatterBytes = 256 * 1024

    public init(configuration: Configuration) { self.configuration = configuration }

    public func read(path: String, bytes: [UInt8]) -> SessionFile {
        bytes.withUnsafeBufferPointer { read(path: path, buffer: $0) }
    }

    public func read(path: String, buffer bytes: UnsafeBufferPointer<UInt8>) -> SessionFile {
        var file = SessionFile(path: path)
        func issue(_ rule: String, _ line: Int, _ message: String, column: Int = 1, commitment: String? = nil) {
            file.issues.append(ReadIssue(rule: rule, line: line, column: column, message: message, commitment: commitment))
        }

        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let what = bytes[bad] == 0 ? "a NUL byte (binary file?)" : "bytes that are not UTF-8"
            issue("encoding-invalid", UTF8Check.line(of: bad, in: bytes), "file contains \(what) at byte \(bad)")
            return file
        }

        let yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyFirstLine: Int
        switch FrontMatterSplit.split(bytes) {
        case .missing:
            issue("front-matter-missing", 1, "no front matter: the file must start with a '---' line")
            return file
        case .unterminated:
            issue("front-matter-invalid", 1, "front matter is not closed by a '---' line")
            return file
        case let .found(start, end, body, firstLine):
            (yamlStart, yamlEnd, bodyStart, bodyFirstLine) = (start, end, body, firstLine)
        }
        guard yamlEnd - yamlStart <= SessionReader.maxFrontMatterBytes else {
            issue("front-matter-invalid", 2, "front matter is larger than \(SessionReader.maxFrontMatterBytes / 1024) KiB")
            return file
        }

        let entries: [FrontMatterEntry]
        let yamlBytes = UnsafeBufferPointer(rebasing: bytes[yamlStart..<yamlEnd])
        if let fast = FlatFrontMatter.parse(yamlBytes), let fastEntries = fast.mapping {
            entries = fastEntries
        } else {
            let yaml = String(decoding: yamlBytes, as: UTF8.self)
            do {
                // Yams resolves aliases to shared nodes and tandem converts only three
                // levels, so alias "bombs" cost nothing here. The basic resolver skips
                // Yams' regular-expression tag guessing: values are read as text.
                let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
                let value = root.map { FrontMatterValue($0, depth: 3) }
                if let value, let mapping = value.mapping {
                    entries = mapping
                } else if value == nil || value?.isNullScalar == true {
                    entries = []
                } else {
                    issue("front-matter-invalid", (value?.line ?? 1) + 1, "front matter must be a mapping of keys to values")
                    return file
                }
            } catch let error as YamlError {
                let (line, column, message) = YAMLErrorLocation.describe(error, yaml: yaml, lineOffset: 1)
                issue("front-matter-invalid", line, message, column: column)
                return file
            } catch {
                issue("front-matter-invalid", 2, "cannot parse the front matter")
                return file
            }
        }

        // A dozen keys at most: a linear look-up costs less than building dictionaries.
        let fields = FrontMatterFields(entries: entries)
        for entry in entries { file.keyLines[entry.key] = entry.line + 1 }
        func keyLine(_ key: String) -> Int { fields.line(key) }

        // Required keys: without them the file is not a session.
        var missing: [String] = []
        for key in ["date", "coach", "coachee"] where fields[key] == nil || fields[key]!.isNullScalar {
            missing.append(key)
        }
        for key in missing { issue("field-missing", 1, "required field '\(key)' is missing") }

        var date: LocalDate?
        if let node = fields["date"], !node.isNullScalar {
            if let text = node.scalarText, let value = LocalDate(iso8601: text.trimmingWhitespace()) {
                date = value
            } else {
                issue("field-invalid", keyLine("date"), "'date' must be a calendar date YYYY-MM-DD")
            }
        }
        func personID(_ key: String) -> String? {
            guard let node = fields[key], !node.isNullScalar else { return nil }
            guard let id = node.scalarText, PersonID.isValid(id) else {
                issue("field-invalid", keyLine(key), "'\(key)' must be one person id")
                return nil
            }
            return id
        }
        let coach = personID("coach")
        let coachee = personID("coachee")

        var observers: [String] = []
        if let node = fields["observer"] ?? fields["observers"], !node.isNullScalar {
            let key = fields["observer"] != nil ? "observer" : "observers"
            if let list = stringList(node), list.allSatisfy(PersonID.isValid) {
                observers = list
            } else {
                issue("field-invalid", keyLine(key), "'\(key)' must be a person id or a list of them")
            }
        }

        var duration: Int?
        if let node = fields["duration"], !node.isNullScalar {
            if let text = node.scalarText, let minutes = Int(text), minutes > 0 {
                duration = minutes
            } else {
                issue("field-invalid", keyLine("duration"), "'duration' must be a positive whole number of minutes")
            }
        }

        var focus: String?
        if let node = fields["focus"], !node.isNullScalar {
            if let text = node.scalarText { focus = text } else {
                issue("field-invalid", keyLine("focus"), "'focus' must be text")
            }
        }

        var confidential = configuration.confidential
        if let node = fields["confidential"], !node.isNullScalar {
            if let flag = node.yamlBool { confidential = flag } else {
                // Fails closed: a value tandem cannot read keeps the session private.
                confidential = true
                issue("field-invalid", keyLine("confidential"), "'confidential' must be true or false; the session is treated as confidential")
            }
        }

        var tags: [String] = []
        if let node = fields["tags"], !node.isNullScalar {
            if let list = stringList(node) { tags = list } else {
                issue("field-invalid", keyLine("tags"), "'tags' must be a list of words")
            }
        }

        var pulse: [(name: String, value: Int)] = []
        if let node = fields["pulse"], !node.isNullScalar {
            if let entries = node.mapping {
                for entry in entries {
                    if let text = entry.value.scalarText, let value = Int(text), (1...5).contains(value) {
                        pulse.append((entry.key, value))
                    } else {
                        issue("field-invalid", entry.value.line + 1, "pulse '\(entry.key)' must be a whole number from 1 to 5")
                    }
                }
                pulse.sort { $0.name < $1.name }
            } else {
                issue("field-invalid", keyLine("pulse"), "'pulse' must map names to ratings 1–5")
            }
        }

        var status = SessionStatus.held
        if let node = fields["status"], !node.isNullScalar {
            if let text = node.scalarText, let value = SessionStatus(rawValue: text.lowercased()) { status = value } else {
                issue("field-invalid", keyLine("status"), "'status' must be held, planned or cancelled")
            }
        }

        var swap = false
        if let node = fields["swap"], !node.isNullScalar {
            if let flag = node.yamlBool { swap = flag } else {
                issue("field-invalid", keyLine("swap"), "'swap' must be true or false")
            }
        }

        var lintIgnore: [String] = []
        if let node = fields["lint-ignore"], !node.isNullScalar {
            if let list = stringList(node) { lintIgnore = list } else {
                issue("field-invalid", keyLine("lint-ignore"), "'lint-ignore' must be a list of rule ids")
            }
        }

        // The body is parsed even when the file is not a session, so its
        // directive comments still silence findings.
        var extractor = BodyExtractor(goalSectionNames: configuration.goalSections)
        let body = UnsafeBufferPointer(rebasing: bytes[bodyStart...])
        let mentions: [UInt64]
        if let plain = LineEndings.withoutLoneCarriageReturns(body) {
            // cmark ends a line at a lone CR; tandem (and every editor it answers) at LF.
            plain.withUnsafeBufferPointer { CommonMark.walk($0, firstLine: bodyFirstLine, visitor: &extractor) }
            mentions = plain.withUnsafeBufferPointer { MentionedIDs.scan($0) }
        } else {
            CommonMark.walk(body, firstLine: bodyFirstLine, visitor: &extractor)
            mentions = MentionedIDs.scan(body)
        }
        file.suppressions = Suppressions(lintIgnore: lintIgnore, directives: extractor.directives)
        let headings = Set(extractor.headings)
        file.missingSections = configuration.requiredSections.filter {
            !headings.contains(BodyExtractor.normalizedHeading($0))
        }

        guard let date, let coach, let coachee else { return file }

        var columns = ScalarColumns(bytes: bytes, bodyStart: bodyStart, firstLine: bodyFirstLine)
        let pair = PairKey(coach, coachee)
        var goals: [Goal] = []
        var commitments: [Commitment] = []
        var invalidFields: [(index: Int, names: [String])] = []
        for item in extractor.items {
            let column = columns.scalarColumn(line: item.line, byteColumn: item.byteColumn)
            let checkbox = TaskCheckbox(item.text)
            if item.inGoalsSection {
                guard item.depth == 0 else { continue }
                let text = TaskLine.plainText(checkbox?.rest ?? item.text)
                guard !text.isEmpty else { continue }
                goals.append(Goal(text: text, line: item.line, column: column,
                                  achieved: checkbox.map { $0.mark == "x" || $0.mark == "X" }))
                continue
            }
            // A checkbox on the line after its list marker is not a task item that
            // the editor could find: the item's paragraph must start on its line.
            guard let checkbox, item.paragraphLine == item.line else { continue }
            let task = TaskFields(TaskLine(checkbox.rest))
            // A task item with nothing but fields (the template's `- [ ]  due:next`
            // placeholder) promises nothing: it is not a commitment.
            guard !task.text.isEmpty else { continue }
            var commitment = task.commitment(checkbox: checkbox, defaultOwner: coachee, line: item.line, column: column,
                                             sessionDate: date, cadenceDays: configuration.cadence(for: pair).days)
            if commitment.due == nil, task.due != nil { commitment.hasInvalidDate = true }
            let invalid = task.invalid + (commitment.due == nil && task.due != nil ? ["due"] : [])
            if !invalid.isEmpty { invalidFields.append((commitments.count, invalid)) }
            commitments.append(commitment)
        }
        CommitmentID.assign(to: &commitments, file: path)
        for (index, names) in invalidFields {
            let c = commitments[index]
            let list = names.map { "'\($0)'" }.joined(separator: ", ")
            issue("due-invalid", c.line, "commitment \(c.id) has a date field that is not a real date: \(list)",
                  column: c.column, commitment: c.id)
        }
        for c in commitments where c.statusIsUnknown {
            issue("status-unknown", c.line, "commitment \(c.id) has an unknown checkbox '[\(c.mark)]'; use [ ], [/], [x] or [-]",
                  column: c.column, commitment: c.id)
        }

        file.session = Session(
            file: path, date: date, coach: coach, coachee: coachee, observers: observers, status: status,
            duration: duration, focus: focus, confidential: confidential, tags: tags, pulse: pulse,
            goals: goals, commitments: commitments, mentions: mentions, swap: swap)
        return file
    }

    /// A scalar becomes a one-element list; a list must hold scalars only.
    private func stringList(_ node: FrontMatterValue) -> [String]? {
        if let text = node.scalarText { return [text] }
        guard let items = node.sequence else { return nil }
        var result: [String] = []
        for item in items {
            guard let text = item.scalarText else { return nil }
            result.append(text)
        }
        return result
    }
}

/// The front matter's keys in file order, looked up by name (the last one wins).
struct FrontMatterFields {
    let entries: [FrontMatterEntry]

    subscript(key: String) -> FrontMatterValue? { entries.last { $0.key == key }?.value }

    /// The key's file line (the YAML starts on file line 2), or 1 when absent.
    func line(_ key: String) -> Int { (entries.last { $0.key == key }?.line).map { $0 + 1 } ?? 1 }
}

/// `[c] ` at the start of an item's text.
struct TaskCheckbox {
    var mark: Character
    var rest: String

    init?(_ text: String) {
        var i = text.startIndex
        guard i < text.endIndex, text[i] == "[" else { return nil }
        i = text.index(after: i)
        guard i < text.endIndex else { return nil }
        let mark = text[i]
        i = text.index(after: i)
        guard i < text.endIndex, text[i] == "]" else { return nil }
        i = text.index(after: i)
        guard i < text.endIndex, text[i] == " " || text[i] == "\t" else { return nil }
        self.mark = mark
        rest = String(text[text.index(after: i)...])
    }

    var status: CommitmentStatus {
        switch mark {
        case "/": .inProgress
        case "x", "X": .done
        case "-": .cancelled
        default: .open
        }
    }
}
