import SettleKernel
import PointsModel
import SettleReports

/// Everything the day report shows, whether it comes from a settled day or a dry run.
public struct DayFigures: Equatable, Sendable {
    public var day: Day
    public var planEffectiveFrom: Day
    /// The run that settled the day; nil for a dry run.
    public var runId: Int64?
    public var dryRun: Bool
    public var summary: DaySummary
    /// False for days settled before star tiers and standing were recorded (migration 0003).
    public var standingRecorded: Bool
    /// Labels of `summary.membersPerStarTier`: "none", then "1★", "2★", … of the day's plan.
    public var starLabels: [String]
    public var topEarners: [Earner]
    /// Wallet points of every member at the end of the day (settlement credits + adjustments).
    public var walletFen: Int64
    /// Orders of the day paid with more points than the plan allows or the member held.
    public var checkoutExceptions: [Fault] = []

    public init(day: Day, planEffectiveFrom: Day, runId: Int64?, dryRun: Bool, summary: DaySummary, standingRecorded: Bool,
                starLabels: [String], topEarners: [Earner], walletFen: Int64) {
        self.day = day; self.planEffectiveFrom = planEffectiveFrom; self.runId = runId; self.dryRun = dryRun
        self.summary = summary; self.standingRecorded = standingRecorded; self.starLabels = starLabels
        self.topEarners = topEarners; self.walletFen = walletFen
    }

    public static func starLabels(_ plan: Plan) -> [String] { ["none"] + plan.starTiers.map { "\($0.stars)★" } }

    public var liability: LiabilityFigures? {
        guard standingRecorded else { return nil }
        return LiabilityFigures(day: day, standing: summary.standing, walletFen: walletFen, releasedFen: summary.totalPaidFen)
    }
}

public enum DayReport {
    public static func build(_ figures: DayFigures) -> Report {
        let summary = figures.summary
        var report = DayHeading(day: figures.day, planEffectiveFrom: figures.planEffectiveFrom, runId: figures.runId, dryRun: figures.dryRun)
            .report("Settlement")
        var rows: [[Cell]] = PointsKind.allCases.map { kind in
            [.text(kind.name), .fen(summary.entitledFen[kind.rawValue]), .fen(summary.paidFen[kind.rawValue]),
             .fen(summary.forfeitedFen[kind.rawValue])]
        }
        rows.append([.text("total"), .fen(summary.entitledFen.reduce(0, +)), .fen(summary.totalPaidFen),
                     .fen(summary.forfeitedFen.reduce(0, +))])
        report.sections.append(Section(key: "kinds", title: "By kind (forfeited: 烧伤, more than the receiver's locked points)",
                                       .table([Column("kind"), Column("entitled"), Column("paid"), Column("forfeited")], rows)))
        report.sections.append(Section(key: "counts", title: "Members and lots", .fields([
            Field("members_paid", "members paid", .count(summary.membersPaid)),
            Field("lots_active", "lots active", .count(summary.lotsActive)),
            Field("lots_created", "lots created", .count(summary.lotsCreated)),
            Field("lots_exhausted", "lots exhausted (出局)", .count(summary.lotsExhausted)),
        ])))
        let tiers: [[Cell]] = zip(figures.starLabels, summary.membersPerStarTier).map { [.text($0), .count($1)] }
        report.sections.append(Section(key: "star_tiers", title: "Members per star tier", .table([Column("tier"), Column("members")], tiers),
                                       notes: figures.standingRecorded ? [] : ["not recorded for runs made before migration 0003"]))
        let earners: [[Cell]] = figures.topEarners.enumerated().map { rank, earner in
            [.count(rank + 1), .count(earner.memberId), earner.phone.map { .text($0) } ?? .none]
                + earner.paidFen.map { .fen($0) } + [.fen(earner.totalPaidFen), .fen(earner.forfeitedFen)]
        }
        report.sections.append(Section(key: "top_earners", title: "Top earners", .table(
            [Column("rank"), Column("member_id", "member"), Column("phone"), Column("static"), Column("share"), Column("team"),
             Column("peer"), Column("total_paid", "paid"), Column("forfeited")], earners)))
        if let liability = figures.liability {
            report.sections.append(LiabilityReport.standingSection(liability))
        }
        report.sections.append(LedgerReport.checkoutSection(figures.checkoutExceptions))
        return report
    }
}
