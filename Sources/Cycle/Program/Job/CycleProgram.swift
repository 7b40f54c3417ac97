import SettleKernel
import SettleReports
import SettleStore
import CycleModel
import SettleJob

/// The cycle-purchase program (循环购) for the command line.
public final class CycleProgram: RoomProgram<Cycle, CycleStateStore>, ModelProgram {
    public static let options: [ProgramOption] = [.top, .days]
    public static var planVariants: [(name: String, document: String)] {
        [("basic", CyclePlan.defaultDocument), ("extended", CyclePlan.extendedDocument)]
    }
    var reporter: CycleReporter { CycleReporter(runner: runner) }

    override public class func describe(_ plan: CyclePlan) -> String {
        "variant \(plan.variant.rawValue), timezone \(plan.timezone), \(plan.levels.count) levels"
    }

    public func dayReports(of outcome: RunOutcome<Cycle>) throws -> [Report] { try reporter.dayReports(of: outcome).map(CycleDayReport.build) }

    public func dayReport(date: Day?, top: Int) throws -> Report { CycleDayReport.build(try reporter.dayFigures(date, top: top)) }

    public func memberReport(member: MemberRef, date: Day?) throws -> Report {
        CycleMemberReport.build(try reporter.memberFigures(member: member, date: date))
    }

    public func explain(member: MemberRef, date: Day?, grouping: String) throws -> Report {
        CycleExplainReport.build(try reporter.explainFigures(member: member, date: date))
    }

    public func liability(date: Day?, days: Int, chartPath: String?) throws -> (report: Report, chartSVG: String) {
        let figures = try reporter.liabilityFigures(date, days: days)
        return (CycleLiabilityReport.build(figures, chartPath: chartPath), CycleLiabilityReport.chart(figures))
    }

    public func verifyFigures(from: Day?, limit: Int) throws -> VerifyFigures { try CycleVerifier(runner: runner).verify(from: from, limit: limit) }
}
