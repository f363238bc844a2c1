import Yams

/// The kinds of climate survey (§9).
public enum SurveyKind: String, Sendable, CaseIterable {
    case baseline, midpoint, final, pulse
}

/// A climate survey's aggregates, from the front matter of a file below `surveys/`.
public struct Survey: Sendable {
    public var file: String
    public var date: LocalDate
    public var kind: SurveyKind
    public var respondents: Int
    /// Name → mean score 1–5, sorted by name.
    public var scores: [(name: String, value: Double)]
}

/// One file below `surveys/`: the survey when it is valid, else the problems found.
public struct SurveyFile: Sendable {
    public var path: String
    public var survey: Survey?
    public var issues: [ReadProblem] = []

    public init(path: String) { self.path = path }
}

/// Reads a survey file. Pure: no I/O. Every problem is recorded at
/// the offending key's line (line 1 when there is no such key).
public enum SurveyReader {
    /// More respondents than this is taken for a typo, not a team.
    public static let maxRespondents = 1_000_000

    public static func read(path: String, bytes: [UInt8]) -> SurveyFile {
        var file = SurveyFile(path: path)
        func issue(_ line: Int, _ problem: SurveyProblem) { file.issues.append(.survey(line: line, problem)) }
        let split: FrontMatterSplit.Outcome = bytes.withUnsafeBufferPointer { buffer in
            UTF8Check.firstInvalidOffset(buffer) == nil ? FrontMatterSplit.split(buffer) : .missing
        }
        guard case let .found(start, end, _, _) = split, end - start <= SessionReader.maxFrontMatterBytes else {
            issue(1, .frontMatterMissing)
            return file
        }
        let yaml = String(decoding: bytes[start..<end], as: UTF8.self)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, _, message) = YAMLErrorLocation.describe(error, yaml: yaml, lineOffset: 1)
            issue(line, .yaml(message))
            return file
        } catch {
            issue(1, .unparsable)
            return file
        }
        guard let mapping = root?.mapping else {
            issue(1, .notMapping)
            return file
        }
        var fields: [String: Node] = [:]
        var lines: [String: Int] = [:]
        for (key, value) in mapping {
            guard let name = key.scalarText else { continue }
            fields[name] = value
            lines[name] = (key.mark?.line ?? 0) + 1
        }
        file.survey = validate(path: path, fields: fields, lines: lines, issue: issue)
        return file
    }

    private static func validate(path: String, fields: [String: Node], lines: [String: Int],
                                 issue: (Int, SurveyProblem) -> Void) -> Survey? {
        for key in ["date", "kind", "respondents", "scores"] where fields[key] == nil || fields[key]!.isNullScalar {
            issue(1, .keyMissing(key))
        }
        func line(_ key: String) -> Int { lines[key] ?? 1 }
        var date: LocalDate?
        if let node = fields["date"], !node.isNullScalar {
            date = node.scalarText.flatMap { LocalDate(iso8601: $0) }
            if date == nil { issue(line("date"), .invalidDate) }
        }
        var kind: SurveyKind?
        if let node = fields["kind"], !node.isNullScalar {
            kind = node.scalarText.flatMap { SurveyKind(rawValue: $0.lowercased()) }
            if kind == nil { issue(line("kind"), .invalidKind) }
        }
        var respondents: Int?
        if let node = fields["respondents"], !node.isNullScalar {
            if let text = plainNumber(node), let n = Int(text), n >= 1, n <= maxRespondents {
                respondents = n
            } else {
                issue(line("respondents"), .invalidRespondents(max: maxRespondents))
            }
        }
        let scores = fields["scores"].flatMap { $0.isNullScalar ? nil : readScores($0, line: line("scores"), issue: issue) }
        guard let date, let kind, let respondents, let scores else { return nil }
        return Survey(file: path, date: date, kind: kind, respondents: respondents, scores: scores)
    }

    private static func readScores(_ node: Node, line: Int, issue: (Int, SurveyProblem) -> Void) -> [(name: String, value: Double)]? {
        guard let entries = node.mapping, !entries.isEmpty else {
            issue(line, .invalidScores)
            return nil
        }
        var scores: [(name: String, value: Double)] = []
        var valid = true
        for (key, value) in entries {
            let name = key.scalarText ?? "?"
            guard let text = plainNumber(value), let number = Double(text), number.isFinite, (1...5).contains(number) else {
                issue((value.mark?.line ?? key.mark?.line ?? 0) + 1, .invalidScore(name: name))
                valid = false
                continue
            }
            scores.append((name, number))
        }
        return valid ? scores.sorted { $0.name < $1.name } : nil
    }

    /// A plain (unquoted) scalar's text: a quoted "4" is a string, not a number.
    private static func plainNumber(_ node: Node) -> String? {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return nil }
        let text = scalar.string
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") })
        else { return nil }
        return text
    }
}
