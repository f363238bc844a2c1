/// Completion: person ids after `@` and in `coach:`, `coachee:` and `observer:`;
/// relative and absolute dates after `due:`.
extension Workspace {
    static let personKeys = ["coach", "coachee", "observer"]

    func completion(_ params: TextDocumentPositionParams) -> CompletionList {
        let empty = CompletionList(isIncomplete: false, items: [])
        guard let document = documents[params.textDocument.uri], let root = document.root,
              case .ready(let live) = journals[root] else { return empty }
        let position = params.position
        let before = document.lines.prefix(before: position)
        let word = String(before.unicodeScalars.reversed().prefix(while: Workspace.isIDScalar).reversed()
                            .map(Character.init))
        let end = Position(line: position.line, character: before.utf16.count)
        let replace = TextRange(start: Position(line: position.line, character: end.character - word.utf16.count), end: end)
        let head = before.dropLast(word.count)

        if head.hasSuffix("@"), !head.dropLast().last.map({ $0.isLetter || $0.isNumber }).orFalse {
            return CompletionList(isIncomplete: false, items: people(live.configuration, replacing: replace))
        }
        if head.lowercased().hasSuffix("due:") {
            return CompletionList(isIncomplete: false, items: dueDates(document, live: live, replacing: replace))
        }
        if let closing = LineEdits.frontMatterClosingLine(document.text), position.line < closing,
           isPersonValue(head, line: position.line, lines: document.lines) {
            return CompletionList(isIncomplete: false, items: people(live.configuration, replacing: replace))
        }
        return empty
    }

    static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" || scalar == "+"
            || scalar == "."
    }

    /// `coach: `, `observer: [ana, ` or a `- ` item under `observer:` before the cursor.
    private func isPersonValue(_ head: Substring, line: Int, lines: TextLines) -> Bool {
        for key in Workspace.personKeys where head.hasPrefix(key + ":") { return true }
        let trimmed = head.drop { $0 == " " }
        guard trimmed.hasPrefix("-"), trimmed.count < head.count || head.hasPrefix("-") else { return false }
        var index = line - 1
        while index > 0, lines.line(index).drop(while: { $0 == " " }).hasPrefix("-") { index -= 1 }
        return lines.line(index).hasPrefix("observer:")
    }

    private func people(_ configuration: Configuration, replacing range: TextRange) -> [CompletionItem] {
        configuration.people.values.sorted { $0.id < $1.id }.map { person in
            CompletionItem(label: person.id, kind: 18, detail: person.name, sortText: person.id, filterText: person.id,
                           textEdit: TextEdit(range: range, newText: person.id))
        }
    }

    private func dueDates(_ document: OpenDocument, live: LiveJournal, replacing range: TextRange) -> [CompletionItem] {
        var items: [(String, String)] = [
            ("next", "at the pair's next session (session date + cadence)"),
            ("+1w", "one week after the session"),
            ("+2w", "two weeks after the session"),
        ]
        if let session = document.file?.session {
            let today = options.today(for: live.configuration)
            // One pair's history only: the live journal changes with every edit, so a
            // journal-wide set would be rebuilt for each completion.
            let pairs = PairHistories.build(sessions: live.journal.sessions.filter { $0.pair == session.pair },
                                            configuration: live.configuration)
            if let due = pairs.first(where: { $0.key == session.pair })?.nextDue(today: today) {
                items.append((due.description, "the pair's next session is due"))
            }
        }
        return items.enumerated().map { index, item in
            CompletionItem(label: item.0, kind: 12, detail: item.1, sortText: String(index), filterText: item.0,
                           textEdit: TextEdit(range: range, newText: item.0))
        }
    }
}

extension Optional<Bool> {
    var orFalse: Bool { self ?? false }
}
