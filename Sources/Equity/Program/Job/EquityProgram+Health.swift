import SettleKernel
import SettleStore
import EquityModel
import SettleJob
import SettleReports

/// `report health` for the equity program: it owes the points in circulation at the price,
/// backed by the pool; its payouts are the yuan of sells, goods and exits.
extension EquityProgram {
    public static let liabilityWhat = "points in circulation at the price, against the pool"

    public static var payoutKinds: [EquityKind] { [.sell, .goods, .exit] }

    public func liabilities(_ days: ClosedRange<Day>) throws -> [Day: (fen: Int64, backingFen: Int64?)] {
        var owed: [Day: (fen: Int64, backingFen: Int64?)] = [:]
        for recorded in try runner.store.equityDays(from: days.lowerBound, through: days.upperBound) {   // bounded: the days asked for
            let (day, book) = (recorded.day, recorded.figures.closing)
            let value = book.price.units > 0 ? Int128(book.supplyUnits) * Int128(book.price.fen) / Int128(book.price.units) : 0
            owed[day] = (Int64(clamping: value), book.poolFen)
        }
        return owed
    }

    public static func planTerms(_ plan: EquityPlan) -> PlanTerms {
        var terms = PlanTerms()
        terms.generations = plan.referralRates.count
        if plan.exitEnabled {
            terms.commitmentPerYuan = plan.exitQuotaMultiplier
            terms.commitmentWhat = "yuan paid out at a forced exit per yuan bought"
        } else {
            terms.commitmentPerYuan = Rate(ppb: plan.buyerRate.ppb + plan.referralRates.reduce(0) { $0 + $1.ppb })
            terms.commitmentWhat = "points' worth given per yuan bought, to the buyer and its referrers"
        }
        return terms
    }
}

/// `settle simulate` for the equity program: the closing book (price, pool, supply) and exits.
extension EquityProgram {
    public static func owedFen(after summary: EquityDayFigures) -> Int64 {
        let book = summary.closing
        return Int64(clamping: Int128(book.supplyUnits) * Int128(book.price.fen) / Int128(book.price.units))
    }

    public static func simulationPairs(settled: [EquityDayFigures], simulated: [EquityDayFigures]) -> [SimulationFigures.Pair] {
        func price(_ days: [EquityDayFigures]) -> Cell {
            days.last.map { .decimal($0.closing.price.display(unitsPerPoint: EquityPlan.unitsPerPoint(decimals: $0.pointDecimals))) } ?? .none
        }
        func supply(_ days: [EquityDayFigures]) -> Cell {
            days.last.map { .decimal(ExactDecimal.format($0.closing.supplyUnits, scaleDigits: $0.pointDecimals)) } ?? .none
        }
        func exits(_ days: [EquityDayFigures]) -> Int64 { days.reduce(0) { $0 + Int64($1.exits) } }
        return [
            .init("closing_price", "closing price", settled: price(settled), simulated: price(simulated)),
            .init("pool", "pool at the end", settled: .fen(settled.last?.closing.poolFen ?? 0), simulated: .fen(simulated.last?.closing.poolFen ?? 0)),
            .init("supply", "points in circulation at the end", settled: supply(settled), simulated: supply(simulated)),
            .init("exits", "forced exits", settled: .count(exits(settled)), simulated: .count(exits(simulated))),
        ]
    }
}
