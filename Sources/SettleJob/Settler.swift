#if canImport(Glibc)
import Glibc
#endif
import SettleReports
import SettleKernel
import PointsModel
import SettleStore

/// Runs the settlement against a store: catch-up, single days, reruns, dry runs. The only place
/// that decides which days may be settled (SPEC §4).
public final class Settler {
    public let store: SettlementStore
    public let progress: ProgressLog
    public let host: String

    public init(store: SettlementStore, progress: ProgressLog, host: String) {
        self.store = store
        self.progress = progress
        self.host = host
    }

    /// What a settled (or dry-run) day leaves behind for the report: its totals, not its rows,
    /// so that a long catch-up holds one day's rows at a time.
    public struct DayOutcome {
        public var day: Day
        public var planEffectiveFrom: Day
        public var summary: DaySummary
        public var runId: Int64?
        /// The day report's figures, the same as `settle report day` reads back once written.
        public var figures: DayFigures
        init(_ result: DayResult, runId: Int64?, figures: DayFigures) {
            day = result.day
            planEffectiveFrom = result.planEffectiveFrom
            summary = result.summary
            self.runId = runId
            self.figures = figures
        }
    }

    /// A settled day whose inputs changed after it was settled (SPEC §3.8).
    public struct LateInput: Equatable {
        public var day: Day
        public var ordersChanged: Bool
        public var refundsChanged: Bool
        public var description: String {
            let what = [ordersChanged ? "orders paid that day" : nil, refundsChanged ? "refunds made that day" : nil]
                .compactMap { $0 }.joined(separator: " and ")
            return "\(day): \(what) changed after it was settled (rerun --date \(day) to include them)"
        }
    }

    public struct Outcome {
        public var days: [DayOutcome] = []
        public var lateInputs: [LateInput] = []
        /// For a rerun: what changed against the rows it replaced.
        public var changes: [LineChange] = []
        public var dryRun = false
        public var message: String?
    }

    // MARK: Plans

    /// The stored plan versions, parsed; the first version's timezone is every version's.
    public func planBook() throws -> PointsPlanBook {
        let records = try store.planRecords()
        guard !records.isEmpty else {
            throw JobError.badInput("no plan version stored: run `settle plan set --effective-from DATE FILE` first")
        }
        var versions: [PointsPlanBook.Version] = []
        var firstZone: String? = nil
        for record in records {
            do {
                let plan = try Plan.parse(json: record.document, isKnownTimeZone: { (try? self.store.isKnownTimeZone($0)) ?? false },
                                          firstTimeZone: firstZone)
                firstZone = firstZone ?? plan.timezone
                versions.append(.init(effectiveFrom: record.effectiveFrom, plan: plan))
            } catch {
                throw JobError.badInput("stored plan version \(record.effectiveFrom) is invalid: \(error)")
            }
        }
        return PointsPlanBook(versions)
    }

    /// Validates and stores a plan version. Refuses a date that is already settled.
    public func setPlan(effectiveFrom: Day, document: String) throws -> Plan {
        try withLock {
            let records = try store.planRecords()
            let firstZone: String?
            if let first = records.first, first.effectiveFrom < effectiveFrom {
                firstZone = try Plan.parse(json: first.document, isKnownTimeZone: { _ in true }).timezone
            } else {
                firstZone = nil
            }
            let plan = try Plan.parse(json: document, isKnownTimeZone: { (try? self.store.isKnownTimeZone($0)) ?? false },
                                      firstTimeZone: firstZone)
            // A new first version must keep the timezone the later ones already use.
            if firstZone == nil, let existing = records.first(where: { $0.effectiveFrom > effectiveFrom }) {
                let zone = try Plan.parse(json: existing.document, isKnownTimeZone: { _ in true }).timezone
                guard zone == plan.timezone else {
                    throw JobError.badInput("bad plan: plan field timezone: must stay \"\(zone)\", the timezone of the stored versions")
                }
            }
            if let last = try store.lastSettledDay(), effectiveFrom <= last {
                throw JobError.badInput("plan version for \(effectiveFrom) refused: days through \(last) are settled; "
                                        + "choose a date after \(last), or store it and rerun from that day")
            }
            try store.storePlan(effectiveFrom: effectiveFrom, document: document)
            return plan
        }
    }

    // MARK: Run

