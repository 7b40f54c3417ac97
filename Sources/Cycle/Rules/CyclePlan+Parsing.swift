import SettleKernel

extension CyclePlan {
    /// The seed's plan, basic variant (股权): SPEC-cycle §2.
    public static let defaultDocument = """
    {
      "timezone": "Asia/Shanghai",
      "variant": "basic",
      "entry_lag_days": 0,
      "quota_multiplier": "2",
      "yuan_per_weight": "1000",
      "weight_decimals": 0,
      "referral_weight_rates": ["1"],
      "referral_quota_multipliers": [],
      "weighted_pool_rate": "0.30",
      "level_pool_rate": "0.10",
      "levels": [
        {"name": "V1", "min_weight": "50",  "share": "0.1"},
        {"name": "V2", "min_weight": "101", "share": "0.3"},
        {"name": "V3", "min_weight": "201", "share": "0.6"}
      ]
    }
    """

    /// The extended variant (贡献值 / 能量值): the same mechanics, levels V1–V4.
    public static let extendedDocument = """
    {
      "timezone": "Asia/Shanghai",
      "variant": "extended",
      "entry_lag_days": 0,
      "quota_multiplier": "2",
      "yuan_per_weight": "1000",
      "weight_decimals": 0,
      "referral_weight_rates": ["1"],
      "referral_quota_multipliers": [],
      "weighted_pool_rate": "0.30",
      "level_pool_rate": "0.10",
      "levels": [
        {"name": "V1", "min_weight": "1",  "share": "0.1"},
        {"name": "V2", "min_weight": "11", "share": "0.2"},
        {"name": "V3", "min_weight": "21", "share": "0.3"},
        {"name": "V4", "min_weight": "31", "share": "0.4"}
      ]
    }
    """

    static let keys = ["timezone", "variant", "entry_lag_days", "quota_multiplier", "yuan_per_weight", "weight_decimals",
                       "referral_weight_rates", "referral_quota_multipliers", "weighted_pool_rate", "level_pool_rate", "levels"]

    /// Parses and validates a plan document (SPEC-cycle §2). Every refusal names the field.
    public static func parse(json text: String, isKnownTimeZone: (String) -> Bool,
                             firstTimeZone: String? = nil, firstWeightDecimals: Int? = nil) throws(PlanError) -> CyclePlan {
        let object = try PlanReader.root(json: text, keys: keys)
        let timezone = try PlanReader.timezone(object, isKnown: isKnownTimeZone, first: firstTimeZone)
        let variantText = try PlanReader.string(try PlanReader.field(object, "variant"), at: "variant")
        guard let variant = Variant(rawValue: variantText) else {
            throw PlanError(field: "variant", reason: "must be \"basic\" or \"extended\" (got \"\(variantText)\")")
        }
        let decimals = try PlanReader.integer(try PlanReader.field(object, "weight_decimals"), at: "weight_decimals", in: 0...6)
        if let firstWeightDecimals, firstWeightDecimals != decimals {
            throw PlanError(field: "weight_decimals", reason: "must stay \(firstWeightDecimals), the first version's")
        }
        let quotaRates = try rates(object, "referral_quota_multipliers", atMost: 1000)
        guard variant == .basic || quotaRates.isEmpty else {
            throw PlanError(field: "referral_quota_multipliers", reason: "must be empty in the extended variant (能量值 comes only from one's own purchases)")
        }
        let (weightedRate, levelRate) = try poolRates(object)
        return CyclePlan(
            timezone: timezone, variant: variant,
            entryLagDays: try PlanReader.integer(try PlanReader.field(object, "entry_lag_days"), at: "entry_lag_days", in: 0...30),
            quotaMultiplier: try positive(object, "quota_multiplier", atMost: 1000),
            yuanPerWeightFen: try positiveAmount(object, "yuan_per_weight"),
            weightDecimals: decimals, referralWeightRates: try rates(object, "referral_weight_rates", atMost: 1000),
            referralQuotaMultipliers: quotaRates, weightedPoolRate: weightedRate, levelPoolRate: levelRate,
            levels: try parseLevels(try PlanReader.field(object, "levels"), weightDecimals: decimals))
    }

