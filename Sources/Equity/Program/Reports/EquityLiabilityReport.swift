import SettleKernel
import EquityModel
import SettleReports

/// The equity program's liability: the pool against the points it backs.
public struct EquityLiabilityFigures: Sendable {
    public var day: Day
    public var book: EquityBook
    public var pointDecimals: Int
    public var roomUnits: Int64
    public var sellFeeRate: Rate
    /// Σ quota of members with holdings (what forced exits could still take out at most).
    public var quotaOutstandingFen: Int64
    /// The settled days' closing books, oldest first (the price history).
    public var history: [(day: Day, book: EquityBook)]
    public init(day: Day, book: EquityBook, pointDecimals: Int, roomUnits: Int64, sellFeeRate: Rate, quotaOutstandingFen: Int64,
                history: [(day: Day, book: EquityBook)]) {
        self.day = day; self.book = book; self.pointDecimals = pointDecimals; self.roomUnits = roomUnits; self.sellFeeRate = sellFeeRate
        self.quotaOutstandingFen = quotaOutstandingFen; self.history = history
    }
    var heldUnits: Int64 { book.supplyUnits - book.reserveUnits }
    func value(_ units: Int64) -> Int64 { Int64(Int128(units) * Int128(book.price.fen) / Int128(book.price.units)) }
}

public enum EquityLiabilityReport {
    public static func build(_ figures: EquityLiabilityFigures, chartPath: String?) -> Report {
        let decimals = figures.pointDecimals, book = figures.book
        var report = Report(kind: "liability", title: "Equity liability at the end of \(figures.day)")
        let heldValue = figures.value(figures.heldUnits)
        let afterFee = heldValue - figures.sellFeeRate.applyTruncating(heldValue)
        report.sections.append(Section(key: "liability", title: "The pool against the points in circulation", .fields([
            Field("pool", "pool (分红池)", .fen(book.poolFen)),
            Field("supply", "points in circulation", EquityDayReport.points(book.supplyUnits, decimals: decimals)),
            Field("held", "held by members", EquityDayReport.points(figures.heldUnits, decimals: decimals)),
            Field("reserve", "reserve (from constant points)", EquityDayReport.points(book.reserveUnits, decimals: decimals)),
            Field("price", "price", EquityDayReport.price(book.price, decimals: decimals)),
            Field("held_value", "members' points at that price", .fen(heldValue)),
            Field("reserve_value", "the reserve at that price", .fen(figures.value(book.reserveUnits))),
            Field("sell_all", "paid if every member sold at once (after the sell fee)", .fen(afterFee)),
            Field("pool_cover", "pool ÷ what selling all would pay", Ratio.decimal(Int128(book.poolFen), Int128(afterFee), digits: 4).map { .decimal($0) } ?? .none),
            Field("issued", "issued", EquityDayReport.points(book.issuedUnits, decimals: decimals)),
            Field("room", "issuance left", EquityDayReport.points(figures.roomUnits, decimals: decimals)),
            Field("quota_outstanding", "quota of members holding points", .fen(figures.quotaOutstandingFen)),
        ]), notes: ["the pool backs every point at the price by construction (price = pool ÷ supply); sells leave their fee in it"]))
        var notes = ["closing books of the settled days"]
        if let chartPath { notes.append("chart: \(chartPath)") }
        report.sections.append(Section(key: "history", title: "Price history", .table(
            [Column("date"), Column("pool"), Column("supply"), Column("price")],
            figures.history.map { [.day($0.day), .fen($0.book.poolFen), EquityDayReport.points($0.book.supplyUnits, decimals: decimals),
                                   EquityDayReport.price($0.book.price, decimals: decimals)] }), notes: notes))
        return report
    }

    /// The price (in hundredths of a fen per point, drawn as fen) and nothing else: it never falls.
    public static func chart(_ figures: EquityLiabilityFigures) -> String {
        let unitsPerPoint = EquityPlan.unitsPerPoint(decimals: figures.pointDecimals)
        return LineChart.svg(title: "Equity price through \(figures.day) (fen per point)", firstDay: figures.history.first?.day ?? figures.day,
                             series: [.init(label: "price", colour: "#2471a3",
                                            valuesFen: figures.history.map { $0.book.price.tenThousandthsOfYuanPerPoint(unitsPerPoint: unitsPerPoint) })])
    }
}
