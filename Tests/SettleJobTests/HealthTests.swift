import Testing
import SettleKernel
import SettleReports
import SettleJob

/// `report health`'s judgement, pure: thresholds crossed exactly (no rounding at the edge), plan
/// risks read from the terms, and the thresholds file.
@Suite struct HealthTests {
    static func figures(revenueFen: Int64, payoutFen: Int64, liabilityFen: Int64, paidMembers: Int = 200,
                        top1: Int64 = 0, top10: Int64 = 0) -> HealthFigures {
        var f = HealthFigures(model: "points", date: Day(iso: "2026-03-30")!, windowFirst: Day(iso: "2026-03-01")!, windowDays: 30,
                              liabilityWhat: "test")
        f.revenueFen = revenueFen; f.payoutFen = payoutFen; f.liabilityFen = liabilityFen; f.paidMembers = paidMembers
        f.top1PayoutFen = top1; f.top10PayoutFen = top10
        return f
    }

    @Test func aThresholdIsCrossedOnlyAboveIt() {
        // 60.00 of 100.00 is exactly the default 0.60: not above it; 60.01 is.
        let at = Health.assess(Self.figures(revenueFen: 10_000, payoutFen: 6_000, liabilityFen: 0), terms: PlanTerms(), thresholds: HealthThresholds())
        #expect(at.flags.isEmpty)
        let above = Health.assess(Self.figures(revenueFen: 10_000, payoutFen: 6_001, liabilityFen: 0), terms: PlanTerms(), thresholds: HealthThresholds())
        #expect(above.flags.map(\.key) == ["payout_share"])
        // 180 days of revenue exactly (liability 60.00, 30 days of 10.00 a day) is not above 180; 1 fen more is.
        let days = Health.assess(Self.figures(revenueFen: 30_000, payoutFen: 1, liabilityFen: 180_001), terms: PlanTerms(), thresholds: HealthThresholds())
        #expect(days.flags.map(\.key).contains("liability_days_of_revenue"))
        #expect(Health.assess(Self.figures(revenueFen: 30_000, payoutFen: 30_000, liabilityFen: 180_000), terms: PlanTerms(),
                              thresholds: HealthThresholds()).flags.map(\.key) == ["payout_share"])
    }

    @Test func concentrationIsJudgedOnceEnoughMembersWerePaid() {
        let few = Self.figures(revenueFen: 100_000, payoutFen: 10_000, liabilityFen: 0, paidMembers: 9, top1: 9_000, top10: 9_000)
        #expect(Health.assess(few, terms: PlanTerms(), thresholds: HealthThresholds()).flags.isEmpty)
        let many = Self.figures(revenueFen: 100_000, payoutFen: 10_000, liabilityFen: 0, paidMembers: 100, top1: 2_001, top10: 5_000)
        #expect(Health.assess(many, terms: PlanTerms(), thresholds: HealthThresholds()).flags.map(\.key) == ["top1_share"])
    }

    @Test func planRisksNameArticleSevenWhereItApplies() {
        var terms = PlanTerms()
        terms.generations = 3; terms.unlimitedTeamDepth = true; terms.membershipPurchaseFen = 100_000
        terms.commitmentPerYuan = Rate.parse("1.000000001")!; terms.commitmentWhat = "test"
        let flags = Health.assess(Self.figures(revenueFen: 1, payoutFen: 0, liabilityFen: 0), terms: terms, thresholds: HealthThresholds()).flags
        #expect(flags.map(\.key) == ["generations", "team_depth", "membership_purchase", "commitment_per_yuan"])
        #expect(flags.map(\.article7) == [true, true, true, false])
        #expect(flags[0].description.contains("禁止传销条例 article 7; not legal advice"))
        terms.generations = 2; terms.unlimitedTeamDepth = false; terms.membershipPurchaseFen = 99_999; terms.commitmentPerYuan = .one
        #expect(Health.assess(Self.figures(revenueFen: 1, payoutFen: 0, liabilityFen: 0), terms: terms, thresholds: HealthThresholds()).flags.isEmpty)
    }

    @Test func theThresholdsFileOverridesDefaultsThenPerProgram() throws {
        let parsed = try HealthThresholds.parse(json: #"{"default": {"top1_share": "0.3", "generations": 4}, "cycle": {"top1_share": "0.1"}}"#,
                                                models: ["points", "cycle"])
        #expect(parsed["points"]?.top1Share == Rate.parse("0.3") && parsed["points"]?.generations == 4)
        #expect(parsed["cycle"]?.top1Share == Rate.parse("0.1") && parsed["cycle"]?.generations == 4)
        #expect(try HealthThresholds.parse(json: nil, models: ["points"])["points"] == HealthThresholds())
        #expect(throws: PlanError(field: "points.generations", reason: "is 0; must be from 1 to 100")) {
            try HealthThresholds.parse(json: #"{"points": {"generations": 0}}"#, models: ["points"])
        }
    }
}
