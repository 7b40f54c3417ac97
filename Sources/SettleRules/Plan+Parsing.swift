import FoundationEssentials

/// Why a plan document was refused. `field` is a JSON path such as `star_tiers[2].rate`.
public struct PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    public var field: String
    public var reason: String
    public var description: String { "plan field \(field): \(reason)" }
}

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
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw PlanError(field: "$", reason: "not valid JSON")
        }
        let object = try PlanReader.object(root, at: "$")
        let keys = ["timezone", "release_lag_days", "daily_release_rate", "gift_tiers", "share_rates",
                    "star_tiers", "peer_rate", "peer_generations", "max_points_payment_ratio"]
        try PlanReader.requireExactKeys(object, keys, at: "")

        let timezone = try PlanReader.string(object["timezone"]!, at: "timezone")
        guard isKnownTimeZone(timezone) else { throw PlanError(field: "timezone", reason: "unknown timezone \"\(timezone)\"") }
        if let firstTimeZone, firstTimeZone != timezone {
            throw PlanError(field: "timezone", reason: "must stay \"\(firstTimeZone)\", the first version's timezone (got \"\(timezone)\")")
        }
        let lag = try PlanReader.integer(object["release_lag_days"]!, at: "release_lag_days", in: 0...366)
        let daily = try PlanReader.rate(object["daily_release_rate"]!, at: "daily_release_rate")
        let gifts = try parseGiftTiers(object["gift_tiers"]!)
        let shareValues = try PlanReader.array(object["share_rates"]!, at: "share_rates")
        guard shareValues.count <= 10 else { throw PlanError(field: "share_rates", reason: "has \(shareValues.count) entries; at most 10") }
        var shares: [Rate] = []
        for (index, value) in shareValues.enumerated() { shares.append(try PlanReader.rate(value, at: "share_rates[\(index)]")) }
        let stars = try parseStarTiers(object["star_tiers"]!)
        let peerRate = try PlanReader.rate(object["peer_rate"]!, at: "peer_rate")
        let peerGenerations = try PlanReader.integer(object["peer_generations"]!, at: "peer_generations", in: 0...10)
        let ratio = try PlanReader.rate(object["max_points_payment_ratio"]!, at: "max_points_payment_ratio")
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
            let name = try PlanReader.string(object["name"]!, at: "\(at).name")
            let minAmount = try PlanReader.amount(object["min_amount"]!, at: "\(at).min_amount")
            let multiplierAt = "\(at).multiplier"
            let multiplier = try PlanReader.decimal(object["multiplier"]!, at: multiplierAt)
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
            let stars = try PlanReader.integer(object["stars"]!, at: "\(at).stars", in: 1...100)
            let minimum = try PlanReader.amount(object["min_team_performance"]!, at: "\(at).min_team_performance")
            let rate = try PlanReader.rate(object["rate"]!, at: "\(at).rate")
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

/// Typed access to a decoded JSON document, with errors that carry the field path.
enum PlanReader {
    static func object(_ value: JSONValue, at path: String) throws(PlanError) -> [String: JSONValue] {
        guard case .object(let object) = value else { throw PlanError(field: path, reason: "must be an object") }
        return object
    }

    static func array(_ value: JSONValue, at path: String) throws(PlanError) -> [JSONValue] {
        guard case .array(let array) = value else { throw PlanError(field: path, reason: "must be an array") }
        return array
    }

    static func string(_ value: JSONValue, at path: String) throws(PlanError) -> String {
        guard case .string(let text) = value else { throw PlanError(field: path, reason: "must be a string") }
        return text
    }

    static func integer(_ value: JSONValue, at path: String, in range: ClosedRange<Int64>) throws(PlanError) -> Int {
        guard case .integer(let number) = value else { throw PlanError(field: path, reason: "must be a whole number") }
        guard range.contains(number) else {
            throw PlanError(field: path, reason: "is \(number); must be from \(range.lowerBound) to \(range.upperBound)")
        }
        return Int(number)
    }

    /// A non-negative decimal string with up to nine decimals.
    static func decimal(_ value: JSONValue, at path: String) throws(PlanError) -> Rate {
        guard case .string(let text) = value else { throw PlanError(field: path, reason: "must be a decimal string such as \"0.012\"") }
        guard let rate = Rate.parse(text) else {
            throw PlanError(field: path, reason: "\"\(text)\" is not a plain decimal with at most \(Rate.scaleDigits) decimals")
        }
        guard rate >= .zero else { throw PlanError(field: path, reason: "is below 0") }
        return rate
    }

    /// A rate: a decimal from 0 to 1.
    static func rate(_ value: JSONValue, at path: String) throws(PlanError) -> Rate {
        let rate = try decimal(value, at: path)
        guard rate <= .one else { throw PlanError(field: path, reason: "is above 1") }
        return rate
    }

    /// An amount in yuan with at most two decimals, as fen.
    static func amount(_ value: JSONValue, at path: String) throws(PlanError) -> Int64 {
        guard case .string(let text) = value else { throw PlanError(field: path, reason: "must be a decimal string such as \"3000\"") }
        guard let fen = Fen.parse(text), fen >= 0, fen < 1_000_000_000_000_000 else {
            throw PlanError(field: path, reason: "\"\(text)\" is not an amount in yuan with at most 2 decimals")
        }
        return fen
    }

    static func requireExactKeys(_ object: [String: JSONValue], _ keys: [String], at path: String) throws(PlanError) {
        let prefix = path.isEmpty ? "" : path + "."
        for key in keys where object[key] == nil { throw PlanError(field: prefix + key, reason: "is missing") }
        for key in object.keys.sorted() where !keys.contains(key) { throw PlanError(field: prefix + key, reason: "is not a known key") }
    }
}

/// Any JSON value. Non-integer numbers are kept apart (and refused by the plan reader)
/// so that no plan number ever passes through a binary floating-point type.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case nonIntegerNumber
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            var object: [String: JSONValue] = [:]
            for key in keyed.allKeys { object[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key) }
            self = .object(object)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let value = try? single.decode(Bool.self) { self = .bool(value) }
        else if let value = try? single.decode(Int64.self) { self = .integer(value) }
        else if let value = try? single.decode(String.self) { self = .string(value) }
        else { self = .nonIntegerNumber }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
