import SettleKernel
import EquityModel
import SettleReports

/// One member of the equity program at the end of a settled day, and its fills of that day.
public struct EquityMemberFigures: Sendable {
    public var memberId: Int64
    public var phone: String
    public var day: Day
    public var pointDecimals: Int
    public var holding: EquityHolding
    public var closingPrice: Price
    /// Fills of the day, in replay order, each with why (explain).
    public var fills: [(fill: EquityFill, why: String)]
    public var recentLines: [(day: Day, line: EquityLine)]
    public var balances: [BalanceFigures] = []
    public var ledgerEntries: [LedgerEntryFigures] = []
    public init(memberId: Int64, phone: String, day: Day, pointDecimals: Int, holding: EquityHolding, closingPrice: Price,
                fills: [(fill: EquityFill, why: String)], recentLines: [(day: Day, line: EquityLine)]) {
        self.memberId = memberId; self.phone = phone; self.day = day; self.pointDecimals = pointDecimals; self.holding = holding
        self.closingPrice = closingPrice; self.fills = fills; self.recentLines = recentLines
    }

    /// trunc(holdings × P/S) in fen.
    public var valueFen: Int64 { Int64(Int128(holding.holdingsUnits) * Int128(closingPrice.fen) / Int128(closingPrice.units)) }
    /// The price at which the member is forced out: quota ÷ holdings (bound, with holdings).
    public var exitPrice: Price? {
        holding.bound && holding.holdingsUnits > 0 ? Price(fen: holding.quotaFen, units: holding.holdingsUnits) : nil
    }
}

public enum EquityMemberReport {
    public static func build(_ figures: EquityMemberFigures) -> Report {
        let decimals = figures.pointDecimals
        var report = Report(kind: "member", title: "Equity member \(figures.memberId) (\(figures.phone)) at the end of \(figures.day)")
        report.sections.append(Section(key: "member", title: "Member", .fields([
            Field("member_id", "member", .count(figures.memberId)),
            Field("phone", "phone", .text(figures.phone)),
            Field("date", "as of", .day(figures.day)),
            Field("holdings", "points held (股权积分)", EquityDayReport.points(figures.holding.holdingsUnits, decimals: decimals)),
            Field("price", "closing price", EquityDayReport.price(figures.closingPrice, decimals: decimals)),
            Field("value", "worth at that price", .fen(figures.valueFen)),
            Field("quota", "quota left (分红额度)", .fen(figures.holding.quotaFen)),
            Field("bound", "bound (has a program order)", .flag(figures.holding.bound)),
            Field("exit_price", "forced out at a price of", figures.exitPrice.map { EquityDayReport.price($0, decimals: decimals) } ?? .none),
        ])))
        report.sections.append(fillsSection(figures.fills, decimals: decimals))
        let lines: [[Cell]] = figures.recentLines.map { entry in
            [.day(entry.day), .text(entry.line.kind.name), EquityDayReport.points(entry.line.pointsUnits, decimals: decimals), .fen(entry.line.yuanFen)]
        }
        report.sections.append(Section(key: "lines", title: "Recent lines", .table([Column("date"), Column("kind"), Column("points"), Column("yuan")], lines)))
        report.sections += LedgerReport.memberSections(balances: figures.balances, entries: figures.ledgerEntries)
        return report
    }

    static func fillsSection(_ fills: [(fill: EquityFill, why: String)], decimals: Int) -> Section {
        let rows: [[Cell]] = fills.map { entry in
            let fill = entry.fill
            return [.count(Int64(fill.sequence)), .text(fill.event.name), .count(fill.eventId), .text(fill.kind.name),
                    EquityDayReport.points(fill.pointsUnits, decimals: decimals), .fen(fill.yuanFen),
                    EquityDayReport.price(fill.price, decimals: decimals), .text(entry.why)]
        }
        return Section(key: "fills", title: "Fills of the day, in replay order, at the price of their instant", .table(
            [Column("sequence"), Column("event"), Column("event_id", "event id"), Column("kind"), Column("points"), Column("yuan"),
             Column("price"), Column("why")], rows))
    }
}

/// `explain --model equity`: each fill of the member's day and why, checked against its lines.
public struct EquityExplainFigures: Sendable {
    public var member: EquityMemberFigures
    /// The settled lines of the day; the fills must add up to them.
    public var settled: [EquityLine]
    public init(member: EquityMemberFigures, settled: [EquityLine]) { self.member = member; self.settled = settled }
}

public enum EquityExplainReport {
    public static func build(_ figures: EquityExplainFigures) -> Report {
        let member = figures.member
        var report = Report(kind: "explain", title: "Why equity member \(member.memberId) (\(member.phone)) got what it got on \(member.day)")
        report.sections.append(EquityMemberReport.fillsSection(member.fills, decimals: member.pointDecimals))
        var sums: [EquityKind: (Int64, Int64)] = [:]
        for entry in member.fills { sums[entry.fill.kind, default: (0, 0)].0 += entry.fill.pointsUnits; sums[entry.fill.kind, default: (0, 0)].1 += entry.fill.yuanFen }
        let fromFills = sums.keys.sorted().compactMap { kind -> EquityLine? in
            let (points, yuan) = sums[kind] ?? (0, 0)
            return points == 0 && yuan == 0 ? nil : EquityLine(memberId: member.memberId, kind: kind, pointsUnits: points, yuanFen: yuan)
        }
        let rows: [[Cell]] = figures.settled.map { line in
            [.text(line.kind.name), EquityDayReport.points(line.pointsUnits, decimals: member.pointDecimals), .fen(line.yuanFen)]
        }
        report.sections.append(Section(key: "lines", title: "Settled lines of the day", .table([Column("kind"), Column("points"), Column("yuan")], rows),
                                       notes: [fromFills == figures.settled ? "the fills add up to the settled lines"
                                               : "MISMATCH: the fills do not add up to the settled lines (inputs changed since? run verify)"]))
        return report
    }
}
