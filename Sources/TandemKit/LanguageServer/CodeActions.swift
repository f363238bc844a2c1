/// Code actions: commitment edits on a commitment line, and fixes or silences for
/// the diagnostics in the requested range. All are edits of the buffer.
extension Workspace {
    /// Rules that cannot be silenced from the front matter (there is none to edit, or it does not parse).
    static let unsilenceableByFile: Set<String> = Set([
        FrontMatterMissingRule.self, FrontMatterInvalidRule.self, EncodingInvalidRule.self, FileUnreadableRule.self,
    ].map { (rule: any Rule.Type) in rule.description.id })

    func codeActions(_ params: CodeActionParams) -> [CodeAction] {
        let uri = params.textDocument.uri
        guard let document = documents[uri], document.file != nil, let root = document.root,
              case .ready(let live) = journals[root] else { return [] }
        let today = options.today(for: live.configuration)
        let first = max(0, params.range.start.line)
        let last = min(params.range.end.line, first + 500, document.lines.count - 1)
        guard first <= last else { return [] }
        var actions: [CodeAction] = []
        for line in first...last {
            if let (commitment, _) = document.commitment(onLine: line) {
                actions += commitmentActions(commitment, line: line, document: document, today: today)
            }
        }
        let closing = LineEdits.frontMatterClosingLine(document.text)
        let lineEnding = document.text.contains("\r\n") ? "\r\n" : "\n"
        for diagnostic in document.published ?? [] where (first...last).contains(diagnostic.range.start.line) {
            actions += diagnosticActions(diagnostic, document: document, closingLine: closing, lineEnding: lineEnding)
        }
        return actions
    }

    private func commitmentActions(_ commitment: Commitment, line: Int, document: OpenDocument,
                                   today: LocalDate) -> [CodeAction] {
        let text = String(document.lines.line(line))
        var edits: [(String, String?)] = []
        if commitment.status != .done { edits.append(("Mark done", LineEdits.apply(.done(today), to: text))) }
        if commitment.status != .cancelled { edits.append(("Cancel", LineEdits.apply(.cancel(today), to: text))) }
        if commitment.status == .open, commitment.mark == " " { edits.append(("Start", LineEdits.start(text))) }
        return edits.compactMap { title, newText in
            guard let newText, newText != text else { return nil }
            let edit = TextEdit(range: document.lines.wholeLine(line), newText: newText)
            return CodeAction(title: title, kind: "refactor.rewrite", diagnostics: nil, isPreferred: nil,
                              edit: WorkspaceEdit(changes: [document.uri: [edit]]))
        }
    }

    private func diagnosticActions(_ diagnostic: Diagnostic, document: OpenDocument, closingLine: Int?,
                                   lineEnding: String) -> [CodeAction] {
        let line = diagnostic.range.start.line
        let rule = diagnostic.code
        var actions: [CodeAction] = []
        func action(_ title: String, _ edit: TextEdit, preferred: Bool? = nil) {
            actions.append(CodeAction(title: title, kind: "quickfix", diagnostics: [diagnostic], isPreferred: preferred,
                                      edit: WorkspaceEdit(changes: [document.uri: [edit]])))
        }
        if rule == CommitmentNoDueRule.description.id {
            let at = Position(line: line, character: LineEdits.endOfText(document.lines.line(line)))
            action("Due at the next session (due:next)", TextEdit(range: TextRange(start: at, end: at), newText: " due:next"),
                   preferred: true)
        }
        if let closingLine, line <= closingLine {
            guard !Workspace.unsilenceableByFile.contains(rule) else { return actions }
            action("Disable \(rule) for this file",
                   LineEdits.addToLintIgnore(rule, lines: document.lines, closingLine: closingLine, lineEnding: lineEnding))
        } else if closingLine != nil {
            let at = Position(line: line, character: 0)
            let comment = LineEdits.leadingContainer(document.lines.line(line))
                + "<!-- tandem-disable-next-line \(rule) -->" + lineEnding
            action("Disable \(rule) for this line", TextEdit(range: TextRange(start: at, end: at), newText: comment))
        }
        return actions
    }
}
