import SettleKernel
import CycleModel
import SettleReports

/// One member of the cycle program as of a settled day.
public struct CycleMemberFigures: Sendable {
    public struct Order: Sendable {
        public var term: CycleOrderTerm
        public var buyerId: Int64
        public var amountFen: Int64
        public var refundedOn: Day?
        public var counts: Bool
        public init(term: CycleOrderTerm, buyerId: Int64, amountFen: Int64, refundedOn: Day?, counts: Bool) {
            self.term = term; self.buyerId = buyerId; self.amountFen = amountFen; self.refundedOn = refundedOn; self.counts = counts
        }
    }
    public struct DayLine: Sendable {
        public var day: Day
        public var line: CycleLine
        public init(day: Day, line: CycleLine) { self.day = day; self.line = line }
    }
    public var memberId: Int64
    public var phone: String
    public var day: Day
    public var weightDecimals: Int
    public var weightUnits: Int64
    public var levelName: String?
    public var grantedFen: Int64
    public var paidFen: Int64
    public var orders: [Order]
    public var recentLines: [DayLine]
    public var balances: [BalanceFigures] = []
    public var ledgerEntries: [LedgerEntryFigures] = []
    public init(memberId: Int64, phone: String, day: Day, weightDecimals: Int, weightUnits: Int64, levelName: String?,
                grantedFen: Int64, paidFen: Int64, orders: [Order], recentLines: [DayLine]) {
        self.memberId = memberId; self.phone = phone; self.day = day; self.weightDecimals = weightDecimals
        self.weightUnits = weightUnits; self.levelName = levelName; self.grantedFen = grantedFen; self.paidFen = paidFen
        self.orders = orders; self.recentLines = recentLines
    }
}

public enum CycleMemberReport {
    public static func build(_ figures: CycleMemberFigures) -> Report {
        var report = Report(kind: "member", title: "Cycle member \(figures.memberId) (\(figures.phone)) at the end of \(figures.day)")
        let weight = { (units: Int64) in CycleDayReport.weight(units, decimals: figures.weightDecimals) }
        report.sections.append(Section(key: "member", title: "Member", .fields([
            Field("member_id", "member", .count(figures.memberId)),
            Field("phone", "phone", .text(figures.phone)),
            Field("date", "as of", .day(figures.day)),
            Field("weight", "weight (股权 / 贡献值)", weight(figures.weightUnits)),
            Field("level", "level", figures.levelName.map { .text($0) } ?? .text("none")),
            Field("quota_granted", "quota granted (分红额度)", .fen(figures.grantedFen)),
            Field("quota_paid", "quota paid out", .fen(figures.paidFen)),
            Field("quota_left", "quota left", .fen(figures.grantedFen - figures.paidFen)),
        ])))
        let orders: [[Cell]] = figures.orders.map { order in
            [.count(order.term.orderId), .text(order.term.generation == 0 ? "own" : "generation \(order.term.generation)"),
             .count(order.buyerId), .fen(order.amountFen), .day(order.term.paidOn), .day(order.term.activeFrom),
             order.refundedOn.map { .day($0) } ?? .none, weight(order.term.weightUnits), .fen(order.term.quotaFen), .flag(order.counts)]
        }
        report.sections.append(Section(key: "orders", title: "Orders that gave weight or quota", .table(
            [Column("order_id", "order"), Column("as"), Column("buyer_id", "buyer"), Column("amount"), Column("paid_on", "paid on"),
             Column("active_from", "active from"), Column("refunded_on", "refunded"), Column("weight"), Column("quota"),
             Column("counts", "counts on the day")], orders)))
        let lines: [[Cell]] = figures.recentLines.map { entry in
            [.day(entry.day), .text(entry.line.kind.name), .fen(entry.line.entitledFen), .fen(entry.line.paidFen), .fen(entry.line.forfeitedFen)]
        }
        report.sections.append(Section(key: "lines", title: "Recent dividends", .table(
            [Column("date"), Column("kind"), Column("entitled"), Column("paid"), Column("cut")], lines)))
        report.sections += LedgerReport.memberSections(balances: figures.balances, entries: figures.ledgerEntries)
        return report
    }
}
