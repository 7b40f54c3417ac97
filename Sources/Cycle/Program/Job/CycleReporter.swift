import SettleKernel
import SettleReports
import SettleStore
import CycleModel
import SettleJob

/// The cycle program's runner.
public typealias CycleRunner = DayRunner<Cycle, CycleStateStore>

/// Gathers the figures of the cycle reports from the store and the rules. Read only.
public final class CycleReporter {
    public let runner: CycleRunner
    var store: SettlementStore { runner.store }

    public init(runner: CycleRunner) { self.runner = runner }

    /// The day reports of a run's days, gathered after the loop (phones read once).
    func dayReports(of outcome: RunOutcome<Cycle>) throws -> [CycleDayReportFigures] {
        guard !outcome.days.isEmpty else { return [] }
        let plans = try runner.planBook()
        let phones = try store.phones(of: outcome.days.flatMap { $0.topEarners.map(\.memberId) })
        return outcome.days.map { day in
            let plan = plans.plan(on: day.day)
            var earners = day.topEarners
            for index in earners.indices { earners[index].phone = phones[earners[index].memberId] }
            return CycleDayReportFigures(day: day.day, planEffectiveFrom: day.planEffectiveFrom, runId: day.runId, dryRun: outcome.dryRun,
                                         variant: plan.variant, weightDecimals: plan.weightDecimals, figures: day.summary,
                                         topEarners: earners)
        }
    }

    public func dayFigures(_ date: Day?, top: Int) throws -> CycleDayReportFigures {
        let plans = try runner.planBook()
        try store.useTimeZone(plans.timezone)
        let day = try runner.settledDay(date)
        guard let recorded = try store.cycleDays(from: day, through: day).first else {
            throw JobError.failed("settled cycle day \(day) has no recorded pools")
        }
        let plan = plans.plan(on: day)
        return CycleDayReportFigures(day: day, planEffectiveFrom: recorded.planEffectiveFrom, runId: recorded.runId, dryRun: false,
                                     variant: plan.variant, weightDecimals: recorded.weightDecimals, figures: recorded.figures,
                                     topEarners: try store.withPhones(try store.topEarners(on: day, limit: top, kindCount: CycleKind.codeCount)))
    }

    /// The member's index and the day's explanation, from the state at the start of the day.
    func explanation(member: MemberRef, date: Day?) throws -> (SettlementStore.MemberRecord, CycleExplanation, CyclePlan) {
        let plans = try runner.planBook()
        try store.useTimeZone(plans.timezone)
        let record = try member.find(in: store)
        let day = try runner.settledDay(date)
        let (terms, state) = try store.consistently {
            let terms = try Cycle.derive(shop: try store.loadShop(through: day), plans: plans)
            return (terms, try runner.states.loadState(before: day, derived: terms))
        }
        guard let index = terms.shop.tree.index(of: record.id) else { throw JobError.badInput("member \(record.id) is not in the tree") }
        return (record, CycleEngine.explain(member: Int(index), day: day, terms: terms, state: state), plans.plan(on: day))
    }

    public func memberFigures(member: MemberRef, date: Day?) throws -> CycleMemberFigures {
        let (record, explanation, plan) = try explanation(member: member, date: date)
        let day = explanation.day
        let orders = try store.cycleTerms(of: record.id, through: day).map { order in
            CycleMemberFigures.Order(term: order.term, buyerId: order.buyerId, amountFen: order.amountFen, refundedOn: order.refundedOn,
                                     counts: order.term.activeFrom <= day && (order.refundedOn.map { $0 > day } ?? true))
        }
        let lines = try store.recentLines(of: record.id, through: day, limit: 20, kinds: CycleKind.self)
        var figures = CycleMemberFigures(memberId: record.id, phone: record.phone, day: day, weightDecimals: plan.weightDecimals,
                                  weightUnits: explanation.weightUnits, levelName: explanation.levelName, grantedFen: explanation.grantedFen,
                                  paidFen: explanation.paidBeforeFen + explanation.weightedPaidFen + explanation.levelPaidFen,
                                  orders: orders, recentLines: lines.map { CycleMemberFigures.DayLine(day: $0.0, line: $0.1) })
        (figures.balances, figures.ledgerEntries) = try LedgerReader(store: store).member(record.id)
        return figures
    }

    public func explainFigures(member: MemberRef, date: Day?) throws -> CycleExplainFigures {
        let (record, explanation, plan) = try explanation(member: member, date: date)
        let settled = try store.recentLines(of: record.id, through: explanation.day, limit: 2, kinds: CycleKind.self)
            .filter { $0.0 == explanation.day }.map(\.1).sorted { $0.kind < $1.kind }
        return CycleExplainFigures(explanation: explanation, phone: record.phone, weightDecimals: plan.weightDecimals, settled: settled)
    }

    /// The pace window's settled days and `days` days run ahead with no new order.
    public func liabilityFigures(_ date: Day?, days: Int) throws -> CycleLiabilityFigures {
        let plans = try runner.planBook()
        try store.useTimeZone(plans.timezone)
        let day = try runner.settledDay(date)
        let history = try store.cycleDays(from: day.advanced(by: Int32(1 - CycleLiabilityFigures.paceDays)), through: day).map {
            CycleLiabilityFigures.Point(day: $0.day, revenueFen: $0.figures.revenueFen, paidFen: $0.figures.totalPaidFen,
                                        quotaOutstandingFen: $0.figures.quotaOutstandingFen)
        }
        var (terms, state) = try store.consistently {
            let terms = try Cycle.derive(shop: try store.loadShop(through: day), plans: plans)
            return (terms, try runner.states.loadState(before: day.advanced(by: 1), derived: terms))
        }
        var projection: [CycleLiabilityFigures.Point] = []
        for offset in 0..<Int32(days) {                       // bounded: --days, at most 3660
            let result = Cycle.settle(day: day.advanced(by: offset + 1), derived: terms, state: &state)
            projection.append(.init(day: result.day, revenueFen: result.figures.revenueFen, paidFen: result.figures.totalPaidFen,
                                    quotaOutstandingFen: result.figures.quotaOutstandingFen))
        }
        return CycleLiabilityFigures(day: day, history: history, projection: projection)
    }
}
