import Foundation
import PubgenCore
import Testing

struct PublicationDateTests {
    let berlin = TimeZone(identifier: "Europe/Berlin")!
    let utc = TimeZone(identifier: "UTC")!

    func date(_ text: String, _ zone: TimeZone? = nil) throws -> PublicationDate {
        try PublicationDate.parse(text, zone: zone ?? utc).get()
    }

    @Test func aDateWithoutOffsetIsMidnightInTheSiteZoneAndKeepsItsDay() throws {
        let value = try date("2025-03-04", berlin)
        #expect(value.displayText == "4 March 2025")
        #expect(value.iso8601 == "2025-03-04")
        #expect(value.rfc822 == "Tue, 04 Mar 2025 00:00:00 +0100")
        #expect(value.instant == Date(timeIntervalSince1970: 1_741_042_800))  // 2025-03-03T23:00:00Z
    }

    @Test func summerTimeIsTakenFromTheZone() throws {
        #expect(try date("2025-07-01", berlin).rfc822 == "Tue, 01 Jul 2025 00:00:00 +0200")
    }

    @Test func anOffsetThatCrossesMidnightInUTCKeepsTheWrittenDay() throws {
        let value = try date("2025-03-04T23:30:00-05:00", berlin)
        #expect(value.displayText == "4 March 2025")
        #expect(value.iso8601 == "2025-03-04T23:30:00-05:00")
        #expect(value.rfc822 == "Tue, 04 Mar 2025 23:30:00 -0500")
        #expect(value.instant == Date(timeIntervalSince1970: 1_741_149_000))  // 2025-03-05T04:30:00Z
    }

    @Test func utcIsWrittenZ() throws {
        #expect(try date("2025-03-04T10:00:00Z").iso8601 == "2025-03-04T10:00:00Z")
        #expect(try date("2025-03-04T10:00:00Z").rfc822 == "Tue, 04 Mar 2025 10:00:00 +0000")
    }

    @Test(arguments: ["2025-02-30", "2023-02-29", "2025-13-01", "2025-04-31", "2025-03-04T25:00:00Z"])
    func impossibleDatesAreRejected(_ text: String) {
        guard case .failure(.impossible) = PublicationDate.parse(text, zone: utc) else {
            Issue.record("\(text) should be impossible"); return
        }
    }

    @Test(arguments: ["04/03/2025", "4 March 2025", "2025-3-4", "20250304", "2025-03-04T10", "2025-03-04 nonsense", ""])
    func otherFormatsAreRejected(_ text: String) {
        #expect(PublicationDate.parse(text, zone: utc) == .failure(.format))
    }

    /// Every spelling pads its numbers to their width, and only there: an early year,
    /// single-digit days and times, and an offset with minutes (Nepal's).
    @Test func numbersArePaddedToTheirWidth() throws {
        let early = try date("0005-01-02T03:04:05+05:45")
        #expect(early.displayText == "2 January 5")
        #expect(early.iso8601 == "0005-01-02T03:04:05+05:45")
        #expect(early.rfc3339 == "0005-01-02T03:04:05+05:45")
        #expect(early.rfc822.hasSuffix(", 02 Jan 0005 03:04:05 +0545"))
        let late = try date("9999-12-31T23:59:59-11:30")
        #expect(late.displayText == "31 December 9999")
        #expect(late.iso8601 == "9999-12-31T23:59:59-11:30")
        #expect(late.rfc822 == "Fri, 31 Dec 9999 23:59:59 -1130")
        #expect(try date("2025-03-04").rfc3339 == "2025-03-04T00:00:00Z")
    }

    @Test func leapDaysExistInLeapYears() throws {
        #expect(try date("2024-02-29").displayText == "29 February 2024")
        #expect(try date("2000-02-29").rfc822.hasPrefix("Tue, 29 Feb 2000"))
    }

    @Test func ordersByInstant() throws {
        #expect(try date("2025-03-04T23:30:00-05:00") > date("2025-03-05T01:00:00Z"))
    }
}
