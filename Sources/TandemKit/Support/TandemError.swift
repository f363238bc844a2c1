/// Journal-level errors that stop a command (exit 2).
public enum TandemError: Error, CustomStringConvertible, Sendable {
    case journalNotFound(String)
    case configuration(ConfigurationError)
    case invalid(String)

    public var description: String {
        switch self {
        case .journalNotFound(let message): message
        case .configuration(let error): error.description
        case .invalid(let message): message
        }
    }
}