    static func positive(_ object: [String: JSONValue], _ key: String, atMost limit: Int64) throws(PlanError) -> Rate {
        let value = try PlanReader.decimal(try PlanReader.field(object, key), at: key)
        guard value > .zero else { throw PlanError(field: key, reason: "must be above 0") }
        guard value <= Rate(ppb: limit * Rate.scale) else { throw PlanError(field: key, reason: "is above \(limit)") }
        return value
    }

    static func positiveAmount(_ object: [String: JSONValue], _ key: String) throws(PlanError) -> Int64 {
        let fen = try PlanReader.amount(try PlanReader.field(object, key), at: key)
        guard fen > 0 else { throw PlanError(field: key, reason: "must be above 0") }
        return fen
    }

    /// A referral list: at most 10 entries, none negative (and none above `limit`).
    static func rates(_ object: [String: JSONValue], _ key: String, atMost limit: Int64) throws(PlanError) -> [Rate] {
        let values = try PlanReader.array(try PlanReader.field(object, key), at: key)
        guard values.count <= 10 else { throw PlanError(field: key, reason: "has \(values.count) entries; at most 10") }
        var rates: [Rate] = []
        for (index, value) in values.enumerated() {               // bounded: at most 10
            let at = "\(key)[\(index)]"
            let rate = try PlanReader.decimal(value, at: at)
            guard rate >= .zero else { throw PlanError(field: at, reason: "is below 0") }
            guard rate <= Rate(ppb: limit * Rate.scale) else { throw PlanError(field: at, reason: "is above \(limit)") }
            rates.append(rate)
        }
        return rates
    }

    static func poolRates(_ object: [String: JSONValue]) throws(PlanError) -> (Rate, Rate) {
        let weighted = try PlanReader.rate(try PlanReader.field(object, "weighted_pool_rate"), at: "weighted_pool_rate")
        let level = try PlanReader.rate(try PlanReader.field(object, "level_pool_rate"), at: "level_pool_rate")
        guard weighted >= .zero else { throw PlanError(field: "weighted_pool_rate", reason: "is below 0") }
        guard level >= .zero else { throw PlanError(field: "level_pool_rate", reason: "is below 0") }
        guard weighted.ppb + level.ppb <= Rate.scale else {
            throw PlanError(field: "level_pool_rate", reason: "the two pool rates add up to more than 1")
        }
        return (weighted, level)
    }

    static func parseLevels(_ value: JSONValue, weightDecimals: Int) throws(PlanError) -> [Level] {
        let items = try PlanReader.array(value, at: "levels")
        guard !items.isEmpty else { throw PlanError(field: "levels", reason: "is empty") }
        guard items.count <= 100 else { throw PlanError(field: "levels", reason: "has more than 100 levels") }
        var levels: [Level] = []
        var shares: Int64 = 0
        for (index, item) in items.enumerated() {                 // bounded: at most 100
            let at = "levels[\(index)]"
            let object = try PlanReader.object(item, at: at)
            try PlanReader.requireExactKeys(object, ["name", "min_weight", "share"], at: at)
            let name = try PlanReader.string(try PlanReader.field(object, "name", at: at), at: "\(at).name")
            let minText = try PlanReader.string(try PlanReader.field(object, "min_weight", at: at), at: "\(at).min_weight")
            guard let units = ExactDecimal.parse(minText, scaleDigits: weightDecimals) else {
                throw PlanError(field: "\(at).min_weight", reason: "must be a decimal string with at most \(weightDecimals) decimals")
            }
            if let previous = levels.last, units <= previous.minWeightUnits {
                throw PlanError(field: "\(at).min_weight", reason: "thresholds must strictly increase")
            }
            guard index > 0 || units > 0 else { throw PlanError(field: "\(at).min_weight", reason: "the lowest must be above 0") }
            let share = try PlanReader.rate(try PlanReader.field(object, "share", at: at), at: "\(at).share")
            guard share >= .zero else { throw PlanError(field: "\(at).share", reason: "is below 0") }
            shares += share.ppb
            guard shares <= Rate.scale else { throw PlanError(field: "\(at).share", reason: "the shares add up to more than 1") }
            levels.append(Level(name: name, minWeightUnits: units, share: share))
        }
        return levels
    }
}
