import SettleKernel
import SettleReports
import SettleStore
import EquityModel
import SettleJob

/// The equity program's runner.
public typealias EquityRunner = DayRunner<Equity, EquityStateStore>

/// The equity-points program (消费增值) for the command line.
public final class EquityProgram: RoomProgram<Equity, EquityStateStore>, ModelProgram {
    public static let options: [ProgramOption] = []
    public static var planVariants: [(name: String, document: String)] { [("default", EquityPlan.defaultDocument)] }
    var reporter: EquityReporter { EquityReporter(runner: runner) }

    override public class func describe(_ plan: EquityPlan) -> String {
        "timezone \(plan.timezone), \(plan.pointDecimals) point decimals, initial price \(plan.initialPrice), "
            + "forced exits \(plan.exitEnabled ? "on" : "off")"
    }

    public func dayReports(of outcome: RunOutcome<Equity>) throws -> [Report] { reporter.dayReports(of: outcome).map(EquityDayReport.build) }

    public func dayReport(date: Day?, top: Int) throws -> Report { EquityDayReport.build(try reporter.dayFigures(date)) }

    public func memberReport(member: MemberRef, date: Day?) throws -> Report {
        EquityMemberReport.build(try reporter.memberFigures(member: member, date: date))
    }

    public func explain(member: MemberRef, date: Day?, grouping: String) throws -> Report {
        EquityExplainReport.build(try reporter.explainFigures(member: member, date: date))
    }

    public func liability(date: Day?, days: Int, chartPath: String?) throws -> (report: Report, chartSVG: String) {
        let figures = try reporter.liabilityFigures(date)
        return (EquityLiabilityReport.build(figures, chartPath: chartPath), EquityLiabilityReport.chart(figures))
    }

    public func verifyFigures(from: Day?, limit: Int) throws -> VerifyFigures { try EquityVerifier(runner: runner).verify(from: from, limit: limit) }
}
