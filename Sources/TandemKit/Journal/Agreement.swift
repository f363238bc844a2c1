import Yams

/// An agreement file of `agreements/` and the pair it names, if any.
public struct Agreement: Sendable {
    public var path: String
    /// From `partners: [a, b]` in the front matter (a triad may name three).
    public var partners: Set<String>

    public init(path: String, partners: Set<String>) {
        self.path = path
        self.partners = partners
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        partners = bytes.withUnsafeBufferPointer { buffer -> Set<String> in
            guard UTF8Check.firstInvalidOffset(buffer) == nil,
                  case let .found(start, end, _, _) = FrontMatterSplit.split(buffer),
                  end - start <= SessionReader.maxFrontMatterBytes,
                  let root = try? Yams.compose(yaml: String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]),
                                                            as: UTF8.self), .basic, .default, .utf8),
                  let list = FrontMatterValue(root, depth: 3).mapping?.first(where: { $0.key == "partners" })?.value.sequence
            else { return [] }
            return Set(list.compactMap(\.scalarText))
        }
    }

    /// Whether this agreement names both partners, by front matter or by a file name `a-b.md`.
    public func names(_ pair: PairKey) -> Bool {
        if partners.contains(pair.first) && partners.contains(pair.second) { return true }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name == pair.slug + ".md"
    }
}
