import ArgumentParser

extension Tandem {
    static let subcommandList: [any ParsableCommand.Type] = [
        Init.self,
        New.self,
        Check.self,
        List.self,
        Done.self,
        Cancel.self,
        Reopen.self,
        Index.self,
        Remind.self,
        Stats.self,
    ]
}
