/// The spellings of a date that pages and feeds need, all from the written fields.
extension PublicationDate {
    private static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let shortWeekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// `4 March 2025`.
    package var displayText: String {
        "\(day) \(Self.monthNames[month - 1]) \(year)"
    }

    /// `2025-03-04`, or `2025-03-04T09:30:00+01:00` when a time was written:
    /// valid for `<time datetime>`, JSON-LD and JSON Feed.
    package var iso8601: String {
        let date = "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        guard hasTime else { return date }
        return "\(date)T\(pad(hour)):\(pad(minute)):\(pad(second))\(offsetText(separator: ":"))"
    }

    /// RFC 3339 with a time, always (`2025-03-04T00:00:00+01:00`), for sitemaps and Atom.
    package var rfc3339: String {
        "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))\(offsetText(separator: ":"))"
    }

    /// RFC 822 as RSS 2.0 wants it (`Tue, 04 Mar 2025 00:00:00 +0100`), in the date's
    /// own offset so the day is the one the author wrote.
    package var rfc822: String {
        "\(Self.shortWeekdays[weekday]), \(pad(day)) \(Self.shortMonths[month - 1]) \(pad(year, 4)) \(pad(hour)):\(pad(minute)):\(pad(second)) \(offsetText(separator: ""))"
    }

    private func offsetText(separator: String) -> String {
        if utcOffset == 0, separator == ":" { return "Z" }
        let sign = utcOffset < 0 ? "-" : "+"
        let minutes = abs(utcOffset) / 60
        return "\(sign)\(pad(minutes / 60))\(separator)\(pad(minutes % 60))"
    }

    private func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
