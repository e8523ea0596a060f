@testable import PubgenCore
import Testing

/// Table headers that make toml++ assert (found by `make fuzz`) are refused before
/// TOMLKit sees them; everything the grammar allows still reaches it.
@Suite struct TOMLHeaderGuardTests {
    @Test(arguments: [
        ("[#]", 2), ("[=x]", 2), ("[.a]", 2), ("[ é ]", 3), ("[[é]]", 3), ("[\u{7F}]", 2), ("  [ {a = 1}]", 5),
    ])
    func headersStartingWithAnotherCharacterAreFound(_ header: String, _ column: Int) {
        let found = TOMLHeaderGuard.firstBadHeader(in: "title = \"x\"\n\(header)\n")
        #expect(found?.line == 2 && found?.column == column, "\(String(describing: found))")
    }

    @Test(arguments: [
        "[a]", "[ \"é\" ]", "['é']", "[[a]]", "[a.b]", "[]", "m = [\n  [1, 2],\n  [{a = 1}]\n]", "s = '''\n[#]\n'''",
        "x = \"\"\"\n[=] \\\"\"\"\n\"\"\"", "a = [ # ]\n {b = 1} ]", "t = \"[#]\"",
    ])
    func validTOMLIsLeftToTheParser(_ text: String) {
        #expect(TOMLHeaderGuard.firstBadHeader(in: text) == nil)
    }
}
