/// Digests of the inputs that belong to each day: the orders paid on it and the refunds made on
/// it. A settled day stores its own; a later run recomputes them from the tables and names the
/// settled days whose inputs changed (late orders, late refunds, edits). Order-independent: a
/// digest is the sum (mod 2^64) of a mixed hash of each row, so row order never matters.
public struct DayDigest: Equatable, Sendable {
    public var paid: UInt64 = 0
    public var refunds: UInt64 = 0
    /// A model's own input of the day (equity: its requests); 0 for the others.
    public var requests: UInt64 = 0
    public init(paid: UInt64 = 0, refunds: UInt64 = 0, requests: UInt64 = 0) {
        self.paid = paid; self.refunds = refunds; self.requests = requests
    }
    public var paidHex: String { InputDigest.hex(paid) }
    public var refundsHex: String { InputDigest.hex(refunds) }
}

public enum InputDigest {
    /// Digests of every day in `days`, from a shop's orders.
    public static func byDay(_ shop: Shop, days: ClosedRange<Day>) -> [Day: DayDigest] {
        let first = days.lowerBound.number, count = Int(days.upperBound.number - first) + 1
        var paid = [UInt64](repeating: 0, count: count), refunds = [UInt64](repeating: 0, count: count)
        var seenPaid = [Bool](repeating: false, count: count), seenRefund = [Bool](repeating: false, count: count)
        for order in 0..<shop.orderCount {                    // bounded: the orders; a slot per day, no hashing
            let paidOn = shop.orderPaidOn[order]
            if paidOn >= first, Int(paidOn - first) < count {
                let memberId = shop.tree.ids[Int(shop.orderMember[order])]
                paid[Int(paidOn - first)] &+= paidOrder(id: shop.orderIds[order], memberId: memberId, amountFen: shop.orderAmountFen[order],
                                                        cashFen: shop.orderCashFen(order), pointsFen: shop.orderPointsFen[order], paidOn: paidOn)
                seenPaid[Int(paidOn - first)] = true
            }
            let refundedOn = shop.orderRefundedOn[order]
            if refundedOn != Int32.max, refundedOn >= first, Int(refundedOn - first) < count {
                refunds[Int(refundedOn - first)] &+= mix([shop.orderIds[order], Int64(refundedOn)])
                seenRefund[Int(refundedOn - first)] = true
            }
        }
        var digests: [Day: DayDigest] = [:]
        for slot in 0..<count where seenPaid[slot] || seenRefund[slot] {   // bounded: the days
            digests[Day(first + Int32(slot))] = DayDigest(paid: paid[slot], refunds: refunds[slot])
        }
        return digests
    }

    /// One paid order's share of its day's paid digest (a day's digest is their sum).
    @inline(__always)
    public static func paidOrder(id: Int64, memberId: Int64, amountFen: Int64, cashFen: Int64, pointsFen: Int64, paidOn: Int32) -> UInt64 {
        mix([id, memberId, amountFen, cashFen, pointsFen, Int64(paidOn)])
    }

    /// A digest of the whole shop and a program's plan book, for the run record.
    public static func whole<Plan: ModelPlan>(_ shop: Shop, plans: PlanBook<Plan>) -> String {
        var sum: UInt64 = 0
        for member in 0..<shop.tree.count {
            let parent = shop.tree.parent[member]
            sum &+= mix([shop.tree.ids[member], parent < 0 ? -1 : shop.tree.ids[Int(parent)]])
        }
        for order in 0..<shop.orderCount {
            sum &+= mix([shop.orderIds[order], shop.orderAmountFen[order], Int64(shop.orderPaidOn[order]),
                         Int64(shop.orderRefundedOn[order]), shop.orderPointsFen[order]])
        }
        for version in plans.versions {
            sum &+= mix([Int64(version.effectiveFrom.number), Int64(bitPattern: mix(version.plan.digestFields))])
        }
        return "m\(shop.tree.count)-o\(shop.orderCount)-" + hex(sum)
    }

    /// A digest of the referral tree over the members with an id up to `maxMemberId`.
    public static func tree(_ shop: Shop, upTo maxMemberId: Int64) -> String {
        var sum: UInt64 = 0
        for member in 0..<shop.tree.count where shop.tree.ids[member] <= maxMemberId {   // bounded: the members
            let parent = shop.tree.parent[member]
            sum &+= mix([shop.tree.ids[member], parent < 0 ? -1 : shop.tree.ids[Int(parent)]])
        }
        return hex(sum)
    }

    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// SplitMix64 finalizer over the fields: stable across processes and platforms
    /// (Swift's `Hasher` is seeded per process and must not be used here).
    @inline(__always)
    public static func mix(_ fields: [Int64]) -> UInt64 {
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
