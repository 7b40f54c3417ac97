import SettleKernel
import SettleReports
import SettleStore
import EquityModel
import SettleJob

/// Gathers the figures of the equity reports from the store. Read only.
public final class EquityReporter {
    public let runner: EquityRunner
    var store: SettlementStore { runner.store }

    public init(runner: EquityRunner) { self.runner = runner }

    func dayReports(of outcome: RunOutcome<Equity>) -> [EquityDayReportFigures] {
        outcome.days.map { day in
            EquityDayReportFigures(day: day.day, planEffectiveFrom: day.planEffectiveFrom, runId: day.runId, dryRun: outcome.dryRun,
                                   figures: day.summary, kindTotals: day.totals)
        }
    }

    func recorded(_ day: Day) throws -> SettlementStore.EquityRecordedDay {
        guard let recorded = try store.equityDays(from: day, through: day).first else { throw JobError.failed("settled equity day \(day) has no recorded book") }
        return recorded
    }

    public func dayFigures(_ date: Day?) throws -> EquityDayReportFigures {
        try store.useTimeZone(try runner.planBook().timezone)
        let day = try runner.settledDay(date)
        let recorded = try recorded(day)
        var totals = KindTotals(kindCount: EquityKind.codeCount)
        for total in try store.equityKindTotals(on: day) where Int(total.kind) < EquityKind.codeCount {
            totals.entitledFen[Int(total.kind)] = total.pointsUnits
            totals.paidFen[Int(total.kind)] = total.yuanFen
        }
        return EquityDayReportFigures(day: day, planEffectiveFrom: recorded.planEffectiveFrom, runId: recorded.runId, dryRun: false,
                                      figures: recorded.figures, kindTotals: totals)
    }

    public func memberFigures(member: MemberRef, date: Day?) throws -> EquityMemberFigures {
        try store.useTimeZone(try runner.planBook().timezone)
        let record = try member.find(in: store)
        let day = try runner.settledDay(date)
        let recorded = try recorded(day)
        let fills = try runner.settledAgain(day).fills.filter { $0.memberId == record.id }   // bounded: the day's fills
        let buyers = try store.orderBuyers(fills.filter { $0.kind == .referral }.map(\.eventId))
        let lines = try store.recentLines(of: record.id, through: day, limit: 20, kinds: EquityKind.self)
        var figures = EquityMemberFigures(memberId: record.id, phone: record.phone, day: day, pointDecimals: recorded.figures.pointDecimals,
                                          holding: try store.equityHolding(of: record.id, endOf: day), closingPrice: recorded.figures.closing.price,
                                          fills: fills.map { ($0, Self.why($0, buyers: buyers)) }, recentLines: lines.map { ($0.0, $0.1) })
        (figures.balances, figures.ledgerEntries) = try LedgerReader(store: store).member(record.id)
        return figures
    }

    public func explainFigures(member: MemberRef, date: Day?) throws -> EquityExplainFigures {
        let figures = try memberFigures(member: member, date: date)
        let settled = figures.recentLines.filter { $0.day == figures.day }.map(\.line).sorted { $0.kind < $1.kind }
        return EquityExplainFigures(member: figures, settled: settled)
    }

    /// Why a fill happened, in words (explain).
    static func why(_ fill: EquityFill, buyers: [Int64: Int64]) -> String {
        switch (fill.event, fill.kind) {
        case (.purchase, .buy): return "own order \(fill.eventId): buyer_rate of its contribution at the price"
        case (.purchase, .referral): return "order \(fill.eventId) of member \(buyers[fill.eventId].map(String.init) ?? "?"), a downline: its referral rate"
        case (_, .capped): return "over the issuance cap (发完即止): not issued"
        case (_, .refund): return "order \(fill.eventId) refunded: the points it gave taken back at the price"
        case (_, .refundShortfall): return "order \(fill.eventId) refunded, but these points were already spent: the shop deducts their value"
        case (.exit, .exit): return "forced out (出局): the points were worth the quota left (after event \(fill.eventId))"
        case (.exit, .fee), (.sell, .fee), (.goods, .fee): return "fee of the \(fill.event.name) kept in the pool"
        case (_, .sell): return "request \(fill.eventId): sold back to the pool"
        case (_, .goods): return "request \(fill.eventId): exchanged for goods"
        case (_, .toConstant): return "request \(fill.eventId): into constant points (恒定积分); the points go to the reserve"
        case (_, .fromConstant): return "request \(fill.eventId): constant points into points from the reserve"
        case (_, .unfilled): return "request \(fill.eventId): the part that could not be filled (not held, or no reserve)"
        default: return "event \(fill.eventId)"
        }
    }

    public func liabilityFigures(_ date: Day?) throws -> EquityLiabilityFigures {
        let plans = try runner.planBook()
        try store.useTimeZone(plans.timezone)
        let day = try runner.settledDay(date)
        let history = try store.equityDays(from: day.advanced(by: -365), through: day)
        guard let last = history.last else { throw JobError.failed("settled equity day \(day) has no recorded book") }
        let quota = try store.equityMembers().values.reduce(Int64(0)) { $0 + ($1.holdingsUnits > 0 ? $1.quotaFen : 0) }
        return EquityLiabilityFigures(day: day, book: last.figures.closing, pointDecimals: last.figures.pointDecimals,
                                      roomUnits: last.figures.roomUnits, sellFeeRate: plans.plan(on: day).sellFeeRate,
                                      quotaOutstandingFen: quota, history: history.map { ($0.day, $0.figures.closing) })
    }
}
