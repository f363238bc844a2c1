import Yams

/// Turns the bytes of one session file into a `SessionFile`. Pure: no I/O.
public struct SessionReader: Sendable {
    public let configuration: Configuration
    /// Front matter beyond this size is refused before YAML sees it.
    public static let maxFrontMatterBytes = 256 * 1024

    /// `configuration.goalSections` and `requiredSections` as headings compare, worked out once.
    private let goalSections: Set<String>
    private let requiredSections: [(name: String, heading: String)]

    public init(configuration: Configuration) {
        self.configuration = configuration
        goalSections = Set(configuration.goalSections.map(BodyExtractor.normalizedHeading))
        requiredSections = configuration.requiredSections.map { ($0, BodyExtractor.normalizedHeading($0)) }
    }

    public func read(path: String, bytes: [UInt8]) -> SessionFile {
        bytes.withUnsafeBufferPointer { read(path: path, buffer: $0) }
    }

    public func read(path: String, buffer bytes: UnsafeBufferPointer<UInt8>) -> SessionFile {
        var file = SessionFile(path: path)
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            file.issues.append(.encoding(offset: bad, line: UTF8Check.line(of: bad, in: bytes), isNUL: bytes[bad] == 0))
            return file
        }
        guard let (entries, bodyStart, bodyFirstLine) = frontMatter(bytes, problems: &file.issues) else { return file }

        // A dozen keys at most: a linear look-up costs less than building dictionaries.
        let fields = FrontMatterFields(entries: entries)
        for entry in entries { file.keyLines[entry.key] = entry.line + 1 }
        var decoder = FieldDecoder(fields: fields, defaultConfidential: configuration.confidential)
        let header = decoder.decode()
        file.issues += decoder.problems

        // The body is parsed even when the file is not a session, so its
        // directive comments still silence findings.
        let body = UnsafeBufferPointer(rebasing: bytes[bodyStart...])
        let (extractor, mentions) = walkBody(body, firstLine: bodyFirstLine)
        file.suppressions = Suppressions(lintIgnore: header.lintIgnore, directives: extractor.directives)
        let headings = Set(extractor.headings)
        file.missingSections = requiredSections.filter { !headings.contains($0.heading) }.map(\.name)

