import Testing
@testable import TandemKit

@Suite struct GitHubCommandTests {
    @Test func dataEscapesPercentAndLineBreaksOnly() {
        #expect(Escaping.githubData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
    }

    @Test func propertiesAlsoEscapeColonAndComma() {
        #expect(Escaping.githubProperty("a:b,c%d\ne\rf") == "a%3Ab%2Cc%25d%0Ae%0Df")
    }

    @Test func percentIsEscapedFirstSoEscapesAreNotDecodedTwice() {
        #expect(Escaping.githubData("%0A") == "%250A")
        #expect(Escaping.githubProperty("%3A") == "%253A")
    }

    @Test func annotationPutsPropertiesInOrder() {
        let line = GitHubCommand.annotation(.warning, file: "sessions/a,b:c.md", line: 3, column: 2,
                                            title: "rule", message: "x::y\nz")
        #expect(line == "::warning file=sessions/a%2Cb%3Ac.md,line=3,col=2,title=rule::x::y%0Az\n")
    }

    @Test func severitiesMapToGitHubLevels() {
        #expect(GitHubCommand.Level(.info) == .notice)
        #expect(GitHubCommand.Level(.warning) == .warning)
        #expect(GitHubCommand.Level(.error) == .error)
    }
}
