import SettleKernel
import SettleReports
import SettleStore

/// One program the command line drives: a model with its runner, its figures and its reports.
/// The command line knows programs only through this, and finds them in `Programs.all`.
public protocol Program: AnyObject {
    /// `--model NAME`.
    static var model: String { get }
    /// The model's settlement lock number: unique in the registry.
    static var lockNumber: Int64 { get }
    /// Whether its rules read an order's cash and points parts (`RewardModel.readsOrderParts`).
    static var readsOrderParts: Bool { get }
    /// Whether its rules read each member's orders as a group (`RewardModel.readsOrdersByMember`).
    static var readsOrdersByMember: Bool { get }
    /// The report options this program uses; the command line refuses the others for it (exit 2).
    static var options: [ProgramOption] { get }
    static var defaultPlanDocument: String { get }
    /// The plan variants `plan default --variant` offers, the first being the default document's.
    static var planVariants: [(name: String, document: String)] { get }
    /// The program's views, functions and grants (`settle migrate` applies them when they change).
    static var schema: Migrator.Repeatable { get }
    /// The program a command settles when it names none (`--model` omitted): one in the registry.
    static var isDefault: Bool { get }
    init(connection: Connection, progress: ProgressLog, host: String)

    func hasPlan() throws -> Bool
    /// Whether the program has settled a day: a run then starts from stored state, not from a
    /// first day that writes every lot's row (the command line's memory policy asks).
    func hasSettledDay() throws -> Bool
    func planRecords() throws -> [SettlementStore.PlanRecord]
    /// Stores a plan version; returns a one-line description of it.
    func setPlan(effectiveFrom: Day, document: String) throws -> String
    func run(date: Day?, dryRun: Bool) throws -> RunResult
    func rerun(date: Day, dryRun: Bool) throws -> RunResult
    func dayReport(date: Day?, top: Int) throws -> Report
    func memberReport(member: MemberRef, date: Day?) throws -> Report
    func explain(member: MemberRef, date: Day?, grouping: String) throws -> Report
    /// The liability report, and its chart as SVG.
    func liability(date: Day?, days: Int, chartPath: String?) throws -> (report: Report, chartSVG: String)
    /// The verify report, and whether every check passed.
    func verify(from: Day?, limit: Int) throws -> (report: Report, passed: Bool)
    /// `settle simulate`: settled days again under a candidate plan, or days ahead under both.
    func simulate(_ request: SimulateRequest) throws -> SimulationFigures
    /// `report health`: the window of `window` settled days ending with `date`, the liability over
    /// the last `chartDays`, flagged against `thresholds`.
    func health(date: Day?, window: Int, chartDays: Int, thresholds: HealthThresholds) throws -> HealthFigures
}

/// Report options only some programs use.
public enum ProgramOption: String, CaseIterable, Sendable {
    /// `report day --top N`: top earners.
    case top = "--top"
    /// `explain --by`: grouping by member or leg.
    case grouping = "--by"
    /// `report liability --days N`: days projected.
    case days = "--days"
}

/// What `run` and `rerun` print: the report, or one line per day (`--quiet`); and how many
/// settled days they found whose inputs changed (late input).
public struct RunResult {
    public var report: Report
    public var quiet: String
    public var lateInputs: Int
    public var metrics: RunMetrics
}

/// What a run did, for the metrics file: days and lines written, totals per kind, warnings.
public struct RunMetrics: Sendable {
    public var model: String
    public var dryRun: Bool
    public var days: Int
    public var lastDay: Day?
    public var lines: Int
    /// Per kind name (in code order): entitled and paid over the run's days.
    public var kinds: [(name: String, entitledFen: Int64, paidFen: Int64)]
    public var lateInputs: Int
    public var treeChanges: Int

    init<Model: RewardModel>(_ outcome: RunOutcome<Model>) {
        model = Model.name
        dryRun = outcome.dryRun
        days = outcome.days.count
        lastDay = outcome.days.last?.day
        lines = outcome.days.reduce(0) { $0 + $1.lines }
        kinds = Model.Kind.allCases.sorted().map { kind in
            (kind.name, outcome.days.reduce(0) { $0 + $1.totals.entitledFen[Int(kind.code)] },
             outcome.days.reduce(0) { $0 + $1.totals.paidFen[Int(kind.code)] })
        }
        lateInputs = outcome.lateInputs.count
        treeChanges = outcome.treeChanges.count
    }
}

