import PubgenDiagnostics
/// The spellings of a date that pages and feeds need, all from the written fields.
///
/// Each is written byte by byte into its string (`DateText`): a page spells its date
/// five to seven times, and interpolating and padding the numbers one string at a time
/// was more than 1% of a 10,000-article build.
extension PublicationDate {
    private static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let shortWeekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// `4 March 2025`.
    package var displayText: String { DateText.make(writeDisplayText) }

    /// `2025-03-04`, or `2025-03-04T09:30:00+01:00` when a time was written:
    /// valid for `<time datetime>`, JSON-LD and JSON Feed.
    package var iso8601: String { DateText.make(writeISO8601) }

    /// `displayText`'s bytes after `bytes`, with no string made for them (a page
    /// shows a dozen dates). ASCII letters, digits and spaces: nothing to escape.
    package func appendDisplayText(to bytes: inout [UInt8]) { DateText.append(to: &bytes, writeDisplayText) }

    /// `iso8601`'s bytes after `bytes`: ASCII digits, `-`, `:`, `T`, `+` and `Z`.
    package func appendISO8601(to bytes: inout [UInt8]) { DateText.append(to: &bytes, writeISO8601) }

    private func writeDisplayText(_ text: inout DateText) {
        text.number(day, width: 1)
        text.ascii(" ")
        text.ascii(Self.monthNames[month - 1])
        text.ascii(" ")
        text.number(year, width: 1)
    }

    private func writeISO8601(_ text: inout DateText) {
        calendarDate(&text)
        guard hasTime else { return }
        timeOfDay(&text)
        offset(&text, separator: ":")
    }

    /// RFC 3339 with a time, always (`2025-03-04T00:00:00+01:00`), for sitemaps and Atom.
    package var rfc3339: String {
        DateText.make { text in
            calendarDate(&text)
            timeOfDay(&text)
            offset(&text, separator: ":")
        }
    }

    /// RFC 822 as RSS 2.0 wants it (`Tue, 04 Mar 2025 00:00:00 +0100`), in the date's
    /// own offset so the day is the one the author wrote.
    package var rfc822: String {
        DateText.make { text in
            text.ascii(Self.shortWeekdays[weekday])
            text.ascii(", ")
            text.number(day, width: 2)
            text.ascii(" ")
            text.ascii(Self.shortMonths[month - 1])
            text.ascii(" ")
            text.number(year, width: 4)
            text.ascii(" ")
            clock(&text)
            text.ascii(" ")
            offset(&text, separator: nil)
        }
    }

    /// `2025-03-04`.
    private func calendarDate(_ text: inout DateText) {
        text.numbers(year, width: 4, month, day, separator: "-")
    }

    /// `T09:30:00`.
    private func timeOfDay(_ text: inout DateText) {
        text.ascii("T")
        clock(&text)
    }

    /// `09:30:00`.
    private func clock(_ text: inout DateText) {
        text.numbers(hour, width: 2, minute, second, separator: ":")
    }

    /// `Z` for UTC (with a separator), else `+01:00` or, without one, `+0100`.
    private func offset(_ text: inout DateText, separator: StaticString?) {
        if utcOffset == 0, separator != nil {
            text.ascii("Z")
            return
        }
        text.ascii(utcOffset < 0 ? "-" : "+")
        let minutes = abs(utcOffset) / 60
        text.number(minutes / 60, width: 2)
        if let separator { text.ascii(separator) }
        text.number(minutes % 60, width: 2)
    }
}

/// A date's spelling as it is written: ASCII bytes and zero-padded numbers.
private struct DateText {
    private var bytes: [UInt8] = []

    static func make(_ write: (inout DateText) -> Void) -> String {
        var text = DateText()
        // Room for the longest spelling (`Wed, 04 Mar 2025 00:00:00 +0100`, 31 bytes).
        text.bytes.reserveCapacity(40)
        write(&text)
        return String(decoding: text.bytes, as: UTF8.self)
    }

    /// What `write` writes, after `bytes` (taken in and handed back, not copied).
    static func append(to bytes: inout [UInt8], _ write: (inout DateText) -> Void) {
        var text = DateText()
        swap(&text.bytes, &bytes)
        write(&text)
        swap(&text.bytes, &bytes)
    }

    mutating func ascii(_ literal: StaticString) {
        bytes.append(literal: literal)
    }

    mutating func ascii(_ name: String) {
        bytes.append(contentsOf: name.utf8)
    }

    /// Three numbers with `separator` between them, the last two in two digits
    /// (`2025-03-04`, `09:30:00`).
    mutating func numbers(_ first: Int, width: Int, _ second: Int, _ third: Int, separator: StaticString) {
        number(first, width: width)
        ascii(separator)
        number(second, width: 2)
        ascii(separator)
        number(third, width: 2)
    }

    /// `value` in decimal, in at least `width` digits.
    mutating func number(_ value: Int, width: Int) {
        bytes.append(decimal: value, minimumDigits: width)
    }
}
