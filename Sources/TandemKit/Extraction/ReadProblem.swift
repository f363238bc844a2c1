/// What went wrong while a file was read, with where it sits. The reader states only
/// the facts; the lint rule that owns each case writes the finding and its words.
public enum ReadProblem: Sendable, Hashable {
    /// The first byte that is not UTF-8 (or is NUL), at `offset`, on file line `line`.
    case encoding(offset: Int, line: Int, isNUL: Bool)
    case frontMatterMissing
    case frontMatterUnterminated
    /// The front matter is longer than `limit` bytes.
    case frontMatterTooLarge(limit: Int)
    /// The YAML parser stopped at `line`:`column`; `detail` is its account of why.
    case frontMatterYAML(line: Int, column: Int, detail: String)
    case frontMatterUnparsable
    /// The front matter, starting at `line`, is a list or a scalar rather than keys and values.
    case frontMatterNotMapping(line: Int)
    /// A required key (`date`, `coach`, `coachee`) is absent or empty.
    case fieldMissing(key: String)
    /// The value of `key`, on `line`, is not what the field takes.
    case fieldInvalid(key: String, line: Int, expected: FieldExpectation)
    /// A date field of a commitment (`due`, `done`, …) holds no real date.
    case impossibleDate(commitment: String, line: Int, column: Int, fields: [String])
    /// A commitment's checkbox holds a mark tandem does not know.
    case unknownCheckbox(commitment: String, line: Int, column: Int, mark: Character)
    case unreadable(UnreadableReason)
    /// A problem of a file below `surveys/`.
    case survey(line: Int, SurveyProblem)

    public var line: Int {
        switch self {
        case let .encoding(_, line, _), let .frontMatterYAML(line, _, _), let .frontMatterNotMapping(line),
             let .fieldInvalid(_, line, _), let .impossibleDate(_, line, _, _), let .unknownCheckbox(_, line, _, _),
             let .survey(line, _):
            line
        case .frontMatterTooLarge, .frontMatterUnparsable: 2
        case .frontMatterMissing, .frontMatterUnterminated, .fieldMissing, .unreadable: 1
        }
    }

    public var column: Int {
        switch self {
        case let .frontMatterYAML(_, column, _), let .impossibleDate(_, _, column, _), let .unknownCheckbox(_, _, column, _):
            column
        default: 1
        }
    }

    /// The commitment the problem belongs to, if any.
    public var commitment: String? {
        switch self {
        case let .impossibleDate(id, _, _, _), let .unknownCheckbox(id, _, _, _): id
        default: nil
        }
    }

    /// A problem with the front matter as a whole or with a required key: the file is not a session.
    public var isFrontMatterProblem: Bool {
        switch self {
        case .frontMatterMissing, .frontMatterUnterminated, .frontMatterTooLarge, .frontMatterYAML,
             .frontMatterUnparsable, .frontMatterNotMapping, .fieldMissing:
            true
        default: false
        }
    }
}

/// The form a front-matter field takes, named when its value does not have it.
public enum FieldExpectation: Sendable, Hashable {
    case calendarDate, personID, personIDs, positiveMinutes, text, wordList, ruleIDs, sessionStatus
    /// `true` or `false`; a `failsClosed` flag is taken as `true` when unreadable.
    case boolean(failsClosed: Bool)
    /// A mapping of names to ratings.
    case ratings
    /// One rating from 1 to 5 (the key is the rating's name).
    case rating
}

/// Why a file could not be read at all.
public enum UnreadableReason: Sendable, Hashable {
    /// What the folder walk found (a link loop, a link leaving the journal, a name that is not UTF-8, …).
    case entry(String)
    case notRegular
    /// Larger than `limit` bytes.
    case tooLarge(limit: Int)
    /// The system refused, for `reason`.
    case failed(String)
}

/// What is wrong with a survey file.
public enum SurveyProblem: Sendable, Hashable {
    case entry(String)
    case unreadable
    case frontMatterMissing
    case yaml(String)
    case unparsable
    case notMapping
    case keyMissing(String)
    case invalidDate, invalidKind
    case invalidRespondents(max: Int)
    case invalidScores
    case invalidScore(name: String)
}
