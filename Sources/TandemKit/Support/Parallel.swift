import Foundation
import Synchronization

enum Parallel {
    /// The most threads a map started in this task may use (nil: every core). The
    /// scaling tests measure the CPU of the calling thread, so they keep all the work
    /// on it (`Parallel.$threadLimit.withValue(1) { … }`).
    @TaskLocal static var threadLimit: Int?

    /// Maps in parallel over all cores, keeping the input order. Each result is
    /// written once, straight into the output array: no per-worker copies.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let workers = min(threadLimit ?? processorCount, items.count)
        if workers < 2 { return items.map(transform) }
        return [R](unsafeUninitializedCapacity: items.count) { buffer, initializedCount in
            let output = DisjointSlots(base: buffer.baseAddress!)
            let next = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < items.count else { break }
                    output.initialize(index, to: transform(items[index]))
                }
            }
            initializedCount = items.count
        }
    }

    static let processorCount: Int = {
        let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))  // the cores online, without reading the environment
        return online > 0 ? online : 1
    }()
}

/// The output array's memory, shared by the workers of `Parallel.map`. It is safe
/// to share because every index is claimed by exactly one worker (an atomic
/// counter hands them out) and the array is read only after all workers finish.
private struct DisjointSlots<R>: @unchecked Sendable {
    let base: UnsafeMutablePointer<R>
    func initialize(_ index: Int, to value: R) { (base + index).initialize(to: value) }
}
