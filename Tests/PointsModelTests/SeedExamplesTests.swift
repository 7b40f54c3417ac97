import Testing
@testable import SettleKernel
@testable import PointsModel

/// The worked numbers of the seed document (model 3) and SPEC §3.
@Suite struct SeedExamplesTests {
    @Test func twoOrdersReleaseTheirOwnDailyAmounts() throws {
        var shop = ShopBuilder()
        shop.member("A")
        shop.order("A", yuan: "3000")
        shop.order("A", yuan: "9000", second: 60)
        let day = try shop.settle(through: 1)[0]
        #expect(day.entitled(shop.id("A"), .static) == 144_00)            // 36 + 108 = 144
        #expect(day.lots.map(\.staticFen) == [36_00, 108_00])
    }

    @Test func onceTheFirstLotIsUsedUpOnly108ADay() throws {
        var shop = ShopBuilder()
        shop.member("A")
        shop.order("A", yuan: "3000")                                   // cap 7500, 36 a day
        shop.order("A", yuan: "9000", second: 60)                       // cap 27000, 108 a day
        // 7500 / 36 = 208.33: day 208 releases 36, day 209 the last 12 (fen exact), then only 108.
        let days = try shop.settle(through: 210)
        #expect(days[207].entitled(shop.id("A"), .static) == 144_00)
        #expect(days[208].lots[0].staticFen == 12_00)
        #expect(days[208].lots[0].exhausted)
        #expect(days[208].entitled(shop.id("A"), .static) == 120_00)
        #expect(days[209].entitled(shop.id("A"), .static) == 108_00)
        #expect(days[209].lots.count == 1)
    }

    @Test func capIsAmountTimesMultiplier() throws {
        var shop = ShopBuilder()
        shop.member("A")
        for yuan in ["3000", "9000", "27000", "51000", "2999.99"] { shop.order("A", yuan: yuan) }
        let snapshot = try shop.snapshot()
        #expect(snapshot.lotCapFen == [7500_00, 27000_00, 94500_00, 204000_00])
        #expect(snapshot.lotDailyFen == [36_00, 108_00, 324_00, 612_00])
    }

    @Test func shareOfAReferralIsHalfItsRelease() throws {
        var shop = ShopBuilder()
        shop.member("A")
        shop.member("B", referrer: "A")
        shop.order("A", yuan: "3000")
        shop.order("B", yuan: "3000")
        let day = try shop.settle(through: 1)[0]
        #expect(day.entitled(shop.id("B"), .static) == 36_00)
        #expect(day.entitled(shop.id("A"), .share) == 18_00)            // 50% of B's 36
        #expect(day.paid(shop.id("A"), .share) == 18_00)
        #expect(day.lots[0].shareFen == 18_00)                          // drawn from A's own lot
        #expect(day.lots[0].releasedTotalFen == 54_00)
    }

    @Test func secondGenerationShareIsThirtyPercent() throws {
        var shop = ShopBuilder()
        shop.member("A")
        shop.member("B", referrer: "A")
        shop.member("C", referrer: "B")
        shop.order("A", yuan: "3000")
        shop.order("C", yuan: "3000")
        let day = try shop.settle(through: 1)[0]
        #expect(day.entitled(shop.id("A"), .share) == 10_80)            // 30% of 36
        #expect(day.entitled(shop.id("B"), .share) == 18_00)            // B has no lot: all forfeited
        #expect(day.paid(shop.id("B"), .share) == 0)
    }

    /// A→B→C with C 1★ (10%), B 6★ (44%), A 7★ (50%); C's downline releases 10000 (SPEC §3.5).
    /// A plan with a 10% daily release and a 100000 gift threshold lets the side legs reach their
    /// star tiers with orders that carry no lot, so that only D releases.
    @Test func teamDifferentialsAre1000_3400_600() throws {
        let plan = try Plan.parse(json: """
        {"timezone": "Asia/Shanghai", "release_lag_days": 1, "daily_release_rate": "0.1",
         "gift_tiers": [{"name": "only", "min_amount": "100000", "multiplier": "4"}],
         "share_rates": [],
         "star_tiers": [{"stars": 1, "min_team_performance": "50000", "rate": "0.10"},
                        {"stars": 6, "min_team_performance": "15000000", "rate": "0.44"},
                        {"stars": 7, "min_team_performance": "30000000", "rate": "0.50"}],
         "peer_rate": "0.03", "peer_generations": 1, "max_points_payment_ratio": "1.0"}
        """, isKnownTimeZone: { _ in true })
        var shop = ShopBuilder(plan: plan)
        shop.member("A"); shop.member("B", referrer: "A"); shop.member("C", referrer: "B")
        shop.member("D", referrer: "C")
        shop.member("B2", referrer: "B"); shop.member("A2", referrer: "A")
        for _ in 0..<151 { shop.order("B2", yuan: "99999.99") }     // B: 15.1M → 6★
        for _ in 0..<149 { shop.order("A2", yuan: "99999.99") }     // A: 30.1M → 7★
        shop.order("D", yuan: "100000")                              // C: 100k → 1★; D releases 10000
        let day = try shop.settle(through: 1)[0]
        #expect(day.entitled(shop.id("D"), .static) == 10000_00)
        #expect(day.lines.filter { $0.kind == .static }.count == 1)
        #expect(day.entitled(shop.id("C"), .team) == 1000_00)
        #expect(day.entitled(shop.id("B"), .team) == 3400_00)
        #expect(day.entitled(shop.id("A"), .team) == 600_00)
        #expect(day.lines.filter { $0.kind == .peer }.isEmpty)
    }

