import SettleKernel

extension Plan {
    /// The seed's plan (SPEC §2), as a JSON document.
    public static let defaultDocument = """
    {
      "timezone": "Asia/Shanghai",
      "release_lag_days": 1,
      "daily_release_rate": "0.012",
      "gift_tiers": [
        {"name": "初级会员", "min_amount": "3000",  "multiplier": "2.5"},
        {"name": "中级会员", "min_amount": "9000",  "multiplier": "3"},
        {"name": "高级会员", "min_amount": "27000", "multiplier": "3.5"},
        {"name": "VIP会员",  "min_amount": "51000", "multiplier": "4"}
      ],
      "share_rates": ["0.50", "0.30"],
      "star_tiers": [
        {"stars": 1, "min_team_performance": "50000",    "rate": "0.10"},
        {"stars": 2, "min_team_performance": "200000",   "rate": "0.20"},
        {"stars": 3, "min_team_performance": "600000",   "rate": "0.26"},
        {"stars": 4, "min_team_performance": "2000000",  "rate": "0.32"},
        {"stars": 5, "min_team_performance": "6000000",  "rate": "0.38"},
        {"stars": 6, "min_team_performance": "15000000", "rate": "0.44"},
        {"stars": 7, "min_team_performance": "30000000", "rate": "0.50"}
      ],
      "peer_rate": "0.03",
      "peer_generations": 1,
      "max_points_payment_ratio": "1.0"
    }
    """

    /// Parses and validates a plan document (SPEC §2). Every refusal names the field.
    ///
    /// - Parameters:
    ///   - isKnownTimeZone: the shell's answer to "is this an IANA zone name?"; the rules do no I/O.
    ///   - firstTimeZone: the timezone of the first stored version, which every later version must keep.
    public static func parse(
        json text: String,
        isKnownTimeZone: (String) -> Bool,
        firstTimeZone: String? = nil
    ) throws(PlanError) -> Plan {
        let keys = ["timezone", "release_lag_days", "daily_release_rate", "gift_tiers", "share_rates",
                    "star_tiers", "peer_rate", "peer_generations", "max_points_payment_ratio"]
        let object = try PlanReader.root(json: text, keys: keys)
        let timezone = try PlanReader.timezone(object, isKnown: isKnownTimeZone, first: firstTimeZone)
        let lag = try PlanReader.integer(PlanReader.field(object, "release_lag_days"), at: "release_lag_days", in: 0...366)
        let daily = try PlanReader.rate(PlanReader.field(object, "daily_release_rate"), at: "daily_release_rate")
        let gifts = try parseGiftTiers(PlanReader.field(object, "gift_tiers"))
        let shareValues = try PlanReader.array(PlanReader.field(object, "share_rates"), at: "share_rates")
        guard shareValues.count <= 10 else { throw PlanError(field: "share_rates", reason: "has \(shareValues.count) entries; at most 10") }
        var shares: [Rate] = []
        for (index, value) in shareValues.enumerated() { shares.append(try PlanReader.rate(value, at: "share_rates[\(index)]")) }
        let stars = try parseStarTiers(PlanReader.field(object, "star_tiers"))
        let peerRate = try PlanReader.rate(PlanReader.field(object, "peer_rate"), at: "peer_rate")
        let peerGenerations = try PlanReader.integer(PlanReader.field(object, "peer_generations"), at: "peer_generations", in: 0...10)
        let ratio = try PlanReader.rate(PlanReader.field(object, "max_points_payment_ratio"), at: "max_points_payment_ratio")
        return Plan(timezone: timezone, releaseLagDays: lag, dailyReleaseRate: daily, giftTiers: gifts,
                    shareRates: shares, starTiers: stars, peerRate: peerRate, peerGenerations: peerGenerations,
                    maxPointsPaymentRatio: ratio)
    }

    private static func parseGiftTiers(_ value: JSONValue) throws(PlanError) -> [GiftTier] {
        let items = try PlanReader.array(value, at: "gift_tiers")
        guard !items.isEmpty else { throw PlanError(field: "gift_tiers", reason: "is empty") }
        guard items.count <= 100 else { throw PlanError(field: "gift_tiers", reason: "has more than 100 tiers") }
        var tiers: [GiftTier] = []
        for (index, item) in items.enumerated() {
            let at = "gift_tiers[\(index)]"
            let object = try PlanReader.object(item, at: at)
            try PlanReader.requireExactKeys(object, ["name", "min_amount", "multiplier"], at: at)
            let name = try PlanReader.string(PlanReader.field(object, "name"), at: "\(at).name")
            let minAmount = try PlanReader.amount(PlanReader.field(object, "min_amount"), at: "\(at).min_amount")
            let multiplierAt = "\(at).multiplier"
            let multiplier = try PlanReader.decimal(PlanReader.field(object, "multiplier"), at: multiplierAt)
            guard multiplier >= .one else { throw PlanError(field: multiplierAt, reason: "is below 1") }
            guard multiplier <= Rate(ppb: 1000 * Rate.scale) else { throw PlanError(field: multiplierAt, reason: "is above 1000") }
            if let previous = tiers.last {
                guard minAmount > previous.minAmountFen else { throw PlanError(field: "\(at).min_amount", reason: "thresholds must strictly increase") }
            }
            tiers.append(GiftTier(name: name, minAmountFen: minAmount, multiplier: multiplier))
        }
        return tiers
    }

    private static func parseStarTiers(_ value: JSONValue) throws(PlanError) -> [StarTier] {
        let items = try PlanReader.array(value, at: "star_tiers")
        guard !items.isEmpty else { throw PlanError(field: "star_tiers", reason: "is empty") }
        guard items.count <= 100 else { throw PlanError(field: "star_tiers", reason: "has more than 100 tiers") }
        var tiers: [StarTier] = []
        for (index, item) in items.enumerated() {
            let at = "star_tiers[\(index)]"
            let object = try PlanReader.object(item, at: at)
            try PlanReader.requireExactKeys(object, ["stars", "min_team_performance", "rate"], at: at)
            let stars = try PlanReader.integer(PlanReader.field(object, "stars"), at: "\(at).stars", in: 1...100)
            let minimum = try PlanReader.amount(PlanReader.field(object, "min_team_performance"), at: "\(at).min_team_performance")
            let rate = try PlanReader.rate(PlanReader.field(object, "rate"), at: "\(at).rate")
            if let previous = tiers.last {
                guard stars > previous.stars else { throw PlanError(field: "\(at).stars", reason: "stars must strictly increase") }
                guard minimum > previous.minTeamPerformanceFen else { throw PlanError(field: "\(at).min_team_performance", reason: "thresholds must strictly increase") }
                guard rate > previous.rate else { throw PlanError(field: "\(at).rate", reason: "rates must strictly increase") }
            }
            tiers.append(StarTier(stars: stars, minTeamPerformanceFen: minimum, rate: rate))
        }
        return tiers
    }
}

