internal import CPubgenXML

/// Writes an XML document through libxml2's `xmlTextWriter`, so escaping, CDATA and
/// encoding are libxml2's, never string concatenation.
///
/// `~Copyable`: the C writer has exactly one owner and is freed with it.
package struct XMLWriter: ~Copyable {
    package enum Failure: Error, Sendable { case libxml2(String) }

    private let handle: OpaquePointer

    /// - Throws: `Failure` when libxml2 cannot allocate the writer.
    package init(indented: Bool = true) throws {
        guard let handle = pubgen_xml_writer_create(indented ? 1 : 0) else {
            throw Failure.libxml2("cannot create an XML writer")
        }
        guard pubgen_xml_start_document(handle) == 0 else {
            pubgen_xml_writer_free(handle)
            throw Failure.libxml2("libxml2 could not start the document")
        }
        self.handle = handle
    }

    deinit { pubgen_xml_writer_free(handle) }

    /// Writes `<name attr="…">`, then `body`, then `</name>`.
    package func element(
        _ name: String, attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void = {}
    ) throws {
        try check(pubgen_xml_start_element(handle, name), "start <\(name)>")
        for (key, value) in attributes {
            try check(pubgen_xml_attribute(handle, key, XMLText.sanitized(value)), "write attribute \(key)")
        }
        try body()
        try check(pubgen_xml_end_element(handle), "end <\(name)>")
    }

    /// Writes `<name>text</name>` with the text escaped.
    package func element(_ name: String, text: String, attributes: KeyValuePairs<String, String> = [:]) throws {
        try element(name, attributes: attributes) { try self.text(text) }
    }

    package func text(_ text: String) throws {
        try check(pubgen_xml_text(handle, XMLText.sanitized(text)), "write text")
    }

    /// Writes text as CDATA; libxml2's shim splits any `]]>`.
    package func cdata(_ text: String) throws {
        try check(pubgen_xml_cdata(handle, XMLText.sanitized(text)), "write CDATA")
    }

    /// Ends the document and returns its bytes.
    package consuming func finish() throws -> [UInt8] {
        try check(pubgen_xml_end_document(handle), "end the document")
        var length = 0
        guard let bytes = pubgen_xml_writer_bytes(handle, &length) else { return [] }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    private func check(_ status: Int32, _ action: String) throws {
        if status != 0 { throw Failure.libxml2("libxml2 could not \(action)") }
    }
}
