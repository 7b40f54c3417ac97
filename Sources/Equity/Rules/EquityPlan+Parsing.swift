import SettleKernel

extension EquityPlan {
    /// The seed's plan (SPEC-equity §2).
    public static let defaultDocument = """
    {
      "timezone": "Asia/Shanghai",
      "pool_rate": "0.30",
      "buyer_rate": "0.70",
      "referral_rates": ["0.10"],
      "initial_price": "1",
      "total_issuance": "100000000",
      "point_decimals": 6,
      "sell_fee_rate": "0.10",
      "goods_fee_rate": "0",
      "exit_enabled": true,
      "exit_quota_multiplier": "2"
    }
    """

    static let keys = ["timezone", "pool_rate", "buyer_rate", "referral_rates", "initial_price", "total_issuance",
                       "point_decimals", "sell_fee_rate", "goods_fee_rate", "exit_enabled", "exit_quota_multiplier"]

    /// Parses and validates a plan document (SPEC-equity §2). Every refusal names the field.
    public static func parse(json text: String, isKnownTimeZone: (String) -> Bool, first: EquityPlan? = nil) throws(PlanError) -> EquityPlan {
        let object = try PlanReader.root(json: text, keys: keys)
        let timezone = try PlanReader.timezone(object, isKnown: isKnownTimeZone, first: first?.timezone)
        let decimals = try PlanReader.integer(try PlanReader.field(object, "point_decimals"), at: "point_decimals", in: 0...6)
        if let first, first.pointDecimals != decimals {
            throw PlanError(field: "point_decimals", reason: "must stay \(first.pointDecimals), the first version's")
        }
        let poolRate = try rate(object, "pool_rate")
        guard poolRate > .zero else { throw PlanError(field: "pool_rate", reason: "must be above 0") }
        let buyerRate = try rate(object, "buyer_rate")
        let referralRates = try referral(object, buyerRate: buyerRate)
        guard case .bool(let exitEnabled) = try PlanReader.field(object, "exit_enabled") else {
            throw PlanError(field: "exit_enabled", reason: "must be true or false")
        }
        let multiplier = try PlanReader.decimal(try PlanReader.field(object, "exit_quota_multiplier"), at: "exit_quota_multiplier")
        guard multiplier <= Rate(ppb: 1000 * Rate.scale) else { throw PlanError(field: "exit_quota_multiplier", reason: "is above 1000") }
        return EquityPlan(timezone: timezone, poolRate: poolRate, buyerRate: buyerRate, referralRates: referralRates,
                          initialPrice: try initialPrice(object), totalIssuanceUnits: try issuance(object, decimals: decimals),
                          pointDecimals: decimals, sellFeeRate: try rate(object, "sell_fee_rate"),
                          goodsFeeRate: try rate(object, "goods_fee_rate"), exitEnabled: exitEnabled,
                          exitQuotaMultiplier: multiplier)
    }

    static func rate(_ object: [String: JSONValue], _ key: String) throws(PlanError) -> Rate {
        try PlanReader.rate(try PlanReader.field(object, key), at: key)
    }

    /// At most 10 rates, each in [0, 1], and with the buyer's at most 1 in all: a purchase then
    /// gives at most its contribution's worth at the current price, so the price can't fall.
    static func referral(_ object: [String: JSONValue], buyerRate: Rate) throws(PlanError) -> [Rate] {
        let values = try PlanReader.array(try PlanReader.field(object, "referral_rates"), at: "referral_rates")
        guard values.count <= 10 else { throw PlanError(field: "referral_rates", reason: "has \(values.count) entries; at most 10") }
        var rates: [Rate] = []
        var total = buyerRate.ppb
        for (index, value) in values.enumerated() {               // bounded: at most 10
            let rate = try PlanReader.rate(value, at: "referral_rates[\(index)]")
            total += rate.ppb
            rates.append(rate)
        }
        guard total <= Rate.scale else {
            throw PlanError(field: "referral_rates", reason: "buyer_rate + the referral rates add up to more than 1 (a purchase could lower the price)")
        }
        return rates
    }

    static func initialPrice(_ object: [String: JSONValue]) throws(PlanError) -> Rate {
        let price = try PlanReader.decimal(try PlanReader.field(object, "initial_price"), at: "initial_price")
        guard price > .zero else { throw PlanError(field: "initial_price", reason: "must be above 0") }
        guard price <= Rate(ppb: 1_000_000 * Rate.scale) else { throw PlanError(field: "initial_price", reason: "is above 1000000 yuan") }
        return price
    }

    static func issuance(_ object: [String: JSONValue], decimals: Int) throws(PlanError) -> Int64 {
        let value = try PlanReader.field(object, "total_issuance")
        guard case .string(let text) = value else { throw PlanError(field: "total_issuance", reason: "must be a decimal string such as \"100000000\"") }
        guard let units = ExactDecimal.parse(text, scaleDigits: decimals), units <= 1_000_000_000_000_000 else {
            throw PlanError(field: "total_issuance", reason: "\"\(text)\" is not a number of points with at most \(decimals) decimals (and at most 10^18 units)")
        }
        guard units > 0 else { throw PlanError(field: "total_issuance", reason: "must be above 0") }
        return units
    }
}
