/// Text reports written as they are made: one piece per element, worded on all cores
/// in runs and handed on in order, so a report of a hundred thousand findings is never
/// held whole and deferred messages are worded in parallel, as in JSON
/// (docs/PERFORMANCE.md).
enum TextStream {
    /// `piece(element)` for every element of `items`, in order, handed to `output` a run
    /// at a time. `runLength` elements make a run: the default suits a line per finding
    /// (about 30 KiB a run); larger pieces take shorter runs, so the runs in flight stay small.
    static func write<C: RandomAccessCollection & Sendable>(
        _ items: C, runLength: Int = 256, to output: (String) -> Void, piece: @Sendable (C.Element) -> String
    ) where C.Index == Int {
        let runsInFlight = 4 * Parallel.processorCount
        var start = items.startIndex
        while start < items.endIndex {
            let end = min(start + runLength * runsInFlight, items.endIndex)
            let runs = Parallel.map(Array(stride(from: start, to: end, by: runLength))) { first -> String in
                var text = ""
                for index in first..<min(first + runLength, end) { text += piece(items[index]) }
                return text
            }
            for text in runs { output(text) }
            start = end
        }
    }

    /// Everything `write` hands on, as one string (`render`).
    static func collect(_ write: ((String) -> Void) -> Void) -> String {
        var text = ""
        write { text += $0 }
        return text
    }
}
