#if canImport(Glibc)
import Glibc
#endif
import SettleKernel
import SettleStore

/// Runs one program's settlement against the store: catch-up, single days, reruns, dry runs,
/// the lock, late input. Written once for every model; the model's rules come in through
/// `RewardModel`, its rows through its `ModelStateStore`.
public final class DayRunner<Model: RewardModel, States: ModelStateStore> where States.Model == Model {
    public let store: SettlementStore
    public let states: States
    public let progress: ProgressLog
    public let host: String
    /// Stored with every run (`settle.runs.settle_version`).
    public var version = SettleVersion.current

    public init(store: SettlementStore, progress: ProgressLog, host: String) {
        precondition(store.model == Model.name, "a \(store.model) store for the \(Model.name) program")
        self.store = store
        self.states = States(store: store)
        self.progress = progress
        self.host = host
    }

    public convenience init(connection: Connection, progress: ProgressLog, host: String) {
        self.init(store: SettlementStore(connection: connection, for: Model.self), progress: progress, host: host)
    }

    // MARK: Run

    /// Settles `date`, or with no date every unsettled day through yesterday, one transaction each.
    public func run(date: Day?, dryRun: Bool) throws -> RunOutcome<Model> {
        try withLock(skip: dryRun) {
            var outcome = RunOutcome<Model>(dryRun: dryRun)
            let plans = try planBook()
            try store.useTimeZone(plans.timezone)
            let settled = try store.settledDays()
            let firstDay = settled.isEmpty ? try Model.firstDay(plans: plans) ?? store.firstOrderDay() : nil
            let choice = try DaySchedule.forRun(requested: date, settled: settled.map(\.day), today: try store.today(),
                                                firstDay: firstDay, timezone: plans.timezone)
            guard case .days(let days) = choice else {
                if case .nothing(let message) = choice { outcome.message = message }
                try checkSettled(settled, plans: plans, into: &outcome)
                return outcome
            }
            let read = ContinuousClock.now
            var (input, state, settledDigests) = try store.consistently {
                // The program's own rows on a second connection in this snapshot, while the orders
                // are read here; the members (and their tree) on whichever is free first.
                let first = days.lowerBound
                let members = SharedRead<ReferralTree> { try ReferralTree(members: try $0.loadMembers()) }
                let rows = try store.readInParallel(offering: members) { try Self.ownRows($0, before: first, days: days, settled: settled) }
                let input: Input
                do { input = try readInput(plans: plans, days: days, members: members, own: { let own = try rows.join(); return (own.digests, own.inputs) }) } catch {
                    _ = try? rows.join(); throw error
                }
                let own = try rows.join()
                return (input, try states.loadState(before: first, derived: input.derived, rows: own.state), own.settledDigests)
            }
            progress.phase("read", "\(input.shop.tree.count) members, \(input.shop.orderCount) orders", since: read)
            outcome.lateInputs = LateInput.find(in: input.shop, settled: settled, requests: settledDigests)
            for late in outcome.lateInputs { progress.note("warning: \(late.description)") }
            input.command = "run"
            // A referrer changed in the shop's table takes effect from the first day this run
            // settles (recorded in that day's transaction); earlier days keep their tree.
            let tree = try treeState(shop: input.shop)
            if tree.changes.contains(where: { !$0.removed }) && !dryRun { input.adoptTreeFrom = days.lowerBound }
            try settleDays(days, input, state: &state, into: &outcome, transactionPerDay: !dryRun)
            report(tree, effectiveFrom: days.lowerBound, into: &outcome)
            try recordTree(tree, shop: input.shop, settledThrough: dryRun ? nil : days.upperBound)
            return outcome
        }
    }

