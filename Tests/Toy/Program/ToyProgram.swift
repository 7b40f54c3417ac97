import SettleKernel
import SettleReports
import SettleStore
import SettleJob
import ToyModel

/// The toy program: run, rerun, dry run, verify and the reports' plumbing come from the shared
/// machinery (`ModelProgram`, `ProgramVerifier`); it supplies its figures, its replay and its
/// schema, as the real programs do. It takes none of the report options (`--top`, `--by`, `--days`).
public final class ToyProgram: RoomProgram<Toy, ToyStateStore>, ModelProgram {
    public static let options: [ProgramOption] = []
    public static var planVariants: [(name: String, document: String)] { [("basic", Toy.defaultPlanDocument)] }

    override public class func describe(_ plan: Toy.Plan) -> String {
        "timezone \(plan.timezone), rate \(plan.rate)"
    }

    public func dayReports(of outcome: RunOutcome<Toy>) throws -> [Report] {
        outcome.days.map { Self.dayReport($0.day, runId: $0.runId, paidFen: $0.totals.paidFen[0], members: $0.lines) }
    }

    public func dayReport(date: Day?, top: Int) throws -> Report {
        let day = try settledDay(date)
        let lines = try runner.store.loadLines(from: day, through: day, kinds: Toy.Kind.self)[day] ?? []
        return Self.dayReport(day, runId: nil, paidFen: lines.reduce(0) { $0 + $1.paidFen }, members: lines.count)
    }

    public func memberReport(member: MemberRef, date: Day?) throws -> Report {
        let day = try settledDay(date)
        let record = try member.find(in: runner.store)
        let lines = try runner.store.recentLines(of: record.id, through: day, limit: 30, kinds: Toy.Kind.self)
        return Report(kind: "member", title: "Toy member \(record.id) through \(day)", sections: [
            Section(key: "lines", title: "Lines", .table([Column("date"), Column("paid")], lines.map { [.day($0.0), .fen($0.1.paidFen)] }))])
    }

    public func explain(member: MemberRef, date: Day?, grouping: String) throws -> Report {
        try memberReport(member: member, date: date)           // one line a member: the line is its explanation
    }

    public func liability(date: Day?, days: Int, chartPath: String?) throws -> (report: Report, chartSVG: String) {
        (Report(kind: "liability", title: "The toy owes nothing: it pays what it settles",
                sections: [Section(key: "liability", title: "Liability", .fields([Field("owed", "owed", .fen(0))]))]), "")
    }

    public static let liabilityWhat = "nothing: it pays what it settles"

    public func liabilities(_ days: ClosedRange<Day>) throws -> [Day: (fen: Int64, backingFen: Int64?)] {
        var owed: [Day: (fen: Int64, backingFen: Int64?)] = [:]
        for settled in try runner.store.settledDays() where days.contains(settled.day) { owed[settled.day] = (0, nil) }
        return owed
    }

    public static func planTerms(_ plan: Toy.Plan) -> PlanTerms { PlanTerms() }
    public static func owedFen(after summary: Int) -> Int64 { 0 }
    public static func simulationPairs(settled: [Int], simulated: [Int]) -> [SimulationFigures.Pair] { [] }

    public func verifyFigures(from: Day?, limit: Int) throws -> VerifyFigures { try ToyVerifier(runner: runner).verify(from: from, limit: limit) }

    func settledDay(_ date: Day?) throws -> Day {
        guard let day = try date ?? runner.store.lastSettledDay() else { throw JobError.notReady("the toy program has settled no day") }
        return day
    }

    static func dayReport(_ day: Day, runId: Int64?, paidFen: Int64, members: Int) -> Report {
        Report(kind: "day", title: "Toy settlement of \(day)", sections: [Section(key: "day", title: "Day", .fields([
            Field("date", "date", .day(day)), Field("run_id", "run", runId.map { .count($0) } ?? .none),
            Field("paid", "paid", .fen(paidFen)), Field("members_paid", "members paid", .count(members))]))])
    }
}

/// `verify` for the toy: every settled day replayed, its lines held to the stored ones.
struct ToyVerifier: ProgramVerifier {
    static let ownChecks = VerifyChecks.own("replay: every settled day, settled again in memory, gives the stored lines")
    static let closingChecks = VerifyChecks.closing(balance: "cash")
    let runner: ToyRunner

    func check(_ scope: VerifyScope<Toy.Plan>, limit: Int, into outcome: inout VerifyFigures) throws -> (faults: [Fault], shop: Shop, requests: [Day: UInt64]) {
        let (shops, lines) = try store.consistently {
            (try SettledTrees(store: store, through: scope.last).shops(from: scope.first, through: scope.last),
             try store.loadLines(from: scope.start, kinds: Toy.Kind.self))
        }
        var faults = try store.faultsInDayTotals(from: scope.start, limit: limit)
        for settled in scope.settled where settled.day >= scope.start {      // bounded: the settled days
            let shop = shops.last { $0.from <= settled.day }?.shop ?? shops[0].shop
            var state: Void = ()
            let result = Toy.settle(day: settled.day, derived: (shop, scope.plans), state: &state)
            if result.lines != lines[settled.day] ?? [] {
                faults.append(Fault(check: "replay", day: settled.day, detail: "the stored lines are not the rules'"))
            }
        }
        return (faults, shops[shops.count - 1].shop, [:])
    }
}
