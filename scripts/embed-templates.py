#!/usr/bin/env python3
"""Regenerates Sources/TandemKit/Templates/BuiltInTemplates.swift from templates/.

Run from the repository root (make templates) after editing a template.
"""
FILES = [
    ("session", "session.md", "The session file `tandem new` fills in (a journal's `templates/session.md` overrides it)."),
    ("agreement", "agreement.md", "A pair's coaching agreement, copied to `templates/agreement.md` by `tandem init`."),
    ("configuration", "tandem.yml", "The commented `tandem.yml` that `tandem init` writes."),
    ("readme", "journal-README.md", "The `README.md` that `tandem init` writes for the team."),
    ("gitignore", "journal.gitignore", "The `.gitignore` that `tandem init` writes."),
    ("githubWorkflow", "github-workflow.yml", "The scheduled workflow of `tandem init --ci github`."),
    ("gitlabPipeline", "gitlab-ci.yml", "The `.gitlab-ci.yml` of `tandem init --ci gitlab`."),
]

out = [
    "// The text of every file in templates/, compiled into the binary so an installed",
    "// tandem needs no resource bundle. Keep each literal byte-identical to its file:",
    "// a test compares them. Regenerate with `make templates`.",
    "",
    "public enum BuiltInTemplates {",
    "    /// File name in `templates/` → text.",
    "    public static let all: [(file: String, text: String)] = [",
]
out += [f'        ("{file}", {name}),' for name, file, _ in FILES]
out.append("    ]")
for name, file, doc in FILES:
    with open("templates/" + file, encoding="utf-8", newline="") as handle:
        text = handle.read()
    assert text.endswith("\n") and '"""#' not in text and "\r" not in text, file
    out += ["", f"    /// {doc}", f'    public static let {name} = #"""', text, '"""#']
out.append("}")
with open("Sources/TandemKit/Templates/BuiltInTemplates.swift", "w", encoding="utf-8", newline="") as handle:
    handle.write("\n".join(out) + "\n")
