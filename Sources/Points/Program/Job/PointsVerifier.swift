import SettleReports
import SettleKernel
import PointsModel
import SettleStore
import SettleJob

/// `settle verify`: checks the settled history against itself and against today's inputs, and
/// lists every fault with the ids involved. Read only; runs beside a settlement.
struct PointsVerifier: ProgramVerifier {
    public typealias Outcome = VerifyFigures
    public typealias Check = VerifyFigures.Check

    static let closingChecks = VerifyChecks.closing(balance: "points")
    static let ownChecks = VerifyChecks.own("""
        lines = lots: each day's lines are what its lots release when the day is settled again in memory
        lot history: each day's lot rows are what the replay releases; every lot accelerated, exhausted or refunded has its row
        caps: each lot's terms and anchor (settle.lots) agree with the replay: none past its cap, exhausted exactly at it
        conservation: gifted = locked + released + forfeited by refunds; locked as recorded; released = paid
        wallet: wallet balances = credits − debits, none below zero
        ledger: each settled day's ledger entries net, member by member, to its lines' credits and its checkout spending
        checkout: no order paid more with points than the plan allows or than the member held
        """)

    let runner: PointsRunner


    func check(_ scope: VerifyScope<Plan>, limit: Int, into outcome: inout Outcome) throws -> (faults: [Fault], shop: Shop, requests: [Day: UInt64]) {
        let (plans, settled, first, last, start) = (scope.plans, scope.settled, scope.first, scope.last, scope.start)
        let progress = runner.progress
        var clock = ContinuousClock.now
        var faults = try store.faultsInDayTotals(from: start, limit: limit)
        var (shops, snapshot, loaded, records) = try store.consistently {
            let shops = try SettledTrees(store: store, through: last).shops(from: start, through: last)
            let snapshot = Snapshot(plans: plans, shop: shops[0].shop)
            let loaded = Result { try runner.states.loadState(before: start, derived: snapshot) }
            return (shops, snapshot, loaded, try store.lotRecords(through: last))
        }
        shops.removeFirst()                                   // the start's tree is the snapshot's
        // Days before the first that recorded lots were settled before migration 0013: a row for
        // every active lot, no refund rows, and the next day read its state from those rows.
        let firstRecorded = records.map(\.recordedOn).min()
        var replay = Replay(snapshot: snapshot, limit: limit)
        do {
            replay.balances = try loaded.get()
            for day in start...last {                          // bounded: the settled days
                if day == firstRecorded { replay.forgetRecords() }
                if day > start, let tree = shops.first(where: { $0.from == day }) {   // another tree from this day
                    snapshot = Snapshot(plans: plans, shop: tree.shop)
                    precondition(snapshot.lotCount == replay.snapshot.lotCount, "the same lots on every tree")
                    replay.snapshot = snapshot
                }
                let lines = try store.loadLines(from: day, through: day, kinds: PointsKind.self)[day] ?? []
                replay.check(day, everyLot: firstRecorded.map { day < $0 } ?? true, lines: lines, rows: try store.lotDayRows(on: day))
                if (day.number - start.number) % 30 == 29 { progress.phase("verify", "replayed through \(day): \(replay.faults.count) fault(s)", since: clock) }
            }
        } catch let error as InputError {
            replay.faults.append(Fault(check: "caps", day: start, detail: "the lots' state before \(start) can't be read: \(error)"))
        }
        progress.phase("verify", "replayed \(start) to \(last): \(replay.faults.count) fault(s)", since: clock)
        clock = ContinuousClock.now
        faults += replay.faults
        var conservation = Conservation(day: last)
        let stored = replay.checkLots(records, last: last, faults: &faults, conservation: &conservation)
        try conservationFaults(snapshot: snapshot, balances: stored, last: last, faults: &faults, conservation: &conservation)
        progress.phase("verify", "caps and conservation at the end of \(last): \(faults.count) fault(s) so far", since: clock)
        clock = ContinuousClock.now
        faults += try store.faultsInWallets(limit: limit)
        faults += try store.faultsInLedger(from: start, currency: .points, checkout: !store.shopOwnsCheckoutBalance(), limit: limit)
        let ledgerStart = try store.ledgerStart() ?? first
        for day in settled.map(\.day) where day >= max(start, ledgerStart) {
            faults += try store.checkoutExceptions(on: day, ratioPpb: plans.plan(on: day).maxPointsPaymentRatio.ppb)
        }
        progress.phase("verify", "wallet, ledger, checkout: \(faults.count) fault(s) so far", since: clock)
        outcome.summary = conservation.section
        return (faults, snapshot.shop, [:])
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

    /// The points at the end of the last settled day, each way they can be counted.
    struct Conservation: Sendable {
        var day: Day
        var giftedFen: Int64 = 0
        var releasedFen: Int64 = 0
        var lockedFen: Int64 = 0
        var forfeitedByRefundFen: Int64 = 0
        var paidFen: Int64 = 0
        var adjustedFen: Int64 = 0
        /// Points spent at checkout net of refunds, as the ledger posted them.
        var checkoutFen: Int64 = 0
        var balancesFen: Int64 = 0
        init(day: Day) { self.day = day }

        /// The section verify prints after its checks.
        var section: Section {
            Section(key: "conservation", title: "Points at the end of \(day)", .fields([
                Field("gifted", "gifted (caps of lots bought)", .fen(giftedFen)),
                Field("locked", "locked", .fen(lockedFen)),
                Field("released", "released", .fen(releasedFen)),
                Field("forfeited_by_refund", "forfeited by refunds", .fen(forfeitedByRefundFen)),
                Field("paid", "paid by settled lines (wallet credits)", .fen(paidFen)),
                Field("adjusted", "adjustments (credits − debits)", .fen(adjustedFen)),
                Field("checkout", "spent at checkout, net of refunds", .fen(checkoutFen)),
                Field("wallet_balances", "wallet balances", .fen(balancesFen)),
            ]))
        }
    }
}
