import SettleKernel

/// One version of the equity-points plan (SPEC-equity §2), already validated.
public struct EquityPlan: ModelPlan {
    public var timezone: String
    /// Share of an order's amount that feeds the pool.
    public var poolRate: Rate
    public var buyerRate: Rate
    /// Generation g + 1 at index g (index 0: the referrer).
    public var referralRates: [Rate]
    /// The price before any point exists, in yuan per point.
    public var initialPrice: Rate
    /// In point units (10^−point_decimals of a point).
    public var totalIssuanceUnits: Int64
    public var pointDecimals: Int
    public var sellFeeRate: Rate
    public var goodsFeeRate: Rate
    public var exitEnabled: Bool
    public var exitQuotaMultiplier: Rate

    /// 10^point_decimals: units per whole point.
    public var unitsPerPoint: Int64 { Self.unitsPerPoint(decimals: pointDecimals) }

    public static func unitsPerPoint(decimals: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<decimals { value *= 10 }
        return value
    }

    /// The initial price as fen per point unit: ppb × 100 ÷ (10^9 × units per point), reduced.
    public var initialPriceFraction: Price {
        Price(fen: initialPrice.ppb * 100, units: Rate.scale * unitsPerPoint).reduced()
    }

    public var digestFields: [Int64] {
        var fields: [Int64] = [poolRate.ppb, buyerRate.ppb, initialPrice.ppb, totalIssuanceUnits, Int64(pointDecimals),
                               sellFeeRate.ppb, goodsFeeRate.ppb, exitEnabled ? 1 : 0, exitQuotaMultiplier.ppb]
        fields += [Int64(referralRates.count)] + referralRates.map(\.ppb)
        return fields
    }
}

public typealias EquityPlanBook = PlanBook<EquityPlan>

/// A price as an exact fraction: `fen` fen per `units` point units (pool ÷ supply). Never rounded;
/// `display` is the only rounding (yuan per point, 4 decimals, half-up).
public struct Price: Equatable, Sendable, CustomStringConvertible {
    public var fen: Int64
    public var units: Int64

    public init(fen: Int64, units: Int64) {
        precondition(units > 0 && fen >= 0, "a price needs units > 0 and fen ≥ 0")
        self.fen = fen; self.units = units
    }

    public func reduced() -> Price {
        var a = fen, b = units
        while b != 0 { (a, b) = (b, a % b) }                 // bounded: Euclid, O(log) steps
        return a <= 1 ? self : Price(fen: fen / a, units: units / a)
    }

    /// self < other, exactly.
    public func isBelow(_ other: Price) -> Bool { Int128(fen) * Int128(other.units) < Int128(other.fen) * Int128(units) }

    /// Yuan per point × 10^4, half-up: `fen × unitsPerPoint ÷ units ÷ 100`.
    public func tenThousandthsOfYuanPerPoint(unitsPerPoint: Int64) -> Int64 {
        let numerator = Int128(fen) * Int128(unitsPerPoint) * 100
        return Int64((2 * numerator + Int128(units)) / (2 * Int128(units)))
    }

    public func display(unitsPerPoint: Int64) -> String {
        ExactDecimal.format(tenThousandthsOfYuanPerPoint(unitsPerPoint: unitsPerPoint), scaleDigits: 4)
    }

    public var description: String { "\(fen)/\(units)" }
}
