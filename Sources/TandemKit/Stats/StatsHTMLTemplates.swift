import Mustache

/// The markup of `stats --format html`, as Mustache templates. Swift
/// (`StatsHTMLRenderer`) computes only the view (`StatsHTMLView`): texts, numbers,
/// chart coordinates and colours; every tag is here.
///
/// Escaping: every template starts with `{{% CONTENT_TYPE: TANDEM_HTML}}`, so `{{x}}`
/// escapes with `Escaping.html` (quotes included, control characters replaced),
/// exactly as the rest of tandem escapes HTML, not with Mustache's own HTML escaping.
/// A partial resets the content type, so each partial starts with the pragma too.
/// The only unescaped values (`{{{x}}}`) are the stylesheet, a constant, and the
/// page's sections, which are these templates' own output.
///
/// Mustache drops a line holding only a section tag (`{{#rows}}`), so sections
/// stand on lines of their own and the output has no stray blank lines.
enum StatsHTMLTemplates {
    static let contentType = "TANDEM_HTML"

    /// The parsed templates, by name; the names are those of the constants below.
    static let library: MustacheLibrary = {
        MustacheContentTypes.register(HTMLContent(), named: contentType)
        var library = MustacheLibrary()
        let templates = [
            ("page", page), ("pairName", pairName), ("barChart", barChart), ("lineChart", lineChart),
            ("team", team), ("status", status), ("timeline", timeline), ("roles", roles),
            ("followThrough", followThrough), ("history", history), ("pulse", pulse), ("due", due),
            ("pilot", pilot), ("evaluation", evaluation), ("climate", climate),
        ]
        for (name, text) in templates {
            do {
                try library.register("{{% CONTENT_TYPE: \(contentType)}}" + text, named: name)
            } catch {
                preconditionFailure("the \(name) template of the HTML report does not parse: \(error)")
            }
        }
        return library
    }()

    /// `{{x}}` in these templates: `Escaping.html`.
    struct HTMLContent: MustacheContentType {
        func escapeText(_ text: String) -> String { Escaping.html(text) }
    }

    static func render(_ name: String, _ view: Any) -> String {
        guard let text = library.render(view, withTemplate: name) else {
            preconditionFailure("the HTML report has no template named \(name)")
        }
        return text
    }

    // MARK: Page

    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <style>{{{css}}}</style>
        </head>
        <body>
        <h1>{{title}}</h1>
        <p class="lede">Peer coaching builds psychological safety and trust when pairs keep their momentum. \
        This report is for measuring impact and to celebrate progress: who meets on rhythm, who takes turns, \
        which commitments were kept.</p>
        {{{sections}}}</body>
        </html>

