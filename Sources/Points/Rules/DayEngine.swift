import SettleKernel

/// Settles one day (SPEC §3) in time linear in members + lots, whatever the depth of the tree.
///
/// Team differential and peer bonus are the only rules that look far up the tree. Instead of
/// walking every ancestor of every releasing member, the engine keeps, for each member and each
/// star level l, the nearest ancestor whose level is above l. A releasing member's walk then
/// visits only the ancestors that get something: at most one per level (differentials) plus
/// `peer_generations` per level (peers), a bound set by the plan, not by the tree.
public enum DayEngine {
    public static func settle(day: Day, snapshot: Snapshot, balances: inout LotBalances) -> DayResult {
        let version = snapshot.plans.version(on: day)
        let plan = version.plan
        precondition(balances.releasedFen.count == snapshot.lotCount, "balances belong to another snapshot")
        let releasedBefore = balances.releasedFen.reduce(0, +)

        // The static release and the star tiers need nothing of each other: both at once, on
        // the two cores. Each closure assigns its own variables.
        var released: Release? = nil, ranked: (performance: [Int128], tiers: StarTiers)? = nil
        TwoHalves.both({
            released = staticRelease(day: day, snapshot: snapshot, balances: &balances)
        }, {
            let performance = teamPerformance(day: day, snapshot: snapshot)
            ranked = (performance, StarTiers(plan: plan, performance: performance))
        })
        guard released != nil, let (performance, tiers) = ranked else { preconditionFailure("a half of the day's first step did not run") }
        var release = released.unsafelyUnwrapped
        released = nil                                         // the rows' only owner: written in place, not copied
        let parts = entitlements(plan: plan, tree: snapshot.tree, staticFen: release.staticFen, level: tiers.level)
        var summary = DaySummary()
        let lines = pay(parts, plan: plan, release: &release, tiers: tiers, snapshot: snapshot, balances: &balances, summary: &summary)
        close(day: day, release: &release, lines: lines, snapshot: snapshot, balances: balances,
              releasedBefore: releasedBefore, summary: &summary)
        summary.standing = Standing.at(day: day, snapshot: snapshot, balances: balances)
        var result = DayResult(day: day, planEffectiveFrom: version.effectiveFrom, lines: lines, lots: release.rows,
                               summary: summary, teamPerformanceFen: performance, starTier: tiers.starTier)
        (result.entered, result.refunds) = record(day: day, snapshot: snapshot, balances: &balances)
        return result
    }

    /// 6. What the state records of the day beyond the releases: the lots it holds from today on
    /// (paid today, or first seen) and the refunds it sees for the first time.
    static func record(day: Day, snapshot: Snapshot, balances: inout LotBalances) -> (entered: [LotEntry], refunds: [LotRelease]) {
        var entered: [LotEntry] = [], refunds: [LotRelease] = []
        for lot in 0..<snapshot.lotCount {                     // bounded: one pass over the lots
            let order = Int(snapshot.lotOrder[lot])
            guard snapshot.orderPaidOn[order] <= day.number else { continue }
            let released = balances.releasedFen[lot]
            let refund = !balances.refundRecorded[lot] && snapshot.orderRefundedOn[order] <= day.number && released < snapshot.lotCapFen[lot]
            let memberId = snapshot.tree.ids[Int(snapshot.orderMember[order])]
            if refund {
                balances.refundRecorded[lot] = true
                refunds.append(LotRelease(orderId: snapshot.orderIds[order], memberId: memberId, staticFen: 0, shareFen: 0, teamFen: 0,
                                          peerFen: 0, releasedTotalFen: released, exhausted: false, refunded: true))
            }
            guard !balances.known[lot] else { continue }
            balances.known[lot] = true
            let status: LotAnchor.Status = balances.refundRecorded[lot] ? .refunded : released == snapshot.lotCapFen[lot] ? .exhausted : .live
            entered.append(LotEntry(orderId: snapshot.orderIds[order], memberId: memberId, paidOn: Day(snapshot.orderPaidOn[order]),
                                    giftTier: Int(snapshot.lotTier[lot]), capFen: snapshot.lotCapFen[lot], dailyFen: snapshot.lotDailyFen[lot],
                                    activeFrom: Day(snapshot.lotActiveFrom[lot]), releasedFen: released, status: status))
        }
        refunds.sort { $0.orderId < $1.orderId }
        return (entered, refunds)
    }

    /// The day's lot rows (one per lot active at the start of the day) and S(m) per member.
    struct Release {
        var rows: [LotRelease] = []
        /// The lot index of each row.
        var rowLot: [Int32] = []
        /// Rows of member m: `memberRowStart[m] ..< memberRowStart[m + 1]`.
        var memberRowStart: [Int32]
        var staticFen: [Int64]
        func rowRange(_ member: Int) -> Range<Int> { Int(memberRowStart[member])..<Int(memberRowStart[member + 1]) }
    }

