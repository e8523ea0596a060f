import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Element texts (CDATA included) read back with Foundation's XML parser, an
/// independent reader, as `path → [text]`, e.g. `rss/channel/item/title`.
final class XMLTextReader: NSObject, XMLParserDelegate {
    var path: [String] = []
    var texts: [String: [String]] = [:]
    var current = ""
    var error: Error?

    static func read(_ bytes: [UInt8]) -> XMLTextReader {
        let reader = XMLTextReader()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        if !parser.parse() { reader.error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        path.append(name)
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { current += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        texts[path.joined(separator: "/"), default: []].append(current)
        current = ""
        path.removeLast()
    }
}