    /// Settles `date`, or with no date every unsettled day through yesterday, one transaction each.
    public func run(date: Day?, dryRun: Bool) throws -> Outcome {
        try withLock(skip: dryRun) {
            var outcome = Outcome(dryRun: dryRun)
            let plans = try planBook()
            try store.useTimeZone(plans.versions[0].plan.timezone)
            let today = try store.today()
            let settled = try store.settledDays()
            let last = settled.last?.day

            let days: ClosedRange<Day>
            if let date {
                if settled.contains(where: { $0.day == date }) {
                    throw JobError.notReady("\(date) is already settled; use `settle rerun --date \(date)` to settle it again")
                }
                if let last, date != last.advanced(by: 1) {
                    throw JobError.notReady(date < last
                        ? "\(date) is before the last settled day \(last); use `settle rerun --date \(date)`"
                        : "\(date) can't be settled before \(last.advanced(by: 1)), the first unsettled day")
                }
                guard date < today else { throw JobError.notReady("\(date) has not ended yet in \(plans.versions[0].plan.timezone) (today is \(today))") }
                days = date...date
            } else {
                let yesterday = today.advanced(by: -1)
                let start: Day
                if let last { start = last.advanced(by: 1) }
                else if let first = try firstOrderDay() { start = first }
                else { outcome.message = "nothing to settle: no orders yet"; return outcome }
                guard start <= yesterday else { outcome.message = "nothing to settle: every day through \(yesterday) is settled"; return outcome }
                days = start...yesterday
            }

            let read = ContinuousClock.now
            let (snapshot, states) = try readSnapshot(plans: plans, through: days.upperBound, statesBefore: days.lowerBound)
            progress.phase("read", "\(snapshot.tree.count) members, \(snapshot.orderCount) orders, \(states.count) lot states", since: read)
            outcome.lateInputs = lateInputs(snapshot: snapshot, settled: settled)
            for late in outcome.lateInputs { progress.note("warning: \(late.description)") }

            var balances = try snapshot.balances(from: states)
            if !dryRun { try store.ensurePartitions(for: days) }
            let digests = InputDigest.byDay(snapshot, days: days)
            let inputDigest = InputDigest.whole(snapshot)
            for day in days {
                let started = Self.wallClockMicros()
                let compute = ContinuousClock.now
                let result = DayEngine.settle(day: day, snapshot: snapshot, balances: &balances)
                progress.phase("compute", "\(day): \(result.lines.count) lines, \(result.lots.count) lots", since: compute)
                var runId: Int64? = nil
                if !dryRun {
                    let write = ContinuousClock.now
                    let record = SettlementStore.RunRecord(command: "run", startedAtMicros: started, host: host,
                                                           inputDigest: inputDigest, digest: digests[day] ?? DayDigest())
                    try store.connection.execute("BEGIN")
                    do {
                        runId = try store.writeDay(result, run: record)
                        progress.phase("write", "\(day): \(result.lines.count + result.lots.count) rows", since: write)
                        let commit = ContinuousClock.now
                        try store.connection.execute("COMMIT")
                        progress.phase("commit", "\(day): run \(runId!)", since: commit)
                    } catch {
                        _ = try? store.connection.execute("ROLLBACK")
                        throw error
                    }
                }
                outcome.days.append(try dayOutcome(result, runId: runId, outcome: outcome, plans: plans, settledBefore: days.lowerBound))
            }
            return outcome
        }
    }

