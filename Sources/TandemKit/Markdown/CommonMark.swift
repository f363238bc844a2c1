import CCmark
#if canImport(Glibc)
import Glibc
#endif

/// A cmark node as the rest of tandem sees it: a Swift value, no C pointer.
public struct MarkdownNode: Sendable {
    public enum Kind: Sendable, Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading(level: Int)
        case thematicBreak, text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        case other
    }

    public var kind: Kind
    /// 1-based file line; `nil` when cmark did not track it.
    public var line: Int?
    /// 1-based column in UTF-8 bytes of its line, as cmark counts; `nil` when untracked.
    public var byteColumn: Int?
    /// The literal of text, code and HTML nodes; `nil` for the others.
    public var literal: String?
}

/// Receives the document's nodes in order, entering and leaving containers.
public protocol MarkdownVisitor {
    /// Returns whether to visit the node's children.
    mutating func enter(_ node: MarkdownNode) -> Bool
    mutating func exit(_ node: MarkdownNode)
}

/// The only code that talks to libcmark. Every C object is created, walked and
/// freed inside `walk`; nothing from C outlives the call.
public enum CommonMark {
    /// Parses `body` (front matter already removed) and walks it without
    /// recursion, so deeply nested input cannot exhaust a thread's stack.
    /// `firstLine` is the file line of the body's first line.
    public static func walk<V: MarkdownVisitor>(_ body: UnsafeBufferPointer<UInt8>, firstLine: Int, visitor: inout V) {
        // Never CMARK_OPT_SMART: it would rewrite quotes and dashes in commitment text.
        let options = CMARK_OPT_SOURCEPOS
        // Every node and buffer of the document comes from this thread's arena and is
        // let go at once when the walk ends (a walk inside a walk uses malloc).
        let arena = ParseArena.claim()
        defer { arena?.reset() }
        let empty: [CChar] = [0]
        let parsed = empty.withUnsafeBufferPointer { fallback -> OpaquePointer? in
            let base = body.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            guard arena != nil else { return cmark_parse_document(base ?? fallback.baseAddress, body.count, options) }
            guard let parser = cmark_parser_new_with_mem(options, ParseArena.allocator) else { return nil }
            defer { cmark_parser_free(parser) }
            cmark_parser_feed(parser, base ?? fallback.baseAddress, body.count)
            return cmark_parser_finish(parser)
        }
        guard let root = parsed else { return }
        defer { if arena == nil { cmark_node_free(root) } }  // the arena's memory goes in one piece
        guard let iterator = cmark_iter_new(root) else { return }
        defer { if arena == nil { cmark_iter_free(iterator) } }

        let lineShift = firstLine - 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let cNode = cmark_iter_get_node(iterator) else { continue }
            let node = convert(cNode, lineShift: lineShift)
            if event == CMARK_EVENT_ENTER {
                let descend = visitor.enter(node)
                // Leaf nodes give no exit event; containers we skip jump straight to theirs.
                if !descend, cmark_node_first_child(cNode) != nil {
                    cmark_iter_reset(iterator, cNode, CMARK_EVENT_EXIT)
                    visitor.exit(node)
                }
            } else if event == CMARK_EVENT_EXIT {
                visitor.exit(node)
            }
        }
    }

    private static func convert(_ node: OpaquePointer, lineShift: Int) -> MarkdownNode {
        let kind: MarkdownNode.Kind
        var hasLiteral = false
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST: kind = .list
        case CMARK_NODE_ITEM: kind = .item
        case CMARK_NODE_CODE_BLOCK: kind = .codeBlock
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock; hasLiteral = true
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_TEXT: kind = .text; hasLiteral = true
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code; hasLiteral = true
        case CMARK_NODE_HTML_INLINE: kind = .htmlInline; hasLiteral = true
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_LINK: kind = .link
        case CMARK_NODE_IMAGE: kind = .image
        default: kind = .other
        }
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        let tracked = line > 0 && column > 0
        return MarkdownNode(
            kind: kind,
            line: tracked ? line + lineShift : nil,
            byteColumn: tracked ? column : nil,
            literal: hasLiteral ? cmark_node_get_literal(node).map { String(cString: $0) } : nil)
    }
}

