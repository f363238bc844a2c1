import Foundation
import ArgumentParser
import TandemKit

extension Tandem.Remind {
    /// `--per-person DIR`: one file per person with anything due; a stale file of a
    /// person with nothing due is removed, so a mailing loop over DIR never resends it.
    func writeDigests(open: OpenJournal, folder: String) throws {
        let digestFormat: DigestFormat = switch format {
        case .json: .json
        case .ics: .ics
        case .email: .email
        default: .markdown
        }
        let digests = try PersonalDigests.build(
            journal: open.journal, today: open.today, withinDays: Within(argument: within)?.days ?? 7,
            format: digestFormat, redaction: global.redaction, dateHeader: dateHeader(open))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw TandemError.invalid("--per-person \(folder): cannot create the folder: \(error.localizedDescription)")
        }
        for digest in digests.digests {
            // Digests are rewritten on every run; a folder inside the journal notes is still refused.
            try ReportFile.write(digest.content, to: folder + "/" + digest.fileName, force: true, journal: open.journal)
        }
        for person in digests.idle {
            let stale = folder + "/" + person + "." + digestFormat.fileExtension
            if FileManager.default.fileExists(atPath: stale) { try? FileManager.default.removeItem(atPath: stale) }
        }
        for (person, reason) in digests.skipped {
            Output.err("tandem: \(person): no message written: \(reason)\n")
        }
        if strict, try Reminders.report(journal: open.journal, today: open.today,
                                        withinDays: Within(argument: within)?.days ?? 7).hasOverdue {
            throw ExitCode.failure
        }
    }

    /// The e-mail `Date:`: midnight UTC of a pinned `--today` (reproducible), else now.
    private func dateHeader(_ open: OpenJournal) -> String {
        let pinned = global.today != nil || !(global.environment["TANDEM_TODAY"] ?? "").isEmpty
        if pinned { return EmailMessage.dateHeader(open.today) }
        let now = Date()
        var zone = TimeZone.current
        if let name = open.journal.configuration.timezone, let configured = TimeZone(identifier: name) { zone = configured }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: now)
        let seconds = (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0)
        return EmailMessage.dateHeader(open.today, secondsOfDay: seconds, offsetMinutes: zone.secondsFromGMT(for: now) / 60)
    }
}
