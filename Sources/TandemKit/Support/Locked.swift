#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value behind a pthread mutex, for state that worker threads share (the tables
/// of `SharedLists` and `MentionedIDs`, a journal's pair histories).
///
/// Synchronization's `Mutex` would do the same, but on Linux it waits on a futex that
/// the thread sanitizer cannot see, so every use from two threads is reported as a
/// race; the sanitizer knows a pthread mutex, and the suite runs under it.
final class Locked<Value>: @unchecked Sendable {
    // `value` is read and written only between lock and unlock.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    init(_ value: Value) {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        self.value = value
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
