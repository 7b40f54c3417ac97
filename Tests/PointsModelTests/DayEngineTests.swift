import Testing
@testable import SettleKernel
@testable import PointsModel

@Suite struct DayEngineTests {
    /// A million-deep chain settles without recursion: every member releases and every ancestor
    /// pays differentials; the result is checked by its conservation, not by timing.
    @Test func millionDeepChainSettles() throws {
        let depth = 1_000_000
        let members = (0..<depth).map { MemberRow(id: Int64($0), referrerId: $0 == 0 ? nil : Int64($0 - 1)) }
        let orders = (0..<depth).map {
            OrderRow(id: Int64($0), memberId: Int64($0), amountFen: 3000_00, paidAtMicros: 0, paidOn: Day(0))
        }
        let snapshot = try Snapshot(plans: PointsPlanBook([.init(effectiveFrom: Day(0), plan: ShopBuilder.defaultPlan)]),
                                    members: members, orders: orders)
        var balances = try snapshot.balances(from: [])
        let result = DayEngine.settle(day: Day(1), snapshot: snapshot, balances: &balances)
        #expect(result.summary.paidFen[PointsKind.static.rawValue] == Int64(depth) * 36_00)
        #expect(result.summary.entitledFen[PointsKind.team.rawValue] > 0)
        #expect(result.summary.entitledFen[PointsKind.peer.rawValue] > 0)
        #expect(result.lots.map(\.releasedTodayFen).reduce(0, +) == result.summary.totalPaidFen)
    }
}

@Suite struct DeterminismTests {
    /// The same shop with its rows shuffled gives the same lines and lots.
    @Test(arguments: [11, 12, 13, 14, 15] as [UInt64])
    func inputOrderDoesNotMatter(seed: UInt64) throws {
        let shop = RandomShop(seed: seed, maxMembers: 120)
        var random = SeededRandom(seed: seed ^ 0xABCDEF)
        func run(_ members: [MemberRow], _ orders: [OrderRow]) throws -> [String] {
            let snapshot = try Snapshot(plans: shop.plans, members: members, orders: orders)
            var balances = try snapshot.balances(from: [])
            return (0..<shop.days).map { offset in
                let result = DayEngine.settle(day: shop.firstDay.advanced(by: offset), snapshot: snapshot, balances: &balances)
                return "\(result.lines)|\(result.lots)"
            }
        }
        let first = try run(shop.members, shop.orders)
        let second = try run(shop.members.shuffled(using: &random), shop.orders.shuffled(using: &random))
        #expect(first == second)
    }

    /// Saved lot states (as the database keeps them) carry a day over exactly.
    @Test func restartingFromSavedStatesGivesTheSameDays() throws {
        let shop = RandomShop(seed: 99, maxMembers: 80)
        let snapshot = try Snapshot(plans: shop.plans, members: shop.members, orders: shop.orders)
        var straight = try snapshot.balances(from: [])
        var results: [DayResult] = []
        for offset in 0..<shop.days { results.append(DayEngine.settle(day: shop.firstDay.advanced(by: offset), snapshot: snapshot, balances: &straight)) }
        let saved = results[0].lots.map { LotState(orderId: $0.orderId, releasedFen: $0.releasedTotalFen) }
        var resumed = try snapshot.balances(from: saved)
        // Lots exhausted before day 0 do not occur here (no earlier settled day); day 1 onwards must match.
        for offset in 1..<shop.days {
            let again = DayEngine.settle(day: shop.firstDay.advanced(by: offset), snapshot: snapshot, balances: &resumed)
            #expect(again.lines == results[Int(offset)].lines)
            #expect(again.lots == results[Int(offset)].lots)
        }
    }
}

@Suite struct LotAnchorFoldingTests {
    /// A lot's last row since the checkpoint replaces its anchor when it is later; an anchor later
    /// than the row (restored by a rerun) stays; a row of no lot is refused, naming the order.
    @Test func laterRowsReplaceAnchorsAndOrphansAreRefused() throws {
        let anchors = [LotAnchor(orderId: 1, asOf: Day(10), releasedFen: 100, status: .live),
                       LotAnchor(orderId: 2, asOf: Day(12), releasedFen: 300, status: .live),
                       LotAnchor(orderId: 3, asOf: Day(9), releasedFen: 50, status: .live)]
        let rows = [LotAnchor(orderId: 3, rowDay: Day(10), releasedTotalFen: 60, exhausted: false, refunded: false),
                    LotAnchor(orderId: 1, rowDay: Day(11), releasedTotalFen: 180, exhausted: true, refunded: false),
                    LotAnchor(orderId: 2, rowDay: Day(11), releasedTotalFen: 250, exhausted: false, refunded: false),
                    LotAnchor(orderId: 3, rowDay: Day(11), releasedTotalFen: 75, exhausted: false, refunded: false)]
        let folded = try LotAnchor.folding(anchors, rows: rows)
        #expect(folded.anchors == [LotAnchor(orderId: 1, asOf: Day(11), releasedFen: 180, status: .exhausted), anchors[1],
                                   LotAnchor(orderId: 3, asOf: Day(11), releasedFen: 75, status: .live)])
        #expect(folded.moved == [folded.anchors[0], folded.anchors[2]])
        #expect(try LotAnchor.folding(anchors, rows: []).anchors == anchors)
        #expect(LotAnchor.lastOfEachLot(rows) == [rows[1], rows[2], rows[3]])
        let orphans = rows + [LotAnchor(orderId: 7, rowDay: Day(11), releasedTotalFen: 1, exhausted: false, refunded: true),
                              LotAnchor(orderId: 5, rowDay: Day(11), releasedTotalFen: 1, exhausted: false, refunded: false)]
        do {
            _ = try LotAnchor.folding(anchors, rows: orphans)
            Issue.record("rows of no lot were folded")
        } catch let error as InputError {
            guard case .lotStateForUnknownLot(let orderId, _) = error else { Issue.record("\(error)"); return }
            #expect(orderId == 5)
        } catch { Issue.record("\(error)") }
    }
}
