/// Digests of the inputs that belong to each day: the orders paid on it and the refunds made on
/// it. A settled day stores its own; a later run recomputes them from the tables and names the
/// settled days whose inputs changed (late orders, late refunds, edits). Order-independent: a
/// digest is the sum (mod 2^64) of a mixed hash of each row, so row order never matters.
public struct DayDigest: Equatable, Sendable {
    public var paid: UInt64 = 0
    public var refunds: UInt64 = 0
    public init(paid: UInt64 = 0, refunds: UInt64 = 0) { self.paid = paid; self.refunds = refunds }
    public var paidHex: String { InputDigest.hex(paid) }
    public var refundsHex: String { InputDigest.hex(refunds) }
}

public enum InputDigest {
    /// Digests of every day in `days`, from a snapshot's orders.
    public static func byDay(_ snapshot: Snapshot, days: ClosedRange<Day>) -> [Day: DayDigest] {
        var digests: [Day: DayDigest] = [:]
        for order in 0..<snapshot.orderCount {
            let paidOn = Day(snapshot.orderPaidOn[order])
            let memberId = snapshot.tree.ids[Int(snapshot.orderMember[order])]
            if days.contains(paidOn) {
                let hash = mix([snapshot.orderIds[order], memberId, snapshot.orderAmountFen[order],
                                snapshot.orderCashFen[order], snapshot.orderPointsFen[order], Int64(paidOn.number)])
                digests[paidOn, default: DayDigest()].paid &+= hash
            }
            let refundedOn = snapshot.orderRefundedOn[order]
            if refundedOn != Int32.max, days.contains(Day(refundedOn)) {
                digests[Day(refundedOn), default: DayDigest()].refunds &+= mix([snapshot.orderIds[order], Int64(refundedOn)])
            }
        }
        return digests
    }

    /// A digest of the whole snapshot and plan book, for the run record.
    public static func whole(_ snapshot: Snapshot) -> String {
        var sum: UInt64 = 0
        for member in 0..<snapshot.tree.count {
            let parent = snapshot.tree.parent[member]
            sum &+= mix([snapshot.tree.ids[member], parent < 0 ? -1 : snapshot.tree.ids[Int(parent)]])
        }
        for order in 0..<snapshot.orderCount {
            sum &+= mix([snapshot.orderIds[order], snapshot.orderAmountFen[order], Int64(snapshot.orderPaidOn[order]),
                         Int64(snapshot.orderRefundedOn[order]), snapshot.orderPointsFen[order]])
        }
        for version in snapshot.plans.versions { sum &+= mix([Int64(version.effectiveFrom.number), Int64(bitPattern: version.plan.hashValueForDigest)]) }
        return "m\(snapshot.tree.count)-o\(snapshot.orderCount)-" + hex(sum)
    }

    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// SplitMix64 finalizer over the fields: stable across processes and platforms
    /// (Swift's `Hasher` is seeded per process and must not be used here).
    @inline(__always)
    static func mix(_ fields: [Int64]) -> UInt64 {
        var state: UInt64 = 0x243F_6A88_85A3_08D3
        for field in fields {
            state = (state ^ UInt64(bitPattern: field)) &* 0x9E37_79B9_7F4A_7C15
            state = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
            state = (state ^ (state >> 27)) &* 0x94D0_49BB_1331_11EB
            state ^= state >> 31
        }
        return state
    }
}

extension Plan {
    /// A stable number for the plan's terms (not Swift's per-process hash).
    var hashValueForDigest: UInt64 {
        var fields: [Int64] = [Int64(releaseLagDays), dailyReleaseRate.ppb, peerRate.ppb, Int64(peerGenerations)]
        for tier in giftTiers { fields += [tier.minAmountFen, tier.multiplier.ppb] }
        fields += shareRates.map(\.ppb)
        for tier in starTiers { fields += [Int64(tier.stars), tier.minTeamPerformanceFen, tier.rate.ppb] }
        return InputDigest.mix(fields)
    }
}
