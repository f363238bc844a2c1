/// The one place where confidential text is withheld, or shown with `--reveal`.
/// Confidential sessions' focus, goal and commitment texts become `nil`.
public struct Redaction: Sendable {
    public var reveal: Bool

    public init(reveal: Bool) { self.reveal = reveal }

    public func isRedacted(_ session: Session) -> Bool { session.confidential && !reveal }

    public func focus(of session: Session) -> String? { isRedacted(session) ? nil : session.focus }
    public func text(of goal: Goal, in session: Session) -> String? { isRedacted(session) ? nil : goal.text }
    public func text(of commitment: Commitment, in session: Session) -> String? {
        isRedacted(session) ? nil : commitment.text
    }

    /// What people-facing formats print in place of withheld text.
    public static let placeholder = "(confidential)"
}