extension RunReport {
    /// A run's report. Its day reports are built after the days are committed (`dayReports` may
    /// read the store): a failed read there leaves the days settled and says so, instead of
    /// failing the command.
    static func build<Model: RewardModel>(_ outcome: RunOutcome<Model>, command: String, progress: ProgressLog, isDefault: Bool = false,
                                          dayReports: () throws -> [Report]) -> Report {
        var notes: [String] = []
        var reports: [Report] = []
        do {
            reports = try dayReports()
        } catch {
            let what = outcome.dryRun ? "computed" : "settled and committed"
            notes.append("the \(outcome.days.count) day(s) were \(what), but their report figures could not be read: \(error)")
            progress.note("warning: \(notes[0])")
        }
        var figures = RunFigures(outcome, command: command, dayReports: reports, notes: notes)
        figures.isDefaultProgram = isDefault
        return build(figures)
    }

    static func result<Model: RewardModel>(_ outcome: RunOutcome<Model>, command: String, progress: ProgressLog, isDefault: Bool,
                                           dayReports: () throws -> [Report]) -> RunResult {
        let report = build(outcome, command: command, progress: progress, isDefault: isDefault, dayReports: dayReports)
        let quiet = quietLines(RunFigures(outcome, command: command, dayReports: [], notes: []))
        return RunResult(report: report, quiet: quiet, lateInputs: outcome.lateInputs.count + outcome.treeChanges.filter(\.removed).count,
                         metrics: RunMetrics(outcome))
    }
}

extension RunFigures {
    /// The shared part of a run report's figures, from any model's outcome.
    init<Model: RewardModel>(_ outcome: RunOutcome<Model>, command: String, dayReports: [Report], notes: [String]) {
        self.init(command: command, model: Model.name, dryRun: outcome.dryRun, days: outcome.days.map(\.day),
                  dayReports: dayReports, message: outcome.message,
                  lateInputs: outcome.lateInputs.map { .init(day: $0.day, ordersChanged: $0.ordersChanged, refundsChanged: $0.refundsChanged) },
                  changes: outcome.changes.map { change in
                      .init(day: change.day, memberId: change.memberId, kind: change.kind.name,
                            old: change.old.map { ($0.entitledFen, $0.paidFen) }, new: change.new.map { ($0.entitledFen, $0.paidFen) })
                  }, notes: notes)
        treeChanges = outcome.treeChanges.map { ($0.memberId, $0.description) }
        dayTotals = outcome.days.map { ($0.runId, $0.lines, $0.totals.totalEntitledFen, $0.totals.totalPaidFen) }
        pointDecimals = outcome.days.first.flatMap { Model.firstAmountDecimals(of: $0.summary) }
    }
}

/// A program on the generic runner: plans, run, rerun, the run report's plumbing and verify are
/// written once here; a program supplies its day reports and its verifier's figures.
/// What every room's program holds: its runner, and `plan set` described the room's way. A
/// room's program subclasses it and conforms to `ModelProgram` for the rest.
open class RoomProgram<Model: RewardModel, States: ModelStateStore> where States.Model == Model {
    public let runner: DayRunner<Model, States>

    public required init(runner: DayRunner<Model, States>) { self.runner = runner }

    /// One line describing a stored plan (what `plan set` prints).
    open class func describe(_ plan: Model.Plan) -> String { "timezone \(plan.timezone)" }

    public func setPlan(effectiveFrom: Day, document: String) throws -> String {
        type(of: self).describe(try runner.setPlan(effectiveFrom: effectiveFrom, document: document))
    }
}

