import SettleReports
import SettleKernel
import PointsModel
import SettleStore

/// `settle verify`: checks the settled history against itself and against today's inputs, and
/// lists every fault with the ids involved. Read only; runs beside a settlement.
public final class PointsVerifier {
    public typealias Outcome = VerifyFigures
    public typealias Check = VerifyFigures.Check
    public typealias Conservation = VerifyFigures.Conservation

    public static let checks: [(String, String)] = [
        ("day totals", "each settled day's lines add up to the totals its run recorded"),
        ("lines = lots", "each line's paid points were released from the member's own lots that day"),
        ("lot history", "each lot's total grows by what it released, day after day, and stops when exhausted"),
        ("caps", "no lot past its cap; a lot is flagged exhausted exactly at its cap"),
        ("conservation", "gifted = locked + released + forfeited by refunds; locked as recorded; released = paid"),
        ("wallet", "wallet balances = credits − debits, none below zero"),
        ("ledger", "each settled day's ledger entries net, member by member, to its lines' credits and its checkout spending"),
        ("checkout", "no order paid more with points than the plan allows or than the member held"),
        ("late input", "no settled day whose orders or refunds changed after it was settled"),
        ("tree", "every member's referrer is the one its settled days were computed on"),
    ]

    let runner: PointsRunner
    var store: SettlementStore { runner.store }

    public init(runner: PointsRunner) { self.runner = runner }

    public func verify(from: Day?, limit: Int = 100) throws -> Outcome {
        let plans = try runner.planBook()
        try store.useTimeZone(plans.timezone)
        let settled = try store.settledDays()
        var outcome = Outcome()
        guard let first = settled.first?.day, let last = settled.last?.day else {
            outcome.checks = Self.checks.map { Check(name: $0.0, what: $0.1, faults: 0) }
            return outcome
        }
        let start = max(from ?? first, first)
        outcome.from = start
        let progress = runner.progress
        var clock = ContinuousClock.now
        var faults = try store.faultsInDayTotals(from: start, limit: limit)
        faults += try store.faultsInLinesAgainstLots(from: start, limit: limit)
        progress.phase("verify", "day totals, lines = lots from \(start): \(faults.count) fault(s)", since: clock)
        clock = ContinuousClock.now
        faults += try store.faultsInLotHistory(from: start, limit: limit)
        progress.phase("verify", "lot history: \(faults.count) fault(s) so far", since: clock)
        clock = ContinuousClock.now

        let (snapshot, states) = try store.consistently {
            (Snapshot(plans: plans, shop: try store.loadShop(through: last)), try store.latestLotStates(through: last))
        }
        var conservation = Conservation(day: last)
        let balances = capFaults(states, snapshot: snapshot, last: last, faults: &faults, conservation: &conservation)
        try conservationFaults(snapshot: snapshot, balances: balances, last: last, faults: &faults, conservation: &conservation)
        progress.phase("verify", "caps and conservation at the end of \(last): \(faults.count) fault(s) so far", since: clock)
        clock = ContinuousClock.now
        faults += try store.faultsInWallets(limit: limit)
        faults += try store.faultsInLedger(from: start, currency: .points, checkout: true, limit: limit)
        let ledgerStart = try store.ledgerStart() ?? first
        for day in settled.map(\.day) where day >= max(start, ledgerStart) {
            faults += try store.checkoutExceptions(on: day, ratioPpb: plans.plan(on: day).maxPointsPaymentRatio.ppb)
        }
        for late in LateInput.find(in: snapshot.shop, settled: settled) {
            faults.append(Fault(check: "late input", day: late.day, detail: late.description))
        }
        faults += try store.treeChanges(limit: limit).map { Fault(check: "tree", day: $0.firstAffected, memberId: $0.memberId, detail: $0.description) }
        progress.phase("verify", "wallet, ledger, checkout, late input, tree: \(faults.count) fault(s) in all", since: clock)
        outcome.faults = faults
        outcome.conservation = conservation
        outcome.checks = Self.checks.map { check in Check(name: check.0, what: check.1, faults: faults.filter { $0.check == check.0 }.count) }
        return outcome
    }

