/// The texts of one session (its goals, its commitments and its focus) in one heap
/// block. A journal read whole (`index`, `list`, `stats`, the language server) keeps
/// hundreds of thousands of short texts; as `String`s each cost a block of its own
/// with a 32-byte header, about as much again as the text (docs/PERFORMANCE.md).
///
/// A pool is written once, while it is made, and only read after: `PooledText`
/// shares it across threads (`ManagedBuffer` itself cannot be `Sendable`).
final class TextPool: ManagedBuffer<Void, UInt8> {
    /// A pool holding `bytes`.
    static func make(_ bytes: [UInt8]) -> TextPool {
        let pool = unsafeDowncast(TextPool.create(minimumCapacity: bytes.count) { _ in }, to: TextPool.self)
        pool.withUnsafeMutablePointerToElements { elements in
            bytes.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { elements.update(from: base, count: source.count) }
            }
        }
        return pool
    }

    func withBytes<R>(start: Int, count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeMutablePointerToElements { body(UnsafeBufferPointer(start: $0 + start, count: count)) }
    }
}

/// One text kept in a `TextPool`: the size of a `String`, without a block of its own.
/// Sendable because its pool is never written once made.
struct PooledText: @unchecked Sendable {
    private var pool: TextPool?
    private let start: UInt32
    private let count: UInt32

    static let empty = PooledText(pool: nil, start: 0, count: 0)

    private init(pool: TextPool?, start: UInt32, count: UInt32) {
        self.pool = pool
        self.start = start
        self.count = count
    }

    /// A text with a pool of its own (an edit, a test): the reader pools a session's texts.
    init(_ text: String) {
        guard !text.isEmpty else {
            self = .empty
            return
        }
        var builder = TextPoolBuilder()
        self = builder.add(text)
        builder.bind(&self, to: builder.build())
    }

    var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    /// The text's UTF-8 bytes, read where they lie.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let pool, count > 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return pool.withBytes(start: Int(start), count: Int(count), body)
    }

    /// Whether every byte is ASCII.
    var isASCII: Bool { withBytes { !$0.contains { $0 >= 0x80 } } }

    /// Whether the two texts are equal as `String`s are: the same bytes, or (beyond
    /// ASCII, told by `bothASCII`) the same characters however they are composed.
    func isSameText(as other: PooledText, bothASCII: Bool) -> Bool {
        if count == other.count, withBytes({ a in other.withBytes { b in a.elementsEqual(b) } }) { return true }
        return !bothASCII && string == other.string
    }

    fileprivate static func unbound(start: Int, count: Int) -> PooledText {
        PooledText(pool: nil, start: UInt32(start), count: UInt32(count))
    }

    fileprivate mutating func bind(_ pool: TextPool) {
        if count > 0 { self.pool = pool }
    }
}

/// Gathers a session's texts, then makes their pool: texts are added first (each
/// answers where it will lie) and bound to the pool once it exists.
struct TextPoolBuilder {
    private var bytes: [UInt8] = []

    /// `text`'s place in the pool to come.
    mutating func add(_ text: String) -> PooledText {
        guard !text.isEmpty else { return .empty }
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        // Files are read up to 64 MB, so a session's texts stay far below the 4 GB a
        // range can address; a text past it would be left out rather than trap.
        guard bytes.count <= Int(UInt32.max) else {
            bytes.removeLast(bytes.count - start)
            return .empty
        }
        return .unbound(start: start, count: bytes.count - start)
    }

    /// The pool of every text added, or nil when there were none.
    func build() -> TextPool? { bytes.isEmpty ? nil : TextPool.make(bytes) }

    func bind(_ text: inout PooledText, to pool: TextPool?) {
        if let pool { text.bind(pool) }
    }
}
