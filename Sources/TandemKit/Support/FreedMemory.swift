#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages of memory freed so far back to the system. glibc keeps freed
/// memory in its heap for reuse, so a phase that lets go of a lot (a large
/// journal's facts once its journal-wide rules have run) still counts in the
/// peak resident size of the phases after it, which allocate elsewhere.
/// Found at run time: a C library without `malloc_trim` is left alone.
enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    static func release() { _ = trim?(0) }
}
