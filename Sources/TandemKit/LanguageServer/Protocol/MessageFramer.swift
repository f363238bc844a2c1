import Foundation

/// The base protocol's framing: `Content-Length: N` (and optional other
/// headers), an empty line, then N bytes of JSON. Bytes are fed as they arrive;
/// whole frames come out. A header block without a usable `Content-Length`, or
/// one that announces more than `maxContentLength`, is reported and skipped;
/// bytes that are not a header at all are skipped up to the next header.
public struct MessageFramer: Sendable {
    public enum Frame: Sendable, Equatable {
        case message(Data)
        /// A frame that could not be read; reading goes on after it.
        case invalid(String)
    }

    public static let defaultMaxContentLength = 80 * 1024 * 1024
    static let maxHeaderBytes = 8 * 1024

    public let maxContentLength: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// The body still to skip of a frame that was too large.
    private var skipping = 0

    public init(maxContentLength: Int = MessageFramer.defaultMaxContentLength) {
        self.maxContentLength = maxContentLength
    }

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        defer { compact() }
        if skipping > 0 {
            let dropped = min(skipping, buffer.count - start)
            start += dropped
            skipping -= dropped
            if skipping > 0 { return nil }
        }
        guard let headerEnd = findHeaderEnd() else {
            if buffer.count - start > MessageFramer.maxHeaderBytes {
                start = buffer.count
                return .invalid("a header longer than \(MessageFramer.maxHeaderBytes) bytes was skipped")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd.lowerBound], as: UTF8.self)
        guard let length = MessageFramer.contentLength(in: header) else {
            start = headerEnd.upperBound
            return .invalid("a message without a valid Content-Length header was skipped")
        }
        guard length <= maxContentLength else {
            start = headerEnd.upperBound
            skipping = length
            return .invalid("a message of \(length) bytes is larger than the limit of \(maxContentLength) and was skipped")
        }
        guard buffer.count - headerEnd.upperBound >= length else { return nil }
        let body = Data(buffer[headerEnd.upperBound..<(headerEnd.upperBound + length)])
        start = headerEnd.upperBound + length
        return .message(body)
    }

    /// Bytes received but not yet part of a frame (a frame cut short by the end of input).
    public var pendingByteCount: Int { buffer.count - start }

    /// The range of the empty line ending the header block (`\r\n\r\n`, or a bare `\n\n`).
    private func findHeaderEnd() -> Range<Int>? {
        var index = start
        while index < buffer.count {
            if buffer[index] == UInt8(ascii: "\n") {
                if index + 1 < buffer.count, buffer[index + 1] == UInt8(ascii: "\n") { return index..<(index + 2) }
                if index + 2 < buffer.count, buffer[index + 1] == UInt8(ascii: "\r"),
                   buffer[index + 2] == UInt8(ascii: "\n") {
                    return index..<(index + 3)
                }
            }
            index += 1
        }
        return nil
    }

    /// `Content-Length`, case-insensitive, from a header block; nil when absent or not a count.
    static func contentLength(in header: String) -> Int? {
        for line in header.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            // Searched for anywhere in the line: the tail of a body cut short may precede it.
            let lowered = line.lowercased()
            guard let name = lowered.range(of: "content-length:", options: .backwards) else { continue }
            let value = lowered[name.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty, value.count <= 12, value.allSatisfy(\.isASCIIDigit), let length = Int(value) else {
                return nil
            }
            return length
        }
        return nil
    }

    private mutating func compact() {
        if start > 0, start >= buffer.count / 2 || start > 1 << 20 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }

    /// One message framed for sending.
    public static func frame(_ body: Data) -> Data {
        var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        data.append(body)
        return data
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