    /// Voids `date` and every later settled day and settles them again, in one transaction.
    public func rerun(date: Day, dryRun: Bool) throws -> RunOutcome<Model> {
        try withLock(skip: dryRun) {
            var outcome = RunOutcome<Model>(dryRun: dryRun, settledBefore: date)
            let plans = try planBook()
            try store.useTimeZone(plans.timezone)
            let settled = try store.settledDays()
            let days = try DaySchedule.forRerun(requested: date, settled: settled.map(\.day))
            if !dryRun { try store.ensurePartitions(for: days) }
            return try store.consistently(writing: true, rollback: dryRun) {
                let read = ContinuousClock.now
                // The state's rows and the lines being replaced on a second connection in this
                // snapshot (before anything is voided), while the orders are read here; the members
                // (and their tree) on whichever is free first.
                let members = SharedRead<ReferralTree> { try ReferralTree(members: try $0.loadMembers()) }
                let before = settled.filter { $0.day < date }
                let rows = try store.readInParallel(offering: members) { second in
                    (try Self.ownRows(second, before: date, days: days, settled: before), try second.loadLines(from: date, kinds: Model.Kind.self))
                }
                var input: Input
                do { input = try readInput(plans: plans, days: days, members: members, own: { let own = try rows.join().0; return (own.digests, own.inputs) }) } catch {
                    _ = try? rows.join(); throw error
                }
                let (own, previous) = try rows.join()
                var state = try states.loadState(before: date, derived: input.derived, rows: own.state)
                input.previous = previous
                progress.phase("read", "\(input.shop.tree.count) members, \(input.shop.orderCount) orders", since: read)
                outcome.lateInputs = LateInput.find(in: input.shop, settled: before, requests: own.settledDigests)
                if !dryRun {
                    try store.lockWalletsExclusively()
                    try states.voidDays(from: date)            // first: a model may read the lines it voids
                    input.replaced = try store.voidDays(from: date)
                }
                input.command = "rerun"
                let tree = try treeState(shop: input.shop)
                try settleDays(days, input, state: &state, into: &outcome, transactionPerDay: false)
                if !dryRun { try store.adoptTree(from: date) }  // the rerun settled its days on today's tree
                report(tree, effectiveFrom: date, into: &outcome)
                try recordTree(tree, shop: input.shop, settledThrough: dryRun ? nil : days.upperBound)
                return outcome
            }
        }
    }

    // MARK: The day loop

    /// What every day of one command settles against.
    struct Input {
        var plans: PlanBook<Model.Plan>
        var shop: Shop
        var derived: Model.Derived
        var digests: [Day: DayDigest]
        var inputDigest: String
        var command = ""
        /// For a rerun: the lines it replaces, and the runs that had settled those days.
        var previous: [Day: [Line<Model.Kind>]]? = nil
        var replaced: [Day: Int64] = [:]
        /// A run that saw changed referrers: the day from which the current tree applies.
        var adoptTreeFrom: Day? = nil
    }

    /// Orders (here) and the members' tree (`members`: here after the orders, or on the second
    /// connection's thread if it was free first) through the last of `days`, what the model
    /// derives from them and its own input rows, and the program's own input digests of `days`
    /// (`own`: those rows and digests, read on the second connection; call inside a consistent read).
    func readInput(plans: PlanBook<Model.Plan>, days: ClosedRange<Day>, members: SharedRead<ReferralTree>,
                   own: () throws -> (digests: [Day: UInt64], inputs: States.InputRows)) throws -> Input {
        let shop = try store.loadShop(through: days.upperBound, tree: { try members.value(store) })
        // The shop's digests on the other core while the model derives (a model with input rows
        // of its own waits for the second connection's read; the others don't); each closure
        // assigns its own variables.
        var derived: Result<Model.Derived, any Error>? = nil, whole = "", digests: [Day: DayDigest] = [:]
        TwoHalves.both({
            derived = Result { try states.derive(shop: shop, plans: plans, days: days, inputs: { try own().inputs }) }
        }, {
            whole = InputDigest.whole(shop, plans: plans)
            digests = InputDigest.byDay(shop, days: days)
        })
        guard let derived else { preconditionFailure("the model did not derive") }
        for (day, digest) in try own().digests { digests[day, default: DayDigest()].requests = digest }
        return Input(plans: plans, shop: shop, derived: try derived.get(), digests: digests, inputDigest: whole)
    }

