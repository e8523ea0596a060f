@testable import PubgenCore
import Testing

/// `TemplateObject` behaves as the dictionary it replaced, small or large.
struct TemplateObjectTests {
    @Test(arguments: [3, 48, 49, 200])
    func setsReadsAndRemovesAsADictionaryDoes(_ count: Int) {
        var object = TemplateObject()
        var dictionary: [String: TemplateValue] = [:]
        for index in 0..<count {
            object["k\(index)"] = .int(index)
            dictionary["k\(index)"] = .int(index)
        }
        for index in stride(from: 0, to: count, by: 3) {
            object["k\(index)"] = .string("changed")
            dictionary["k\(index)"] = .string("changed")
        }
        for index in stride(from: 1, to: count, by: 5) {
            object["k\(index)"] = nil
            dictionary["k\(index)"] = nil
        }
        #expect(object.count == dictionary.count)
        for index in 0..<count + 5 {
            #expect(object["k\(index)"] == dictionary["k\(index)"])
            #expect(object[TemplateKey("k\(index)")] == dictionary["k\(index)"])
        }
        #expect(object == TemplateObject(dictionary))
        #expect(Dictionary(uniqueKeysWithValues: object.fields.map { ($0.name, $0.value) }) == dictionary)
    }

    @Test func equalityIgnoresOrderAndSeesEveryValue() {
        let a: TemplateObject = ["x": 1, "y": "two"]
        let b: TemplateObject = ["y": "two", "x": 1]
        #expect(a == b)
        #expect(a != ["x": 1, "y": "three"])
        #expect(a != ["x": 1])
        #expect(a.filter { name, _ in name == "x" } == ["x": 1])
    }

    @Test func theFirstOfRepeatedNamesInALiteralWins() {
        let object: TemplateObject = ["a": 1, "a": 2]
        #expect(object["a"] == 1)
        #expect(object.count == 1)
    }

    @Test func namesAreComparedAsStringsAre() {
        var object = TemplateObject()
        var dictionary: [String: TemplateValue] = [:]
        for name in ["", "a", "b", "ab", "ba", "é", "e\u{301}", "ñ", "日本"] {
            object[name] = .string(name)
            dictionary[name] = .string(name)
        }
        // "é" and "e" + U+0301 are one key, as in a dictionary.
        #expect(object.count == dictionary.count)
        for name in ["", "a", "b", "ab", "ba", "é", "e\u{301}", "ñ", "n\u{303}", "日本", "c"] {
            #expect(object[name] == dictionary[name], "\(name.debugDescription)")
        }
    }

    @Test func aNonASCIINameEqualToAnASCIIOneIsTheSameKey() {
        // U+212A KELVIN SIGN is canonically `K`: one key, as in a dictionary.
        var object: TemplateObject = ["K": 1]
        #expect(object["\u{212A}"] == 1)
        object["\u{212A}"] = 2
        #expect(object.count == 1)
        #expect(object["K"] == 2)
        #expect(object[TemplateKey("K")] == object[TemplateKey("\u{212A}")])
    }
}

