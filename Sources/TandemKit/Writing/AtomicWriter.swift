import Foundation

/// A file as read before an edit: its bytes and the facts used to notice a
/// change made by someone else before the edit is written back.
public struct FileSnapshot: Sendable, Equatable {
    public var bytes: [UInt8]
    public var size: Int
    public var modified: Int64     // nanoseconds since the epoch
    public var mode: mode_t
    /// The owner and group, kept on the rewritten file where the system permits.
    public var owner: uid_t = 0
    public var group: gid_t = 0
}

/// The only code that changes files of a journal. Every write goes to a
/// temporary file in the target's folder (`.tandem-….tmp`), is flushed to
/// disk, and is then renamed over the target, or linked into place for a new
/// file, so a target is either untouched or complete. Paths are resolved and
/// must stay inside the journal root.
///
/// Writers of one folder take turns: `withLock(_:_:)` holds an advisory lock
/// (`flock`) on the target's folder across read, check, write and rename, so two
/// `tandem done` on lines of one file never lose either edit. The folder is
/// locked, not the file, because the rename replaces the file's inode.
public struct AtomicWriter: Sendable {
    public let root: String
    /// Runs after the temporary file is written and before the target is
    /// checked and replaced. Tests use it to change the target in between.
    public var beforeCommit: (@Sendable () -> Void)?

    public init(root: String, beforeCommit: (@Sendable () -> Void)? = nil) {
        self.root = root
        self.beforeCommit = beforeCommit
    }

    // MARK: Reading

    /// Reads a root-relative file for a later `replace(_:with:expecting:)`.
    public func read(_ relative: String) throws -> FileSnapshot {
        let path = try resolve(relative, mustExist: true)
        guard case .success(let bytes) = FileReader.read(path) else {
            throw TandemError.invalid("\(DisplayText.field(relative)): cannot be read")
        }
        guard let info = Self.fileStatus(path) else { throw TandemError.invalid("\(DisplayText.field(relative)): cannot be read") }
        return FileSnapshot(bytes: bytes, size: Int(info.st_size), modified: Self.modified(info),
                            mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid)
    }

    // MARK: Locking

    /// Runs `body` holding the journal's advisory write lock on the folder of
    /// `relative`. Other tandem processes writing in that folder wait. Call
    /// `read`, then `replace`, inside one `withLock`.
    public func withLock<T>(_ relative: String, _ body: () throws -> T) throws -> T {
        let path = try resolve(relative, mustExist: false)
        let fd = try lockFolder(of: path, name: relative)
        defer {
            if fd >= 0 {
                flock(fd, LOCK_UN)
                close(fd)
            }
        }
        return try body()
    }

