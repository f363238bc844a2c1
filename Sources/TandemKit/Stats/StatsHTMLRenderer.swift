/// `tandem stats --format html`: one self-contained page (inline CSS and SVG, no scripts).
public struct StatsHTMLRenderer: Sendable {
    public var redaction: Redaction
    public init(redaction: Redaction) { self.redaction = redaction }

    public func render(_ report: StatsReport) -> String { "" }
}