        guard let date = header.date, let coach = header.coach, let coachee = header.coachee else { return file }
        var columns = ScalarColumns(bytes: bytes, bodyStart: bodyStart, firstLine: bodyFirstLine)
        // The focus, goals and commitments share one block (`TextPool`).
        var texts = TextPoolBuilder()
        var focus = header.focus.map { texts.add($0) }
        var (goals, commitments, pool) = items(extractor.items, columns: &columns, texts: &texts, path: path, date: date,
                                               coach: coach, coachee: coachee, problems: &file.issues)
        if focus != nil { texts.bind(&focus!, to: pool) }
        var (observers, tags, pulse) = (header.observers, header.tags, header.pulse)
        SharedLists.share(observers: &observers, tags: &tags, pulse: &pulse, commitments: &commitments,
                          missingSections: &file.missingSections)
        file.session = Session(
            file: path, date: date, coach: coach, coachee: coachee, observers: observers, status: header.status,
            duration: header.duration, pooledFocus: focus, confidential: header.confidential, tags: tags,
            pulse: pulse, goals: goals, commitments: commitments, swap: header.swap)
        file.mentions = MentionedIDs.numbered(mentions)
        return file
    }

    /// The front matter's entries and where the body starts, or nil (with the problem recorded).
    private func frontMatter(_ bytes: UnsafeBufferPointer<UInt8>, problems: inout [ReadProblem])
        -> (entries: [FrontMatterEntry], bodyStart: Int, bodyFirstLine: Int)? {
        let yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyFirstLine: Int
        switch FrontMatterSplit.split(bytes) {
        case .missing:
            problems.append(.frontMatterMissing)
            return nil
        case .unterminated:
            problems.append(.frontMatterUnterminated)
            return nil
        case let .found(start, end, body, firstLine):
            (yamlStart, yamlEnd, bodyStart, bodyFirstLine) = (start, end, body, firstLine)
        }
        guard yamlEnd - yamlStart <= SessionReader.maxFrontMatterBytes else {
            problems.append(.frontMatterTooLarge(limit: SessionReader.maxFrontMatterBytes))
            return nil
        }
        let yamlBytes = UnsafeBufferPointer(rebasing: bytes[yamlStart..<yamlEnd])
        if let fast = FlatFrontMatter.parse(yamlBytes), let fastEntries = fast.mapping {
            return (fastEntries, bodyStart, bodyFirstLine)
        }
        guard let entries = composedEntries(String(decoding: yamlBytes, as: UTF8.self), problems: &problems) else {
            return nil
        }
        return (entries, bodyStart, bodyFirstLine)
    }

    /// The front matter read by the YAML parser (the slow path), or nil with the problem recorded.
    private func composedEntries(_ yaml: String, problems: inout [ReadProblem]) -> [FrontMatterEntry]? {
        do {
            // Yams resolves aliases to shared nodes and tandem converts only three
            // levels, so alias "bombs" cost nothing here. The basic resolver skips
            // Yams' regular-expression tag guessing: values are read as text.
            let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            let value = root.map { FrontMatterValue($0, depth: 3) }
            if let value, let mapping = value.mapping { return mapping }
            if value == nil || value?.isNullScalar == true { return [] }
            problems.append(.frontMatterNotMapping(line: (value?.line ?? 1) + 1))
        } catch let error as YamlError {
            let (line, column, message) = YAMLErrorLocation.describe(error, yaml: yaml, lineOffset: 1)
            problems.append(.frontMatterYAML(line: line, column: column, detail: message))
        } catch {
            problems.append(.frontMatterUnparsable)
        }
        return nil
    }

    /// The body's headings, list items and directives, and the commitment ids it mentions.
    private func walkBody(_ body: UnsafeBufferPointer<UInt8>, firstLine: Int) -> (BodyExtractor, [UInt64]) {
        var extractor = BodyExtractor(normalizedGoalSections: goalSections)
        let mentions: [UInt64]
        if let plain = LineEndings.withoutLoneCarriageReturns(body) {
            // cmark ends a line at a lone CR; tandem (and every editor it answers) at LF.
            plain.withUnsafeBufferPointer { CommonMark.walk($0, firstLine: firstLine, visitor: &extractor) }
            mentions = plain.withUnsafeBufferPointer { MentionedIDs.scan($0) }
        } else {
            CommonMark.walk(body, firstLine: firstLine, visitor: &extractor)
            mentions = MentionedIDs.scan(body)
        }
        return (extractor, mentions)
    }

    /// The session's goals and commitments (with their ids), recording impossible
    /// dates and unknown checkboxes; their texts are added to `texts`, whose pool
    /// (made here) is returned too.
    private func items(_ items: [RawItem], columns: inout ScalarColumns, texts: inout TextPoolBuilder, path: String,
                       date: LocalDate, coach: String, coachee: String,
                       problems: inout [ReadProblem]) -> ([Goal], [Commitment], TextPool?) {
        let cadenceDays = configuration.cadence(for: PairKey(coach, coachee)).days
        var goals: [Goal] = []
        var commitments: [Commitment] = []
        // Sized before they are filled: a journal read whole (`index`, the language
        // server) keeps these lists, and growing by doubling leaves a quarter unused.
        let goalItems = items.reduce(0) { $0 + ($1.inGoalsSection ? 1 : 0) }
        goals.reserveCapacity(goalItems)
        commitments.reserveCapacity(items.count - goalItems)
        var invalidFields: [(index: Int, names: [String])] = []
        var unknownMarks: [(index: Int, mark: Character)] = []
        let defaultOwners = [coachee]  // one array shared by the commitments that name no owner
        for item in items {
            let column = columns.scalarColumn(line: item.line, byteColumn: item.byteColumn)
            let checkbox = TaskCheckbox(item.text)
            if item.inGoalsSection {
                guard item.depth == 0 else { continue }
                let text = TaskLine.plainText(checkbox?.rest ?? item.text)
                guard !text.isEmpty else { continue }
                goals.append(Goal(text: texts.add(text), line: item.line, column: column,
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
            var commitment = task.commitment(checkbox: checkbox, text: texts.add(task.text), defaultOwners: defaultOwners,
                                             line: item.line, column: column, sessionDate: date, cadenceDays: cadenceDays)
            if commitment.due == nil, task.due != nil { commitment.hasInvalidDate = true }
            let invalid = task.invalid + (commitment.due == nil && task.due != nil ? ["due"] : [])
            if !invalid.isEmpty { invalidFields.append((commitments.count, invalid)) }
            if commitment.statusIsUnknown { unknownMarks.append((commitments.count, checkbox.mark)) }
            commitments.append(commitment)
        }
        let pool = texts.build()
        for k in goals.indices { texts.bind(&goals[k].pooledText, to: pool) }
        for k in commitments.indices { texts.bind(&commitments[k].pooledText, to: pool) }
        CommitmentID.assign(to: &commitments, file: path)
        for (index, names) in invalidFields {
            let c = commitments[index]
            problems.append(.impossibleDate(commitment: c.id, line: c.line, column: c.column, fields: names))
        }
        for (index, mark) in unknownMarks {  // the marks as written (a commitment keeps one scalar)
            let c = commitments[index]
            problems.append(.unknownCheckbox(commitment: c.id, line: c.line, column: c.column, mark: mark))
        }
        return (goals, commitments, pool)
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