    /// Opens and locks the folder; -1 when the file system has no locks (the
    /// change check before the rename still guards the edit there).
    private func lockFolder(of path: String, name: String) throws -> Int32 {
        let fd = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(name, "cannot open its folder") }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = errno
            close(fd)
            if reason == ENOLCK || reason == EOPNOTSUPP || reason == ENOSYS { return -1 }
            errno = reason
            throw failure(name, "cannot lock its folder")
        }
        return fd
    }

    // MARK: Writing

    /// Replaces an existing file, keeping its mode. Refuses when the file on
    /// disk is no longer what `snapshot` saw.
    public func replace(_ relative: String, with bytes: [UInt8], expecting snapshot: FileSnapshot) throws {
        let path = try resolve(relative, mustExist: true)
        let temporary = try writeTemporary(bytes, nextTo: path, mode: snapshot.mode, name: relative,
                                           owner: (snapshot.owner, snapshot.group))
        var committed = false
        defer { if !committed { unlink(temporary) } }
        beforeCommit?()
        guard unchanged(path, since: snapshot) else {
            throw TandemError.invalid("\(DisplayText.field(relative)): changed on disk since tandem read it; nothing was written, run the command again")
        }
        guard rename(temporary, path) == 0 else { throw failure(relative, "cannot replace") }
        committed = true
        syncFolder(of: path)
    }

    /// Creates a new file; an existing target is never overwritten.
    public func create(_ relative: String, with bytes: [UInt8], mode: mode_t = 0o644) throws {
        try withLock(relative) { try createLocked(relative, with: bytes, mode: mode) }
    }

    private func createLocked(_ relative: String, with bytes: [UInt8], mode: mode_t) throws {
        let path = try resolve(relative, mustExist: false)
        let temporary = try writeTemporary(bytes, nextTo: path, mode: mode, name: relative, applyUmask: true)
        defer { unlink(temporary) }
        beforeCommit?()
        // link(2) fails with EEXIST when the target exists: create-only, atomically.
        if link(temporary, path) != 0 {
            if errno == EEXIST { throw TandemError.invalid("\(DisplayText.field(relative)): already exists; tandem never overwrites a file") }
            guard errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == ENOSYS else {
                throw failure(relative, "cannot create")
            }
            // No hard links here (some network and FAT file systems): claim the
            // name exclusively, then rename the complete file over the claim.
            let claim = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if claim < 0 {
                if errno == EEXIST { throw TandemError.invalid("\(DisplayText.field(relative)): already exists; tandem never overwrites a file") }
                throw failure(relative, "cannot create")
            }
            close(claim)
            guard rename(temporary, path) == 0 else {
                unlink(path)
                throw failure(relative, "cannot create")
            }
        }
        syncFolder(of: path)
    }

    /// Creates a folder (and its parents) inside the root. Returns false when it already existed.
    @discardableResult
    public func createFolder(_ relative: String) throws -> Bool {
        let parts = try Self.components(relative)
        var current = root
        var created = false
        for part in parts {
            current += "/" + part
            if mkdir(current, 0o777) == 0 {
                created = true
                continue
            }
            guard errno == EEXIST else { throw failure(relative, "cannot create the folder") }
            var info = Glibc.stat()
            guard stat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw TandemError.invalid("\(DisplayText.field(relative)): exists and is not a folder")
            }
        }
        _ = try resolve(relative, mustExist: true)
        return created
    }

    /// Whether a root-relative path exists (as anything, even a broken link).
    public func exists(_ relative: String) -> Bool {
        var info = Glibc.stat()
        return lstat(root + "/" + relative, &info) == 0
    }

    // MARK: Internals

    private func writeTemporary(_ bytes: [UInt8], nextTo path: String, mode: mode_t, name: String,
                                applyUmask: Bool = false, owner: (uid_t, gid_t)? = nil) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        var fd: Int32 = -1
        var temporary = ""
        for _ in 0..<16 {
            temporary = folder + "/.tandem-" + Self.randomName() + ".tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(name, "cannot write in its folder") }
        var ok = false
        defer {
            close(fd)
            if !ok { unlink(temporary) }
        }
        var finalMode = mode
        if applyUmask {
            let mask = umask(0)
            umask(mask)
            finalMode = mode & ~mask
        }
        guard fchmod(fd, finalMode) == 0 else { throw failure(name, "cannot set the file mode") }
        if let (uid, gid) = owner {
            // Keep owner and group where permitted (root editing someone's file;
            // a group the writer belongs to). Otherwise the file becomes the writer's.
            var info = Glibc.stat()
            if fstat(fd, &info) == 0, info.st_uid != uid || info.st_gid != gid {
                if fchown(fd, uid, gid) != 0 { _ = fchown(fd, info.st_uid, gid) }
                // chown may clear set-id bits: apply the mode once more.
                _ = fchmod(fd, finalMode)
            }
        }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(name, "cannot write")
            }
            written += n
        }
        guard fsync(fd) == 0 else { throw failure(name, "cannot flush to disk") }
        ok = true
        return temporary
    }

    /// The bytes, size and modification time on disk still match the snapshot.
    private func unchanged(_ path: String, since snapshot: FileSnapshot) -> Bool {
        guard let info = Self.fileStatus(path), Int(info.st_size) == snapshot.size,
              Self.modified(info) == snapshot.modified,
              case .success(let bytes) = FileReader.read(path) else { return false }
        return bytes == snapshot.bytes
    }

    /// The absolute path of a root-relative one, after checking that it stays
    /// inside the root once symbolic links are resolved.
    private func resolve(_ relative: String, mustExist: Bool) throws -> String {
        let parts = try Self.components(relative)
        guard let realRoot = JournalScanner.realPath(root) else {
            throw TandemError.invalid("\(root): the journal folder cannot be read")
        }
        let path = realRoot + "/" + parts.joined(separator: "/")
        let resolved: String
        if mustExist {
            guard let real = JournalScanner.realPath(path) else { throw TandemError.invalid("\(DisplayText.field(relative)): does not exist") }
            resolved = real
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            guard let realFolder = JournalScanner.realPath(folder) else {
                throw TandemError.invalid("\(DisplayText.field(relative)): its folder does not exist")
            }
            resolved = realFolder + "/" + (path as NSString).lastPathComponent
        }
        guard resolved == realRoot || resolved.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
            throw TandemError.invalid("\(DisplayText.field(relative)): leads outside the journal; tandem writes only inside it")
        }
        return resolved
    }

    static func components(_ relative: String) throws -> [String] {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
        guard !relative.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !relative.contains("\0") else {
            throw TandemError.invalid("\(DisplayText.field(relative)): not a path inside the journal")
        }
        return parts
    }

    private func failure(_ name: String, _ what: String) -> TandemError {
        TandemError.invalid("\(DisplayText.field(name)): \(what): \(String(cString: strerror(errno)))")
    }

    private func syncFolder(of path: String) {
        let fd = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func fileStatus(_ path: String) -> Glibc.stat? {
        var info = Glibc.stat()
        return stat(path, &info) == 0 ? info : nil
    }

    private static func modified(_ info: Glibc.stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    private static func randomName() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<12).map { _ in alphabet.randomElement()! })
    }
}
