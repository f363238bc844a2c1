// The text of every file in templates/, compiled into the binary so an installed
// tandem needs no resource bundle. Keep each literal byte-identical to its file:
// a test compares them. Regenerate with `make templates`.

public enum BuiltInTemplates {
    /// File name in `templates/` → text.
    public static let all: [(file: String, text: String)] = [
        ("session.md", session),
        ("agreement.md", agreement),
        ("tandem.yml", configuration),
        ("journal-README.md", readme),
        ("journal.gitignore", gitignore),
        ("github-workflow.yml", githubWorkflow),
        ("gitlab-ci.yml", gitlabPipeline),
    ]

    /// The session file `tandem new` fills in (a journal's `templates/session.md` overrides it).
    public static let session = #"""
---
date: {{{date}}}
coach: {{{coach}}}
coachee: {{{coachee}}}
duration: 45
focus:{{#focus}} {{{focus}}}{{/focus}}
confidential: {{confidential}}
---

## Check-in
<!-- How are you both arriving today? What went well since last time, and what was hard? -->

## Review of open commitments
{{#previous_date}}
Previous session: {{{previous_date}}}{{#previous_focus}} ({{{previous_focus}}}){{/previous_focus}}.
{{/previous_date}}
{{#next_due}}
Next session due: {{{next_due}}} (every {{{cadence_days}}} days).
{{/next_due}}
{{#open_commitments}}
* {{{text}}} — {{{owner}}}, {{#due}}due {{{due}}}{{/due}}{{^due}}no due date{{/due}}{{#carried}}, carried through {{{carried}}} sessions{{/carried}} ({{{file}}}:{{{line}}}, id {{{id}}})
{{/open_commitments}}
{{^open_commitments}}
Nothing open from earlier sessions.
{{/open_commitments}}

## Goals
<!-- What does {{{coachee_name}}} want to work on today? One goal per line. -->
-

## Discussion
<!-- {{{coach_name}}} coaches: ask rather than advise, and keep to {{{coachee_name}}}'s agenda. What is the real challenge? What has been tried? -->

## Action plan
<!-- What will you try before the next session? Who can help? -->

## Commitments
<!-- One task per line: @id when the owner is not {{{coachee}}}, and a due date (due:YYYY-MM-DD, due:+2w or due:next). -->
- [ ]  due:next

"""#

    /// A pair's coaching agreement, copied to `templates/agreement.md` by `tandem init`.
    public static let agreement = #"""
---
partners: [{{{a}}}, {{{b}}}]
since: {{{date}}}
---

# Coaching agreement: {{{a_name}}} & {{{b_name}}}

<!-- Agreed by both partners. Change the text below until it says what you mean. -->

## Purpose
We coach each other as peers, on equal footing: neither of us is the other's
manager or mentor. We want to get better at:
<!-- e.g. handling objections, presenting, giving feedback: one line each -->
-

We take turns as coach and coachee, so that both of us learn, from being
coached and from coaching.

## Confidentiality
What is said in a session stays between us. Neither of us repeats the other's
challenges to anyone without asking first. When a session touches something
personal we mark it `confidential: true`, so that its focus, goals and
commitments stay out of reminders, reports and CI logs; the file itself still
sits in the team's repository, so we keep those notes short.

## Scope
Our own work and how we work with the team. Not each other's targets or
performance reviews. When something belongs with a manager, HR or a
facilitator, we say so and stop there.

## Cadence
We meet every {{{cadence_days}}} days, for 30 to 60 minutes. Whoever has to
cancel proposes a new date in the same week.

## How we give feedback
- The coach asks before giving feedback, and the coachee can say "not now".
- We describe what we saw or heard and its effect, not what kind of person
  the other is.
- Feedback looks forward: what to try next time.
- The coach keeps to the coachee's agenda and asks more than advises.

## Review
We review this agreement every three months, and when either of us feels the
sessions have stopped helping. After about six months we talk about rotating
to new partners.

"""#

    /// The commented `tandem.yml` that `tandem init` writes.
    public static let configuration = #"""
# tandem.yml: the configuration of this peer-coaching journal.
#
# This file marks the root of the journal: tandem looks for it in the current
# folder and in every folder above, the way git looks for .git.
# Every key is optional; the values below are the defaults, except
# sections.required, which is empty by default.

team: {{{team}}}

# "Today" is computed in this time zone. Default: the system's time zone.
# timezone: Europe/Berlin

# Expected gap between two sessions of a pair (Nd or Nw). cadence-overdue
# fires when a pair's last session is more than cadence + grace ago.
cadence: 14d
grace: 7d

# Default for sessions that don't say. The focus, goals and commitments of a
# confidential session are redacted in every report unless --reveal is given.
confidential: false

# Where the notes live, relative to this file.
paths:
  sessions: sessions
  agreements: agreements
  # surveys: surveys             # climate surveys (see below)

# Everyone who coaches or is coached: id -> name and optional email.
# Once people are listed, sessions and @owners must use these ids.
people: {}
#   ana: { name: Ana Lima, email: ana@example.com }
#   ben: { name: Ben Okafor }
# Programme facts, all optional: when someone joined and left (tandem rotate
# leaves out people who left; newcomer-unpaired warns about a newcomer who has
# been without a pair for more than 14 days), their manager (never proposed as
# a partner) and their level.
#   cy:  { name: Cy Lee, joined: 2026-11-02, manager: ana, level: AE2 }
#   dee: { name: Dee Ross, joined: 2025-03-01, left: 2026-10-31 }

# Planned pairs (optional): pairs that meet are picked up from the sessions.
# A pair may set its own cadence and grace; `since` and `until` mark a pilot
# or a rotation. After `until` no cadence checks run for the pair.
pairs: []
#   - partners: [ana, ben]
#     cadence: 14d
#     grace: 3d
#     since: 2026-06-01
#     until: 2026-12-31
# `tandem rotate` prints the next round as such a block, ready to paste here;
# when the count is odd one group is a triad with an `observer`.

# Rotation: partners who held a session together within `avoid` are not
# proposed again (default 365d).
# rotate: { avoid: 365d }

# Climate surveys: surveys/*.md with front matter such as
#   ---
#   date: 2026-06-01
#   kind: baseline            # baseline, midpoint, final or pulse
#   respondents: 9
#   scores: { safety: 3.4, trust: 3.8, collaboration: 3.5 }
#   ---
# Scores of a survey with fewer respondents than this are hidden everywhere.
# surveys: { min-respondents: 3 }

# Sender of `tandem remind --per-person DIR --format email`
# (default: tandem <tandem@localhost>).
# email: { from: "Coaching programme <coaching@example.com>" }

# Headings tandem looks for, matched case-insensitively.
sections:
  goals: [Goals, Goal setting, Objectives]
  required: [Goals, Commitments]   # section-missing warns when one is absent (default: [])

# Rules: a severity (error, warning, info), "off", or a mapping with a
# severity and the rule's settings. Every rule setting, with its default:
rules:
  # Review across sessions: the next session mentions each open commitment's id
  # (tandem new writes them into its review list). Off unless turned on here.
  commitment-not-reviewed: warning
  commitment-carried: { severity: warning, after: 3 }
#   session-duration: { severity: info, min: 30, max: 60 }
#   role-imbalance: { max-share: 0.67, min-sessions: 4 }
#   rotation-due: { after: 180d }
#   commitment-stale: { after: 30d }
# Other examples:
#   commitment-no-due: off
#   status-unknown: info

"""#

    /// The `README.md` that `tandem init` writes for the team.
    public static let readme = #"""
# {{{team}}}: peer-coaching journal

This folder is our peer-coaching journal. Colleagues at the same level meet in
pairs every two to four weeks, for thirty to sixty minutes, and take turns as
coach and coachee. Each session follows the same rhythm: check-in, goal
setting, discussion of the challenge, action planning, and commitments.

Everything is plain Markdown, written in any editor and versioned with git.
tandem reads it and reports what a team forgets:
overdue commitments, pairs that stopped meeting, sessions slipping from
fortnightly to monthly, one partner always in the coach's chair.

## What is where

| path | what it holds |
| --- | --- |
| `tandem.yml` | the team's settings: cadence, people, pairs, rules |
| `sessions/YYYY/` | one file per session: `YYYY-MM-DD-<a>-<b>.md` |
| `agreements/` | each pair's coaching agreement: `<a>-<b>.md` |
| `templates/` | the templates `tandem new` fills in |

## Everyday commands

```sh
tandem new --pair ana,ben     # the next session file, roles alternating
tandem list --open            # open commitments, soonest due first
tandem done k3f9a2c           # tick a commitment off (id from the list)
tandem check                  # what needs attention
tandem remind                 # what is due this week (quiet when nothing is)
```

## Confidentiality

What is said in a session stays between the partners. Mark a session
`confidential: true` when it touches something personal: its focus, goals and
commitments are then left out of every report, reminder and CI log unless
`--reveal` is given. The file itself still sits in the repository, so keep
such notes short.

"""#

    /// The `.gitignore` that `tandem init` writes.
    public static let gitignore = #"""
# Left behind only if tandem is interrupted while writing a file.
.tandem-*.tmp

# The tandem build cached by the CI workflow (tandem init --ci).
.tandem-bin/

# Editors and operating systems.
*.swp
*~
.DS_Store
.obsidian/workspace*.json

# Reports generated from the journal (tandem stats --format html --output …).
*.html

"""#

    /// The scheduled workflow of `tandem init --ci github`.
    public static let githubWorkflow = #"""
# Checks the peer-coaching journal on every push and every weekday morning:
# findings show up as annotations, and the reminder lands in the run's summary.
#
# Confidential sessions stay redacted here: never add --reveal to a CI job,
# its logs are often readable by the whole organisation.
name: tandem

on:
  push:
  pull_request:
  schedule:
    - cron: "0 6 * * 1-5"     # 06:00 UTC, Monday to Friday
  workflow_dispatch:

permissions:
  contents: read

env:
  # SET THESE: the git URL of the tandem repository your team builds from, and
  # a tag or commit of it. The build is cached per ref, so prefer a tag or a
  # commit to a branch. (`tandem init --ci github --ci-repo URL --ci-ref REF`
  # writes them.)
  TANDEM_REPOSITORY: https://example.com/your-org/tandem.git
  TANDEM_REF: your-tag-or-commit

jobs:
  journal:
    runs-on: ubuntu-latest
    container: swift:6.3-noble
    steps:
      # The whole history: `tandem history` and `check --history` refuse a shallow clone.
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0

      - name: Install cmark and git
        run: |
          apt-get update && apt-get install -y --no-install-recommends libcmark-dev git ca-certificates
          git config --global --add safe.directory "$PWD"

      - name: Cache the tandem build
        id: cache
        uses: actions/cache@v4
        with:
          path: .tandem-bin
          key: tandem-${{ runner.os }}-${{ env.TANDEM_REF }}

      - name: Build tandem
        if: steps.cache.outputs.cache-hit != 'true'
        run: |
          case "$TANDEM_REPOSITORY $TANDEM_REF" in
            *your-org*|*your-tag*) echo "::error::set TANDEM_REPOSITORY and TANDEM_REF in this workflow"; exit 1 ;;
          esac
          git init --quiet /tmp/tandem
          git -C /tmp/tandem fetch --quiet --depth 1 "$TANDEM_REPOSITORY" "$TANDEM_REF"
          git -C /tmp/tandem checkout --quiet FETCH_HEAD
          swift build -c release --package-path /tmp/tandem --product tandem
          mkdir -p .tandem-bin
          cp "$(swift build -c release --package-path /tmp/tandem --show-bin-path)/tandem" .tandem-bin/

      - name: Check the journal
        id: check
        run: .tandem-bin/tandem check --format github

      - name: Remind
        if: ${{ !cancelled() && steps.check.outcome != 'skipped' }}
        run: .tandem-bin/tandem remind --format markdown >> "$GITHUB_STEP_SUMMARY"

"""#

    /// The `.gitlab-ci.yml` of `tandem init --ci gitlab`.
    public static let gitlabPipeline = #"""
# Checks the peer-coaching journal on every push; a pipeline schedule
# (Build > Pipeline schedules, e.g. "0 6 * * 1-5") runs the reminder.
#
# Confidential sessions stay redacted here: never add --reveal to a CI job,
# its logs are often readable by the whole organisation.
variables:
  # SET THESE: the git URL of the tandem repository your team builds from, and
  # a tag or commit of it. The build is cached per ref, so prefer a tag or a
  # commit to a branch. (`tandem init --ci gitlab --ci-repo URL --ci-ref REF`
  # writes them.)
  TANDEM_REPOSITORY: https://example.com/your-org/tandem.git
  TANDEM_REF: your-tag-or-commit
  # The whole history: `tandem history` and `check --history` refuse a shallow clone.
  GIT_DEPTH: 0

.tandem:
  image: swift:6.3-noble
  cache:
    key: tandem-$TANDEM_REF
    paths: [.tandem-bin/]
  before_script:
    - apt-get update && apt-get install -y --no-install-recommends libcmark-dev git ca-certificates
    - |
      if [ ! -x .tandem-bin/tandem ]; then
        case "$TANDEM_REPOSITORY $TANDEM_REF" in
          *your-org*|*your-tag*) echo "set TANDEM_REPOSITORY and TANDEM_REF in .gitlab-ci.yml" >&2; exit 1 ;;
        esac
        git init --quiet /tmp/tandem
        git -C /tmp/tandem fetch --quiet --depth 1 "$TANDEM_REPOSITORY" "$TANDEM_REF"
        git -C /tmp/tandem checkout --quiet FETCH_HEAD
        swift build -c release --package-path /tmp/tandem --product tandem
        mkdir -p .tandem-bin
        cp "$(swift build -c release --package-path /tmp/tandem --show-bin-path)/tandem" .tandem-bin/
      fi
    - export PATH="$PWD/.tandem-bin:$PATH"

tandem-check:
  extends: .tandem
  rules:
    - if: $CI_PIPELINE_SOURCE != "schedule"
  script:
    - tandem check --format junit --fail-on never > tandem-junit.xml
    - tandem check
  artifacts:
    when: always
    reports:
      junit: tandem-junit.xml

tandem-remind:
  extends: .tandem
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  script:
    - tandem remind --strict

"""#
}
