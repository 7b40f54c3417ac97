import SettleKernel
import SettleStore

/// `settle simulate`: settled days settled again in memory under a candidate plan, beside the
/// stored plan; written once for every model. Reads in one read-only snapshot, writes nothing,
/// takes no lock: it runs beside a nightly run.
extension DayRunner {
    /// One side of a simulation: each day's totals and summary, and every member's totals.
    public struct Replay {
        public var days: [(day: Day, totals: KindTotals, summary: Model.Summary, kinds: [Int16])] = []
        /// Entitled and paid over the days, by member id (members with a line only).
        public var members: [Int64: (entitledFen: Int64, paidFen: Int64)] = [:]
        public var paidFen: Int64 { days.reduce(0) { $0 + $1.totals.totalPaidFen } }
    }

    /// The stored versions in force before `day`, then `document` from `day` on: every stored
    /// version from `day` on is replaced. The document is refused as `plan set` refuses it.
    public func candidateBook(_ document: String, from day: Day) throws -> PlanBook<Model.Plan> {
        let stored = try planBook()
        let kept = stored.versions.filter { $0.effectiveFrom < day }
        let plan: Model.Plan
        do {
            plan = try Model.parsePlan(json: document, isKnownTimeZone: isKnownTimeZone, first: kept.first?.plan)
        } catch {
            throw JobError.badInput("bad plan: \(error)")
        }
        guard plan.timezone == stored.timezone else {
            throw JobError.badInput("bad plan: plan field timezone: must stay \"\(stored.timezone)\", the timezone of the stored versions")
        }
        return PlanBook(kept + [.init(effectiveFrom: day, plan: plan)])
    }

    /// Settles `days` in memory under each of `books`, each from the state stored at the end of
    /// the day before the first, in one read-only snapshot; `alsoRead` reads in the same one.
    /// `pace`: new orders on the days, at the pace of these past days (`OrderRow.paced`).
    public func replay<T>(_ days: ClosedRange<Day>, books: [PlanBook<Model.Plan>], pace: ClosedRange<Day>? = nil,
                          alsoRead: () throws -> T) throws -> (replays: [Replay], read: T) {
        try store.useTimeZone(books[0].timezone)
        return try store.consistently {
            let also = try alsoRead()
            let read = ContinuousClock.now
            var orders = try store.loadOrders(through: days.upperBound)
            if let pace {
                orders += OrderRow.paced(orders, sample: pace, into: days, maxId: orders.map(\.id).max() ?? 0)
            }
            let shop = try Shop(members: try store.loadMembers(), orders: orders)
            progress.phase("read", "\(shop.tree.count) members, \(shop.orderCount) orders", since: read)
            var replays: [Replay] = []
            for book in books {                               // bounded: the sides compared
                let derived = try states.derive(shop: shop, plans: book, days: days)
                var state = try states.loadState(before: days.lowerBound, derived: derived)
                var replay = Replay()
                let compute = ContinuousClock.now
                for day in days {                             // bounded: the days asked for
                    let result = Model.settle(day: day, derived: derived, state: &state)
                    precondition(result.day == day, "the model settled another day")
                    var kinds: [Int16] = []
                    for line in result.lines where !kinds.contains(line.kind.code) { kinds.append(line.kind.code) }   // bounded: the lines
                    replay.days.append((day, KindTotals(result.lines), Model.summary(of: result), kinds.sorted()))
                    for line in result.lines {                // bounded: the day's lines
                        let sum = replay.members[line.memberId] ?? (0, 0)
                        replay.members[line.memberId] = (sum.entitledFen + line.entitledFen, sum.paidFen + line.paidFen)
                    }
                }
                progress.phase("compute", "\(days.count) days in memory", since: compute)
                replays.append(replay)
            }
            return (replays, also)
        }
    }
}