public protocol ModelProgram: Program {
    associatedtype Model: RewardModel
    associatedtype States: ModelStateStore where States.Model == Model
    var runner: DayRunner<Model, States> { get }
    init(runner: DayRunner<Model, States>)
    /// The reports of a run's days, read after they are committed.
    func dayReports(of outcome: RunOutcome<Model>) throws -> [Report]
    /// `verify`'s figures for the program.
    func verifyFigures(from: Day?, limit: Int) throws -> VerifyFigures
    /// What the program owes at the end of each settled day of `days`, in its own terms (and,
    /// where something backs it, that: equity's pool).
    func liabilities(_ days: ClosedRange<Day>) throws -> [Day: (fen: Int64, backingFen: Int64?)]
    /// What its liability is, in words ("locked points and unspent balances").
    static var liabilityWhat: String { get }
    /// The kinds whose paid amounts are payouts (all, unless the room says otherwise).
    static var payoutKinds: [Model.Kind] { get }
    /// What a plan version promises (`report health`'s plan flags).
    static func planTerms(_ plan: Model.Plan) -> PlanTerms
    /// The part of the liability a day's summary states (points: locked; cycle: quota
    /// outstanding; equity: the points at the price); with `paidIsOwed`, what a side paid is owed
    /// too (the points program's wallets).
    static func owedFen(after summary: Model.Summary) -> Int64
    static var paidIsOwed: Bool { get }
    /// The program's own figures of `settle simulate`, on both sides.
    static func simulationPairs(settled: [Model.Summary], simulated: [Model.Summary]) -> [SimulationFigures.Pair]
}

extension ModelProgram {
    public static var model: String { Model.name }
    public static var lockNumber: Int64 { Model.lockNumber }
    public static var readsOrderParts: Bool { Model.readsOrderParts }
    public static var readsOrdersByMember: Bool { Model.readsOrdersByMember }
    public static var defaultPlanDocument: String { Model.defaultPlanDocument }
    public static var schema: Migrator.Repeatable { Migrator.Repeatable(name: Model.name, definitions: States.schema, jobGrants: States.jobGrants) }
    public static var isDefault: Bool { false }

    public init(connection: Connection, progress: ProgressLog, host: String) {
        self.init(runner: DayRunner(connection: connection, progress: progress, host: host))
    }

    public func hasPlan() throws -> Bool { try runner.hasPlan() }
    public func hasSettledDay() throws -> Bool { try runner.store.lastSettledDay() != nil }
    public func planRecords() throws -> [SettlementStore.PlanRecord] { try runner.store.planRecords() }

    public func run(date: Day?, dryRun: Bool) throws -> RunResult {
        runResult(try runner.run(date: date, dryRun: dryRun), command: "run")
    }

    public func rerun(date: Day, dryRun: Bool) throws -> RunResult {
        runResult(try runner.rerun(date: date, dryRun: dryRun), command: "rerun")
    }

    func runResult(_ outcome: RunOutcome<Model>, command: String) -> RunResult {
        RunReport.result(outcome, command: command, progress: runner.progress, isDefault: Self.isDefault) { try dayReports(of: outcome) }
    }

    public func verify(from: Day?, limit: Int) throws -> (report: Report, passed: Bool) {
        let outcome = try verifyFigures(from: from, limit: limit)
        return (VerifyReport.build(outcome), outcome.passed)
    }

    public static var payoutKinds: [Model.Kind] { Array(Model.Kind.allCases) }

    public func health(date: Day?, window: Int, chartDays: Int, thresholds: HealthThresholds) throws -> HealthFigures {
        var figures = try runner.healthFigures(date: date, window: window, liabilityWhat: Self.liabilityWhat,
                                               payoutKinds: Self.payoutKinds.map(\.code))
        let before = figures.windowFirst.advanced(by: -1)
        let chartFirst = figures.date.advanced(by: -Int32(max(1, chartDays) - 1))
        let (owed, revenue) = try runner.store.consistently {
            (try liabilities(min(before, chartFirst)...figures.date), try runner.store.revenueByDay(chartFirst...figures.date))
        }
        guard let last = owed[figures.date] else { throw JobError.failed("\(Self.model): no liability recorded for \(figures.date)") }
        figures.liabilityFen = last.fen
        figures.backingFen = last.backingFen
        figures.liabilityBeforeFen = owed[before]?.fen
        figures.series = (0..<Int32(max(1, chartDays))).compactMap { offset in          // bounded: the chart's days
            let day = chartFirst.advanced(by: offset)
            return owed[day].map { (day, $0.fen, revenue[day] ?? 0) }
        }
        let plan = try runner.planBook().version(on: figures.date).plan
        return Health.assess(figures, terms: Self.planTerms(plan), thresholds: thresholds)
    }
}
