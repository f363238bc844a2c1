import Foundation
import TandemKit

/// Writes a report to the file named by `--output`: into a temporary file in the
/// same folder, then renamed over the target, so a reader never sees half a report.
enum ReportFile {
    static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw TandemError.invalid("--output \(path): folder \(folder.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
            throw TandemError.invalid("--output \(path): is a folder")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
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
}
