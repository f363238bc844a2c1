/// A list item's first paragraph, as plain text, before it is sorted into
/// goals and commitments.
struct RawItem {
    var text: String
    var line: Int
    /// Where the item's first paragraph starts (a checkbox there must be on the item's line).
    var paragraphLine: Int
    var byteColumn: Int?
    var inGoalsSection: Bool
    /// 0 for an item that no other item contains.
    var depth: Int
}

/// A `<!-- tandem-disable… -->` family comment found in the body.
struct DisableDirective {
    enum Kind { case nextLine, disable, enable }
    var kind: Kind
    var line: Int
    /// Empty: every rule.
    var rules: [String]
}

/// Walks a session body and collects headings, list items and directives.
/// Text inside code and HTML blocks is never looked at as items.
struct BodyExtractor: MarkdownVisitor {
    let goalSectionNames: Set<String>

    private(set) var headings: [String] = []
    private(set) var items: [RawItem] = []
    private(set) var directives: [DisableDirective] = []

    private struct Frame {
        var kind: MarkdownNode.Kind
        var children = 0
    }

    private var stack: [Frame] = []
    private var itemDepth = 0
    private var goalsLevel: Int?
    /// Text collected for the heading or item paragraph being read.
    private var collecting = false
    private var buffer = ""
    private var pendingItem: RawItem?

    /// Goal section names already normalised (a reader does it once, not per file).
    init(normalizedGoalSections: Set<String>) {
        goalSectionNames = normalizedGoalSections
    }

    /// Headings compare case-insensitively, ignoring a trailing colon and surrounding space.
    static func normalizedHeading(_ text: String) -> String {
        var t = TaskLine.plainText(text)
        while t.hasSuffix(":") { t.removeLast(); t = t.trimmingWhitespace() }
        return t.lowercased()
    }

    /// Adds a text or inline-code node to the item being gathered.
    @inline(__always)
    private mutating func collect(_ node: MarkdownNode) {
        guard var literal = node.literal else { return }
        if case .code = node.kind {
            // Inline code is text, never a field: the task-line grammar skips what is marked.
            literal = String(TaskLine.codeStart) + literal + String(TaskLine.codeEnd)
        }
        // Outside goals sections only task items matter: an item whose text does
        // not open with "[" is dropped here, before its text is gathered.
        if buffer.isEmpty, !(pendingItem?.inGoalsSection ?? true), !literal.hasPrefix("[") {
            collecting = false
            pendingItem = nil
        } else {
            buffer += literal
        }
    }

    mutating func enter(_ node: MarkdownNode) -> Bool {
        let parentIndex = stack.count - 1
        let isFirstChild = parentIndex >= 0 && stack[parentIndex].children == 0
        if parentIndex >= 0 { stack[parentIndex].children += 1 }

        switch node.kind {
        case .text, .code:
            if collecting { collect(node) }
            return false
        case .softBreak, .lineBreak:
            if collecting { buffer += " " }
            return false
        case .htmlBlock, .htmlInline:
            if let literal = node.literal, literal.contains("tandem-") {
                scanDirectives(literal, line: node.line ?? 1)
            }
            return false
        case .codeBlock, .thematicBreak:
            return false
        case .heading:
            stack.append(Frame(kind: node.kind))
            collecting = true
            buffer = ""
            return true
        case .item:
            stack.append(Frame(kind: node.kind))
            pendingItem = RawItem(text: "", line: node.line ?? 1, paragraphLine: node.line ?? 1, byteColumn: node.byteColumn,
                                  inGoalsSection: goalsLevel != nil, depth: itemDepth)
            itemDepth += 1
            return true
        case .paragraph:
            stack.append(Frame(kind: node.kind))
            // Only an item's first paragraph can make it a goal or a commitment.
            if isFirstChild, parentIndex >= 0, stack[parentIndex].kind == .item, pendingItem != nil {
                if let line = node.line { pendingItem?.paragraphLine = line }
                collecting = true
                buffer = ""
                return true
            }
            // Prose is skipped: a directive comment that starts its line is an HTML block.
            pendingItem = nil
            return false
        default:
            // Blocks that hold items, and inline containers (emphasis, links…) that keep collecting.
            stack.append(Frame(kind: node.kind))
            return true
        }
    }

    mutating func exit(_ node: MarkdownNode) {
        guard let frame = stack.popLast() else { return }
        switch frame.kind {
        case .heading(let level):
            collecting = false
            let name = BodyExtractor.normalizedHeading(buffer)
            headings.append(name)
            if let current = goalsLevel, level <= current { goalsLevel = nil }
            if goalSectionNames.contains(name) { goalsLevel = level }
        case .paragraph:
            if collecting, var item = pendingItem {
                item.text = buffer
                items.append(item)
            }
            collecting = false
            pendingItem = nil
        case .item:
            itemDepth -= 1
            pendingItem = nil
        default:
            break
        }
    }

    /// Reads `<!-- tandem-disable-next-line a b -->`, `<!-- tandem-disable … -->`
    /// and `<!-- tandem-enable -->` comments, each on the line where it appears.
    private mutating func scanDirectives(_ html: String, line: Int) {
        var currentLine = line
        var rest = Substring(html)
        while let open = rest.range(of: "<!--") {
            currentLine += rest[rest.startIndex..<open.lowerBound].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            guard let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            let words = inner.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
            if let first = words.first {
                let rules = Array(words.dropFirst())
                switch first {
                case "tandem-disable-next-line": directives.append(DisableDirective(kind: .nextLine, line: currentLine, rules: rules))
                case "tandem-disable": directives.append(DisableDirective(kind: .disable, line: currentLine, rules: rules))
                case "tandem-enable": directives.append(DisableDirective(kind: .enable, line: currentLine, rules: rules))
                default: break
                }
            }
            currentLine += inner.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            rest = rest[close.upperBound...]
        }
    }
}
