import SettleKernel
import SettleReports
import SettleStore
import EquityModel
import SettleJob

/// `settle verify --model equity`: replays every settled day from the first, in memory, event by
/// event, and holds the stored lines, books and holdings to it. Read only.
struct EquityVerifier: ProgramVerifier {
    static let closingChecks = VerifyChecks.closing(balance: "constant-point", requests: true)
    static let ownChecks = VerifyChecks.own("""
        replay: every settled day, replayed from the first in memory, gives the stored lines and book
        conservation: each day's lines move the pool, supply and reserve by exactly what its book says
        price: the price never fell: each day closes at or above its opening, and opens where the day before closed
        issuance: points issued never exceed total_issuance
        holdings: each member's holdings, quota and bound flag (settle.equity_members) are the replay's
        ledger: each settled day's constant-point entries net, member by member, to its to_constant and from_constant lines
        """)

    let runner: EquityRunner


    func check(_ scope: VerifyScope<EquityPlan>, limit: Int, into outcome: inout VerifyFigures) throws -> (faults: [Fault], shop: Shop, requests: [Day: UInt64]) {
        let (plans, first, last, start) = (scope.plans, scope.first, scope.last, scope.start)
        // Each settled day on the tree it was settled on (migration 0018): the inputs of each tree.
        let (trees, lines, days, members, digests) = try store.consistently {
            (try SettledTrees(store: store, through: last).shops(from: first, through: last).map { tree in
                (from: tree.from, inputs: try runner.states.derive(shop: tree.shop, plans: plans, days: first...last)) },
             try store.loadLines(from: first, kinds: EquityKind.self), try store.equityDays(from: first, through: last),
             try store.equityMembers(), try store.equityRequestDigests(days: first...last))
        }
        var inputs = trees[0].inputs
        var faults = try store.faultsInDayTotals(from: start, limit: limit)
        var state = EquityState(memberCount: inputs.memberCount)
        var previous: EquityBook? = nil
        let clock = ContinuousClock.now
        for recorded in days {                                // bounded: the settled days
            if recorded.day > first, let tree = trees.first(where: { $0.from == recorded.day }) { inputs = tree.inputs }
            let result = Equity.settle(day: recorded.day, derived: inputs, state: &state)
            if recorded.day >= start {
                faults += Self.compare(recorded, stored: lines[recorded.day] ?? [], result: result, previous: previous)
            }
            previous = recorded.figures.closing
        }
        runner.progress.phase("verify", "replayed \(days.count) days", since: clock)
        faults += Self.holdingFaults(state: state, stored: members, shop: inputs.shop)
        faults += try store.faultsInEquityLedger(from: start, limit: limit)
        let closing = days.last?.figures
        outcome.summary = Section(key: "book", title: "Book at the end of \(last)", .fields([
            Field("days_replayed", "days replayed", .count(days.count)),
            Field("pool", "pool", closing.map { .fen($0.closing.poolFen) } ?? .none),
            Field("price", "price", closing.map { EquityDayReport.price($0.closing.price, decimals: $0.pointDecimals) } ?? .none),
        ]))
        return (faults, inputs.shop, digests)
    }

    /// One stored day against its replay, and the book's own arithmetic.
    static func compare(_ recorded: SettlementStore.EquityRecordedDay, stored: [EquityLine], result: EquityDayResult, previous: EquityBook?) -> [Fault] {
        var faults: [Fault] = []
        let day = recorded.day, f = recorded.figures
        for change in LineChange.diff(day: day, old: stored, new: result.lines).prefix(20) {
            let show = { (line: EquityLine?) in line.map { "points \($0.pointsUnits) units, yuan \($0.yuanFen) fen" } ?? "no line" }
            faults.append(Fault(check: "replay", day: day, memberId: change.memberId, detail: "\(change.kind.name): stored \(show(change.old)), the rules give \(show(change.new))"))
        }
        if f != result.figures {
            faults.append(Fault(check: "replay", day: day, detail: "stored book differs from the replay's (pool \(f.closing.poolFen) vs \(result.figures.closing.poolFen) fen)"))
        }
        var sum = [Int64](repeating: 0, count: EquityKind.codeCount), yuan = sum
        for line in stored { sum[Int(line.kind.code)] += line.pointsUnits; yuan[Int(line.kind.code)] += line.yuanFen }
        let moved: (EquityKind...) -> (Int64, Int64) = { kinds in kinds.reduce((0, 0)) { ($0.0 + sum[Int($1.code)], $0.1 + yuan[Int($1.code)]) } }
        let supply = moved(.buy, .referral, .refund, .sell, .goods, .exit).0, reserve = -moved(.toConstant, .fromConstant).0
        let pool = f.contributionFen - f.refundPoolFen - moved(.sell, .goods, .exit).1
        if f.closing.supplyUnits - f.opening.supplyUnits != supply || f.closing.reserveUnits - f.opening.reserveUnits != reserve
            || f.closing.poolFen - f.opening.poolFen != pool {
            faults.append(Fault(check: "conservation", day: day, detail: "lines move supply \(supply), reserve \(reserve), pool \(pool) fen; "
                                + "the book moved \(f.closing.supplyUnits - f.opening.supplyUnits), \(f.closing.reserveUnits - f.opening.reserveUnits), \(f.closing.poolFen - f.opening.poolFen)"))
        }
        if f.closing.price.isBelow(f.opening.price) || previous.map({ $0 != f.opening }) == true {
            faults.append(Fault(check: "price", day: day, detail: "opened at \(f.opening.price), closed at \(f.closing.price)"
                                + (previous.map { ", the day before closed at \($0.price)" } ?? "")))
        }
        if f.closing.issuedUnits > f.totalIssuanceUnits {
            faults.append(Fault(check: "issuance", day: day, detail: "issued \(f.closing.issuedUnits) units of \(f.totalIssuanceUnits)"))
        }
        return faults
    }

    static func holdingFaults(state: EquityState, stored: [Int64: EquityHolding], shop: Shop) -> [Fault] {
        var faults: [Fault] = []
        let empty = EquityHolding(holdingsUnits: 0, quotaFen: 0, bound: false)
        for member in 0..<shop.tree.count {                   // bounded: the members
            let id = shop.tree.ids[member], replayed = state.holdings[member], row = stored[id] ?? empty
            if replayed != row {
                faults.append(Fault(check: "holdings", memberId: id, detail: "settle.equity_members: \(row.holdingsUnits) units, quota \(row.quotaFen), "
                                    + "bound \(row.bound); the replay: \(replayed.holdingsUnits), \(replayed.quotaFen), \(replayed.bound)"))
            }
        }
        return faults
    }
}
