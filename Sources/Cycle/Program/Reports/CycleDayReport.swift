import SettleKernel
import CycleModel
import SettleReports

/// Everything the cycle day report shows, from a settled day or a dry run.
public struct CycleDayReportFigures: Sendable {
    public var day: Day
    public var planEffectiveFrom: Day
    public var runId: Int64?
    public var dryRun: Bool
    public var variant: CyclePlan.Variant
    public var weightDecimals: Int
    public var figures: CycleDayFigures
    /// Paid by kind code (weighted, level).
    public var topEarners: [Earner]
    public init(day: Day, planEffectiveFrom: Day, runId: Int64?, dryRun: Bool, variant: CyclePlan.Variant, weightDecimals: Int,
                figures: CycleDayFigures, topEarners: [Earner]) {
        self.day = day; self.planEffectiveFrom = planEffectiveFrom; self.runId = runId; self.dryRun = dryRun
        self.variant = variant; self.weightDecimals = weightDecimals; self.figures = figures; self.topEarners = topEarners
    }
}

public enum CycleDayReport {
    /// The seed's names of the two pools in each variant (SPEC-cycle §1).
    public static func poolNames(_ variant: CyclePlan.Variant) -> (weighted: String, level: String) {
        variant == .basic ? ("weighted pool (静态分红, by shares 股权)", "level pool (动态分红, V-levels)")
                          : ("weighted pool (动态分红, by contribution 贡献值)", "level pool (静态分红, V-levels)")
    }

    public static func weight(_ units: Int64, decimals: Int) -> Cell { .decimal(ExactDecimal.format(units, scaleDigits: decimals)) }

    public static func build(_ input: CycleDayReportFigures) -> Report {
        let figures = input.figures
        var report = DayHeading(day: input.day, planEffectiveFrom: input.planEffectiveFrom, runId: input.runId, dryRun: input.dryRun)
            .report("Cycle settlement", model: "cycle", fields: [Field("revenue", "revenue of the day (当天营业额)", .fen(figures.revenueFen))])
        let names = poolNames(input.variant)
        report.sections.append(Section(key: "pools", title: "Pools (returned: 回归平台)", .table(
            [Column("pool"), Column("amount"), Column("paid"), Column("returned")], [
                [.text(names.weighted), .fen(figures.weightedPoolFen), .fen(figures.weightedPaidFen),
                 .fen(figures.weightedPoolFen - figures.weightedPaidFen)],
                [.text(names.level), .fen(figures.levelPoolFen), .fen(figures.levelPaidFen), .fen(figures.levelPoolFen - figures.levelPaidFen)],
                [.text("total"), .fen(figures.weightedPoolFen + figures.levelPoolFen), .fen(figures.totalPaidFen), .fen(figures.returnedFen)],
            ])))
        report.sections.append(levelsSection(figures, decimals: input.weightDecimals))
        report.sections.append(Section(key: "counts", title: "Members", .fields([
            Field("eligible_members", "members with quota left (eligible)", .count(figures.eligibleMembers)),
            Field("eligible_weight", "their weight (T)", weight(figures.eligibleWeightUnits, decimals: input.weightDecimals)),
            Field("members_paid", "members paid", .count(figures.membersPaid)),
            Field("quota_ran_out", "members whose quota ran out that day", .count(figures.quotaRanOut)),
            Field("quota_outstanding", "quota outstanding at the end of the day", .fen(figures.quotaOutstandingFen)),
        ])))
        let earners: [[Cell]] = input.topEarners.enumerated().map { rank, earner in
            [.count(rank + 1), .count(earner.memberId), earner.phone.map { .text($0) } ?? .none]
                + earner.paidFen.map { .fen($0) } + [.fen(earner.totalPaidFen), .fen(earner.forfeitedFen)]
        }
        report.sections.append(Section(key: "top_earners", title: "Top earners (cut: what the quota could not cover)", .table(
            [Column("rank"), Column("member_id", "member"), Column("phone"), Column("weighted"), Column("level"),
             Column("total_paid", "paid"), Column("cut")], earners)))
        return report
    }

    static func levelsSection(_ figures: CycleDayFigures, decimals: Int) -> Section {
        var rows: [[Cell]] = figures.levels.map { level in
            [.text(level.name), weight(level.minWeightUnits, decimals: decimals), .count(level.members), .fen(level.poolFen),
             .fen(level.perHeadFen), .fen(level.paidFen), .fen(level.returnedFen)]
        }
        rows.append([.text("unassigned"), .none, .none, .fen(figures.unassignedFen), .none, .fen(0), .fen(figures.unassignedFen)])
        return Section(key: "levels", title: "Levels (each shares its own pool per head)", .table(
            [Column("level"), Column("min_weight", "min weight"), Column("members"), Column("pool"), Column("per_head", "per head"),
             Column("paid"), Column("returned")], rows))
    }
}