    /// A→B, both 1★: B gets 10% of its downline's release, A the 3% peer bonus.
    @Test func sameStarAboveGetsPeerBonus() throws {
        var shop = ShopBuilder()
        shop.member("A"); shop.member("B", referrer: "A"); shop.member("C", referrer: "B")
        shop.order("A", yuan: "100000")                  // A's own order; A's team is B + C
        shop.order("B", yuan: "3000")
        shop.order("C", yuan: "50000")                    // B: 50k → 1★; A: 53k → 1★
        let day = try shop.settle(through: 1)[0]
        let release = day.entitled(shop.id("C"), .static)
        #expect(release == 600_00)
        #expect(day.entitled(shop.id("B"), .team) == 60_00)                  // 10% × 600
        // A's peer bonus: 3% of B's downline release (C's 600) → 18. B's own 36 reaches A first
        // among the star members, so A earns a 10% differential on it: 3.60.
        #expect(day.entitled(shop.id("A"), .team) == 3_60)
        #expect(day.entitled(shop.id("A"), .peer) == 18_00)
    }

    @Test func olderLotIsDrawnFirst() throws {
        var shop = ShopBuilder()
        shop.member("A"); shop.member("B", referrer: "A")
        shop.order("A", yuan: "9000", second: 120, refundedDay: nil)   // newer by time
        shop.order("A", yuan: "3000", second: 60)                       // older: drawn first
        shop.order("B", yuan: "51000")
        let day = try shop.settle(through: 1)[0]
        // B releases 612, A's share 306 goes to the 3000-lot (paid earlier in the day).
        let older = day.lots.first { $0.staticFen == 36_00 }!
        let newer = day.lots.first { $0.staticFen == 108_00 }!
        #expect(older.shareFen == 306_00)
        #expect(newer.shareFen == 0)
    }

    @Test func entitlementBeyondLockedPointsIsPaidInPartAndForfeited() throws {
        var shop = ShopBuilder()
        shop.member("A"); shop.member("B", referrer: "A")
        shop.order("A", yuan: "3000")                    // cap 7500
        shop.order("B", yuan: "51000")                   // releases 612 a day: A's share 306 a day
        let days = try shop.settle(through: 30)
        // A releases 36 + 306 = 342 a day; 7500 / 342 = 21.9: day 22 pays part, then nothing.
        let dayOfExhaustion = days.firstIndex { $0.lots.contains { $0.memberId == shop.id("A") && $0.exhausted } }!
        let last = days[dayOfExhaustion]
        let line = last.line(shop.id("A"), .share)!
        #expect(line.entitledFen == 306_00)
        #expect(line.paidFen < line.entitledFen)
        #expect(line.forfeitedFen == 306_00 - line.paidFen)
        let total = days.flatMap(\.lots).filter { $0.memberId == shop.id("A") }.map(\.releasedTodayFen).reduce(0, +)
        #expect(total == 7500_00)
        // Afterwards A is still entitled; all of it is forfeited.
        let after = days[dayOfExhaustion + 1].line(shop.id("A"), .share)!
        #expect(after.entitledFen == 306_00 && after.paidFen == 0)
    }

    @Test func lagAndRefundStopReleases() throws {
        var shop = ShopBuilder()
        shop.member("A")
        shop.order("A", yuan: "3000", day: 0, refundedDay: 3)
        let days = try shop.settle(from: 0, through: 4)
        #expect(days.map { $0.entitled(shop.id("A"), .static) } == [0, 36_00, 36_00, 0, 0])
    }
}
