/// What the templates of the HTML report (`StatsHTMLTemplates`) show: texts as
/// they read (the templates escape them), numbers, chart coordinates and colours.
/// Templates look names up through enclosing sections, so no field is optional
/// (an absent value would be looked up in the section around it).
enum StatsHTMLView {
    struct Page { var title: String; var css: String; var sections: String }

    struct PairName { var key: String; var hasNames: Bool; var name1: String; var name2: String }

    struct LabelledValue { var label: String; var value: String }

    struct BarChart {
        var id: String
        var title: String
        var summary: String
        var total: Int
        var height: Int
        var rows: [BarRow]
    }

    struct BarRow { var label: String; var textY: Int; var parts: [BarPart]; var endX: Int; var values: String }

    struct BarPart { var x: Int; var y: Int; var width: Int; var colour: String; var label: String }

    struct LineChart {
        var width: Int
        var height: Int
        var label: String
        var count: Int
        var values: String
        var levels: [Level]
        var path: String
        var colour: String
        var points: [Point]

        struct Level { var x1: Int; var x2: Int; var y: Int; var textY: Int; var level: Int }
        struct Point { var x: Int; var y: Int; var textY: Int; var date: String; var value: Int }
    }

    struct Team { var hasTeam: Bool; var team: String; var rows: [LabelledValue] }

    struct Status {
        var hasPairs: Bool
        var pairs: [Row]
        struct Row { var name: PairName; var flagged: Bool; var headline: String; var rules: String }
    }
}

extension StatsHTMLView {
    struct Timeline {
        var total: Int
        var height: Int
        var start: String
        var end: String
        var today: String
        var ticks: [Tick]
        var rows: [Row]
        var todayX: Int
        var todayLineEnd: Int
        var todayTextY: Int
        var pairs: [TableRow]

        struct Tick { var x: Int; var textX: Int; var month: String }
        struct Row { var key: String; var textY: Int; var gaps: [Gap]; var marks: [Mark] }
        struct Gap {
            var x1: Int, x2: Int, y: Int
            var colour: String
            var strokeWidth: String
            var long: Bool
            var from: String, to: String
            var days: Int
            var cadence: Int
        }
        struct Mark {
            var isHeld: Bool, isCancelled: Bool, isPlanned: Bool
            var x: Int, y: Int, top: Int
            var colour: String
            var date: String, status: String, coach: String
        }
        struct TableRow {
            var name: PairName
            var held: Int, planned: Int, cancelled: Int
            var firstDate: String, lastDate: String
            var gaps: String
            var medianGap: String
            var cadence: Int, grace: Int
            var nextDue: String
        }
    }

    struct Roles {
        var chart: BarChart
        var pairs: [Row]
        struct Row { var name: PairName; var roles: String; var held: Int }
    }

    struct FollowThrough {
        var chart: BarChart
        var pairs: [Row]
        struct Row {
            var name: PairName
            var onTime: Int, late: Int, openOverdue: Int, due: Int
            var rate: String
            var reviewed: String
        }
    }

    struct History {
        var width: Int, height: Int
        var firstWeek: String
        var scaleY: Int, scale: Int, baseline: Int
        var weeks: [Week]
        var left: Int, legendY: Int
        var openColour: String, closedColour: String
        var pairs: [Row]

        struct Week { var x: Int; var start: String; var bars: [Bar]; var labelled: Bool; var labelY: Int }
        struct Bar { var x: Int; var y: Int; var width: Int; var height: Int; var colour: String; var value: Int; var label: String }
        struct Row { var name: PairName; var medianDaysLate: String; var redated: String }
    }
}

extension StatsHTMLView {
    struct Pulse {
        var hasRows: Bool
        var rows: [Row]
        struct Row { var name: PairName; var rating: String; var values: String; var summary: String; var chart: LineChart }
    }

    struct Due {
        var commitments: [Commitment]
        var pairs: [Pair]
        struct Commitment {
            var place: String
            var name: PairName
            var owners: [Owner]
            var due: String
            var daysOverdue: Int
            var redacted: Bool
            var text: String
        }
        struct Owner { var comma: Bool; var id: String }
        struct Pair { var place: String; var name: PairName; var nextDue: String; var daysOverdue: Int }
    }

    struct Pilot {
        var chart: BarChart
        var pairs: [Row]
        struct Row {
            var name: PairName
            var since: String, until: String
            var held: Int, expected: Int
            var progress: String
        }
    }

    struct Evaluation { var rows: [LabelledValue] }

    struct Climate {
        var scores: [Score]
        var hidden: [Hidden]
        struct Score { var name: String; var baseline: Point; var latest: Point; var change: String }
        struct Point { var value: String; var kind: String; var date: String; var respondents: Int }
        struct Hidden { var file: String; var kind: String; var date: String; var reason: String }
    }
}
