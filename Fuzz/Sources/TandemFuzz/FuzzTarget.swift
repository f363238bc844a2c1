import TandemKit

/// One libFuzzer input: the first byte picks what the rest is fed to.
///  - even: a whole session file (front matter, Markdown body, inline fields);
///  - odd:  the text of a task item, behind a valid front matter, to reach the
///    inline-field scanner with every input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let reader = SessionReader(configuration: Configuration())
    let bytes: [UInt8]
    if data[0] & 1 == 0 {
        bytes = Array(input)
    } else {
        bytes = Array("---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n- [ ] ".utf8) + Array(input)
    }
    let file = reader.read(path: "sessions/2026/2026-11-03-ana-ben.md", bytes: bytes)
    // Touch what the rules and reports read, so lazily computed values are exercised too.
    if let session = file.session {
        let journal = Journal(root: "/", configuration: Configuration(), files: [file], agreements: [])
        _ = Checker(journal: journal, today: LocalDate(year: 2026, month: 11, day: 25)!).check()
        _ = IndexDocument.build(journal: journal, pairs: [], today: session.date, redaction: Redaction(reveal: true))
            .serialized()
    }
    return 0
}
