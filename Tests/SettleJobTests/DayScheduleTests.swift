import Testing
import SettleKernel
@testable import SettleJob

/// SPEC §4's day rules, without a database.
@Suite struct DayScheduleTests {
    let d = Day(iso: "2026-03-10")!
    func schedule(_ requested: Day?, settled: [Day], today: Day, first: Day? = nil) throws(JobError) -> DaySchedule.Choice {
        try DaySchedule.forRun(requested: requested, settled: settled, today: today, firstDay: first, timezone: "Asia/Shanghai")
    }

    @Test func catchUpRunsFromTheDayAfterTheLastThroughYesterday() throws {
        #expect(try schedule(nil, settled: [d, d + 1], today: d + 5) == .days((d + 2)...(d + 4)))
        #expect(try schedule(nil, settled: [], today: d + 3, first: d) == .days(d...(d + 2)))
    }

    @Test func nothingToSettleIsNotAnError() throws {
        #expect(try schedule(nil, settled: [], today: d) == .nothing("nothing to settle: no orders yet"))
        #expect(try schedule(nil, settled: [d], today: d + 1) == .nothing("nothing to settle: every day through 2026-03-10 is settled"))
        #expect(try schedule(nil, settled: [], today: d, first: d) == .nothing("nothing to settle: every day through 2026-03-09 is settled"))
    }

    @Test func aNamedDayMustBeTheNextAndHaveEnded() throws {
        #expect(try schedule(d + 1, settled: [d], today: d + 5) == .days((d + 1)...(d + 1)))
        #expect(try schedule(d, settled: [], today: d + 1) == .days(d...d))
        #expect(throws: JobError.notReady("2026-03-10 is already settled; use `settle rerun --date 2026-03-10` to settle it again")) {
            try schedule(d, settled: [d], today: d + 5)
        }
        #expect(throws: JobError.notReady("2026-03-12 can't be settled before 2026-03-11, the first unsettled day")) {
            try schedule(d + 2, settled: [d], today: d + 5)
        }
        #expect(throws: JobError.notReady("2026-03-09 is before the last settled day 2026-03-10; use `settle rerun --date 2026-03-09`")) {
            try schedule(d - 1, settled: [d], today: d + 5)
        }
        #expect(throws: JobError.notReady("2026-03-10 has not ended yet in Asia/Shanghai (today is 2026-03-10)")) {
            try schedule(d, settled: [], today: d)
        }
    }

    @Test func rerunRunsFromTheDayThroughTheLastSettled() throws {
        #expect(try DaySchedule.forRerun(requested: d + 1, settled: [d, d + 1, d + 2]) == (d + 1)...(d + 2))
        #expect(throws: JobError.notReady("2026-03-13 is not settled; use `settle run --date 2026-03-13`")) {
            try DaySchedule.forRerun(requested: d + 3, settled: [d, d + 1, d + 2])
        }
    }
}

extension Day {
    static func + (day: Day, days: Int32) -> Day { day.advanced(by: days) }
    static func - (day: Day, days: Int32) -> Day { day.advanced(by: -days) }
}