    /// 1. Static release, lot by lot (SPEC §3.2).
    static func staticRelease(day: Day, snapshot: Snapshot, balances: inout LotBalances) -> Release {
        let tree = snapshot.tree
        let memberCount = tree.count
        var release = Release(memberRowStart: [Int32](repeating: 0, count: memberCount + 1),
                              staticFen: [Int64](repeating: 0, count: memberCount))
        release.rows.reserveCapacity(snapshot.lotCount)
        release.rowLot.reserveCapacity(snapshot.lotCount)
        for member in 0..<memberCount {
            release.memberRowStart[member] = Int32(release.rows.count)
            var sum: Int64 = 0
            for lot in Int(snapshot.memberLotStart[member])..<Int(snapshot.memberLotStart[member + 1]) {
                guard isActive(lot, on: day, snapshot, balances) else { continue }
                let remaining = snapshot.lotCapFen[lot] - balances.releasedFen[lot]
                let amount = min(snapshot.lotDailyFen[lot], remaining)
                balances.releasedFen[lot] += amount
                sum += amount
                release.rowLot.append(Int32(lot))
                release.rows.append(LotRelease(orderId: snapshot.orderIds[Int(snapshot.lotOrder[lot])], memberId: tree.ids[member],
                                               staticFen: amount, shareFen: 0, teamFen: 0, peerFen: 0,
                                               releasedTotalFen: 0, exhausted: false))
            }
            release.staticFen[member] = sum
        }
        release.memberRowStart[memberCount] = Int32(release.rows.count)
        return release
    }

    /// 2. Star tiers from team performance (SPEC §3.3).
    struct StarTiers {
        /// Index into `plan.starTiers`, -1 for none.
        var starTier: [Int8]
        /// 0: rate 0; t + 1: `starTiers[t]` with a rate above 0.
        var level: [Int8]
        init(plan: Plan, performance: [Int128]) {
            starTier = [Int8](repeating: -1, count: performance.count)
            level = [Int8](repeating: 0, count: performance.count)
            for member in performance.indices {
                guard let tier = plan.starTierIndex(forPerformanceFen: performance[member]) else { continue }
                starTier[member] = Int8(tier)
                if plan.starTiers[tier].rate > .zero { level[member] = Int8(tier + 1) }
            }
        }
    }

    /// 3. Entitlements, exact (parts per billion × fen), truncated later once per member and kind.
    struct Parts {
        var share: [Int128]
        var team: [Int128]
        var peer: [Int128]
        func of(_ kind: PointsKind, _ member: Int) -> Int128 {
            kind == .share ? share[member] : kind == .team ? team[member] : peer[member]
        }
    }

    /// On the two cores: the share parts beside the nearest ancestors above each level, then the
    /// team and peer walks, every other member's on each, into parts of their own that are added
    /// (sums of exact integers: the same whatever the order).
    static func entitlements(plan: Plan, tree: ReferralTree, staticFen: [Int64], level: [Int8]) -> Parts {
        // Each array made here, on this thread, before either core writes it (`TwoHalves.both`).
        func zeros() -> [Int128] { [Int128](repeating: 0, count: tree.count) }
        let walked = plan.starTiers.count > 0 && level.contains(where: { $0 > 0 })
        var share = zeros(), above: [Int32] = []
        TwoHalves.both({
            if walked { above = nearestAncestorAbove(tree: tree, level: level, levels: plan.starTiers.count) }
        }, {
            accumulateShare(plan: plan, tree: tree, staticFen: staticFen, into: &share)
        })
        var parts = Parts(share: share, team: [], peer: [])
        guard walked else { parts.team = zeros(); parts.peer = zeros(); return parts }
        var team = zeros(), peer = zeros(), otherTeam = zeros(), otherPeer = zeros()
        TwoHalves.both({
            accumulateTeamAndPeer(plan: plan, tree: tree, staticFen: staticFen, level: level, above: above, startingAt: 0, every: 2, team: &team, peer: &peer)
        }, {
            accumulateTeamAndPeer(plan: plan, tree: tree, staticFen: staticFen, level: level, above: above, startingAt: 1, every: 2,
                                  team: &otherTeam, peer: &otherPeer)
        })
        for member in 0..<tree.count {                        // bounded: the members
            team[member] += otherTeam[member]
            peer[member] += otherPeer[member]
        }
        parts.team = team
        parts.peer = peer
        return parts
    }

