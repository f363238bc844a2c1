import Foundation

/// A request id: JSON-RPC allows a number or a string.
public enum RequestID: Codable, Sendable, Hashable {
    case number(Int)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .number(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }
}

/// JSON-RPC 2.0 and LSP error codes.
public enum ErrorCode {
    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    public static let serverNotInitialized = -32002
    public static let requestCancelled = -32800
}

public struct ResponseError: Codable, Sendable, Error, Equatable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }
}

/// What arrives from the client: a request (id and method), a notification
/// (method only) or a response to a request of the server (id only). `params`
/// is decoded again, into the method's own type, by whoever handles it.
public struct IncomingMessage: Decodable, Sendable {
    public var jsonrpc: String?
    public var id: RequestID?
    public var method: String?

    public var isRequest: Bool { id != nil && method != nil }
    public var isNotification: Bool { id == nil && method != nil }
}

/// The `params` of a message, as the method's type.
struct ParamsEnvelope<Params: Decodable>: Decodable {
    var params: Params
}

/// A response: exactly one of `result` and `error`; `result` may be JSON null.
public struct OutgoingResponse<Result: Encodable>: Encodable {
    public var id: RequestID?
    public var result: Result?
    public var error: ResponseError?

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(id, forKey: .id)  // null when the request's id could not be read
        if let error {
            try container.encode(error, forKey: .error)
        } else {
            try container.encode(result, forKey: .result)
        }
    }
}

/// A notification from the server (`textDocument/publishDiagnostics`, `window/logMessage`).
public struct OutgoingNotification<Params: Encodable>: Encodable {
    public var method: String
    public var params: Params

    enum CodingKeys: String, CodingKey { case jsonrpc, method, params }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}

/// The JSON coders every message goes through.
enum MessageCoding {
    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        // Every outgoing type is made of strings, numbers and arrays: encoding cannot fail.
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}

/// A request from the server to the client (`client/registerCapability`).
public struct ServerRequest<Params: Encodable>: Encodable {
    public var id: RequestID
    public var method: String
    public var params: Params

    enum CodingKeys: String, CodingKey { case jsonrpc, id, method, params }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(id, forKey: .id)
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}
