import PubgenCore
import PubgenDiagnostics
import PubgenTestSupport
import Testing

/// `KeyLocations` answers as a dictionary would, below and above the size where it
/// starts indexing its keys, through sets, overwrites and removals.
struct KeyLocationsTests {
    @Test func behavesAsADictionary() {
        var random = SplitMix64(seed: 0x10CA7)
        for round in 0..<200 {
            var table = KeyLocations()
            var reference: [String: PubgenDiagnostics.SourceLocation] = [:]
            let keyCount = round % 2 == 0 ? 8 : 60
            for step in 0..<400 {
                let key = "key\(random.below(keyCount))"
                let location: PubgenDiagnostics.SourceLocation? = random.below(5) == 0 ? nil : PubgenDiagnostics.SourceLocation(path: "a.md", line: step, column: 1)
                table[key] = location
                reference[key] = location
                let probe = "key\(random.below(keyCount + 2))"
                #expect(table[probe] == reference[probe], "round \(round) step \(step)")
                #expect(table.count == reference.count)
            }
            #expect(Set(table.entries.map(\.key)) == Set(reference.keys))
        }
    }

    @Test func equalityIgnoresOrder() {
        let a = PubgenDiagnostics.SourceLocation(path: "a.md", line: 1, column: 1)
        let b = PubgenDiagnostics.SourceLocation(path: "a.md", line: 2, column: 1)
        #expect(KeyLocations(dictionaryLiteral: ("x", a), ("y", b)) == ["y": b, "x": a])
        #expect(KeyLocations(dictionaryLiteral: ("x", a)) != ["x": b])
        #expect(KeyLocations(dictionaryLiteral: ("x", a)) != ["x": a, "y": b])
    }

    /// A table taken from another's entries answers as that table did, and a key listed
    /// twice answers with its first location, below and above the indexing size.
    @Test(arguments: [5, 40])
    func aTableFromEntriesAnswersAsTheOriginal(_ keyCount: Int) {
        var original = KeyLocations()
        for number in 0..<keyCount {
            original["key\(number)"] = PubgenDiagnostics.SourceLocation(path: "a.md", line: number + 1, column: 1)
        }
        let copy = KeyLocations(entries: original.entries)
        #expect(copy == original)
        for number in 0..<keyCount + 2 { #expect(copy["key\(number)"] == original["key\(number)"]) }
        let later = PubgenDiagnostics.SourceLocation(path: "a.md", line: 99, column: 1)
        let repeated = KeyLocations(entries: original.entries + [(key: "key0", location: later)])
        #expect(repeated["key0"] == original["key0"])
    }
}
