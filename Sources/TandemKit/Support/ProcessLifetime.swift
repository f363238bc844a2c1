import Synchronization

/// What a one-shot command keeps until the process ends instead of letting it go.
///
/// A journal read whole is hundreds of thousands of objects; freeing them one by one
/// when a command is done is serial work (about 1 % of `index`'s instructions, on
/// one core while the other waits) that the system does at once, for free, when the
/// process exits. Only the executable's one-shot commands ask for it: the language
/// server and the library's callers free as usual.
public enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` (and all it refers to) alive until the process exits.
    public static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
