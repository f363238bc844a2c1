import ArgumentParser

extension Tandem {
    static let subcommandList: [any ParsableCommand.Type] = [
        Check.self,
        Index.self,
        Remind.self,
        Stats.self,
    ]
}