/// Where cmark's memory comes from while a document is parsed and walked: a region
/// per thread that hands out memory by moving a pointer and is let go in one piece
/// when the walk ends. cmark allocates every node and every buffer on its own (more
/// than half of all allocations of a `check`), and frees them one by one; here both
/// cost next to nothing. cmark's allocator functions take no context, so they find
/// the calling thread's arena through a thread-specific key.
private final class ParseArena {
    /// 16-byte aligned blocks, each after a 16-byte header that holds its size.
    private static let header = 16
    private static let chunkSize = 64 << 10

    // The hot path touches these alone; one thread uses an arena, so no access checks.
    @exclusivity(unchecked) private var next: UnsafeMutableRawPointer
    @exclusivity(unchecked) private var end: UnsafeMutableRawPointer
    @exclusivity(unchecked) private var last: UnsafeMutableRawPointer?  // the latest block, which can grow in place
    private let first: UnsafeMutableRawPointer
    private var more: [UnsafeMutableRawPointer] = []  // chunks beyond the first, for large documents
    private var inUse = false

    private init() {
        first = malloc(Self.chunkSize)!
        next = first
        end = first + Self.chunkSize
    }

    /// This thread's arena, marked in use; nil when a walk is already under way on it.
    static func claim() -> ParseArena? {
        let arena: ParseArena
        if let raw = pthread_getspecific(key) {
            arena = Unmanaged<ParseArena>.fromOpaque(raw).takeUnretainedValue()
        } else {
            arena = ParseArena()
            pthread_setspecific(key, Unmanaged.passRetained(arena).toOpaque())
        }
        if arena.inUse { return nil }
        arena.inUse = true
        return arena
    }

    private static var current: Unmanaged<ParseArena> { Unmanaged.fromOpaque(pthread_getspecific(key)!) }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            guard let raw else { return }
            Unmanaged<ParseArena>.fromOpaque(raw).release()  // the thread ends: its arena goes
        }
        return key
    }()

    /// The allocator handed to cmark (never freed: it serves every thread).
    nonisolated(unsafe) static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let functions = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        functions.initialize(to: cmark_mem(
            calloc: { count, size in
                let (total, overflow) = count.multipliedReportingOverflow(by: size)
                guard !overflow else { return nil }
                let block = ParseArena.current._withUnsafeGuaranteedRef { $0.allocate(total) }
                memset(block, 0, total)
                return block
            },
            realloc: { block, size in ParseArena.current._withUnsafeGuaranteedRef { $0.resize(block, to: size) } },
            free: { _ in }))
        return functions
    }()

    deinit {
        free(first)
        for chunk in more { free(chunk) }
    }

    @inline(__always)
    private func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let rounded = (size + 15) & ~15
        guard end - next >= rounded + Self.header else { return allocateInNewChunk(rounded) }
        next.storeBytes(of: rounded, as: Int.self)
        let block = next + Self.header
        next = block + rounded
        last = block
        return block
    }

    private func allocateInNewChunk(_ rounded: Int) -> UnsafeMutableRawPointer {
        let size = max(Self.chunkSize, rounded + Self.header)
        let chunk = malloc(size)!
        more.append(chunk)
        next = chunk
        end = chunk + size
        return allocate(rounded)
    }

    private func resize(_ block: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer? {
        guard let block else { return allocate(size) }
        let old = (block - Self.header).load(as: Int.self)
        if size <= old { return block }
        let rounded = (size + 15) & ~15
        // A buffer that grows (most reallocations) grows where it is when it was the last block.
        if block == last, end - block >= rounded {
            (block - Self.header).storeBytes(of: rounded, as: Int.self)
            next = block + rounded
            return block
        }
        let moved = allocate(size)
        moved.copyMemory(from: block, byteCount: old)
        return moved
    }

    /// Lets go of everything handed out; the first chunk is kept for the next document.
    func reset() {
        for chunk in more { free(chunk) }
        more.removeAll(keepingCapacity: true)
        next = first
        end = first + Self.chunkSize
        last = nil
        inUse = false
    }
}
