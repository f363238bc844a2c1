import Foundation
import Synchronization

enum Parallel {
    /// Maps in parallel over all cores, keeping the input order.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let results = Mutex<[R?]>(Array(repeating: nil, count: items.count))
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, items.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var local: [(Int, R)] = []
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < items.count else { break }
                local.append((index, transform(items[index])))
            }
            results.withLock { all in for (index, value) in local { all[index] = value } }
        }
        return results.withLock { $0.map { $0! } }
    }
}
