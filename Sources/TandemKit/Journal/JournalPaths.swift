import Foundation

public enum JournalPaths {
    /// `path` made absolute against the working directory, with `.` and `..` resolved.
    public static func absolute(_ path: String, workingDirectory: String) -> String {
        JournalLocator.absolute(path, from: workingDirectory)
    }

    /// A path given on the command line, as a root-relative path with `/`.
    /// Paths outside the journal are refused.
    public static func relative(_ path: String, root: String, workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> String {
        let absolute = JournalLocator.absolute(path, from: workingDirectory)
        let base = JournalLocator.absolute(root, from: workingDirectory)
        if absolute == base { return "" }
        guard absolute.hasPrefix(base + "/") else {
            throw TandemError.invalid("\(path): outside the journal at \(root)")
        }
        return String(absolute.dropFirst(base.count + 1))
    }
}
