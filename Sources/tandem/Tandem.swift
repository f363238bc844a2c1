import ArgumentParser
import Foundation
import TandemKit

@main
struct Tandem: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tandem",
        abstract: "Keep a peer-coaching journal honest: goals, commitments and cadence from plain Markdown.",
        discussion: """
            The journal is a folder of Markdown session notes with YAML front matter, marked by \
            tandem.yml. Global options (-C/--journal DIR, --today DATE, --color, -q, --reveal) work \
            before or after the subcommand.

            Exit codes: 0 success; 1 findings at or above --fail-on (check) or overdue items with \
            --strict (remind); 2 usage, configuration or journal-not-found errors.
            """,
        version: TandemVersion.current,
        subcommands: Tandem.subcommandList)

    static let globalOptionsWithValue: Set<String> = ["-C", "--journal", "--today", "--color"]
    static let globalFlags: Set<String> = ["-q", "--quiet", "--reveal"]

    /// `tandem -C DIR check` works like `tandem check -C DIR`, as with git.
    static func reorder(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if globalOptionsWithValue.contains(name) {
                leading.append(argument)
                if !argument.contains("="), index + 1 < arguments.count {
                    leading.append(arguments[index + 1])
                    index += 1
                }
            } else if globalFlags.contains(argument) {
                leading.append(argument)
            } else {
                break
            }
            index += 1
        }
        guard !leading.isEmpty, index < arguments.count else { return arguments }
        return [arguments[index]] + leading + arguments[(index + 1)...]
    }

    static func main() {
        Output.ignoreWriteSignals()
        let arguments = reorder(Array(CommandLine.arguments.dropFirst()))
        if let unknown = unknownSubcommand(arguments) {
            Output.err("tandem: error: unknown command '\(unknown.word)' (did you mean `\(unknown.suggestion)`?)\n"
                       + "Usage: tandem <subcommand>\n  See 'tandem --help' for more information.\n")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let error as TandemError {
            Output.err("tandem: error: " + DisplayText.block("\(error)") + "\n")
            Foundation.exit(2)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {  // --help, --version: printed through the checked writer
                Output.out(fullMessage(for: error) + "\n")
                Foundation.exit(0)
            }
            Output.err(withSuggestion(fullMessage(for: error)) + "\n")
            // SPEC: usage errors exit 2, not EX_USAGE (64).
            Foundation.exit(code == .failure ? 1 : 2)
        }
    }
}

extension Tandem {
    /// The first argument when it is not a subcommand but close to one.
    static func unknownSubcommand(_ arguments: [String]) -> (word: String, suggestion: String)? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = subcommandList.compactMap { $0.configuration.commandName ?? defaultName($0) } + ["help"]
        guard !names.contains(first), let suggestion = Suggestion.closest(to: first, among: names) else { return nil }
        return (first, suggestion)
    }

    private static func defaultName(_ command: any ParsableCommand.Type) -> String {
        String(describing: command).lowercased()
    }

    /// ArgumentParser's "The value 'jsn' is invalid for '--format <format>'.
    /// Please provide one of 'text', 'json' …" gains "Did you mean `json`?".
    static func withSuggestion(_ message: String) -> String {
        guard let valueStart = message.range(of: "The value '"),
              let valueEnd = message.range(of: "' is invalid for ", range: valueStart.upperBound..<message.endIndex),
              let list = message.range(of: "Please provide one of ", range: valueEnd.upperBound..<message.endIndex),
              let listEnd = message[list.upperBound...].firstIndex(of: "\n") ?? Optional(message.endIndex)
        else { return message }
        let value = String(message[valueStart.upperBound..<valueEnd.lowerBound])
        let choices = message[list.upperBound..<listEnd].split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        guard let suggestion = Suggestion.closest(to: value, among: choices) else { return message }
        return message.replacingCharacters(in: listEnd..<listEnd, with: " Did you mean `\(suggestion)`?")
    }
}
