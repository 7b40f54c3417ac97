import Testing
@testable import SettleKernel

@Suite struct DayTests {
    /// Checkpoint days are every seventh day, Thursdays (1970-01-01 was one); every day's latest
    /// checkpoint is on or before it and at most six days back.
    @Test func checkpointsAreThursdays() throws {
        let thursday = try #require(Day(iso: "2026-01-29"))
        #expect(thursday.isCheckpoint && Day(0).isCheckpoint)
        #expect(try #require(Day(iso: "2026-12-03")).isCheckpoint)         // a Thursday
        #expect(!(try #require(Day(iso: "2026-12-04")).isCheckpoint))
        for offset in Int32(-20)...20 {
            let day = thursday.advanced(by: offset)
            let back = day.checkpoint.distance(to: day)
            #expect(day.checkpoint.isCheckpoint && (0...6).contains(back), "\(day)")
            #expect(day.isCheckpoint == (back == 0))
        }
        #expect(Day(-1).checkpoint == Day(-7) && Day(-7).checkpoint == Day(-7))
    }
}
