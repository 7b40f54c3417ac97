import SettleKernel
import EquityModel
import SettleReports

/// Everything the equity day report shows, from a settled day or a dry run.
public struct EquityDayReportFigures: Sendable {
    public var day: Day
    public var planEffectiveFrom: Day
    public var runId: Int64?
    public var dryRun: Bool
    public var figures: EquityDayFigures
    /// Per kind: points (units) and yuan (fen) over the day's lines.
    public var kindTotals: KindTotals
    public init(day: Day, planEffectiveFrom: Day, runId: Int64?, dryRun: Bool, figures: EquityDayFigures, kindTotals: KindTotals) {
        self.day = day; self.planEffectiveFrom = planEffectiveFrom; self.runId = runId; self.dryRun = dryRun
        self.figures = figures; self.kindTotals = kindTotals
    }
}

public enum EquityDayReport {
    public static func points(_ units: Int64, decimals: Int) -> Cell { .decimal(ExactDecimal.format(units, scaleDigits: decimals)) }
    public static func price(_ price: Price, decimals: Int) -> Cell { .decimal(price.display(unitsPerPoint: EquityPlan.unitsPerPoint(decimals: decimals))) }

    public static func build(_ input: EquityDayReportFigures) -> Report {
        let f = input.figures, decimals = f.pointDecimals
        var report = DayHeading(day: input.day, planEffectiveFrom: input.planEffectiveFrom, runId: input.runId, dryRun: input.dryRun)
            .report("Equity settlement", model: "equity")
        let book = { (name: String, b: EquityBook) -> [Cell] in
            [.text(name), .fen(b.poolFen), points(b.supplyUnits, decimals: decimals), points(b.reserveUnits, decimals: decimals),
             points(b.issuedUnits, decimals: decimals), price(b.price, decimals: decimals)]
        }
        report.sections.append(Section(key: "book", title: "Pool and points (price = pool ÷ supply, never falls)", .table(
            [Column("at"), Column("pool"), Column("supply"), Column("reserve"), Column("issued"), Column("price")],
            [book("opening", f.opening), book("closing", f.closing)]),
            notes: ["issuance room left: \(ExactDecimal.format(f.roomUnits, scaleDigits: decimals)) of \(ExactDecimal.format(f.totalIssuanceUnits, scaleDigits: decimals)) points"]))
        report.sections.append(Section(key: "events", title: "Events (replayed in instant, kind, id order)", .fields([
            Field("purchases", "purchases", .count(Int64(f.purchases))),
            Field("purchase_amount", "their amount", .fen(f.purchaseAmountFen)),
            Field("contribution", "into the pool (pool_rate of it)", .fen(f.contributionFen)),
            Field("refunds", "refunds", .count(Int64(f.refunds))),
            Field("refund_pool", "taken out of the pool by refunds", .fen(f.refundPoolFen)),
            Field("sells", "sell requests (提现)", .count(Int64(f.sells))),
            Field("goods", "goods requests", .count(Int64(f.goods))),
            Field("to_constant", "to constant points requests", .count(Int64(f.toConstant))),
            Field("from_constant", "from constant points requests", .count(Int64(f.fromConstant))),
            Field("exits", "members forced out (出局)", .count(Int64(f.exits))),
        ])))
        let rows: [[Cell]] = EquityKind.allCases.map { kind in
            let code = Int(kind.code)
            return [.text(kind.name), points(input.kindTotals.entitledFen[code], decimals: decimals), .fen(input.kindTotals.paidFen[code])]
        }
        report.sections.append(Section(key: "kinds", title: "Lines by kind (fee: kept in the pool; capped: over the issuance cap; unfilled: not held or no reserve)",
                                       .table([Column("kind"), Column("points"), Column("yuan")], rows)))
        return report
    }
}
