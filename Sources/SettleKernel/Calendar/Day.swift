/// A calendar day in the plan's timezone, as a count of days since 1970-01-01.
/// Conversion from instants to days happens at the edge (the store asks PostgreSQL);
/// the rules only ever see whole days.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Strideable {
    public let number: Int32
    public init(_ number: Int32) { self.number = number }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
    public func distance(to other: Day) -> Int32 { other.number - number }
    public func advanced(by n: Int32) -> Day { Day(number + n) }

    /// State that the day's lines already say how it moves is written whole only on checkpoint
    /// days, every seventh (Thursdays: 1970-01-01 was one); a reader takes the latest checkpoint
    /// and folds in the at most six days since.
    public static let checkpointEveryDays: Int32 = 7
    /// Whether a night of this day writes the checkpoints.
    public var isCheckpoint: Bool { number % Day.checkpointEveryDays == 0 }
    /// The latest checkpoint day on or before this one.
    public var checkpoint: Day {
        let remainder = number % Day.checkpointEveryDays
        return Day(number - (remainder < 0 ? remainder + Day.checkpointEveryDays : remainder))
    }

    /// Parses `YYYY-MM-DD` (proleptic Gregorian), refusing impossible dates such as 2026-02-30.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Day.daysInMonth(year: year, month: month)
        else { return nil }
        self.init(Int32(Day.daysFromCivil(year: year, month: month, day: day)))
    }

    public var iso: String {
        let (year, month, day) = Day.civilFromDays(Int(number))
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
    public var description: String { iso }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
