/// The one place where confidential text is withheld, or shown with `--reveal`.
/// Confidential sessions' focus, goal and commitment texts become `nil`.
public struct Redaction: Sendable {
    public var reveal: Bool

    public init(reveal: Bool) { self.reveal = reveal }

    public func isRedacted(_ session: Session) -> Bool { session.confidential && !reveal }

    public func focus(of session: Session) -> String? { isRedacted(session) ? nil : session.focus }
    public func text(of goal: Goal, in session: Session) -> String? { pooledText(of: goal, in: session)?.string }
    public func text(of commitment: Commitment, in session: Session) -> String? {
        pooledText(of: commitment, in: session)?.string
    }

    /// The same texts where they lie in the session's pool, for writers that copy bytes.
    func pooledText(of goal: Goal, in session: Session) -> PooledText? { isRedacted(session) ? nil : goal.pooledText }
    func pooledText(of commitment: Commitment, in session: Session) -> PooledText? {
        isRedacted(session) ? nil : commitment.pooledText
    }

    /// What people-facing formats print in place of withheld text.
    public static let placeholder = "(confidential)"
}
