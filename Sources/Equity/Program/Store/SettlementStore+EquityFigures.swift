import SettleKernel
import EquityModel
import SettleStore

/// The book of each settled equity day (settle.equity_day_figures), keyed by run.
extension SettlementStore {
    static let equityFigureColumns = """
        point_decimals, total_issuance_units, opening_pool_fen, opening_supply_units, opening_reserve_units, opening_issued_units,
        opening_price_fen, opening_price_units, pool_fen, supply_units, reserve_units, issued_units, price_fen, price_units,
        last_price_fen, last_price_units, purchases, purchase_amount_fen, contribution_fen, refunds, refund_pool_fen,
        sells, goods, to_constant, from_constant, exits
        """

    func writeEquityFigures(_ result: EquityDayResult, runId: Int64) throws {
        let f = result.figures
        let values: [Int64?] = [Int64(f.pointDecimals), f.totalIssuanceUnits, f.opening.poolFen, f.opening.supplyUnits,
                                f.opening.reserveUnits, f.opening.issuedUnits, f.opening.price.fen, f.opening.price.units,
                                f.closing.poolFen, f.closing.supplyUnits, f.closing.reserveUnits, f.closing.issuedUnits,
                                f.closing.price.fen, f.closing.price.units, f.lastPrice?.fen, f.lastPrice?.units,
                                Int64(f.purchases), f.purchaseAmountFen, f.contributionFen, Int64(f.refunds), f.refundPoolFen,
                                Int64(f.sells), Int64(f.goods), Int64(f.toConstant), Int64(f.fromConstant), Int64(f.exits)]
        let display = f.closing.price.display(unitsPerPoint: EquityPlan.unitsPerPoint(decimals: f.pointDecimals))
        let placeholders = (0..<values.count).map { "$\($0 + 4)" }.joined(separator: ", ")
        try connection.execute("""
            INSERT INTO settle.equity_day_figures (run_id, settle_date, price, \(Self.equityFigureColumns))
            VALUES ($1, $2::date, $3::numeric, \(placeholders))
            """, [String(runId), result.day.iso, display] + values.map { $0.map(String.init) })
    }

    public struct EquityRecordedDay: Sendable {
        public var day: Day
        public var runId: Int64
        public var planEffectiveFrom: Day
        public var figures: EquityDayFigures
    }

    /// The settled days' books from `from` through `through`, oldest first.
    public func equityDays(from: Day, through: Day) throws(StoreError) -> [EquityRecordedDay] {
        try connection.rows("""
            SELECT d.settle_date - date '1970-01-01', d.run_id, d.plan_effective_from - date '1970-01-01', \(Self.equityFigureColumns)
            FROM settle.days d JOIN settle.equity_day_figures f ON f.run_id = d.run_id
            WHERE d.model = 'equity' AND d.settle_date BETWEEN $1::date AND $2::date ORDER BY d.settle_date
            """, [from.iso, through.iso], source: "settle.equity_day_figures").map { row throws(StoreError) in
            EquityRecordedDay(day: try row.day(0), runId: try row.int64(1), planEffectiveFrom: try row.day(2),
                              figures: try Self.equityFigures(row, from: 3))
        }
    }

    static func equityFigures(_ row: Row, from start: Int) throws(StoreError) -> EquityDayFigures {
        var v: [Int64?] = []
        for index in start..<(start + 26) { v.append(try row.optionalInt64(index)) }   // bounded: 26 columns
        func at(_ index: Int) throws(StoreError) -> Int64 {
            guard let value = v[index] else { throw malformed("equity_day_figures") }
            return value
        }
        let opening = EquityBook(poolFen: try at(2), supplyUnits: try at(3), reserveUnits: try at(4), issuedUnits: try at(5),
                                 price: Price(fen: try at(6), units: try at(7)))
        let closing = EquityBook(poolFen: try at(8), supplyUnits: try at(9), reserveUnits: try at(10), issuedUnits: try at(11),
                                 price: Price(fen: try at(12), units: try at(13)))
        var f = EquityDayFigures(opening: opening, closing: closing, pointDecimals: Int(try at(0)), totalIssuanceUnits: try at(1))
        if let fen = v[14], let units = v[15] { f.lastPrice = Price(fen: fen, units: units) }
        f.purchases = Int(try at(16)); f.purchaseAmountFen = try at(17); f.contributionFen = try at(18)
        f.refunds = Int(try at(19)); f.refundPoolFen = try at(20)
        f.sells = Int(try at(21)); f.goods = Int(try at(22)); f.toConstant = Int(try at(23)); f.fromConstant = Int(try at(24))
        f.exits = Int(try at(25))
        return f
    }

    /// Sums per kind of the lines of `day` (points units, yuan fen) and how many members had each.
    public func equityKindTotals(on day: Day) throws(StoreError) -> [(kind: Int16, members: Int, pointsUnits: Int64, yuanFen: Int64)] {
        try connection.rows("""
            SELECT kind, count(*), sum(entitled_fen)::bigint, sum(paid_fen)::bigint FROM settle.day_lines
            WHERE model = 'equity' AND settle_date = $1::date GROUP BY kind ORDER BY kind
            """, [day.iso], source: "settle.day_lines").map { row throws(StoreError) in
            (Int16(truncatingIfNeeded: try row.int64(0)), Int(try row.int64(1)), try row.int64(2), try row.int64(3))
        }
    }
}
