import SettleKernel
import SettleReports
import SettleStore
import PointsModel
import SettleJob

/// The points program (积分通证) for the command line.
public final class PointsProgram: RoomProgram<Points, PointsStateStore>, ModelProgram {
    /// `settle run`, `report`, … without `--model`: the first program settle had.
    public static let isDefault = true
    public static let options: [ProgramOption] = [.top, .grouping, .days]
    public static var planVariants: [(name: String, document: String)] { [("default", Points.defaultPlanDocument)] }
    var reporter: PointsReporter { PointsReporter(runner: runner) }

    override public class func describe(_ plan: Plan) -> String {
        "timezone \(plan.timezone), \(plan.giftTiers.count) gift tiers, \(plan.starTiers.count) star tiers"
    }

    public func dayReports(of outcome: RunOutcome<Points>) throws -> [Report] { try reporter.figures(of: outcome).map(DayReport.build) }

    public func dayReport(date: Day?, top: Int) throws -> Report {
        DayReport.build(try reporter.dayFigures(date, top: top))
    }

    public func memberReport(member: MemberRef, date: Day?) throws -> Report {
        MemberReport.build(try reporter.memberFigures(member: member, date: date))
    }

    public func explain(member: MemberRef, date: Day?, grouping: String) throws -> Report {
        let figures = try reporter.explainFigures(member: member, date: date)
        return ExplainReport.build(figures, grouping: ExplainReport.Grouping(rawValue: grouping) ?? .auto)
    }

    public func liability(date: Day?, days: Int, chartPath: String?) throws -> (report: Report, chartSVG: String) {
        let figures = try reporter.liabilityFigures(date, days: days)
        return (LiabilityReport.build(figures, chartPath: chartPath), LiabilityChart.svg(figures))
    }

    public func verifyFigures(from: Day?, limit: Int) throws -> VerifyFigures { try PointsVerifier(runner: runner).verify(from: from, limit: limit) }
}
