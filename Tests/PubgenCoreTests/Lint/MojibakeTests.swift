import PubgenCore
import Testing

struct MojibakeTests {
    @Test(arguments: [
        ("â€“", "–"), ("â€”", "—"), ("â€™", "’"), ("â€œ", "“"), ("â€¦", "…"), ("Ã©", "é"), ("Ã¼", "ü"),
        ("Ã‰", "É"), ("Â°", "°"), ("ðŸ˜€", "😀"), ("â€", "”"),
    ])
    func repairsCommonSequences(_ garbled: String, _ intended: String) {
        let found = Mojibake.find(in: "x \(garbled) y")
        #expect(found.map(\.intended) == [intended])
        #expect(found.first?.column == 3)
    }

    @Test func leavesRealTextAlone() {
        #expect(Mojibake.find(in: "Ångström, Ça, naïve, €5, “quoted” – dash, Â alone, Ã then text").isEmpty)
    }
}
