@testable import SettleKernel
@testable import PointsModel

/// The rules of SPEC §3 written the slow, obvious way: dictionaries, every ancestor of every
/// releasing member walked one by one, nothing precomputed. The engine must agree to the fen.
struct ReferenceSettlement {
    struct LotRow: Equatable { var orderId: Int64; var byKind: [Int64]; var total: Int64; var exhausted: Bool }

    let plans: PointsPlanBook
    let members: [MemberRow]
    let orders: [OrderRow]
    var released: [Int64: Int64] = [:]          // order id → released so far

    mutating func settle(day: Day) -> (lines: [PointsLine], lots: [LotRow]) {
        let plan = plans.plan(on: day)
        let referrer = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.referrerId) })

        // Lots: qualifying orders, their terms from the plan of the paid day.
        struct Lot { var order: OrderRow; var cap: Int64; var daily: Int64; var activeFrom: Day }
        var lotsByMember: [Int64: [Lot]] = [:]
        for order in orders {
            let paidPlan = plans.plan(on: order.paidOn)
            var tier: Int? = nil
            for (index, gift) in paidPlan.giftTiers.enumerated() where gift.minAmountFen <= order.amountFen { tier = index }
            guard let tier else { continue }
            let cap = Int64(Int128(order.amountFen) * Int128(paidPlan.giftTiers[tier].multiplier.ppb) / 1_000_000_000)
            let daily = Int64(Int128(order.amountFen) * Int128(paidPlan.dailyReleaseRate.ppb) / 1_000_000_000)
            lotsByMember[order.memberId, default: []].append(
                Lot(order: order, cap: cap, daily: daily, activeFrom: order.paidOn.advanced(by: Int32(paidPlan.releaseLagDays))))
        }
        for key in lotsByMember.keys {
            lotsByMember[key]!.sort { ($0.order.paidAtMicros, $0.order.id) < ($1.order.paidAtMicros, $1.order.id) }
        }
        func active(_ lot: Lot) -> Bool {
            lot.activeFrom <= day && !(lot.order.refundedOn.map { $0 <= day } ?? false) && released[lot.order.id, default: 0] < lot.cap
        }

        // Static release.
        var byKind: [Int64: [Int64]] = [:]          // order id → released today by kind
        var activeLots: [Int64: [Lot]] = [:]
        var staticOf: [Int64: Int64] = [:]
        for (member, lots) in lotsByMember {
            for lot in lots where active(lot) {
                let release = min(lot.daily, lot.cap - released[lot.order.id, default: 0])
                released[lot.order.id, default: 0] += release
                byKind[lot.order.id] = [release, 0, 0, 0]
                activeLots[member, default: []].append(lot)
                staticOf[member, default: 0] += release
            }
        }

        func ancestors(of member: Int64) -> [Int64] {
            var chain: [Int64] = []
            var current = referrer[member]!
            while let id = current { chain.append(id); current = referrer[id]! }
            return chain
        }
        func isDescendant(_ x: Int64, of m: Int64) -> Bool { ancestors(of: x).contains(m) }

        // Team performance and rate, by scanning every order for every member.
        var rate: [Int64: Int64] = [:]
        for member in members {
            var performance: Int128 = 0
            for order in orders where order.counts(on: day) && isDescendant(order.memberId, of: member.id) {
                performance += Int128(order.amountFen)
            }
            var memberRate: Int64 = 0
            for star in plan.starTiers where Int128(star.minTeamPerformanceFen) <= performance { memberRate = star.rate.ppb }
            rate[member.id] = memberRate
        }

        // Entitlements.
        var share: [Int64: Int128] = [:], team: [Int64: Int128] = [:], peer: [Int64: Int128] = [:]
        for x in members {
            let s = Int128(staticOf[x.id, default: 0])
            guard s > 0 else { continue }
            for (generation, ancestor) in ancestors(of: x.id).enumerated() where generation < plan.shareRates.count {
                share[ancestor, default: 0] += Int128(plan.shareRates[generation].ppb) * s
            }
            var paid: Int64 = 0
            var peers = 0
            for y in ancestors(of: x.id) {
                let r = rate[y]!
                if r > paid {
                    team[y, default: 0] += Int128(r - paid) * s
                    paid = r
                    peers = 0
                } else if r == paid && paid > 0 && peers < plan.peerGenerations {
                    peer[y, default: 0] += Int128(plan.peerRate.ppb) * s
                    peers += 1
                }
            }
        }

        // Pay, member by member: share, then team, then peer, oldest lot first.
        var lines: [PointsLine] = []
        for member in members.map(\.id).sorted() {
            if let s = staticOf[member], s > 0 { lines.append(PointsLine(memberId: member, kind: .static, entitledFen: s, paidFen: s)) }
            for (kind, parts) in [(PointsKind.share, share[member]), (.team, team[member]), (.peer, peer[member])] {
                let entitled = Int64((parts ?? 0) / 1_000_000_000)
                guard entitled > 0 else { continue }
                var left = entitled
                for lot in activeLots[member, default: []] {
                    let room = lot.cap - released[lot.order.id]!
                    let take = min(room, left)
                    released[lot.order.id]! += take
                    byKind[lot.order.id]![kind.rawValue] += take
                    left -= take
                }
                lines.append(PointsLine(memberId: member, kind: kind, entitledFen: entitled, paidFen: entitled - left))
            }
        }
        var lotRows: [LotRow] = []
        for member in members.map(\.id).sorted() {
            for lot in activeLots[member, default: []] {
                let total = released[lot.order.id]!
                lotRows.append(LotRow(orderId: lot.order.id, byKind: byKind[lot.order.id]!, total: total, exhausted: total == lot.cap))
            }
        }
        return (lines, lotRows)
    }
}