    /// 4. Pay share, team, peer from the member's own active lots, oldest first (SPEC §3.6).
    static func pay(_ parts: Parts, plan: Plan, release: inout Release, tiers: StarTiers, snapshot: Snapshot,
                    balances: inout LotBalances, summary: inout DaySummary) -> [PointsLine] {
        let tree = snapshot.tree
        var lines: [PointsLine] = []
        lines.reserveCapacity(release.rows.count + release.rows.count / 4)
        summary.membersPerStarTier = [Int](repeating: 0, count: plan.starTiers.count + 1)
        for member in 0..<tree.count {
            summary.membersPerStarTier[Int(tiers.starTier[member]) + 1] += 1
            let id = tree.ids[member]
            var memberPaid: Int64 = 0
            let staticFen = release.staticFen[member]
            if staticFen > 0 {
                lines.append(PointsLine(memberId: id, kind: .static, entitledFen: staticFen, paidFen: staticFen))
                memberPaid += staticFen
            }
            for kind in [PointsKind.share, .team, .peer] {
                let entitledFen = Int64(parts.of(kind, member) / Int128(Rate.scale))
                guard entitledFen > 0 else { continue }
                let paid = payFromLots(entitledFen, kind: kind, rows: &release.rows, rowLot: release.rowLot,
                                       range: release.rowRange(member), snapshot: snapshot, balances: &balances)
                lines.append(PointsLine(memberId: id, kind: kind, entitledFen: entitledFen, paidFen: paid))
                memberPaid += paid
            }
            if memberPaid > 0 { summary.membersPaid += 1 }
        }
        return lines
    }

    /// 5. Close the day's lot rows, total the lines, and check the books balance.
    static func close(day: Day, release: inout Release, lines: [PointsLine], snapshot: Snapshot, balances: LotBalances,
                      releasedBefore: Int64, summary: inout DaySummary) {
        for index in release.rows.indices {
            let lot = Int(release.rowLot[index])
            let released = balances.releasedFen[lot]
            precondition(released <= snapshot.lotCapFen[lot], "lot of order \(release.rows[index].orderId) released past its cap")
            release.rows[index].releasedTotalFen = released
            release.rows[index].exhausted = released == snapshot.lotCapFen[lot]
            if release.rows[index].exhausted { summary.lotsExhausted += 1 }
        }
        for line in lines {
            precondition(line.paidFen >= 0 && line.paidFen <= line.entitledFen, "paid outside 0…entitled for member \(line.memberId)")
            summary.entitledFen[line.kind.rawValue] += line.entitledFen
            summary.paidFen[line.kind.rawValue] += line.paidFen
        }
        let releasedToday = release.rows.reduce(Int64(0)) { $0 + $1.releasedTodayFen }
        precondition(releasedToday == summary.totalPaidFen, "lots released \(releasedToday) but lines paid \(summary.totalPaidFen)")
        precondition(balances.releasedFen.reduce(0, +) == releasedBefore + releasedToday, "lot balances moved by more than the day released")
        summary.lotsActive = release.rows.count
        for lot in 0..<snapshot.lotCount where snapshot.orderPaidOn[Int(snapshot.lotOrder[lot])] == day.number { summary.lotsCreated += 1 }
    }

    /// Active on `day`: past its lag, not refunded on or before the day, not yet at its cap (SPEC §3.1).
    @inline(__always)
    static func isActive(_ lot: Int, on day: Day, _ snapshot: Snapshot, _ balances: LotBalances) -> Bool {
        snapshot.lotActiveFrom[lot] <= day.number
            && snapshot.orderRefundedOn[Int(snapshot.lotOrder[lot])] > day.number
            && balances.releasedFen[lot] < snapshot.lotCapFen[lot]
    }

    /// P(m): amounts of the downline's orders that count on `day`, summed bottom-up.
    public static func teamPerformance(day: Day, snapshot: Snapshot) -> [Int128] {
        let tree = snapshot.tree
        var own = [Int128](repeating: 0, count: tree.count)
        for order in 0..<snapshot.orderCount where snapshot.orderCounts(order, on: day) {
            own[Int(snapshot.orderMember[order])] += Int128(snapshot.orderAmountFen[order])
        }
        var performance = [Int128](repeating: 0, count: tree.count)
        for position in stride(from: tree.count - 1, through: 0, by: -1) {
            let member = Int(tree.topDown[position])
            let parent = Int(tree.parent[member])
            if parent >= 0 { performance[parent] += performance[member] + own[member] }
        }
        return performance
    }

    /// share(m) parts: Σ_g share_rates[g] × S(x) over x in generation g of m. O(members × generations).
    static func accumulateShare(plan: Plan, tree: ReferralTree, staticFen: [Int64], into parts: inout [Int128]) {
        let rates = plan.shareRates.map { Int128($0.ppb) }
        guard !rates.isEmpty else { return }
        for member in 0..<tree.count where staticFen[member] > 0 {
            let base = Int128(staticFen[member])
            var ancestor = Int(tree.parent[member])
            for rate in rates {                               // bounded: at most 10 generations
                guard ancestor >= 0 else { break }
                parts[ancestor] += rate * base
                ancestor = Int(tree.parent[ancestor])
            }
        }
    }

