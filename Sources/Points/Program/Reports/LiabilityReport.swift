import SettleKernel
import PointsModel
import SettleReports

/// What the shop owes in points against what it has taken in, at the end of a settled day.
public struct LiabilityFigures: Equatable, Sendable {
    public var day: Day
    public var standing: Standing
    public var walletFen: Int64
    /// Points released on the day (static and accelerations), which is what the day credited.
    public var releasedFen: Int64
    /// The days after `day` if no new order arrived; empty in the day report.
    public var projection: [ProjectedDay] = []

    public init(day: Day, standing: Standing, walletFen: Int64, releasedFen: Int64, projection: [ProjectedDay] = []) {
        self.day = day; self.standing = standing; self.walletFen = walletFen; self.releasedFen = releasedFen
        self.projection = projection
    }

    public var owedFen: Int64 { standing.lockedFen + walletFen }
}

public enum LiabilityReport {
    public static func build(_ figures: LiabilityFigures, chartPath: String?) -> Report {
        var report = Report(kind: "liability", title: "Points liability at the end of \(figures.day)")
        report.sections.append(standingSection(figures))
        var wallet = figures.walletFen
        let rows: [[Cell]] = figures.projection.map { day in
            wallet += day.releasedFen
            return [.day(day.day), .fen(day.staticFen), .fen(day.acceleratedFen), .fen(day.releasedFen), .fen(day.forfeitedFen),
                    .count(day.lotsExhausted), .fen(day.lockedFen), .fen(wallet)]
        }
        var notes = ["the engine run ahead on the orders and refunds known now, with no new order; wallet assumes nothing is spent"]
        if let chartPath { notes.append("chart: \(chartPath)") }
        report.sections.append(Section(key: "projection", title: "Next \(figures.projection.count) days if no new order arrives", .table(
            [Column("date"), Column("static"), Column("accelerated"), Column("released"), Column("forfeited"),
             Column("lots_exhausted"), Column("locked"), Column("wallet")], rows), notes: notes))
        return report
    }

    /// The figures the seed's question asks for; also the day report's last section.
    public static func standingSection(_ figures: LiabilityFigures) -> Section {
        let standing = figures.standing
        let perYuan = Ratio.decimal(Int128(figures.owedFen), Int128(standing.cashRevenueFen), digits: 4)
        let daysLeft = Ratio.decimal(Int128(standing.lockedFen), Int128(figures.releasedFen), digits: 1)
        let trailingDays = Int128(Standing.trailingDays)
        let againstRevenue = Ratio.percent(Int128(figures.releasedFen) * trailingDays, Int128(standing.trailingRevenueFen))
        return Section(key: "liability", title: "Liability (points owed: locked + wallet)", .fields([
            Field("locked", "locked points outstanding", .fen(standing.lockedFen)),
            Field("lots_outstanding", "lots with points locked", .count(standing.lotsOutstanding)),
            Field("wallet", "wallet balances (可用积分)", .fen(figures.walletFen)),
            Field("owed", "points owed", .fen(figures.owedFen)),
            Field("revenue", "revenue to date (not refunded)", .fen(standing.revenueFen)),
            Field("cash_revenue", "  of which cash", .fen(standing.cashRevenueFen)),
            Field("points_revenue", "  of which paid with points", .fen(standing.pointsRevenueFen)),
            Field("owed_per_cash_yuan", "points owed per yuan of cash revenue", perYuan.map { .decimal($0) } ?? .none),
            Field("released", "released on the day", .fen(figures.releasedFen)),
            Field("days_left_at_pace", "days of release left at this pace", daysLeft.map { .decimal($0) } ?? .none),
            Field("trailing_revenue", "revenue of the last \(Standing.trailingDays) days", .fen(standing.trailingRevenueFen)),
            Field("release_vs_daily_revenue", "release against an average day's revenue", againstRevenue.map { .decimal($0) } ?? .none),
        ]))
    }
}
