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
        TextStream.collect { write(result, to: $0) }
    }

    /// Streams the document, suites written on all cores a run at a time. The
    /// findings of one file are next to each other, so a suite is the range from
    /// one file's first finding to the next file's.
    public func write(_ result: CheckResult, to output: (String) -> Void) {
        let findings = result.findings
        let total = max(1, findings.count)
        var head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        head += "<testsuites name=\"tandem\" tests=\"\(total)\" failures=\"\(findings.count)\" errors=\"0\">\n"
        if findings.isEmpty {
            head += "  <testsuite name=\"tandem\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
            head += "    <testcase classname=\"tandem\" name=\"\(Escaping.xmlAttribute(cleanName(result)))\"/>\n"
            head += "  </testsuite>\n"
        }
        output(head)
        var starts: [Int] = [], previous: String?
        for index in findings.indices {
            let file = findings[index].location.file
            if file != previous { starts.append(index) }
            previous = file
        }
        // A suite holds a file's findings, a kilobyte or two of XML: runs of 64 suites.
        TextStream.write(starts.indices, runLength: 64, to: output) { [starts] suite in
            let start = starts[suite], end = suite + 1 < starts.count ? starts[suite + 1] : findings.endIndex
            let file = Escaping.xmlAttribute(findings[start].location.file), count = end - start
            var out = "  <testsuite name=\"\(file)\" tests=\"\(count)\" failures=\"\(count)\" errors=\"0\" skipped=\"0\">\n"
            for index in start..<end { out += testCase(findings[index]) }
            return out + "  </testsuite>\n"
        }
        output("</testsuites>\n")
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
