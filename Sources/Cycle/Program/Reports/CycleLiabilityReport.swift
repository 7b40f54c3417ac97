import SettleKernel
import CycleModel
import SettleReports

/// The cycle program's liability: quota it still owes against the pace it pays at.
public struct CycleLiabilityFigures: Sendable {
    public struct Point: Sendable {
        public var day: Day
        public var revenueFen: Int64
        public var paidFen: Int64
        public var quotaOutstandingFen: Int64
        public init(day: Day, revenueFen: Int64, paidFen: Int64, quotaOutstandingFen: Int64) {
            self.day = day; self.revenueFen = revenueFen; self.paidFen = paidFen; self.quotaOutstandingFen = quotaOutstandingFen
        }
    }
    public var day: Day
    /// Settled days up to `day`, at most the last `paceDays`, oldest first.
    public var history: [Point]
    /// The days after `day` with no new order (the engine run ahead).
    public var projection: [Point]
    public init(day: Day, history: [Point], projection: [Point]) {
        self.day = day; self.history = history; self.projection = projection
    }
    public static let paceDays = 30
    public var quotaOutstandingFen: Int64 { history.last?.quotaOutstandingFen ?? 0 }
    public var paidFen: Int64 { history.reduce(0) { $0 + $1.paidFen } }
    public var revenueFen: Int64 { history.reduce(0) { $0 + $1.revenueFen } }
}

public enum CycleLiabilityReport {
    public static func build(_ figures: CycleLiabilityFigures, chartPath: String?) -> Report {
        var report = Report(kind: "liability", title: "Cycle liability at the end of \(figures.day)")
        let days = Int128(figures.history.count)
        let pace = Ratio.decimal(Int128(figures.paidFen), days * 100, digits: 2)
        let daysLeft = Ratio.decimal(Int128(figures.quotaOutstandingFen) * days, Int128(figures.paidFen), digits: 1)
        report.sections.append(Section(key: "liability", title: "Quota outstanding (分红额度 not yet paid)", .fields([
            Field("quota_outstanding", "quota outstanding", .fen(figures.quotaOutstandingFen)),
            Field("days", "settled days in the pace window", .count(figures.history.count)),
            Field("paid", "paid in those days", .fen(figures.paidFen)),
            Field("revenue", "revenue in those days", .fen(figures.revenueFen)),
            Field("pace_per_day", "paid per day at that pace (yuan)", pace.map { .decimal($0) } ?? .none),
            Field("days_to_pay_out", "days to pay the quota out at that pace", daysLeft.map { .decimal($0) } ?? .none),
            Field("paid_vs_revenue", "paid against revenue", Ratio.percent(Int128(figures.paidFen), Int128(figures.revenueFen)).map { .decimal($0) } ?? .none),
        ]), notes: ["a day pays only out of that day's revenue: with no new order nothing is paid and the quota stays owed"]))
        var notes = ["the engine run ahead on the orders and refunds known now, with no new order"]
        if let chartPath { notes.append("chart: \(chartPath)") }
        report.sections.append(Section(key: "projection", title: "Next \(figures.projection.count) days if no new order arrives",
                                       .table([Column("date"), Column("revenue"), Column("paid"), Column("quota_outstanding", "quota outstanding")],
                                              figures.projection.map { [.day($0.day), .fen($0.revenueFen), .fen($0.paidFen), .fen($0.quotaOutstandingFen)] }),
                                       notes: notes))
        return report
    }

    /// Quota outstanding over the pace window and the projection, and what each day paid.
    public static func chart(_ figures: CycleLiabilityFigures) -> String {
        let points = figures.history + figures.projection
        return LineChart.svg(title: "Cycle quota outstanding through \(figures.day) and after, with no new order (yuan)",
                             firstDay: points.first?.day ?? figures.day, series: [
            .init(label: "quota outstanding", colour: "#c0392b", valuesFen: points.map(\.quotaOutstandingFen)),
            .init(label: "paid that day", colour: "#2471a3", valuesFen: points.map(\.paidFen)),
        ])
    }
}
