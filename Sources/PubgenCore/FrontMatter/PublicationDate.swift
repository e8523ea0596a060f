import Foundation

/// A date as the author wrote it: `YYYY-MM-DD`, or RFC 3339 with a time and an offset.
///
/// The calendar fields are kept exactly as written, so pages show the day the author
/// meant, never one day earlier or later because of a time-zone conversion. `instant`
/// is only for ordering and for "is it in the future".
package struct PublicationDate: Sendable, Hashable, Comparable {
    package var year: Int
    package var month: Int
    package var day: Int
    package private(set) var hasTime: Bool
    package private(set) var hour: Int
    package private(set) var minute: Int
    package private(set) var second: Int
    /// Seconds east of UTC that the date is in (written, or the site's zone's).
    package private(set) var utcOffset: Int
    /// Whether the offset was written (`Z`, `+01:00`) rather than taken from the site's zone.
    package private(set) var offsetWasWritten: Bool
    package private(set) var instant: Date

    package enum ParseError: Error, Equatable {
        case format
        case impossible(String)
    }

    /// Parses `text`; dates without an offset are in `zone`.
    package static func parse(_ text: String, zone: TimeZone) -> Result<PublicationDate, ParseError> {
        let scalars = Array(text.trimmingBlanks(newlines: false).unicodeScalars)
        var reader = DigitReader(scalars: scalars)
        guard let year = reader.number(digits: 4), reader.expect("-"),
              let month = reader.number(digits: 2), reader.expect("-"),
              let day = reader.number(digits: 2) else { return .failure(.format) }
        guard (1...12).contains(month) else { return .failure(.impossible("month \(month) does not exist")) }
        let length = daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            return .failure(.impossible("\(monthNames[month - 1]) \(year) has \(length) days"))
        }
        var date = PublicationDate(year: year, month: month, day: day)
        if reader.atEnd {
            date.setOffset(zone: zone)
            return .success(date)
        }
        guard reader.expect("T") || reader.expect("t") || reader.expect(" "),
              let hour = reader.number(digits: 2), reader.expect(":"),
              let minute = reader.number(digits: 2) else { return .failure(.format) }
        var second = 0
        if reader.expect(":") {
            guard let value = reader.number(digits: 2) else { return .failure(.format) }
            second = value
            if reader.expect(".") {
                guard reader.skipDigits() > 0 else { return .failure(.format) }
            }
        }
        guard hour < 24, minute < 60, second < 61 else { return .failure(.impossible("\(text) is not a time of day")) }
        date.hasTime = true
        date.hour = hour
        date.minute = minute
        date.second = second
        _ = reader.expect(" ")
        if reader.atEnd {
            date.setOffset(zone: zone)
            return .success(date)
        }
        if reader.expect("Z") || reader.expect("z") {
            date.setOffset(seconds: 0)
        } else {
            let sign: Int
            if reader.expect("+") { sign = 1 } else if reader.expect("-") { sign = -1 } else { return .failure(.format) }
            guard let hours = reader.number(digits: 2) else { return .failure(.format) }
            _ = reader.expect(":")
            let minutes = reader.number(digits: 2) ?? 0
            guard hours < 24, minutes < 60 else { return .failure(.impossible("offset out of range")) }
            date.setOffset(seconds: sign * (hours * 3600 + minutes * 60))
        }
        return reader.atEnd ? .success(date) : .failure(.format)
    }

    package static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool { lhs.instant < rhs.instant }

    package static func == (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        lhs.instant == rhs.instant && lhs.year == rhs.year && lhs.month == rhs.month && lhs.day == rhs.day
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(instant)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}

// MARK: - Calendar arithmetic (proleptic Gregorian, no Foundation calendars in the hot path)

extension PublicationDate {
    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hasTime = false
        self.hour = 0
        self.minute = 0
        self.second = 0
        self.utcOffset = 0
        self.offsetWasWritten = false
        self.instant = Date(timeIntervalSince1970: 0)
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int {
        let days = Self.daysSinceEpoch(year: year, month: month, day: day)
        return ((days % 7) + 11) % 7
    }

    private var localSeconds: Int {
        Self.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }

    private mutating func setOffset(seconds: Int) {
        utcOffset = seconds
        offsetWasWritten = true
        instant = Date(timeIntervalSince1970: TimeInterval(localSeconds - seconds))
    }

    private mutating func setOffset(zone: TimeZone) {
        let local = localSeconds
        var offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
        offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - offset)))
        utcOffset = offset
        offsetWasWritten = false
        instant = Date(timeIntervalSince1970: TimeInterval(local - offset))
    }
}

private struct DigitReader {
    let scalars: [Unicode.Scalar]
    var index = 0

    var atEnd: Bool { index == scalars.count }

    mutating func expect(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= scalars.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            // An ASCII digit's value from its code (a string per digit, for `Int` to
            // parse, was most of what reading a date cost).
            let code = scalars[index + offset].value
            guard code >= 0x30, code <= 0x39 else { return nil }
            value = value * 10 + Int(code - 0x30)
        }
        index += digits
        return value
    }

    mutating func skipDigits() -> Int {
        let start = index
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.numericType != nil { index += 1 }
        return index - start
    }
}

// MARK: - Source cache (here, where the fields can be set)

extension PublicationDate {
    func write(to writer: inout BinaryWriter) {
        writer.int(year)
        writer.int(month)
        writer.int(day)
        writer.int(hour)
        writer.int(minute)
        writer.int(second)
        writer.int(utcOffset)
        writer.bool(hasTime)
        writer.bool(offsetWasWritten)
        writer.double(instant.timeIntervalSinceReferenceDate)
    }

    init(from reader: inout BinaryReader) throws {
        self.init(year: try reader.int(), month: try reader.int(), day: try reader.int())
        hour = try reader.int()
        minute = try reader.int()
        second = try reader.int()
        utcOffset = try reader.int()
        hasTime = try reader.bool()
        offsetWasWritten = try reader.bool()
        instant = Date(timeIntervalSinceReferenceDate: try reader.double())
    }
}
