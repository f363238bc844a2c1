import Foundation

/// What a task line's fields mean: dates read, relative dues resolved later, the
/// priority named, ids split. Fields are reported as written: the first of each
/// kind counts, and one whose date is impossible is named in `invalid`.
struct TaskFields {
    enum Due: Equatable {
        case date(LocalDate)
        case days(Int)       // due:+3d, due:+2w
        case nextSession     // due:next
    }

    var text: String
    var owners: [String] = []
    var due: Due?
    var dueIsEmoji = false
    var done: LocalDate?
    var cancelled: LocalDate?
    /// Start, scheduled, created, priority, recurrence, task id, dependencies.
    var extras = TaskExtras()
    /// The JSON keys of fields whose value is not a possible date, e.g. `due:2026-02-30`.
    var invalid: [String] = []

    init(_ line: TaskLine) {
        text = line.text
        for span in line.spans { read(span) }
    }

    private mutating func read(_ span: TaskLine.Span) {
        switch span.field {
        case .owner:
            for part in span.value.split(whereSeparator: { $0 == "," || $0 == " " }) {
                let id = part.hasPrefix("@") ? String(part.dropFirst()) : String(part)
                if !id.isEmpty, !owners.contains(id) { owners.append(id) }
            }
        case .due:
            guard due == nil else { return }
            if let date = LocalDate(iso8601: span.value) {
                due = .date(date)
            } else if span.dialect != .emoji, let relative = TaskFields.relative(span.value) {
                due = relative
            } else {
                invalid.append("due")
                return
            }
            dueIsEmoji = span.dialect == .emoji
        case .done: let value = date(span); if done == nil { done = value }
        case .cancelled: let value = date(span); if cancelled == nil { cancelled = value }
        case .start: let value = date(span); if extras.start == nil { extras.start = value }
        case .scheduled: let value = date(span); if extras.scheduled == nil { extras.scheduled = value }
        case .created: let value = date(span); if extras.created == nil { extras.created = value }
        case .priority:
            if extras.priority == nil, TaskLine.priorityNames.contains(span.value) { extras.priority = span.value }
        case .recurrence:
            if extras.recurrence == nil { extras.recurrence = span.value }
        case .taskID:
            if extras.taskID == nil { extras.taskID = span.value }
        case .dependsOn:
            for id in span.value.split(separator: ",") {
                let id = id.trimmingWhitespace()
                if !id.isEmpty, !extras.dependsOn.contains(id) { extras.dependsOn.append(id) }
            }
        case .onCompletion:
            break
        }
    }

    private mutating func date(_ span: TaskLine.Span) -> LocalDate? {
        guard let date = LocalDate(iso8601: span.value) else {
            invalid.append(span.field.rawValue)
            return nil
        }
        return date
    }

    /// `+3d`, `+2w`, `next`.
    static func relative(_ value: String) -> Due? {
        if value.lowercased() == "next" { return .nextSession }
        guard value.hasPrefix("+"), let count = DayCount(String(value.dropFirst())) else { return nil }
        return .days(count.days)
    }

    /// The commitment these fields describe (its id is assigned once the file's are known).
    /// `text` is this task's text, placed in its session's pool.
    func commitment(checkbox: TaskCheckbox, text: PooledText, defaultOwners: [String], line: Int, column: Int,
                    sessionDate: LocalDate, cadenceDays: Int) -> Commitment {
        var resolved: LocalDate?
        switch due {
        case .date(let d): resolved = d
        case .days(let n): resolved = LocalDate.checked(dayNumber: sessionDate.dayNumber, adding: n)
        case .nextSession: resolved = LocalDate.checked(dayNumber: sessionDate.dayNumber, adding: cadenceDays)
        case nil: resolved = nil
        }
        var c = Commitment(id: "", text: text, owners: owners.isEmpty ? defaultOwners : owners,
                           status: checkbox.status, mark: checkbox.mark, due: resolved, done: done,
                           cancelled: cancelled, line: line, column: column, usesEmojiDates: dueIsEmoji,
                           hasInvalidDate: !invalid.isEmpty)
        c.extras = extras
        return c
    }
}

extension TaskLine {
    /// An item's text without the inline-code markers, white space collapsed (goals).
    static func plainText(_ text: String) -> String {
        // The code marks are private-use scalars: a text of ASCII bytes has none to drop.
        guard text.utf8.contains(where: { $0 >= 0x80 }),
              text.unicodeScalars.contains(where: { $0 == TaskLine.codeStart || $0 == TaskLine.codeEnd })
        else { return text.collapsingWhitespace() }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != TaskLine.codeStart && $0 != TaskLine.codeEnd })
        return String(scalars).collapsingWhitespace()
    }
}

extension LocalDate {
    /// `dayNumber + days`, or nil past 9999-12-31 (or before year 1).
    static func checked(dayNumber: Int, adding days: Int) -> LocalDate? {
        let date = LocalDate(dayNumber: dayNumber)
        return date.canAdd(days: days) ? date.adding(days: days) : nil
    }
}

/// Line endings as tandem counts them: LF and CRLF end a line, a lone CR does not.
enum LineEndings {
    /// A copy with each lone CR turned into a space (same byte offsets), or nil when there is none.
    static func withoutLoneCarriageReturns(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // Most files have no CR at all: `memchr` finds that without a copy.
        guard let base = bytes.baseAddress, let found = memchr(base, 0x0D, bytes.count) else { return nil }
        var i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        var copy: [UInt8]?
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\r"), i + 1 == bytes.count || bytes[i + 1] != UInt8(ascii: "\n") {
                if copy == nil { copy = Array(bytes) }
                copy![i] = UInt8(ascii: " ")
            }
            i += 1
        }
        return copy
    }
}
