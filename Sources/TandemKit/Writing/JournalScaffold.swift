import Foundation

/// The files and folders `tandem init` creates.
public struct JournalScaffold: Sendable {
    public enum Entry: Sendable, Equatable {
        case folder(String)
        case file(String, String)

        public var path: String {
            switch self {
            case .folder(let path): path
            case .file(let path, _): path
            }
        }
    }

    /// What happened to one entry.
    public enum Outcome: Sendable, Equatable {
        case created(String)
        case skipped(String)
    }

    /// A CI service whose pipeline `tandem init --ci` writes.
    public enum CIService: String, Sendable, CaseIterable {
        case github, gitlab
    }

    /// Where the CI pipeline builds tandem from; `nil` leaves the template's
    /// placeholder, which the pipeline refuses to build with until it is set.
    public struct CISource: Sendable, Equatable {
        public var repository: String?
        public var ref: String?

        public init(repository: String? = nil, ref: String? = nil) {
            self.repository = repository
            self.ref = ref
        }
    }

    public static let placeholderRepository = "https://example.com/your-org/tandem.git"
    public static let placeholderRef = "your-tag-or-commit"

    public var team: String
    public var ci: CIService?
    public var ciSource: CISource

    public init(team: String, ci: CIService? = nil, ciSource: CISource = CISource()) {
        self.team = team
        self.ci = ci
        self.ciSource = ciSource
    }

    public init(team: String, githubWorkflow: Bool) {
        self.init(team: team, ci: githubWorkflow ? .github : nil)
    }

    /// In creation order; folders end with `/` when printed.
    public var entries: [Entry] {
        let quotedTeam = YAMLText.quoted(team)
        var entries: [Entry] = [
            .file(JournalLocator.configFileName, render(BuiltInTemplates.configuration, ["team": quotedTeam])),
            .folder("sessions"),
            // git keeps no empty folders: without these a fresh clone has no
            // sessions/ and the configured paths would be missing.
            .file("sessions/.gitkeep", ""),
            .folder("agreements"),
            .file("agreements/.gitkeep", ""),
            .folder("templates"),
            .file("templates/.gitkeep", ""),
            .file("templates/session.md", BuiltInTemplates.session),
            .file("templates/agreement.md", BuiltInTemplates.agreement),
            .file(".gitignore", BuiltInTemplates.gitignore),
            .file("README.md", render(BuiltInTemplates.readme, ["team": team])),
        ]
        switch ci {
        case .github?:
            entries += [.folder(".github/workflows"), .file(".github/workflows/tandem.yml", pipeline(BuiltInTemplates.githubWorkflow))]
        case .gitlab?:
            entries.append(.file(".gitlab-ci.yml", pipeline(BuiltInTemplates.gitlabPipeline)))
        case nil:
            break
        }
        return entries
    }

    /// A CI template with the repository and ref set where they were given.
    /// (Plain replacement: the pipelines' own `${{ }}` must stay as written.)
    public func pipeline(_ template: String) -> String {
        var text = template
        if let repository = ciSource.repository {
            text = text.replacingOccurrences(of: "TANDEM_REPOSITORY: " + Self.placeholderRepository,
                                             with: "TANDEM_REPOSITORY: " + YAMLText.scalar(repository))
        }
        if let ref = ciSource.ref {
            text = text.replacingOccurrences(of: "TANDEM_REF: " + Self.placeholderRef, with: "TANDEM_REF: " + YAMLText.scalar(ref))
        }
        return text
    }

    /// Refuses a repository or ref that a pipeline could not use as one word.
    public static func validate(_ source: CISource) throws {
        for (flag, value) in [("--ci-repo", source.repository), ("--ci-ref", source.ref)] {
            guard let value else { continue }
            if value.isEmpty || value.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
                throw TandemError.invalid("\(flag) takes one word without spaces or control characters")
            }
        }
    }

    /// Whether `folder` may be scaffolded: it has no `tandem.yml`, and it is empty
    /// (a `.git` folder aside) unless `force` is set.
    public static func check(folder: String, force: Bool) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw TandemError.invalid("\(folder): exists and is not a folder") }
        if fm.fileExists(atPath: folder + "/" + JournalLocator.configFileName) {
            throw TandemError.invalid("\(folder): already a tandem journal (tandem.yml exists); nothing was changed")
        }
        guard !force else { return }
        let contents = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
        if contents.contains(where: { $0 != ".git" }) {
            throw TandemError.invalid("\(folder): the folder is not empty; use --force to add the journal files anyway (existing files are kept)")
        }
    }

    /// Creates every entry that does not exist yet; never overwrites.
    public func write(into folder: String) throws -> [Outcome] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try JournalScaffold.check(folder: folder, force: true)
        let writer = AtomicWriter(root: folder)
        var outcomes: [Outcome] = []
        for entry in entries {
            switch entry {
            case .folder(let path):
                let created = try writer.createFolder(path)
                outcomes.append(created ? .created(path + "/") : .skipped(path + "/"))
            case .file(let path, let text):
                if writer.exists(path) {
                    outcomes.append(.skipped(path))
                    continue
                }
                let parent = (path as NSString).deletingLastPathComponent
                if !parent.isEmpty { try writer.createFolder(parent) }
                try writer.create(path, with: Array(text.utf8))
                outcomes.append(.created(path))
            }
        }
        return outcomes
    }

    private func render(_ template: String, _ values: [String: String]) -> String {
        (try? TemplateRenderer.render(template, name: "built-in template", values: values.mapValues { .text($0) })) ?? template
    }
}
