/// Every escaping step of tandem's outputs, one entry per format. Journal text is
/// hostile until escaped: each output escapes it with the entry for its format, at
/// the point where it is written, and nowhere else.
///
/// | Format | Entry | Used by |
/// |---|---|---|
/// | HTML and SVG | `Escaping.html` | `stats --format html` |
/// | XML 1.0 | `Escaping.xmlText`, `Escaping.xmlAttribute` | JUnit |
/// | JSON strings | `Escaping.json(_:into:)` | `JSONValue`'s writer (every JSON document) |
/// | Backslash-quoted text | `Escaping.backslashQuoted(_:into:needsHex:)` | JSON, YAML front matter (`YAMLText`) |
/// | GitHub workflow commands | `Escaping.githubData`, `Escaping.githubProperty` | `--format github` |
/// | iCalendar TEXT | `Escaping.iCalendarText` (and `iCalendarUnescaped`) | `remind --format ics` |
/// | History cache fields | `Escaping.cacheField` (and `cacheFieldUnescaped`) | `HistoryCache` |
/// | Terminal and log text | `DisplayText.field`, `DisplayText.block` (this folder) | text, tables, messages |
/// | Markdown | `MarkdownText.escape` (this folder) | `remind --format markdown`, digests |
///
/// Each entry's rules are documented where it is defined, in this folder.
public enum Escaping {}
