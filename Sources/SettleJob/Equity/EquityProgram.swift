import SettleKernel
import SettleReports
import SettleStore
import EquityModel

/// The equity program's runner.
public typealias EquityRunner = DayRunner<Equity, EquityStateStore>

/// The equity-points program (消费增值) for the command line.
public final class EquityProgram: Program {
    public static let model = Equity.name
    public static let lockNumber = Equity.lockNumber
    public static let options: [ProgramOption] = []
    public static var defaultPlanDocument: String { Equity.defaultPlanDocument }
    public static var planVariants: [(name: String, document: String)] { [("default", EquityPlan.defaultDocument)] }
    let runner: EquityRunner
    var reporter: EquityReporter { EquityReporter(runner: runner) }

    public init(connection: Connection, progress: ProgressLog, host: String) {
        runner = EquityRunner(connection: connection, progress: progress, host: host)
    }

    public func hasPlan() throws -> Bool { try runner.hasPlan() }
    public func planRecords() throws -> [SettlementStore.PlanRecord] { try runner.store.planRecords() }

    public func setPlan(effectiveFrom: Day, document: String) throws -> String {
        let plan = try runner.setPlan(effectiveFrom: effectiveFrom, document: document)
        return "timezone \(plan.timezone), \(plan.pointDecimals) point decimals, initial price \(plan.initialPrice), "
            + "forced exits \(plan.exitEnabled ? "on" : "off")"
    }

    public func run(date: Day?, dryRun: Bool) throws -> RunResult {
        runResult(try runner.run(date: date, dryRun: dryRun), command: "run")
    }

    public func rerun(date: Day, dryRun: Bool) throws -> RunResult {
        runResult(try runner.rerun(date: date, dryRun: dryRun), command: "rerun")
    }

    func runResult(_ outcome: RunOutcome<Equity>, command: String) -> RunResult {
        RunReport.result(outcome, command: command, progress: runner.progress) { reporter.dayReports(of: outcome).map(EquityDayReport.build) }
    }

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

    public func verify(from: Day?, limit: Int) throws -> (report: Report, passed: Bool) {
        let outcome = try EquityVerifier(runner: runner).verify(from: from, limit: limit)
        return (VerifyReport.build(outcome), outcome.passed)
    }
}