    /// Caps and exhausted flags of the lot states at the end of `last`; returns the balances.
    func capFaults(_ states: [(state: LotState, exhausted: Bool)], snapshot: Snapshot, last: Day,
                   faults: inout [Fault], conservation: inout Conservation) -> LotBalances {
        let lotOf = snapshot.lotIndexByOrderId()
        var released = [Int64](repeating: 0, count: snapshot.lotCount)
        for (state, exhausted) in states {                   // by order id (the query's order)
            guard let lot = lotOf[state.orderId].map(Int.init) else {
                faults.append(Fault(check: "caps", orderId: state.orderId, detail: "settled rows for an order that is gone or has no lot"))
                continue
            }
            let cap = snapshot.lotCapFen[lot]
            if state.releasedFen > cap || state.releasedFen < 0 {
                faults.append(Fault(check: "caps", memberId: snapshot.tree.ids[Int(snapshot.orderMember[Int(snapshot.lotOrder[lot])])],
                                    orderId: state.orderId, detail: "released \(state.releasedFen) fen of a cap of \(cap)"))
            } else if exhausted != (state.releasedFen == cap) {
                faults.append(Fault(check: "caps", orderId: state.orderId,
                                    detail: "flagged \(exhausted ? "" : "not ")exhausted at \(state.releasedFen) fen of a cap of \(cap)"))
            }
            released[lot] = min(max(state.releasedFen, 0), cap)
            conservation.releasedFen += state.releasedFen
        }
        return LotBalances(releasedFen: released)
    }

    func conservationFaults(snapshot: Snapshot, balances: LotBalances, last: Day, faults: inout [Fault],
                            conservation: inout Conservation) throws {
        for lot in 0..<snapshot.lotCount {
            let order = Int(snapshot.lotOrder[lot])
            guard snapshot.orderPaidOn[order] <= last.number else { continue }
            conservation.giftedFen += snapshot.lotCapFen[lot]
            if snapshot.orderRefundedOn[order] <= last.number {
                conservation.forfeitedByRefundFen += snapshot.lotCapFen[lot] - balances.releasedFen[lot]
            }
        }
        let standing = Standing.at(day: last, snapshot: snapshot, balances: balances)
        conservation.lockedFen = standing.lockedFen
        if conservation.giftedFen != conservation.lockedFen + conservation.releasedFen + conservation.forfeitedByRefundFen {
            faults.append(Fault(check: "conservation", day: last, detail: "gifted \(conservation.giftedFen) fen ≠ locked \(conservation.lockedFen) "
                                + "+ released \(conservation.releasedFen) + forfeited by refunds \(conservation.forfeitedByRefundFen)"))
        }
        if let recorded = try store.recordedDay(last), recorded.standingRecorded, recorded.summary.standing.lockedFen != standing.lockedFen {
            faults.append(Fault(check: "conservation", day: last, detail: "run \(recorded.runId) recorded \(recorded.summary.standing.lockedFen) fen "
                                + "locked at the end of the day; the lots and orders now say \(standing.lockedFen)"))
        }
        let sums = try store.walletSums()
        (conservation.paidFen, conservation.adjustedFen, conservation.balancesFen) = (sums.paidFen, sums.adjustedFen, sums.balancesFen)
        conservation.checkoutFen = sums.postedFen - sums.paidFen
        if sums.paidFen != conservation.releasedFen {
            faults.append(Fault(check: "conservation", day: last,
                                detail: "lines paid \(sums.paidFen) fen in all, the lots released \(conservation.releasedFen)"))
        }
        if sums.balancesFen != sums.postedFen + sums.adjustedFen + sums.openingFen {
            faults.append(Fault(check: "wallet", detail: "balances add up to \(sums.balancesFen) fen; settled days posted \(sums.postedFen), "
                                + "adjustments \(sums.adjustedFen), opening balances \(sums.openingFen)"))
        }
    }
}

