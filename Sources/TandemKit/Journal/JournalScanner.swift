import Foundation

/// A Markdown file found below a journal folder, or a reason it cannot be read.
struct ScannedFile: Sendable {
    var path: String          // root-relative, with "/"
    var problem: String?      // set for loops, links leaving the root, unreadable folders

    func absolutePath(root: String) -> String { root + "/" + path }
}

/// Lists `*.md` files below a folder: sorted, hidden entries skipped, symbolic
/// links followed only inside the root, loops detected.
struct JournalScanner {
    let root: String
    private let realRoot: String

    init(root: String) {
        self.root = root
        realRoot = JournalScanner.realPath(root) ?? root
    }

    func scan(folder relative: String) -> [ScannedFile] {
        var result: [ScannedFile] = []
        let start = root + "/" + relative
        var info = stat()
        guard lstat(start, &info) == 0 else { return [] }
        // The folder itself (sessions/, agreements/ or a configured path) may be a
        // symbolic link: followed only when it stays inside the root.
        guard let real = JournalScanner.realPath(start) else {
            return [ScannedFile(path: relative, problem: "broken symbolic link or link loop")]
        }
        guard isInsideRoot(real) else {
            return [ScannedFile(path: relative, problem: "symbolic link leads outside the journal; not followed")]
        }
        guard isDirectoryPath(real) else { return [] }
        var visited = Set<String>()
        walk(directory: start, real: real, relative: relative, visited: &visited, into: &result)
        result.sort { $0.path < $1.path }
        return result
    }

    func isInsideRoot(_ real: String) -> Bool {
        real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    /// `real` is the folder's resolved path, known from its parent: each folder is
    /// resolved once, so reading stays linear in folder depth. Only symbolic links
    /// are resolved again (they can point anywhere).
    private func walk(directory: String, real: String, relative: String, visited: inout Set<String>,
                      into result: inout [ScannedFile]) {
        guard visited.insert(real).inserted else {
            result.append(ScannedFile(path: relative,
                                      problem: "symbolic link loop: this folder is already being read"))
            return
        }
        defer { visited.remove(real) }
        guard let entries = JournalScanner.list(directory) else {
            let reason = errno == ENAMETOOLONG ? "its path is too long to open" : String(cString: strerror(errno))
            result.append(ScannedFile(path: relative, problem: "cannot read this folder: \(reason)"))
            return
        }
        for entry in entries where !entry.name.hasPrefix(".") {
            let name = entry.name
            let path = directory + "/" + name
            let rel = relative + "/" + name
            if !entry.isUTF8 {
                // The name cannot be shown or opened as given: reported, never skipped in silence.
                if entry.type == DT_DIR || name.hasSuffix(".md") || entry.type == DT_LNK || entry.type == DT_UNKNOWN {
                    result.append(ScannedFile(path: rel, problem: "the name is not valid UTF-8; rename it"))
                }
                continue
            }
            // The folder entry's type saves a stat call for plain files and folders.
            if entry.type == DT_DIR {
                walk(directory: path, real: real + "/" + name, relative: rel, visited: &visited, into: &result)
                continue
            }
            if entry.type != DT_LNK && entry.type != DT_UNKNOWN {
                if name.hasSuffix(".md") { result.append(ScannedFile(path: rel, problem: nil)) }
                continue
            }
            guard let (info, target) = follow(path, real: real + "/" + name, relative: rel, into: &result) else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(directory: path, real: target, relative: rel, visited: &visited, into: &result)
            } else if name.hasSuffix(".md") {
                result.append(ScannedFile(path: rel, problem: nil))
            }
        }
    }

    /// What an entry of unknown type or a symbolic link is, and its real path; nil (with a
    /// problem recorded for Markdown files and folders) when it is broken or leaves the root.
    private func follow(_ path: String, real: String, relative: String,
                        into result: inout [ScannedFile]) -> (stat, String)? {
        let isMarkdown = relative.hasSuffix(".md")
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if isMarkdown {
                result.append(ScannedFile(path: relative, problem: "cannot be read: \(String(cString: strerror(errno)))"))
            }
            return nil
        }
        guard (info.st_mode & S_IFMT) == S_IFLNK else { return (info, real) }
        guard let resolved = JournalScanner.realPath(path) else {
            if isMarkdown { result.append(ScannedFile(path: relative, problem: "broken symbolic link or link loop")) }
            return nil
        }
        guard isInsideRoot(resolved) else {
            if isMarkdown || isDirectoryPath(resolved) {
                result.append(ScannedFile(path: relative, problem: "symbolic link leads outside the journal; not followed"))
            }
            return nil
        }
        guard stat(path, &info) == 0 else { return nil }
        return (info, resolved)
    }

    /// A folder's entries with their types, sorted by name; nil when it cannot be read.
    /// `isUTF8` is false for a name that is not valid UTF-8 (shown with U+FFFD).
    static func list(_ directory: String) -> [(name: String, type: Int, isUTF8: Bool)]? {
        guard let handle = opendir(directory) else { return nil }
        defer { closedir(handle) }
        var entries: [(name: String, type: Int, isUTF8: Bool)] = []
        while let entry = readdir(handle) {
            let (name, valid) = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (String, Bool) in
                let bytes = raw.prefix { $0 != 0 }
                if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
                return (String(decoding: bytes, as: UTF8.self), false)
            }
            if name == "." || name == ".." { continue }
            entries.append((name, Int(entry.pointee.d_type), valid))
        }
        return entries.sorted { $0.name < $1.name }
    }

    private func isDirectoryPath(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
