import PubgenDiagnostics

/// The YAML nearly every article's front matter is written in, read without Yams:
/// one `key: value` a line, and lists of `- item` lines under a key.
///
/// Composing through Yams (libyaml's events, then a node tree, then located nodes)
/// was a twentieth of a 10,000-article build. This reader accepts only a strict
/// subset it can read exactly as Yams does, the same text and the same line and
/// column for every node, and gives up (`nil`) on anything else, which then goes
/// through Yams as before: comments, blank-only lines, flow collections, block
/// scalars, escapes (but a single-quoted `''`), multi-line values, tags, anchors,
/// nested mappings, duplicate keys,
/// and any character YAML treats specially (tabs, carriage returns, other line breaks,
/// control characters, a byte-order mark). `PlainYAMLTests` holds both readers to the
/// same nodes on thousands of generated documents.
enum PlainYAML {
    /// The document as located nodes, or `nil` when it is not in the subset.
    static func parse(_ yaml: String, position: YAMLPosition) -> FrontMatterNode? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            guard isPlainText(bytes) else { return nil }
            var reader = Reader(bytes: bytes, position: position)
            return reader.document()
        }
    }

    /// No byte YAML reads as a line break, a tab, a control character or a byte-order mark.
    private static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 {
                guard byte == UInt8(ascii: "\n") else { return false }
            } else if byte == 0x7F {
                return false
            } else if byte == 0xC2 {
                // U+0080–U+009F: C1 controls, and NEL, a YAML 1.1 line break.
                guard index + 1 < bytes.count, bytes[index + 1] >= 0xA0 else { return false }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return false  // U+2028, U+2029: line breaks
            } else if byte == 0xEF, index + 2 < bytes.count,
                      (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) {
                return false  // U+FEFF, U+FFFE, U+FFFF
            }
            index += 1
        }
        return true
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let position: YAMLPosition
        /// The lines as byte ranges, without their `\n`.
        var lines: [Range<Int>] = []

        init(bytes: UnsafeBufferPointer<UInt8>, position: YAMLPosition) {
            self.bytes = bytes
            self.position = position
            var start = 0
            for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "\n") {
                lines.append(start..<index)
                start = index + 1
            }
            if start < bytes.count { lines.append(start..<bytes.count) }
        }

        mutating func document() -> FrontMatterNode? {
            var entries: [FrontMatterNode.Entry] = []
            var keys: Set<String> = []
            // Sized once (a key per line at most): growing from empty rehashed every key
            // four times, 0.5% of a 10,000-article build.
            keys.reserveCapacity(min(lines.count, 64))
            var mapping: SourceLocation?
            var number = 0
            while number < lines.count {
                let line = lines[number]
                if line.isEmpty {
                    number += 1
                    continue
                }
                guard let colon = keyEnd(line) else { return nil }
                let key = text(line.lowerBound..<colon)
                guard keys.insert(key).inserted else { return nil }
                let keyLocation = location(number, line.lowerBound, line)
                if mapping == nil { mapping = keyLocation }
                let value: FrontMatterNode
                if colon + 1 == line.upperBound {
                    guard let (list, next) = list(after: number) else { return nil }
                    value = list
                    number = next
                } else {
                    guard bytes[colon + 1] == UInt8(ascii: " "),
                          let scalar = scalar(number, from: colon + 1, in: line) else { return nil }
                    value = scalar
                    number += 1
                }
                // What follows a value is a blank line or the next key at the margin.
                if number < lines.count, let next = lines[number].first, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "-") {
                    return nil
                }
                entries.append(FrontMatterNode.Entry(key: key, keyLocation: keyLocation, value: value))
            }
            guard let mapping else { return nil }
            return .map(entries, at: mapping)
        }

        /// The index of the colon after a key at the start of `line`: ASCII letters,
        /// digits, `_` and `-`, starting with a letter, digit or `_`.
        private func keyEnd(_ line: Range<Int>) -> Int? {
            var index = line.lowerBound
            guard Self.isKeyByte(bytes[index]), bytes[index] != UInt8(ascii: "-") else { return nil }
            while index < line.upperBound, Self.isKeyByte(bytes[index]) { index += 1 }
            // libyaml finds a key's `:` only within 1,024 characters of its start.
            guard index < line.upperBound, bytes[index] == UInt8(ascii: ":"), index - line.lowerBound <= 1_024 else { return nil }
            return index
        }

        private static func isKeyByte(_ byte: UInt8) -> Bool {
            let lower = byte | 0x20
            return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }

        /// The `- item` lines after the key on line `number`, all at one indentation,
        /// and the number of the line after them.
        private func list(after number: Int) -> (FrontMatterNode, Int)? {
            var items: [FrontMatterNode] = []
            var indentation: Int?
            var sequence: SourceLocation?
            var next = number + 1
            while next < lines.count {
                let line = lines[next]
                var dash = line.lowerBound
                while dash < line.upperBound, bytes[dash] == UInt8(ascii: " ") { dash += 1 }
                guard dash + 1 < line.upperBound, bytes[dash] == UInt8(ascii: "-"), bytes[dash + 1] == UInt8(ascii: " ") else { break }
                guard indentation == nil || indentation == dash - line.lowerBound else { return nil }
                indentation = dash - line.lowerBound
                if sequence == nil { sequence = location(next, dash, line) }
                guard let item = scalar(next, from: dash + 1, in: line) else { return nil }
                items.append(item)
                next += 1
            }
            guard let sequence else { return nil }
            return (.list(items, at: sequence), next)
        }

        /// A scalar that fills the rest of `line` after the spaces from `start`: a plain
        /// scalar, or a quoted one with nothing after its closing quote and no escapes but
        /// `''` in single quotes.
        private func scalar(_ number: Int, from start: Int, in line: Range<Int>) -> FrontMatterNode? {
            var first = start
            while first < line.upperBound, bytes[first] == UInt8(ascii: " ") { first += 1 }
            guard first < line.upperBound, bytes[line.upperBound - 1] != UInt8(ascii: " ") else { return nil }
            let at = location(number, first, line)
            let quote = bytes[first]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let last = line.upperBound - 1
                guard last > first, bytes[last] == quote else { return nil }
                guard quote == UInt8(ascii: "'") else {
                    for index in first + 1..<last where bytes[index] == quote || bytes[index] == UInt8(ascii: "\\") {
                        return nil
                    }
                    return .scalar(text(first + 1..<last), plain: false, at: at)
                }
                return singleQuoted(first + 1..<last).map { .scalar($0, plain: false, at: at) }
            }
            guard !Self.indicators.contains(quote) else { return nil }
            var index = first
            while index < line.upperBound {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":"), index + 1 == line.upperBound || bytes[index + 1] == UInt8(ascii: " ") { return nil }
                if byte == UInt8(ascii: " "), index + 1 < line.upperBound, bytes[index + 1] == UInt8(ascii: "#") { return nil }
                if Self.flowIndicators.contains(byte) { return nil }
                index += 1
            }
            return .scalar(text(first..<line.upperBound), plain: true, at: at)
        }

        /// The text between single quotes whose only escape is `''` for `'` (a backslash
        /// is a plain character there); `nil` when a lone quote ends the scalar early.
        /// A fifth of real front matter writes apostrophes this way.
        private func singleQuoted(_ range: Range<Int>) -> String? {
            var index = range.lowerBound
            var escapes = 0
            while index < range.upperBound {
                if bytes[index] == UInt8(ascii: "'") {
                    guard index + 1 < range.upperBound, bytes[index + 1] == UInt8(ascii: "'") else { return nil }
                    escapes += 1
                    index += 1
                }
                index += 1
            }
            guard escapes > 0 else { return text(range) }
            return String(unsafeUninitializedCapacity: range.count - escapes) { output in
                var written = 0
                var index = range.lowerBound
                while index < range.upperBound {
                    output[written] = bytes[index]
                    written += 1
                    index += bytes[index] == UInt8(ascii: "'") ? 2 : 1
                }
                return written
            }
        }

        /// Characters that cannot start a plain scalar, or change what follows them.
        private static let indicators: [UInt8] = Array("-?:,[]{}#&*!|>'\"%@`".utf8)
        /// Flow indicators: allowed inside a block plain scalar, but left to Yams.
        private static let flowIndicators: [UInt8] = Array("[]{}".utf8)

        private func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// Where byte `index` of line `number` is: columns count Unicode scalars, as Yams does.
        private func location(_ number: Int, _ index: Int, _ line: Range<Int>) -> SourceLocation {
            var column = 1
            for byte in bytes[line.lowerBound..<index] where byte & 0xC0 != 0x80 { column += 1 }
            return position.location(line: number + 1, column: column)
        }
    }
}
