import SettleKernel

/// Which days a command may settle (SPEC §4): in order, one after the last settled day, only
/// days that have ended in the plan's timezone. Pure; the runner asks the store for the facts.
public enum DaySchedule {
    public enum Choice: Equatable, Sendable {
        case days(ClosedRange<Day>)
        /// Nothing to do, and why (not an error: exit 0).
        case nothing(String)
    }

    /// `settle run [--date D]`: D alone, or every unsettled day through yesterday (catch-up).
    /// `firstDay` is where a program with nothing settled starts (the first paid order's day, or
    /// the plan's start); `today` is the database's, in the plan's timezone.
    public static func forRun(requested: Day?, settled: [Day], today: Day, firstDay: Day?, timezone: String) throws(JobError) -> Choice {
        let last = settled.last
        guard let date = requested else {
            let yesterday = today.advanced(by: -1)
            let start: Day
            if let last { start = last.advanced(by: 1) }
            else if let firstDay { start = firstDay }
            else { return .nothing("nothing to settle: no orders yet") }
            guard start <= yesterday else { return .nothing("nothing to settle: every day through \(yesterday) is settled") }
            return .days(start...yesterday)
        }
        if settled.contains(date) {
            throw .notReady("\(date) is already settled; use `settle rerun --date \(date)` to settle it again")
        }
        if let last, date != last.advanced(by: 1) {
            throw .notReady(date < last
                ? "\(date) is before the last settled day \(last); use `settle rerun --date \(date)`"
                : "\(date) can't be settled before \(last.advanced(by: 1)), the first unsettled day")
        }
        guard date < today else { throw .notReady("\(date) has not ended yet in \(timezone) (today is \(today))") }
        return .days(date...date)
    }

    /// `settle rerun --date D`: D through the last settled day; D must be settled.
    public static func forRerun(requested date: Day, settled: [Day]) throws(JobError) -> ClosedRange<Day> {
        guard let last = settled.last, settled.contains(date) else {
            throw .notReady("\(date) is not settled; use `settle run --date \(date)`")
        }
        return date...last
    }
}
