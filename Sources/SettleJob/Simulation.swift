import SettleKernel
import SettleStore

/// `settle simulate`: settled days settled again in memory under a candidate plan, beside the
/// stored plan; written once for every model. Reads in one read-only snapshot, writes nothing,
/// takes no lock: it runs beside a nightly run.
extension DayRunner {
    /// One side of a simulation: each day's totals and summary, and every member's totals.
    public struct Replay {
        public var days: [(day: Day, totals: KindTotals, summary: Model.Summary, kinds: [Int16])] = []
        /// Entitled and paid over the days, by member (the shop's index), and who had a line.
        public var members: MemberSums
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
                          alsoRead: (Shop) throws -> T) throws -> (replays: [Replay], read: T) {
        try store.useTimeZone(books[0].timezone)
        return try store.consistently {
            let read = ContinuousClock.now
            var orders = try store.loadOrders(through: days.upperBound)
            if let pace {
                orders += OrderRow.paced(orders, sample: pace, into: days, maxId: orders.map(\.id).max() ?? 0)
            }
            let shop = try Shop(members: try store.loadMembers(), orders: orders)
            orders = []
            let also = try alsoRead(shop)
            progress.phase("read", "\(shop.tree.count) members, \(shop.orderCount) orders", since: read)
            var replays: [Replay] = []
            for book in books {                               // bounded: the sides compared
                let derived = try states.derive(shop: shop, plans: book, days: days)
                var state = try states.loadState(before: days.lowerBound, derived: derived)
                var replay = Replay(members: MemberSums(ids: shop.tree.ids))
                let compute = ContinuousClock.now
                for day in days {                             // bounded: the days asked for
                    let result = Model.settle(day: day, derived: derived, state: &state)
                    precondition(result.day == day, "the model settled another day")
                    var kinds: [Int16] = []
                    for line in result.lines where !kinds.contains(line.kind.code) { kinds.append(line.kind.code) }   // bounded: the lines
                    replay.days.append((day, KindTotals(result.lines), Model.summary(of: result), kinds.sorted()))
                    for line in result.lines {                // bounded: the day's lines
                        replay.members.add(line.memberId, line.entitledFen, line.paidFen)
                    }
                }
                progress.phase("compute", "\(days.count) days in memory", since: compute)
                replays.append(replay)
            }
            return (replays, also)
        }
    }
}

/// Entitled and paid per member over a run of days, in arrays by the shop's member index (a
/// million members: 17 bytes each, no hashing).
public struct MemberSums: Sendable {
    public let ids: [Int64]
    public private(set) var entitledFen: [Int64]
    public private(set) var paidFen: [Int64]
    public private(set) var hasLine: [Bool]
    /// Lines of members the shop no longer has (none, unless the tree lost them).
    public private(set) var strays: [Int64: (entitledFen: Int64, paidFen: Int64)] = [:]

    public init(ids: [Int64]) {
        self.ids = ids
        entitledFen = [Int64](repeating: 0, count: ids.count)
        paidFen = entitledFen
        hasLine = [Bool](repeating: false, count: ids.count)
    }

    public mutating func add(_ memberId: Int64, _ entitled: Int64, _ paid: Int64) {
        guard let index = Self.index(ids, memberId) else {
            let sum = strays[memberId] ?? (0, 0)
            strays[memberId] = (sum.entitledFen + entitled, sum.paidFen + paid)
            return
        }
        entitledFen[index] += entitled
        paidFen[index] += paid
        hasLine[index] = true
    }

    public var count: Int { hasLine.reduce(0) { $0 + ($1 ? 1 : 0) } + strays.count }
    public var totalEntitledFen: Int64 { entitledFen.reduce(0, +) + strays.values.reduce(0) { $0 + $1.entitledFen } }
    public var totalPaidFen: Int64 { paidFen.reduce(0, +) + strays.values.reduce(0) { $0 + $1.paidFen } }

    /// The paid total of a member (0 when it had no line).
    public func paid(of memberId: Int64) -> Int64 {
        Self.index(ids, memberId).map { paidFen[$0] } ?? strays[memberId]?.paidFen ?? 0
    }

    static func index(_ ids: [Int64], _ id: Int64) -> Int? {
        var low = 0, high = ids.count - 1
        while low <= high {                                   // bounded: log2(members) steps
            let mid = (low + high) / 2
            if ids[mid] == id { return mid }
            if ids[mid] < id { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
