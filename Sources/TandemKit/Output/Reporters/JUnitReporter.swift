/// `tandem check --format junit`: JUnit XML as GitLab and Jenkins read it.
///
/// One `<testsuite>` per file with findings (named by its path), one failing
/// `<testcase>` per finding (`classname` `tandem.<rule>`, `name` `file:line:column`,
/// `<failure type="<rule>">`). JUnit has no severities, so every finding is a
/// failure and its severity is part of the message. A clean run still gives a
/// valid document with one passing test case, so CI shows that the check ran.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public init() {}

    public func render(_ result: CheckResult) -> String {
        var suites: [(file: String, findings: [Finding])] = []
        for finding in result.findings {
            if let last = suites.last, last.file == finding.location.file {
                suites[suites.count - 1].findings.append(finding)
            } else {
                suites.append((finding.location.file, [finding]))
            }
        }
        let total = max(1, result.findings.count)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"tandem\" tests=\"\(total)\" failures=\"\(result.findings.count)\" errors=\"0\">\n"
        if suites.isEmpty {
            out += "  <testsuite name=\"tandem\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
            out += "    <testcase classname=\"tandem\" name=\"\(Escaping.xmlAttribute(cleanName(result)))\"/>\n"
            out += "  </testsuite>\n"
        }
        for suite in suites {
            let file = Escaping.xmlAttribute(suite.file)
            let count = suite.findings.count
            out += "  <testsuite name=\"\(file)\" tests=\"\(count)\" failures=\"\(count)\" errors=\"0\" skipped=\"0\">\n"
            for finding in suite.findings { out += testCase(finding) }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    private func cleanName(_ result: CheckResult) -> String {
        "journal check: no findings in \(result.summary.files) file\(result.summary.files == 1 ? "" : "s")"
    }

    private func testCase(_ finding: Finding) -> String {
        let location = finding.location
        let summary = "\(finding.severity.rawValue): \(finding.message)"
        var out = "    <testcase classname=\"\(Escaping.xmlAttribute("tandem." + finding.rule))\""
        out += " name=\"\(Escaping.xmlAttribute(location.description))\""
        out += " file=\"\(Escaping.xmlAttribute(location.file))\" line=\"\(location.line)\">\n"
        out += "      <failure type=\"\(Escaping.xmlAttribute(finding.rule))\" message=\"\(Escaping.xmlAttribute(summary))\">"
        out += Escaping.xmlText("\(location): \(summary) [\(finding.rule)]")
        out += "</failure>\n"
        out += "    </testcase>\n"
        return out
    }
}
