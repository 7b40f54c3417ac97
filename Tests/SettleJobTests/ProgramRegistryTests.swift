import Testing
import SettleJob
import SettlePrograms
import PointsRoom
import CycleRoom

/// The registry of programs: each has its own name and settlement lock (issue 24).
@Suite struct ProgramRegistryTests {
    @Test func theRegistryHasNoSharedNameOrLock() {
        #expect(Programs.problems(Programs.all).isEmpty)
        #expect(Set(Programs.all.map { $0.lockNumber }).count == Programs.all.count)
    }

    @Test func aSecondProgramWithTheSameLockIsNamed() {
        let problems = Programs.problems([PointsProgram.self, CycleProgram.self, PointsProgram.self])
        #expect(problems == ["two programs are named points", "points and points share lock number 0"])
    }

    @Test func exactlyOneProgramIsTheDefault() {
        #expect(Programs.problems([CycleProgram.self]) == ["the default program must be one: none is"])
        #expect(Programs.defaultProgram.model == "points")
    }
}
