import ArgumentParser
import Foundation
import TandemKit

/// Dynamic shell completions: the shell runs `tandem ---completion …` with the
/// words typed so far, and these read the journal those words name (`-C DIR`,
/// else `$TANDEM_JOURNAL`, else the working directory upwards). A journal that
/// cannot be read completes nothing rather than printing an error.
enum Completions {
    static let commitments = CompletionKind.custom { words, _, prefix in
        ids(words: words, prefix: prefix) { $0.isOpen }
    }
    static let closedCommitments = CompletionKind.custom { words, _, prefix in
        ids(words: words, prefix: prefix) { !$0.isOpen }
    }
    static let people = CompletionKind.custom { words, _, prefix in
        guard let journal = journal(words: words) else { return [] }
        return IndexDocument.people(journal: journal).map(\.id).filter { $0.hasPrefix(prefix) }
    }
    static let rules = CompletionKind.custom { _, _, prefix in
        RuleRegistry.ids.filter { $0.hasPrefix(prefix) }
    }

    private static func ids(words: [String], prefix: String, _ include: (Commitment) -> Bool) -> [String] {
        guard let journal = journal(words: words) else { return [] }
        let ids = journal.sessions.flatMap { $0.commitments.filter(include).map(\.id) }
        return Array(Set(ids.filter { $0.hasPrefix(prefix) })).sorted()
    }

    private static func journal(words: [String]) -> Journal? {
        var explicit: String?
        for (index, word) in words.enumerated() {
            if word == "-C" || word == "--journal", index + 1 < words.count { explicit = words[index + 1] }
            if word.hasPrefix("--journal=") { explicit = String(word.dropFirst("--journal=".count)) }
        }
        guard let root = try? JournalLocator.locate(explicit: explicit,
                                                    environment: ProcessInfo.processInfo.environment["TANDEM_JOURNAL"],
                                                    workingDirectory: FileManager.default.currentDirectoryPath),
              let configuration = try? JournalLoader.loadConfiguration(root: root)
        else { return nil }
        return JournalLoader.load(root: root, configuration: configuration)
    }
}