        """

    // MARK: Pieces

    /// A pair's ids, and the partners' names when both are known.
    static let pairName = """
        <bdi>{{key}}</bdi>{{#hasNames}} <span class="names">(<bdi>{{name1}}</bdi> &amp; <bdi>{{name2}}</bdi>)</span>{{/hasNames}}
        """

    /// Horizontal stacked bars, one row per pair, labelled with their values.
    static let barChart = """
        <svg viewBox="0 0 {{total}} {{height}}" style="min-width: {{total}}px" role="img" aria-labelledby="{{id}}-title">
        <title id="{{id}}-title">{{title}}: {{summary}}</title>
        {{#rows}}
        <text x="4" y="{{textY}}" class="label">{{label}}</text>
        {{#parts}}
        <rect x="{{x}}" y="{{y}}" width="{{width}}" height="18" fill="{{colour}}" stroke="#fff"><title>{{label}}</title></rect>
        {{/parts}}
        <text x="{{endX}}" y="{{textY}}" class="small">{{values}}</text>
        {{/rows}}
        </svg>

        """

    /// One pulse rating of one pair over its held sessions.
    static let lineChart = """
        <figure class="small-chart"><svg viewBox="0 0 {{width}} {{height}}" role="img">
        <title>{{label}}, ratings 1 to 5 over {{count}} held sessions: {{values}}</title>
        {{#levels}}
        <line x1="{{x1}}" y1="{{y}}" x2="{{x2}}" y2="{{y}}" stroke="#ddd"/><text x="2" y="{{textY}}" class="small">{{level}}</text>
        {{/levels}}
        <polyline points="{{path}}" fill="none" stroke="{{colour}}" stroke-width="2"/>
        {{#points}}
        <circle cx="{{x}}" cy="{{y}}" r="2.5" fill="{{colour}}"><title>{{date}}: {{value}}</title></circle><text x="{{x}}" y="{{textY}}" class="value">{{value}}</text>
        {{/points}}
        </svg><figcaption>{{label}}</figcaption></figure>

        """
}

// MARK: Sections

extension StatsHTMLTemplates {
    static let team = """
        <section>
        <h2>Team{{#hasTeam}} <bdi>{{team}}</bdi>{{/hasTeam}}</h2>
        <table>
        <tbody>
        {{#rows}}
        <tr><th>{{label}}</th><td class="wrap">{{value}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        </section>

        """

    static let status = """
        <section>
        <h2>Pairs at a glance</h2>
        {{^pairs}}
        <p>No pairs match.</p>
        {{/pairs}}
        {{#hasPairs}}
        <table>
        <thead><tr><th>pair</th><th>status</th><th>lint rules</th></tr></thead>
        <tbody>
        {{#pairs}}
        <tr{{#flagged}} class="flagged"{{/flagged}}><td>{{#name}}{{> pairName}}{{/name}}</td><td class="wrap">{{#flagged}}⚠ {{/flagged}}{{headline}}</td><td class="wrap">{{rules}}</td></tr>
        {{/pairs}}
        </tbody>
        </table>
        {{/hasPairs}}
        </section>

        """

    static let timeline = """
        <section>
        <h2>Momentum: sessions over time</h2>
        <figure>
        <svg viewBox="0 0 {{total}} {{height}}" style="min-width: {{total}}px" role="img" aria-labelledby="timeline-title">
        <title id="timeline-title">Sessions of each pair from {{start}} to {{end}}: filled circles are held sessions, hollow circles cancelled ones, hollow diamonds planned ones; thick dashed lines are gaps longer than the pair's cadence; the vertical line is today, {{today}}.</title>
        {{#ticks}}
        <line x1="{{x}}" y1="14" x2="{{x}}" y2="{{height}}" stroke="#eee"/><text x="{{textX}}" y="22" class="small">{{month}}</text>
        {{/ticks}}
        {{#rows}}
        <text x="4" y="{{textY}}" class="label">{{key}}</text>
        {{#gaps}}
        <line x1="{{x1}}" y1="{{y}}" x2="{{x2}}" y2="{{y}}" stroke="{{colour}}" stroke-width="{{strokeWidth}}"{{#long}} stroke-dasharray="6 3"{{/long}}><title>{{from}} to {{to}}: {{days}} days{{#long}}, longer than the cadence of {{cadence}}{{/long}}</title></line>
        {{/gaps}}
        {{#marks}}
        {{#isHeld}}<circle cx="{{x}}" cy="{{y}}" r="5" fill="{{colour}}"><title>{{date}} {{status}}, coach {{coach}}</title></circle>{{/isHeld}}{{#isCancelled}}<circle cx="{{x}}" cy="{{y}}" r="5" fill="#fff" stroke="{{colour}}" stroke-width="2"><title>{{date}} {{status}}, coach {{coach}}</title></circle>{{/isCancelled}}{{#isPlanned}}<path d="M{{x}} {{top}} l6 6 l-6 6 l-6 -6 z" fill="#fff" stroke="{{colour}}" stroke-width="2"><title>{{date}} {{status}}, coach {{coach}}</title></path>{{/isPlanned}}
        {{/marks}}
        {{/rows}}
        <line x1="{{todayX}}" y1="14" x2="{{todayX}}" y2="{{todayLineEnd}}" stroke="#000" stroke-dasharray="2 2"/>
        <text x="{{todayX}}" y="{{todayTextY}}" class="small" text-anchor="end">today {{today}}</text>
        </svg>
        </figure>
        <table>
        <caption>Sessions and gaps</caption>
        <thead><tr><th>pair</th><th>held</th><th>planned</th><th>cancelled</th><th>first</th><th>last</th><th>gaps (days)</th><th>median gap</th><th>cadence</th><th>next due</th></tr></thead>
        <tbody>
        {{#pairs}}
        <tr><td>{{#name}}{{> pairName}}{{/name}}</td><td>{{held}}</td><td>{{planned}}</td><td>{{cancelled}}</td><td>{{firstDate}}</td><td>{{lastDate}}</td><td class="wrap">{{gaps}}</td><td>{{medianGap}}</td><td>{{cadence}} + {{grace}} grace</td><td class="wrap">{{nextDue}}</td></tr>
        {{/pairs}}
        </tbody>
        </table>
        </section>

        """

    static let roles = """
        <section>
        <h2>Taking turns: coach and coachee</h2>
        <figure>
        {{#chart}}
        {{> barChart}}
        {{/chart}}
        </figure>
        <table>
        <caption>Coach and coachee split</caption>
        <thead><tr><th>pair</th><th>coached</th><th>held</th></tr></thead>
        <tbody>
        {{#pairs}}
        <tr><td>{{#name}}{{> pairName}}{{/name}}</td><td>{{roles}}</td><td>{{held}}</td></tr>
        {{/pairs}}
        </tbody>
        </table>
        </section>

        """

    static let followThrough = """
        <section>
        <h2>Follow-through: commitments kept by their due date</h2>
        <figure>
        {{#chart}}
        {{> barChart}}
        {{/chart}}
        </figure>
        <table>
        <caption>Follow-through</caption>
        <thead><tr><th>pair</th><th>on time</th><th>late</th><th>open, overdue</th><th>due</th><th>rate</th><th>reviewed at the next session</th></tr></thead>
        <tbody>
        {{#pairs}}
        <tr><td>{{#name}}{{> pairName}}{{/name}}</td><td>{{onTime}}</td><td>{{late}}</td><td>{{openOverdue}}</td><td>{{due}}</td><td>{{rate}}</td><td>{{reviewed}}</td></tr>
        {{/pairs}}
        </tbody>
        </table>
        </section>

        """

    /// `stats --history`: open versus closed commitments week by week, and each pair's lateness.
    static let history = """
        <section>
        <h2>History: commitments open and closed, week by week</h2>
        <figure>
        <svg viewBox="0 0 {{width}} {{height}}" role="img" aria-labelledby="open-closed-title">
        <title id="open-closed-title">Commitments open at the end of each week and closed during it, from {{firstWeek}} to this week</title>
        <text x="0" y="{{scaleY}}" class="small">{{scale}}</text><text x="0" y="{{baseline}}" class="small">0</text>
        {{#weeks}}
        {{#bars}}
        <rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" fill="{{colour}}"><title>week of {{start}}: {{value}} {{label}}</title></rect>
        {{/bars}}
        {{#labelled}}
        <text x="{{x}}" y="{{labelY}}" class="small">{{start}}</text>
        {{/labelled}}
        {{/weeks}}
        <text x="{{left}}" y="{{legendY}}" class="small"><tspan fill="{{openColour}}">■</tspan> open at the week's end <tspan fill="{{closedColour}}">■</tspan> closed during the week</text>
        </svg>
        </figure>
        <table>
        <caption>From the journal's git history</caption>
        <thead><tr><th>pair</th><th>median days late</th><th>re-dated at least once</th></tr></thead>
        <tbody>
        {{#pairs}}
        <tr><td>{{#name}}{{> pairName}}{{/name}}</td><td>{{medianDaysLate}}</td><td>{{redated}}</td></tr>
        {{/pairs}}
        </tbody>
        </table>
        </section>

        """
}

extension StatsHTMLTemplates {
    static let pulse = """
        <section>
        <h2>Pulse: psychological safety and trust</h2>
        {{^rows}}
        <p>No pulse ratings yet.</p>
        {{/rows}}
        {{#hasRows}}
        <div class="charts">
        {{#rows}}
        {{#chart}}
        {{> lineChart}}
        {{/chart}}
        {{/rows}}
        </div>
        <table>
        <caption>Pulse ratings of held sessions (1–5)</caption>
        <thead><tr><th>pair</th><th>rating</th><th>values, oldest first</th><th>first 3 → last 3</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr><td>{{#name}}{{> pairName}}{{/name}}</td><td>{{rating}}</td><td class="wrap">{{values}}</td><td>{{summary}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{/hasRows}}
        </section>

        """

    static let due = """
        <section>
        <h2>Due now</h2>
        <table>
        <caption>Overdue commitments</caption>
        <thead><tr><th>where</th><th>pair</th><th>owners</th><th>due</th><th>days overdue</th><th>commitment</th></tr></thead>
        <tbody>
        {{#commitments}}
        <tr><td><code>{{place}}</code></td><td>{{#name}}{{> pairName}}{{/name}}</td><td>{{#owners}}{{#comma}}, {{/comma}}<bdi>{{id}}</bdi>{{/owners}}</td><td>{{due}}</td><td>{{daysOverdue}}</td><td class="wrap">{{#redacted}}<em>{{text}}</em>{{/redacted}}{{^redacted}}<bdi>{{text}}</bdi>{{/redacted}}</td></tr>
        {{/commitments}}
        {{^commitments}}
        <tr><td colspan="6">No overdue commitments.</td></tr>
        {{/commitments}}
        </tbody>
        </table>
        <table>
        <caption>Pairs due for a session</caption>
        <thead><tr><th>where</th><th>pair</th><th>next due</th><th>days overdue</th></tr></thead>
        <tbody>
        {{#pairs}}
        <tr><td><code>{{place}}</code></td><td>{{#name}}{{> pairName}}{{/name}}</td><td>{{nextDue}}</td><td>{{daysOverdue}}</td></tr>
        {{/pairs}}
        {{^pairs}}
        <tr><td colspan="4">No pair is due.</td></tr>
        {{/pairs}}
        </tbody>
        </table>
        </section>

        """

    static let pilot = """
        <section>
        <h2>Pilot progress</h2>
        <figure>
        {{#chart}}
        {{> barChart}}
        {{/chart}}
        </figure>
        <table>
        <caption>Pilot progress: expected = floor((min(today, until) − since) / cadence) + 1</caption>
        <thead><tr><th>pair</th><th>since</th><th>until</th><th>held</th><th>expected</th><th>progress</th></tr></thead>
        <tbody>
        {{#pairs}}
        <tr><td>{{#name}}{{> pairName}}{{/name}}</td><td>{{since}}</td><td>{{until}}</td><td>{{held}}</td><td>{{expected}}</td><td>{{progress}}</td></tr>
        {{/pairs}}
        </tbody>
        </table>
        </section>

        """

    /// The pilot's evaluation in one table (§9).
    static let evaluation = """
        <section>
        <h2>Pilot evaluation</h2>
        <table>
        <tbody>
        {{#rows}}
        <tr><th scope="row">{{label}}</th><td class="wrap">{{value}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        </section>

        """

    /// Per score: baseline, latest, change and respondents; hidden surveys and why.
    static let climate = """
        <section>
        <h2>Climate: psychological safety, trust and collaboration</h2>
        <table>
        <caption>Baseline (the earliest baseline survey, else the earliest) against the latest survey</caption>
        <thead><tr><th>score</th><th>baseline</th><th>latest</th><th>change</th></tr></thead>
        <tbody>
        {{#scores}}
        <tr><td>{{name}}</td>{{#baseline}}<td>{{value}} <span class="names">({{kind}} {{date}}, {{respondents}} respondents)</span></td>{{/baseline}}{{#latest}}<td>{{value}} <span class="names">({{kind}} {{date}}, {{respondents}} respondents)</span></td>{{/latest}}<td>{{change}}</td></tr>
        {{/scores}}
        {{^scores}}
        <tr><td colspan="4">No survey has enough respondents to show its scores.</td></tr>
        {{/scores}}
        </tbody>
        </table>
        {{#hidden}}
        <p>Hidden: {{file}} ({{kind}} {{date}}): {{reason}}</p>
        {{/hidden}}
        </section>

        """
}
