import Foundation

public enum JournalPaths {
    /// `path` made absolute against the working directory, with `.` and `..` resolved.
    public static func absolute(_ path: String, workingDirectory: String) -> String {
        JournalLocator.absolute(path, from: workingDirectory)
    }

    /// A file or folder named on the command line, as a root-relative path with `/`.
    /// A relative path is looked up in the journal root first (as `git -C` does), then
    /// in the working directory. Paths that do not exist or lie outside the journal are refused.
    public static func existingRelative(_ path: String, root: String,
                                        workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> String {
        let base = JournalLocator.absolute(root, from: workingDirectory)
        let candidates = path.hasPrefix("/") ? [path] : [base + "/" + path, workingDirectory + "/" + path]
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate) {
            return try relative(candidate, root: root, workingDirectory: workingDirectory)
        }
        throw TandemError.invalid("\(path): no such file or folder")
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