    /// Voids `date` and every later settled day and settles them again, in one transaction.
    public func rerun(date: Day, dryRun: Bool) throws -> Outcome {
        try withLock(skip: dryRun) {
            var outcome = Outcome(dryRun: dryRun)
            let plans = try planBook()
            try store.useTimeZone(plans.versions[0].plan.timezone)
            let settled = try store.settledDays()
            guard let last = settled.last?.day, settled.contains(where: { $0.day == date }) else {
                throw JobError.notReady("\(date) is not settled; use `settle run --date \(date)`")
            }
            if !dryRun { try store.ensurePartitions(for: date...last) }
            return try store.connection.transaction {
                try store.connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                let read = ContinuousClock.now
                let snapshot = try Snapshot(plans: plans, members: try store.loadMembers(), orders: try store.loadOrders(through: last))
                let states = try store.loadLotStates(before: date)
                let previous = try store.loadLines(from: date)
                progress.phase("read", "\(snapshot.tree.count) members, \(snapshot.orderCount) orders, \(states.count) lot states", since: read)
                outcome.lateInputs = lateInputs(snapshot: snapshot, settled: settled.filter { $0.day < date })

                var balances = try snapshot.balances(from: states)
                let digests = InputDigest.byDay(snapshot, days: date...last)
                let inputDigest = InputDigest.whole(snapshot)
                if !dryRun { try store.lockWalletsExclusively() }
                let replaced = dryRun ? [:] : try store.voidDays(from: date)
                for day in date...last {
                    let started = Self.wallClockMicros()
                    let compute = ContinuousClock.now
                    let result = DayEngine.settle(day: day, snapshot: snapshot, balances: &balances)
                    progress.phase("compute", "\(day): \(result.lines.count) lines, \(result.lots.count) lots", since: compute)
                    outcome.changes += LineChange.diff(day: day, old: previous[day] ?? [], new: result.lines)
                    var runId: Int64? = nil
                    if !dryRun {
                        let write = ContinuousClock.now
                        let record = SettlementStore.RunRecord(command: "rerun", startedAtMicros: started, host: host,
                                                               inputDigest: inputDigest, digest: digests[day] ?? DayDigest())
                        runId = try store.writeDay(result, run: record, replacingRun: replaced[day])
                        progress.phase("write", "\(day): run \(runId!)", since: write)
                    }
                    outcome.days.append(try dayOutcome(result, runId: runId, outcome: outcome, plans: plans, settledBefore: date))
                }
                if dryRun { try store.connection.execute("ROLLBACK"); try store.connection.execute("BEGIN") }
                return outcome
            }
        }
    }

    // MARK: Pieces

    /// A computed day with its report figures. The wallets at the end of the day are the settled
    /// days before `settledBefore`, the adjustments made by then, and this outcome's days so far.
    func dayOutcome(_ result: DayResult, runId: Int64?, outcome: Outcome, plans: PointsPlanBook, settledBefore: Day) throws -> DayOutcome {
        let earlier = outcome.days.reduce(Int64(0)) { $0 + $1.summary.totalPaidFen }
        let wallet = try store.walletFen(through: result.day, settledBefore: settledBefore) + earlier + result.summary.totalPaidFen
        let figures = try Reporter(settler: self).figures(of: result, runId: runId, dryRun: outcome.dryRun, walletFen: wallet, plans: plans)
        return DayOutcome(result, runId: runId, figures: figures)
    }

    /// Members and orders in one consistent snapshot of the database, and the lot states the
    /// first day starts from.
    func readSnapshot(plans: PointsPlanBook, through: Day, statesBefore: Day) throws -> (Snapshot, [LotState]) {
        try store.connection.transaction {
            try store.connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            let members = try store.loadMembers()
            let orders = try store.loadOrders(through: through)
            let states = try store.loadLotStates(before: statesBefore)
            return (try Snapshot(plans: plans, members: members, orders: orders), states)
        }
    }

    /// Members and orders through `through`, in one consistent snapshot, without lot states.
    func readInputs(plans: PointsPlanBook, through: Day) throws -> Snapshot {
        try store.connection.transaction {
            try store.connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            return try Snapshot(plans: plans, members: try store.loadMembers(), orders: try store.loadOrders(through: through))
        }
    }

    func firstOrderDay() throws -> Day? {
        try store.connection.scalar("SELECT min(paid_at)::date - date '1970-01-01' FROM settle.orders")
            .flatMap { Int32($0) }.map(Day.init)
    }

    /// Settled days whose orders or refunds differ from what they were when the day was settled.
    func lateInputs(snapshot: Snapshot, settled: [SettlementStore.SettledDay]) -> [LateInput] {
        guard let first = settled.first?.day, let last = settled.last?.day else { return [] }
        let now = InputDigest.byDay(snapshot, days: first...last)
        return settled.compactMap { day in
            let current = now[day.day] ?? DayDigest()
            guard current != day.digest else { return nil }
            return LateInput(day: day.day, ordersChanged: current.paid != day.digest.paid,
                             refundsChanged: current.refunds != day.digest.refunds)
        }
    }

    /// Holds the settlement lock around `body`; a second settlement fails at once with exit 75.
    func withLock<T>(skip: Bool = false, _ body: () throws -> T) throws -> T {
        if skip { return try body() }
        guard try store.tryLock() else {
            let holder = (try? store.lockHolder()) ?? nil
            throw JobError.locked("another settlement is running: \(holder ?? "holder not visible to this role"); nothing was written")
        }
        defer { _ = try? store.unlock() }
        return try body()
    }

    /// Wall-clock microseconds since 1970, for the run record.
    static func wallClockMicros() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1000
    }
}