    /// What a night reads on its second connection, off the orders' path: the program's state
    /// rows, its own input rows (equity's requests) of the days it settles, and their digests of
    /// those days and of the days settled before (for late input), all in the run's snapshot.
    struct OwnRows {
        var state: States.StateRows
        var inputs: States.InputRows
        var digests: [Day: UInt64]
        var settledDigests: [Day: UInt64]
    }

    static func ownRows(_ second: SettlementStore, before first: Day, days: ClosedRange<Day>,
                        settled: [SettlementStore.SettledDay]) throws -> OwnRows {
        let own = States(store: second)
        let span = settled.first.flatMap { start in settled.last.map { start.day...$0.day } }
        return OwnRows(state: try own.readStateRows(before: first), inputs: try own.readInputRows(days: days),
                       digests: try own.ownInputDigests(days: days),
                       settledDigests: try span.map { try own.ownInputDigests(days: $0) } ?? [:])
    }

    /// The model's own input digests over the settled days (late input).
    func ownDigests(_ settled: [SettlementStore.SettledDay]) throws -> [Day: UInt64] {
        guard let first = settled.first?.day, let last = settled.last?.day else { return [:] }
        return try states.ownInputDigests(days: first...last)
    }

    /// The one loop of run, catch-up, rerun and dry run: settle each day from the previous day's
    /// state, write it (unless dry), keep only its summary.
    func settleDays(_ days: ClosedRange<Day>, _ input: Input, state: inout Model.State, into outcome: inout RunOutcome<Model>,
                    transactionPerDay: Bool) throws {
        for day in days {                                     // bounded: the days asked for
            let started = Self.wallClockMicros()
            let compute = ContinuousClock.now
            let result = Model.settle(day: day, derived: input.derived, state: &state)
            precondition(result.day == day, "the model settled another day")
            progress.phase("compute", "\(day): \(result.lines.count) lines", since: compute)
            let changes = input.previous.map { LineChange.diff(day: day, old: $0[day] ?? [], new: result.lines) }
            outcome.changes += changes ?? []
            let figures = Model.Kind.figures(of: result.lines)
            var record = SettlementStore.RunRecord(
                command: input.command, day: day, planEffectiveFrom: result.planEffectiveFrom, startedAtMicros: started,
                host: host, inputDigest: input.inputDigest, digest: input.digests[day] ?? DayDigest(),
                totals: figures.totals, lineCount: result.lines.count, membersPaid: figures.membersPaid)
            record.version = version
            var runId: Int64? = nil
            // The day's top earners on the other core while the day is written (the write waits
            // on the server); each closure assigns its own variable.
            var topEarners: [Earner] = [], written: Result<Int64, any Error>? = nil
            let writing = ContinuousClock.now
            TwoHalves.both({
                guard !outcome.dryRun else { return }
                let write = { [state] in
                    try self.write(result, record, state: state, derived: input.derived, replacing: input.replaced[day],
                                   changes: changes, previous: input.previous.map { $0[day] ?? [] }, adoptTreeFrom: input.adoptTreeFrom)
                }
                written = Result { transactionPerDay ? try store.transaction(write) : try write() }
            }, {
                topEarners = Earner.top(RunOutcome<Model>.topEarnerCount, of: result.lines)
            })
            if let written {
                runId = try written.get()
                progress.phase("write", "\(day): run \(runId ?? 0)", since: writing)
            }
            outcome.days.append(.init(day: day, planEffectiveFrom: result.planEffectiveFrom, runId: runId,
                                      summary: Model.summary(of: result), totals: record.totals,
                                      topEarners: topEarners, lines: result.lines.count,
                                      postedFen: result.postings.reduce(0) { $0 + $1.amountFen }))
        }
    }

