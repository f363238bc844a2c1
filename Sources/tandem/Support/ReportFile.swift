import Foundation
import TandemKit

/// Writes a report to the file named by `--output`: into a temporary file in the
/// same folder, then renamed over the target, so a reader never sees half a report.
/// A report never lands on the journal's own notes: paths inside the sessions or
/// agreements folders (or `tandem.yml`) are refused, and an existing file is
/// replaced only with `--force` (keeping its mode, owner and group).
enum ReportFile {
    static func write(_ text: String, to path: String, force: Bool, journal: Journal) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
              let realFolder = realPath(folder.path) else {
            throw TandemError.invalid("--output \(path): folder \(folder.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
            throw TandemError.invalid("--output \(path): is a folder")
        }
        let realTarget = realPath(target.path) ?? (realFolder + "/" + target.lastPathComponent)
        try refuseJournalNotes(realTarget, path: path, journal: journal)
        var existing = stat()
        let exists = lstat(target.path, &existing) == 0
        if exists, !force {
            throw TandemError.invalid("--output \(path): already exists; add --force to replace it")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if exists, (existing.st_mode & S_IFMT) == S_IFREG {
                _ = chown(temporary.path, existing.st_uid, existing.st_gid)
                _ = chmod(temporary.path, existing.st_mode & 0o7777)
            }
            guard rename(temporary.path, target.path) == 0 else {
                throw TandemError.invalid("--output \(path): cannot be replaced: \(String(cString: strerror(errno)))")
            }
        } catch let error as TandemError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw TandemError.invalid("--output \(path): cannot be written: \(error.localizedDescription)")
        }
    }

    /// Session files, agreements and `tandem.yml` are the journal; a report never replaces them.
    private static func refuseJournalNotes(_ realTarget: String, path: String, journal: Journal) throws {
        let configuration = journal.configuration
        for folder in [configuration.sessionsPath, configuration.agreementsPath] {
            guard let real = realPath(journal.root + "/" + folder) else { continue }
            if realTarget == real || realTarget.hasPrefix(real + "/") {
                throw TandemError.invalid("--output \(path): inside the journal's \(folder)/ folder; "
                                          + "a report never replaces the journal's notes")
            }
        }
        if let config = realPath(journal.root + "/" + JournalLocator.configFileName), config == realTarget {
            throw TandemError.invalid("--output \(path): is the journal's configuration")
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