    /// Team differential and peer bonus parts (SPEC §3.5).
    ///
    /// Each member's walk up the tree is a chain of loads, each waiting on the one before; the
    /// walks of different members are independent. So `lanes` walks go at once, a step of each in
    /// turn, and their waits on memory overlap (one walk at a time waited at every step: a tenth
    /// of a night's process). The parts are sums of exact integers: the order of the additions
    /// does not change them.
    /// The walks from members `first`, `first + stride`, `first + 2 × stride`, … (`stride` 2:
    /// one share of the walks per core); `above` from `nearestAncestorAbove`.
    static func accumulateTeamAndPeer(plan: Plan, tree: ReferralTree, staticFen: [Int64], level: [Int8], above: [Int32],
                                      startingAt first: Int = 0, every stride: Int = 1, team: inout [Int128], peer: inout [Int128]) {
        let levels = plan.starTiers.count
        precondition(above.count == tree.count * levels && first >= 0 && first < stride, "walks without their ancestors, or a start past the stride")
        let rateByLevel: [Int128] = [0] + plan.starTiers.map { Int128($0.rate.ppb) }
        let peerRate = Int128(plan.peerRate.ppb)
        let peerGenerations = plan.peerGenerations
        let maxSteps = levels * (peerGenerations + 1) + 1

        struct Walk { var base: Int128 = 0; var current = -1; var paidLevel = 0; var peers = 0; var steps = 0 }
        let lanes = 8
        var walks = [Walk](repeating: Walk(), count: lanes)
        var nextMember = first
        /// The lane's next member with a static release to walk from, or nil when none is left.
        func starter() -> Walk? {
            while nextMember < tree.count && staticFen[nextMember] <= 0 { nextMember += stride }   // bounded: the members
            guard nextMember < tree.count else { return nil }
            defer { nextMember += stride }
            return Walk(base: Int128(staticFen[nextMember]), current: nextMember)
        }
        var live = 0
        for lane in 0..<lanes { if let walk = starter() { walks[lane] = walk; live += 1 } }
        while live > 0 {                                      // bounded: members × maxSteps steps in all
            for lane in 0..<lanes where walks[lane].current >= 0 {
                var walk = walks[lane]
                walk.steps += 1
                precondition(walk.steps <= maxSteps, "team walk exceeded its bound")
                let wantPeer = walk.paidLevel > 0 && walk.peers < peerGenerations
                let searchLevel = wantPeer ? walk.paidLevel - 1 : walk.paidLevel   // find level > searchLevel
                let next = searchLevel < levels ? Int(above[walk.current * levels + searchLevel]) : -1
                if next >= 0 {
                    let nextLevel = Int(level[next])
                    if nextLevel > walk.paidLevel {
                        team[next] += (rateByLevel[nextLevel] - rateByLevel[walk.paidLevel]) * walk.base
                        walk.paidLevel = nextLevel
                        walk.peers = 0
                    } else {
                        peer[next] += peerRate * walk.base
                        walk.peers += 1
                    }
                    walk.current = next
                } else if let started = starter() {
                    walk = started
                } else {
                    walk.current = -1
                    live -= 1
                }
                walks[lane] = walk
            }
        }
    }

    /// `above[m × levels + l]`: the nearest proper ancestor of m whose level is above l, or -1.
    /// Filled top-down, so each entry costs O(1): O(members × levels) in all.
    static func nearestAncestorAbove(tree: ReferralTree, level: [Int8], levels: Int) -> [Int32] {
        var above = [Int32](repeating: -1, count: tree.count * levels)
        for member32 in tree.topDown {
            let member = Int(member32)
            let parent = Int(tree.parent[member])
            guard parent >= 0 else { continue }
            let parentLevel = Int(level[parent])
            for l in 0..<levels {
                above[member * levels + l] = parentLevel > l ? Int32(parent) : above[parent * levels + l]
            }
        }
        return above
    }

    /// Pays an entitlement out of the member's active lots, oldest first; returns what was paid.
    static func payFromLots(_ entitledFen: Int64, kind: PointsKind, rows: inout [LotRelease], rowLot: [Int32], range: Range<Int>,
                            snapshot: Snapshot, balances: inout LotBalances) -> Int64 {
        var left = entitledFen
        for index in range where left > 0 {
            let lot = Int(rowLot[index])
            let room = snapshot.lotCapFen[lot] - balances.releasedFen[lot]
            let take = min(room, left)
            guard take > 0 else { continue }
            balances.releasedFen[lot] += take
            left -= take
            switch kind {
            case .share: rows[index].shareFen += take
            case .team: rows[index].teamFen += take
            case .peer: rows[index].peerFen += take
            case .static: preconditionFailure("static is released lot by lot, not paid")
            }
        }
        return entitledFen - left
    }
}
