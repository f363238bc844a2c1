import Foundation

/// Reads a whole regular file with one `read` loop; refuses FIFOs, devices and folders
/// so a journal can never make tandem block.
enum FileReader {
    static let maxBytes = 64 * 1024 * 1024

    enum Failure: Error { case notRegular, tooLarge, unreadable(String) }

    static func read(_ path: String) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegular) }
        guard Int(info.st_size) <= maxBytes else { return .failure(.tooLarge) }
        let size = Int(info.st_size)
        // Filled by read(2) below; the count is cut to what was read.
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { _, count in count = size }
        var filled = 0
        while true {
            if filled == bytes.count {
                // The size fstat gave is read; one small read tells whether the file grew since.
                let grown = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { probe -> Int in
                    let n = Glibc.read(fd, probe.baseAddress!, probe.count)
                    if n > 0, bytes.count + n <= maxBytes { bytes.append(contentsOf: probe[0..<n]) }
                    return n
                }
                if grown < 0, errno == EINTR { continue }
                if grown < 0 { return .failure(.unreadable(String(cString: strerror(errno)))) }
                if grown == 0 { break }
                guard bytes.count <= maxBytes, filled + grown == bytes.count else { return .failure(.tooLarge) }
                filled += grown
                continue
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }
}

/// Whether something is at a path, a broken link included (`lstat`).
enum FileStatus {
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
