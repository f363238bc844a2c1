import TandemKit

/// One libFuzzer input: the first byte picks what the rest is fed to.
///  - 0: a whole session file (front matter, Markdown body, inline fields);
///  - 1: the text of a task item, behind a valid front matter, to reach the
///    inline-field scanner with every input;
///  - 2: a template for `tandem new`, rendered over a review list of twenty
///    records: it renders within the limits or is refused, never traps or hangs;
///  - 3: a file name (and the same bytes as journal text) through every
///    human-readable output: no unsafe character and no line break comes out raw.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = UnsafeBufferPointer(start: data + 1, count: size - 1)
    switch data[0] & 3 {
    case 0: fuzzSession(Array(input))
    case 1: fuzzSession(Array("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n- [ ] ".utf8) + Array(input))
    case 2: fuzzTemplate(String(decoding: input, as: UTF8.self))
    default: fuzzDisplay(String(decoding: input, as: UTF8.self))
    }
    return 0
}

private func fuzzSession(_ bytes: [UInt8]) {
    let reader = SessionReader(configuration: Configuration())
    let file = reader.read(path: "sessions/2026/2026-11-03-ana-ben.md", bytes: bytes)
    // Touch what the rules and reports read, so lazily computed values are exercised too.
    if let session = file.session {
        let journal = Journal(root: "/", configuration: Configuration(), files: [file], agreements: [])
        _ = Checker(journal: journal, today: LocalDate(year: 2026, month: 11, day: 25)!).check()
        _ = IndexDocument.build(journal: journal, pairs: [], today: session.date, redaction: Redaction(reveal: true))
            .serialized()
    }
}

private func fuzzTemplate(_ template: String) {
    let records = (0..<20).map { n in
        ["id": "abc\(n)def", "text": "Item \(n)", "owner": "ben", "file": "sessions/x.md", "line": "\(n)"]
    }
    let values: [String: TemplateRenderer.Value] = [
        "date": .text("2026-11-20"), "coach": .text("ana"), "coachee": .text("ben"),
        "previous_focus": .text("calls"), "open_commitments": .records(records),
    ]
    if let text = try? TemplateRenderer.render(template, name: "templates/session.md", values: values) {
        precondition(text.utf8.count <= TemplateLimits.maximumOutputBytes, "a template rendered past the limit")
    }
}

private func fuzzDisplay(_ text: String) {
    func isSafe(_ output: String) -> Bool { !output.unicodeScalars.contains(where: DisplayText.isUnsafe) }
    precondition(isSafe(DisplayText.field(text)), "DisplayText.field let an unsafe character through")
    let annotation = GitHubCommand.annotation(.error, file: text, line: 1, title: text, message: text)
    precondition(annotation.dropLast().allSatisfy { $0 != "\n" && $0 != "\r" && $0 != "\r\n" },
                 "a GitHub annotation was split")
    precondition(isSafe(String(annotation.dropLast())), "a GitHub annotation holds an unsafe character")
    let table = TextTable(headers: ["FILE"], rows: [[.init(text)]], flexible: 0)
        .render(width: 40, style: TerminalStyle(enabled: false))
    precondition(table.split(separator: "\n", omittingEmptySubsequences: false).count == 3, "a table row was split")
    let markdown = MarkdownText.escape(text) + MarkdownText.code(text)
    precondition(!markdown.contains("\n") && !markdown.unicodeScalars.contains(where: { $0.value == 0x1B }),
                 "Markdown text was split or holds ESC")
    let cell = CSV.field(text)
    precondition(!"=+-@".contains(cell.first ?? " "), "a CSV cell can start a formula")
}
