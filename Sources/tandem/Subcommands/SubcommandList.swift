import ArgumentParser

extension Tandem {
    /// In the order of the manual: set up, write, check, remind, query, edit, report.
    static let subcommandList: [any ParsableCommand.Type] = [
        Init.self,
        New.self,
        Check.self,
        Remind.self,
        List.self,
        Done.self,
        Cancel.self,
        Reopen.self,
        Start.self,
        Redate.self,
        Snooze.self,
        Add.self,
        Stats.self,
        Index.self,
        Rotate.self,
        History.self,
        Lsp.self,
    ]
}