    /// With nothing to settle, a run still looks at the settled days: late input and a changed
    /// tree are named (and alert) on every run, not only on one that settles a day.
    func checkSettled(_ settled: [SettlementStore.SettledDay], plans: PlanBook<Model.Plan>, into outcome: inout RunOutcome<Model>) throws {
        guard let last = settled.last?.day else { return }
        let (shop, own) = try store.consistently { (try store.loadShop(through: last), try ownDigests(settled)) }
        outcome.lateInputs = LateInput.find(in: shop, settled: settled, requests: own)
        for late in outcome.lateInputs { progress.note("warning: \(late.description)") }
        report(try treeState(shop: shop), effectiveFrom: nil, into: &outcome)
    }

    /// The tree as this program last settled on it against the shop's table now: the members
    /// whose referrer changed (or who are gone). When the tree's digest over the members seen so
    /// far is unchanged, nothing is compared: the common night reads one row.
    struct TreeState {
        var changes: [SettlementStore.TreeChange]
        var seen: (maxMemberId: Int64, digest: String)?
        var unchanged: Bool
    }

    func treeState(shop: Shop) throws -> TreeState {
        let seen = try store.treeDigest()
        let unchanged = seen.map { $0.digest == InputDigest.tree(shop, upTo: $0.maxMemberId) } ?? false
        return TreeState(changes: unchanged ? [] : try store.treeChanges(), seen: seen, unchanged: unchanged)
    }

    /// Names the changes: a changed referrer in effect from `day` (nil: the next day settled); a
    /// member gone from the tree stays late input.
    func report(_ tree: TreeState, effectiveFrom day: Day?, into outcome: inout RunOutcome<Model>) {
        outcome.treeChanges = tree.changes.map { change in
            var change = change
            if !change.removed { change.effectiveFrom = day }
            return change
        }
        for change in outcome.treeChanges.prefix(20) { progress.note("warning: \(change.description)") }
        if outcome.treeChanges.count > 20 { progress.note("warning: \(outcome.treeChanges.count) members' referrers changed in all") }
    }

    /// After a run that wrote: records the members seen for the first time (only those above the
    /// digest's when it was unchanged) and the digest of the tree now settled on.
    func recordTree(_ tree: TreeState, shop: Shop, settledThrough day: Day?) throws {
        guard let day else { return }
        try store.recordNewMembers(seenOn: day, aboveId: tree.unchanged ? tree.seen?.maxMemberId : nil)
        guard !tree.changes.contains(where: \.removed), let maxId = shop.tree.ids.last else { return }
        let digest = tree.unchanged && tree.seen?.maxMemberId == maxId ? tree.seen?.digest ?? "" : InputDigest.tree(shop, upTo: maxId)
        if tree.seen?.maxMemberId != maxId || tree.seen?.digest != digest { try store.saveTreeDigest(maxMemberId: maxId, digest: digest) }
    }

    /// A day's shared rows, then the model's, in the transaction the caller opened (a rerun's
    /// day: only the lines that changed against the ones it kept).
    func write(_ result: Model.Result, _ record: SettlementStore.RunRecord, state: Model.State, derived: Model.Derived,
               replacing replaced: Int64?, changes: [LineChange<Model.Kind>]?, previous: [Line<Model.Kind>]? = nil,
               adoptTreeFrom: Day? = nil) throws -> Int64 {
        if adoptTreeFrom == result.day { try store.adoptTree(from: result.day) }
        let runId = try store.writeDay(result.lines, run: record, replacingRun: replaced, changes: changes)
        try states.writeDay(result, state: state, derived: derived, runId: runId)
        try store.postDay(result.lines, previous: previous, postings: result.postings, day: result.day, runId: runId,
                          currency: Model.currency, creditedKinds: Model.Kind.allCases.filter(Model.credits))
        return runId
    }

    // MARK: Lock, clock

    /// Holds the program's settlement lock around `body`; a second settlement fails at once (75).
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
