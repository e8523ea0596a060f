import PubgenDiagnostics
import Testing

/// Swift Testing has its own `SourceLocation`; in this target the name means pubgen's.
typealias SourceLocation = PubgenDiagnostics.SourceLocation

@Suite struct SourceLocationTests {
    @Test func descriptionIsPathLineColumn() {
        #expect(SourceLocation(path: "content/post.md", line: 12, column: 7).description == "content/post.md:12:7")
        #expect("\(SourceLocation(path: "a b/é.md", line: 1, column: 1))" == "a b/é.md:1:1")
    }

    @Test func ordersByPathThenLineThenColumnNumerically() {
        let sorted = [
            SourceLocation(path: "b.md", line: 1, column: 1),
            SourceLocation(path: "a.md", line: 10, column: 1),
            SourceLocation(path: "a.md", line: 9, column: 20),
            SourceLocation(path: "a.md", line: 9, column: 3),
        ].sorted()
        #expect(sorted.map(\.description) == ["a.md:9:3", "a.md:9:20", "a.md:10:1", "b.md:1:1"])
    }

    @Test func equalLocationsAreNotLessThanEachOther() {
        let a = SourceLocation(path: "x.md", line: 2, column: 3)
        let b = SourceLocation(path: "x.md", line: 2, column: 3)
        #expect(a == b)
        #expect(!(a < b) && !(b < a))
        #expect(Set([a, b]).count == 1)
        #expect(a != SourceLocation(path: "x.md", line: 2, column: 4))
    }
}
