@testable import PubgenCore
import Testing

/// A repeated tag counts once, however many tags an article has.
struct SeenTagSlugsTests {
    @Test(arguments: [3, 32, 33, 200])
    func eachSlugIsNewOnceAcrossTheSwitchToASet(count: Int) {
        var seen = SeenTagSlugs()
        let slugs = (0..<count).map { "tag-\($0)" }
        var firstTime: [Bool] = []
        for slug in slugs { firstTime.append(seen.insert(slug)) }
        var again: [Bool] = []
        for slug in slugs { again.append(seen.insert(slug)) }
        #expect(firstTime == Array(repeating: true, count: count))
        #expect(again == Array(repeating: false, count: count))
        seen.removeAll()
        let afterReset = (seen.insert("tag-0"), seen.insert("tag-0"))
        #expect(afterReset == (true, false))
    }
}
