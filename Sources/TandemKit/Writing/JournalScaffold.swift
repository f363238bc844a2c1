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

    public var team: String
    public var githubWorkflow: Bool

    public init(team: String, githubWorkflow: Bool) {
        self.team = team
        self.githubWorkflow = githubWorkflow
    }

    /// In creation order; folders end with `/` when printed.
    public var entries: [Entry] {
        let quotedTeam = YAMLText.quoted(team)
        var entries: [Entry] = [
            .file(JournalLocator.configFileName, render(BuiltInTemplates.configuration, ["team": quotedTeam])),
            .folder("sessions"),
            .folder("agreements"),
            .folder("templates"),
            .file("templates/session.md", BuiltInTemplates.session),
            .file("templates/agreement.md", BuiltInTemplates.agreement),
            .file(".gitignore", BuiltInTemplates.gitignore),
            .file("README.md", render(BuiltInTemplates.readme, ["team": team])),
        ]
        if githubWorkflow {
            entries += [.folder(".github/workflows"), .file(".github/workflows/tandem.yml", BuiltInTemplates.githubWorkflow)]
        }
        return entries
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
