import Testing
import PropertyBased
@testable import SettleKernel
@testable import PointsModel

/// `explain` reads the rules top-down from one member; the engine bottom-up from each release.
@Suite struct ExplanationTests {
    static func explainAll(_ result: DayResult, _ snapshot: Snapshot) -> [Int32: Explanation] {
        let plan = snapshot.plans.plan(on: result.day)
        var staticFen = [Int64](repeating: 0, count: snapshot.tree.count)
        for line in result.lines where line.kind == .static { staticFen[Int(snapshot.tree.index(of: line.memberId)!)] = line.entitledFen }
        var all: [Int32: Explanation] = [:]
        for member in 0..<Int32(snapshot.tree.count) {
            all[member] = Explanation.explain(member: member, day: result.day, tree: snapshot.tree, plan: plan, staticFen: staticFen,
                                              starTier: result.starTier, teamPerformanceFen: result.teamPerformanceFen[Int(member)])
        }
        return all
    }

    /// Every member's explained totals equal the engine's entitlements, kind by kind.
    static func compare(seed: UInt64, maxMembers: Int) throws {
        let shop = RandomShop(seed: seed, maxMembers: maxMembers)
        let snapshot = try Snapshot(plans: shop.plans, members: shop.members, orders: shop.orders)
        var balances = try snapshot.balances(from: [])
        for offset in 0..<shop.days {
            let result = DayEngine.settle(day: shop.firstDay.advanced(by: offset), snapshot: snapshot, balances: &balances)
            let explained = explainAll(result, snapshot)
            for member in 0..<Int32(snapshot.tree.count) {
                let id = snapshot.tree.ids[Int(member)]
                for kind in [PointsKind.share, .team, .peer] {
                    let engine = result.lines.first { $0.memberId == id && $0.kind == kind }?.entitledFen ?? 0
                    #expect(explained[member]!.entitledFen[kind.rawValue] == engine, "seed \(seed), \(result.day), member \(id), \(kind)")
                }
            }
        }
    }

    @Test func totalsEqualTheEngineOnRandomShops() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...Int.max)) { seed in
            #expect(throws: Never.self) { try Self.compare(seed: UInt64(seed), maxMembers: 40) }
        }
    }

    @Test(arguments: [1, 2, 3, 42, 7_777] as [UInt64])
    func totalsEqualTheEngineOnFixedSeeds(seed: UInt64) throws {
        try Self.compare(seed: seed, maxMembers: 200)
    }

    /// The seed's A→B→C differentials, each named against the rate paid below.
    @Test func namesTheDifferentialAndPeerSources() throws {
        var shop = ShopBuilder()
        shop.member("A"); shop.member("B", referrer: "A"); shop.member("C", referrer: "B")
        shop.order("A", yuan: "100000")
        shop.order("B", yuan: "3000")
        shop.order("C", yuan: "50000")                    // B: 50k → 1★; A: 53k → 1★
        let snapshot = try shop.snapshot()
        let result = try shop.settle(through: 1)[0]
        let a = Self.explainAll(result, snapshot)[snapshot.tree.index(of: shop.id("A"))!]!
        let b = snapshot.tree.index(of: shop.id("B"))!, c = snapshot.tree.index(of: shop.id("C"))!
        // A: share 50% of B's 36 and 30% of C's 600; 10% differential on B's 36 (nobody below B
        // paid); 3% peer of B on C's 600.
        #expect(a.sources.map(\.kind) == [.share, .share, .team, .peer])
        #expect(a.sources.map(\.member) == [b, c, b, c])
        #expect(a.sources[2].rule == .team(rate: Rate.parse("0.10")!, paidBelow: .zero, below: nil))
        #expect(a.sources[3].rule == .peer(rate: Rate.parse("0.10")!, of: b))
        #expect(a.entitledFen == [0, 18_00 + 180_00, 3_60, 18_00])
        #expect(a.sources.allSatisfy { $0.leg == b })
    }
}

@Suite struct StandingTests {
    /// 3000 gifts 7500 (×2.5) and releases 36 a day; one day released, 7464 locked.
    @Test func lockedIsCapLessReleasedOfLotsNotRefunded() throws {
        var shop = ShopBuilder()
        shop.member("A"); shop.member("B", referrer: "A")
        shop.order("A", yuan: "3000")
        shop.order("B", yuan: "1000")                      // no lot; revenue only
        shop.order("B", yuan: "9000", day: 1, refundedDay: 1)
        let days = try shop.settle(through: 1)
        let standing = days[0].summary.standing
        #expect(standing.lockedFen == 7500_00 - 36_00 - 0)  // A's lot only; B's refunded lot is not owed
        #expect(standing.lotsOutstanding == 1)
        #expect(standing.revenueFen == 4000_00)
        #expect(standing.cashRevenueFen == 4000_00)
        #expect(standing.trailingRevenueFen == 4000_00)
    }

    /// The projection is the engine run ahead: its first day is exactly the next day settled.
    @Test func projectionIsTheEngineRunAhead() throws {
        let shop = RandomShop(seed: 99, maxMembers: 60)
        let snapshot = try Snapshot(plans: shop.plans, members: shop.members, orders: shop.orders)
        var balances = try snapshot.balances(from: [])
        let last = shop.firstDay.advanced(by: shop.days - 1)
        var day = shop.firstDay
        while day <= last { _ = DayEngine.settle(day: day, snapshot: snapshot, balances: &balances); day = day.advanced(by: 1) }
        let projected = Projection.run(after: last, days: 5, snapshot: snapshot, balances: balances)
        var ahead = balances
        for expected in projected {
            let result = DayEngine.settle(day: expected.day, snapshot: snapshot, balances: &ahead)
            #expect(expected.releasedFen == result.summary.totalPaidFen)
            #expect(expected.lockedFen == result.summary.standing.lockedFen)
        }
        #expect(projected.map(\.day) == (1...5).map { last.advanced(by: $0) })
        // Locked only falls when nothing new is bought.
        #expect(zip(projected, projected.dropFirst()).allSatisfy { $0.lockedFen >= $1.lockedFen })
    }
}
