import CCmark

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
        let empty: [CChar] = [0]
        let parsed = empty.withUnsafeBufferPointer { fallback -> OpaquePointer? in
            let base = body.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            return cmark_parse_document(base ?? fallback.baseAddress, body.count, options)
        }
        guard let root = parsed else { return }
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }

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
