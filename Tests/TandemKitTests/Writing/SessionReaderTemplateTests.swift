import Testing
@testable import TandemKit

@Suite struct SessionReaderTemplateTests {
    @Test func taskItemsWithOnlyFieldsAreNotCommitments() throws {
        let text = "---\ndate: 2026-11-03\ncoach: ana\ncoachee: ben\n---\n## Goals\n-\n\n## Commitments\n- [ ]  due:next\n- [ ] @ana due:2026-11-17\n- [ ] Real one due:next\n"
        let file = SessionReader(configuration: Configuration()).read(path: "s.md", bytes: Array(text.utf8))
        let session = try #require(file.session)
        #expect(session.goals.isEmpty)
        #expect(session.commitments.map(\.text) == ["Real one"])
        #expect(file.issues.isEmpty)
    }

    @Test func theBuiltInTemplateRendersToACleanSession() throws {
        var configuration = Configuration()
        configuration.requiredSections = ["Goals", "Commitments"]
        let journal = Journal(root: "/nonexistent", configuration: configuration, files: [], agreements: [])
        let request = NewSessionRequest(coach: "ana", coachee: "ben", date: LocalDate(iso8601: "2026-11-03")!, focus: "Price: #1 objection")
        let text = try TemplateRenderer.render(BuiltInTemplates.session, name: "session",
                                               values: NewSession.values(for: request, journal: journal, redaction: Redaction(reveal: false)))
        let file = SessionReader(configuration: configuration).read(path: "s.md", bytes: Array(text.utf8))
        let session = try #require(file.session)
        #expect(session.focus == "Price: #1 objection")
        #expect(session.commitments.isEmpty)
        #expect(file.issues.isEmpty)
    }
}
