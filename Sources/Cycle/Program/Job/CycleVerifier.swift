import SettleKernel
import SettleReports
import SettleStore
import CycleModel
import SettleJob

/// `settle verify --model cycle`: replays every settled day from the first, in memory, and holds
/// the stored lines, pools and paid totals to it. Read only; runs beside a settlement.
struct CycleVerifier: ProgramVerifier {
    static let closingChecks = VerifyChecks.closing(balance: "cash")
    static let ownChecks = VerifyChecks.own("""
        replay: every settled day, settled again from the first in memory, gives the stored lines and pools
        pools: no pool paid more than it held; paid ≤ entitled on every line
        quota: no member was paid past its quota on any day
        paid totals: each weekly checkpoint of the paid totals (settle.cycle_paid_checkpoints) equals the lines through its day
        ledger: each settled day's cash entries net, member by member, to its lines' credits; no cash balance below zero
        """)

    let runner: CycleRunner


    func check(_ scope: VerifyScope<CyclePlan>, limit: Int, into outcome: inout VerifyFigures) throws -> (faults: [Fault], shop: Shop, requests: [Day: UInt64]) {
        let (plans, first, last, start) = (scope.plans, scope.first, scope.last, scope.start)
        let (shops, lines, days, checkpoints) = try store.consistently {
            (try SettledTrees(store: store, through: last).shops(from: first, through: last), try store.loadLines(from: first, kinds: CycleKind.self),
             try store.cycleDays(from: first, through: last), try store.cycleCheckpointDays())
        }
        let terms = try Cycle.derive(shop: shops[0].shop, plans: plans)
        let clock = ContinuousClock.now
        var faults = try store.faultsInDayTotals(from: start, limit: limit)
        var replay = Replay(terms: terms, start: start)
        for (index, recorded) in days.enumerated() {
            if recorded.day > first, let tree = shops.first(where: { $0.from == recorded.day }) {   // another tree from this day
                replay.terms = try Cycle.derive(shop: tree.shop, plans: plans)
            }
            replay.check(recorded, stored: lines[recorded.day] ?? [])
            if recorded.day >= start, checkpoints.contains(recorded.day) {    // one checkpoint in memory at a time
                replay.checkpointFaults(try store.cycleCheckpoint(recorded.day), day: recorded.day)
            }
            if index % 30 == 29 { runner.progress.phase("verify", "replayed \(index + 1) of \(days.count) days", since: clock) }
        }
        runner.progress.phase("verify", "replayed \(days.count) days: \(replay.faults.count) fault(s)", since: clock)
        for day in checkpoints where !days.contains(where: { $0.day == day }) {
            faults.append(Fault(check: "paid totals", day: day, detail: "a checkpoint of a day that is not settled"))
        }
        faults += replay.faults
        faults += try store.faultsInLedger(from: start, currency: .cash, checkout: false, limit: limit)
        faults += try store.faultsInWallets(currency: .cash, limit: limit).map { Fault(check: "ledger", memberId: $0.memberId, detail: $0.detail) }
        outcome.summary = Section(key: "quota", title: "Quota at the end of \(last)", .fields([
            Field("days_replayed", "days replayed", .count(days.count)),
            Field("quota_granted", "quota granted by active orders", .fen(replay.state.grantedFen.reduce(0, +))),
            Field("quota_paid", "paid by settled lines", .fen(replay.storedPaid.reduce(0, +))),
            Field("quota_outstanding", "quota outstanding", .fen(days.last?.figures.quotaOutstandingFen ?? 0)),
        ]))
        return (faults, replay.terms.shop, [:])
    }

    /// The engine run again over the settled days, with the stored lines tallied beside it.
    struct Replay {
        var terms: CycleTerms
        let start: Day
        var state: CycleState
        var storedPaid: [Int64]
        var faults: [Fault] = []

        init(terms: CycleTerms, start: Day) {
            self.terms = terms
            self.start = start
            state = CycleState(paidTotalFen: [Int64](repeating: 0, count: terms.memberCount))
            storedPaid = state.paidTotalFen
        }

        mutating func check(_ recorded: SettlementStore.CycleRecordedDay, stored: [CycleLine]) {
            let day = recorded.day
            let result = Cycle.settle(day: day, derived: terms, state: &state)
            let report = day >= start
            if report, result.lines != stored {
                let changes = LineChange.diff(day: day, old: stored, new: result.lines)
                for change in changes.prefix(20) {
                    faults.append(Fault(check: "replay", day: day, memberId: change.memberId,
                                        detail: "\(change.kind.name): stored \(amounts(change.old)), the rules give \(amounts(change.new))"))
                }
            }
            if report, result.figures != recorded.figures {
                faults.append(Fault(check: "replay", day: day, detail: "stored pools differ from the rules' (revenue \(recorded.figures.revenueFen) "
                                    + "vs \(result.figures.revenueFen) fen, paid \(recorded.figures.totalPaidFen) vs \(result.figures.totalPaidFen))"))
            }
            checkPools(recorded, stored: stored, report: report)
        }

        mutating func checkPools(_ recorded: SettlementStore.CycleRecordedDay, stored: [CycleLine], report: Bool) {
            var weighted: Int64 = 0, level: Int64 = 0
            for line in stored {
                guard let member = terms.shop.tree.index(of: line.memberId).map(Int.init) else {
                    if report { faults.append(Fault(check: "quota", day: recorded.day, memberId: line.memberId, detail: "a line for a member who is gone")) }
                    continue
                }
                if line.kind == .weighted { weighted += line.paidFen } else { level += line.paidFen }
                storedPaid[member] += line.paidFen
                if report, line.paidFen > 0, storedPaid[member] > state.grantedFen[member] {
                    faults.append(Fault(check: "quota", day: recorded.day, memberId: line.memberId,
                                        detail: "paid \(storedPaid[member]) fen in all, its quota that day was \(state.grantedFen[member])"))
                }
            }
            let figures = recorded.figures
            if report, weighted > figures.weightedPoolFen || level > figures.levelPoolFen - figures.unassignedFen {
                faults.append(Fault(check: "pools", day: recorded.day, detail: "lines paid \(weighted) + \(level) fen from pools of "
                                    + "\(figures.weightedPoolFen) + \(figures.levelPoolFen - figures.unassignedFen)"))
            }
        }

        /// The checkpoint of `day` against the lines through it, member by member.
        mutating func checkpointFaults(_ checkpoint: [Int64: Int64], day: Day) {
            var named = 0
            for member in 0..<terms.memberCount {             // bounded: the members
                let id = terms.shop.tree.ids[member]
                if (checkpoint[id] ?? 0) != storedPaid[member] {
                    faults.append(Fault(check: "paid totals", day: day, memberId: id,
                                        detail: "settle.cycle_paid_checkpoints says \(checkpoint[id] ?? 0) fen, the lines \(storedPaid[member])"))
                }
                if checkpoint[id] != nil { named += 1 }
            }
            if named != checkpoint.count {
                faults.append(Fault(check: "paid totals", day: day, detail: "the checkpoint names \(checkpoint.count - named) member(s) not in the tree"))
            }
        }

        func amounts(_ line: CycleLine?) -> String {
            line.map { "entitled \($0.entitledFen) / paid \($0.paidFen) fen" } ?? "no line"
        }
    }
}
