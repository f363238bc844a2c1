import ArgumentParser
import Foundation
import TandemKit

extension Tandem {
    struct Lsp: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "Run the language server for editors (LSP over standard input and output).",
            discussion: """
                Findings appear in the editor as you type, with code actions, completion and hover. \
                Each opened file's journal is found from its folder upwards, so -C and $TANDEM_JOURNAL \
                do not apply; --today and $TANDEM_TODAY do. Nothing is written to disk. Exits 0 after \
                the client's shutdown and exit, 1 when input ends without them. See docs/EDITORS.md.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("debounce-ms"), help: ArgumentHelp(
            "Pause after the last change before a file is checked again (0–300 ms).", visibility: .hidden))
        var debounce: Int = 150

        func run() throws {
            let global = self.global
            var fixedToday: LocalDate?
            if let text = global.today { fixedToday = LocalDate(iso8601: text) }
            if fixedToday == nil, let value = global.environment["TANDEM_TODAY"], !value.isEmpty {
                guard let date = LocalDate(iso8601: value) else {
                    throw TandemError.invalid("TANDEM_TODAY must be a date YYYY-MM-DD, got '\(value)'")
                }
                fixedToday = date
            }
            let options = LanguageServerOptions(
                today: fixedToday, debounce: .milliseconds(max(0, min(debounce, 300))),
                clock: { configuration in
                    let zone = configuration.timezone.flatMap(TimeZone.init(identifier:)) ?? .current
                    return LocalDate.today(in: zone, now: Date())
                })
            signal(SIGPIPE, SIG_IGN)
            let server = LanguageServer(options: options, send: { data in Output.writeBytes(data) })
            let code = server.run {
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while true {
                    let count = read(STDIN_FILENO, &buffer, buffer.count)
                    if count < 0, errno == EINTR { continue }
                    return count > 0 ? Array(buffer[0..<count]) : nil
                }
            }
            if code != 0 { throw ExitCode(code) }
        }
    }
}

extension Output {
    /// Writes bytes to standard output whole; a closed pipe (the editor went away) is ignored.
    static func writeBytes(_ data: Data) {
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDOUT_FILENO, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
