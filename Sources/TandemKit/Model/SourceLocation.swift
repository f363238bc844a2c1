/// A place in the journal: a root-relative path with `/`, a 1-based file line
/// (front matter included) and a 1-based column counted in Unicode scalars.
///
/// Line and column are kept as 32-bit numbers: every finding holds a location, and a
/// journal that has fallen behind holds hundreds of thousands of findings.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    private var packedLine: Int32, packedColumn: Int32

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        packedLine = Int32(clamping: line)
        packedColumn = Int32(clamping: column)
    }

    public var line: Int { get { Int(packedLine) } set { packedLine = Int32(clamping: newValue) } }
    public var column: Int { get { Int(packedColumn) } set { packedColumn = Int32(clamping: newValue) } }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: Self, b: Self) -> Bool {
        (a.file, a.packedLine, a.packedColumn) < (b.file, b.packedLine, b.packedColumn)
    }
}
