import Foundation

/// Finds the journal root the way git finds a repository.
public enum JournalLocator {
    public static let configFileName = "tandem.yml"

    /// `explicit` (from `-C`) wins, then `environment` (`$TANDEM_JOURNAL`),
    /// then the nearest folder at or above `workingDirectory` holding `tandem.yml`.
    public static func locate(explicit: String?, environment: String?, workingDirectory: String) throws -> String {
        let fm = FileManager.default
        if let given = explicit ?? environment.flatMap({ $0.isEmpty ? nil : $0 }) {
            let root = absolute(given, from: workingDirectory)
            guard fm.fileExists(atPath: root + "/" + configFileName) else {
                throw TandemError.journalNotFound(
                    "no \(configFileName) in \(given): not a tandem journal (run 'tandem init \(given)' to create one)")
            }
            return root
        }
        var directory = absolute(workingDirectory, from: "/")
        while true {
            if fm.fileExists(atPath: directory + "/" + configFileName) { return directory }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { break }
            directory = parent
        }
        throw TandemError.journalNotFound(
            "not inside a tandem journal: no \(configFileName) here or in any parent folder (run 'tandem init' to create one, or pass -C DIR)")
    }

    static func absolute(_ path: String, from base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        return (joined as NSString).standardizingPath
    }
}
