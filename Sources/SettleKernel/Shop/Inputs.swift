/// One member as the rules see it: an id and the referrer's id.
public struct MemberRow: Equatable, Sendable {
    public var id: Int64
    public var referrerId: Int64?
    public init(id: Int64, referrerId: Int64?) { self.id = id; self.referrerId = referrerId }
}

/// One paid order. Instants are already turned into days of the plan's timezone by the shell;
/// `paidAtMicros` only orders a member's lots (oldest first, then by order id).
public struct OrderRow: Equatable, Sendable {
    public var id: Int64
    public var memberId: Int64
    public var amountFen: Int64
    public var cashFen: Int64
    public var pointsFen: Int64
    public var paidAtMicros: Int64
    public var paidOn: Day
    /// The refund's day number and instant; `Int32.max` and 0 when not refunded. Sentinels, not
    /// optionals, so that a row is 64 bytes, not 80 (3M of them are read every night), stored
    /// one way only (so `==` compares what the optionals say).
    @usableFromInline var refundedOnNumber: Int32
    @usableFromInline var refundedAtRaw: Int64

    /// The refund's day; setting a day on a row not refunded also sets its instant to the day's
    /// UTC midnight (as `init` does), which `refundedAtMicros` may then set; nil clears both.
    @inlinable public var refundedOn: Day? {
        get { refundedOnNumber == Int32.max ? nil : Day(refundedOnNumber) }
        set {
            if let day = newValue, refundedOnNumber == Int32.max { refundedAtRaw = Int64(day.number) * 86_400_000_000 }
            if newValue == nil { refundedAtRaw = 0 }
            refundedOnNumber = newValue?.number ?? Int32.max
        }
    }
    /// The refund's instant (UTC microseconds), which orders it among a day's events (equity);
    /// nil when not refunded. Rows made without one use the refund day's UTC midnight. Set only
    /// on a refunded row.
    @inlinable public var refundedAtMicros: Int64? {
        get { refundedOnNumber == Int32.max ? nil : refundedAtRaw }
        set { if let micros = newValue, refundedOnNumber != Int32.max { refundedAtRaw = micros } }
    }

    public init(id: Int64, memberId: Int64, amountFen: Int64, cashFen: Int64? = nil, pointsFen: Int64 = 0,
                paidAtMicros: Int64, paidOn: Day, refundedOn: Day? = nil, refundedAtMicros: Int64? = nil) {
        self.id = id
        self.memberId = memberId
        self.amountFen = amountFen
        self.cashFen = cashFen ?? (amountFen - pointsFen)
        self.pointsFen = pointsFen
        self.paidAtMicros = paidAtMicros
        self.paidOn = paidOn
        self.refundedOnNumber = refundedOn?.number ?? Int32.max
        self.refundedAtRaw = refundedOn.map { refundedAtMicros ?? Int64($0.number) * 86_400_000_000 } ?? 0
    }

    /// Counts on `day`: paid on or before it and not refunded on or before it.
    @inlinable public func counts(on day: Day) -> Bool {
        paidOn <= day && (refundedOn.map { $0 > day } ?? true)
    }
}

/// Input the rules refuse before computing anything. Each case names the ids involved.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case duplicateMember(id: Int64)
    case unknownReferrer(memberId: Int64, referrerId: Int64)
    case selfReferral(memberId: Int64)
    /// One referral cycle (its members, smallest id first, in referral order) and how many members
    /// in all hang in cycles or below them.
    case referralCycle(memberIds: [Int64], membersAffected: Int)
    case duplicateOrder(id: Int64)
    case orderForUnknownMember(orderId: Int64, memberId: Int64)
    case invalidOrder(orderId: Int64, reason: String)
    case amountsTooLarge(detail: String)
    case lotStateForUnknownLot(orderId: Int64, detail: String)
    /// A row of a model's own input table (equity: `settle.equity_requests`).
    case invalidRequest(requestId: Int64, reason: String)

    public var description: String {
        switch self {
        case .duplicateMember(let id): return "member \(id) appears twice"
        case .unknownReferrer(let member, let referrer): return "member \(member) has referrer \(referrer), which is not a member"
        case .selfReferral(let member): return "member \(member) is its own referrer"
        case .referralCycle(let ids, let affected):
            let shown = ids.prefix(20).map(String.init).joined(separator: " → ")
            let more = ids.count > 20 ? " → … (\(ids.count) members in the loop)" : ""
            return "referral cycle: \(shown)\(more) → \(ids[0]); \(affected) member(s) are in or below a cycle"
        case .duplicateOrder(let id): return "order \(id) appears twice"
        case .orderForUnknownMember(let order, let member): return "order \(order) belongs to member \(member), which is not a member"
        case .invalidOrder(let order, let reason): return "order \(order): \(reason)"
        case .amountsTooLarge(let detail): return "amounts too large to settle exactly: \(detail)"
        case .lotStateForUnknownLot(let order, let detail): return "settled lot state for order \(order): \(detail)"
        case .invalidRequest(let request, let reason): return "request \(request): \(reason)"
        }
    }
}

extension OrderRow {
    /// Orders to come "at the pace of" `sample` (a run of past days): each day of `days` gets the
    /// orders paid on the sample's day in the same place of the cycle, shifted by whole days (a
    /// refund too), with new ids above `maxId`, in the sample's order. For projections only.
    public static func paced(_ orders: [OrderRow], sample: ClosedRange<Day>, into days: ClosedRange<Day>, maxId: Int64) -> [OrderRow] {
        let length = Int32(sample.count)
        precondition(length > 0, "a sample of at least one day")
        var byDay: [Int32: [OrderRow]] = [:]
        for order in orders where sample.contains(order.paidOn) { byDay[order.paidOn.number, default: []].append(order) }
        var paced: [OrderRow] = []
        var nextId = maxId
        for day in days {                                     // bounded: the days projected
            let source = sample.lowerBound.advanced(by: sample.lowerBound.distance(to: day) % length)
            let shift = source.distance(to: day)
            let micros = Int64(shift) * 86_400_000_000
            for order in byDay[source.number] ?? [] {         // bounded: one sample day's orders
                nextId += 1
                var copy = order
                copy.id = nextId
                copy.paidOn = day
                copy.paidAtMicros += micros
                copy.refundedOn = order.refundedOn?.advanced(by: shift)
                copy.refundedAtMicros = order.refundedAtMicros.map { $0 + micros }
                paced.append(copy)
            }
        }
        return paced
    }
}
