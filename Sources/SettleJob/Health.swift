import SettleKernel
import SettleReports
import SettleStore

/// What a program's plan promises, read from the version in force (each room reads its own plan).
public struct PlanTerms: Sendable, Equatable {
    /// The deepest generation of recruits whose purchases pay the referrer (0: none).
    public var generations: Int = 0
    /// Team-volume rewards over the whole downline (团队计酬), however deep.
    public var unlimitedTeamDepth = false
    /// The smallest single purchase that buys a membership level with its rewards (nil: none).
    public var membershipPurchaseFen: Int64? = nil
    /// What the plan commits per yuan of revenue at the most (points at face value), and what.
    public var commitmentPerYuan: Rate = .zero
    public var commitmentWhat = ""
    public init() {}
}

/// The thresholds of `report health`, with defaults; a file overrides them for all programs
/// (`"default"`) or one (`"points"`, …). JSON: `{"default": {"payout_share": "0.5"}, "cycle": {…}}`.
public struct HealthThresholds: Sendable, Equatable {
    public var payoutShare = Rate(ppb: 600_000_000)          // 0.60 of revenue
    public var liabilityDaysOfRevenue: Int64 = 180
    public var daysToPayOff: Int64 = 365
    public var top1Share = Rate(ppb: 200_000_000)            // 0.20 of the payouts
    public var top10Share = Rate(ppb: 500_000_000)           // 0.50
    public var noOwnOrderShare = Rate(ppb: 500_000_000)      // 0.50
    public var commitmentPerYuan = Rate.one                  // 1 yuan promised per yuan taken
    public var generations: Int64 = 3                        // rewards 3 generations deep or more
    public var membershipPurchaseFen: Int64 = 100_000        // a level bought with 1000.00 or more at once
    public init() {}

    static let keys = ["payout_share", "liability_days_of_revenue", "days_to_pay_off", "top1_share", "top10_share",
                       "no_own_order_share", "commitment_per_yuan", "generations", "membership_purchase"]

    /// The thresholds of each of `models` from a file's text (nil: the defaults); a bad file is
    /// refused with the field named (`PlanError`: exit 3).
    public static func parse(json: String?, models: [String]) throws(PlanError) -> [String: HealthThresholds] {
        var result: [String: HealthThresholds] = [:]
        guard let json else {
            for model in models { result[model] = HealthThresholds() }
            return result
        }
        let root = try PlanReader.root(json: json, keys: ["default"] + models, optional: true)
        var base = HealthThresholds()
        if let value = root["default"] { try base.read(try PlanReader.object(value, at: "default"), at: "default") }
        for model in models {
            var thresholds = base
            if let value = root[model] { try thresholds.read(try PlanReader.object(value, at: model), at: model) }
            result[model] = thresholds
        }
        return result
    }

    mutating func read(_ object: [String: JSONValue], at path: String) throws(PlanError) {
        for key in object.keys.sorted() where !Self.keys.contains(key) {    // bounded: the object's keys
            throw PlanError(field: path + "." + key, reason: "is not a threshold (\(Self.keys.joined(separator: ", ")))")
        }
        func ratio(_ key: String) throws(PlanError) -> Rate? {
            guard let value = object[key] else { return nil }
            let rate = try PlanReader.decimal(value, at: path + "." + key)
            guard rate.ppb >= 0 else { throw PlanError(field: path + "." + key, reason: "must not be negative") }
            return rate
        }
        func whole(_ key: String, _ range: ClosedRange<Int64>) throws(PlanError) -> Int64? {
            try object[key].map { value throws(PlanError) in Int64(try PlanReader.integer(value, at: path + "." + key, in: range)) }
        }
        payoutShare = try ratio("payout_share") ?? payoutShare
        top1Share = try ratio("top1_share") ?? top1Share
        top10Share = try ratio("top10_share") ?? top10Share
        noOwnOrderShare = try ratio("no_own_order_share") ?? noOwnOrderShare
        commitmentPerYuan = try ratio("commitment_per_yuan") ?? commitmentPerYuan
        liabilityDaysOfRevenue = try whole("liability_days_of_revenue", 0...36_600) ?? liabilityDaysOfRevenue
        daysToPayOff = try whole("days_to_pay_off", 0...36_600) ?? daysToPayOff
        generations = try whole("generations", 1...100) ?? generations
        if let value = object["membership_purchase"] { membershipPurchaseFen = try PlanReader.amount(value, at: path + ".membership_purchase") }
    }
}

/// The health of one program, from the window's rows, its liability and its plan: pure.
public enum Health {
    public static func assess(_ figures: HealthFigures, terms: PlanTerms, thresholds t: HealthThresholds) -> HealthFigures {
        var figures = figures
        figures.flags = thresholdFlags(figures, t) + planFlags(figures.model, terms, t)
        return figures
    }

    static func thresholdFlags(_ f: HealthFigures, _ t: HealthThresholds) -> [HealthFlag] {
        var flags: [HealthFlag] = []
        func flag(_ key: String, _ crossed: Bool, _ reason: @autoclosure () -> String) {
            if crossed { flags.append(HealthFlag(model: f.model, kind: .threshold, key: key, reason: reason())) }
        }
        func text(_ fraction: HealthFigures.Fraction, digits: Int = 4) -> String {
            Ratio.decimal(fraction.numerator, fraction.denominator, digits: digits) ?? "—"
        }
        flag("payout_share", f.payoutShare.exceeds(t.payoutShare),
             "paid out \(text(f.payoutShare)) of the window's revenue, above \(t.payoutShare)")
        flag("liability_days_of_revenue", f.liabilityDaysOfRevenue.exceeds(t.liabilityDaysOfRevenue) || (f.revenueFen == 0 && f.liabilityFen > 0),
             f.revenueFen == 0 ? "owes \(Fen.format(f.liabilityFen)) with no revenue in the window"
                               : "owes \(text(f.liabilityDaysOfRevenue, digits: 1)) days of revenue, above \(t.liabilityDaysOfRevenue)")
        flag("days_to_pay_off", f.daysToPayOff.exceeds(t.daysToPayOff) || (f.payoutFen == 0 && f.liabilityFen > 0),
             "takes \(text(f.daysToPayOff, digits: 1)) days to pay off at the window's pace, above \(t.daysToPayOff)")
        // The top 1% (10%) is one member until 100 (10) were paid: judged from then on.
        flag("top1_share", f.paidMembers >= 100 && f.top1Share.exceeds(t.top1Share),
             "the top 1% of members paid took \(text(f.top1Share)), above \(t.top1Share)")
        flag("top10_share", f.paidMembers >= 10 && f.top10Share.exceeds(t.top10Share),
             "the top 10% of members paid took \(text(f.top10Share)), above \(t.top10Share)")
        flag("no_own_order_share", f.noOwnOrderShare.exceeds(t.noOwnOrderShare),
             "members without an order of their own in the window took \(text(f.noOwnOrderShare)), above \(t.noOwnOrderShare)")
        return flags
    }

    static func planFlags(_ model: String, _ terms: PlanTerms, _ t: HealthThresholds) -> [HealthFlag] {
        var flags: [HealthFlag] = []
        if terms.generations >= t.generations {
            flags.append(HealthFlag(model: model, kind: .plan, key: "generations", reason:
                "rewards on recruits' purchases \(terms.generations) generations deep (拉人头: pay that grows with recruits' recruits)", article7: true))
        }
        if terms.unlimitedTeamDepth {
            flags.append(HealthFlag(model: model, kind: .plan, key: "team_depth", reason:
                "team-volume rewards over the whole downline, however deep (团队计酬)", article7: true))
        }
        if let fen = terms.membershipPurchaseFen, fen >= t.membershipPurchaseFen {
            flags.append(HealthFlag(model: model, kind: .plan, key: "membership_purchase", reason:
                "a membership level and its rewards are bought with one purchase of \(Fen.format(fen)) yuan or more (入门费)", article7: true))
        }
        if terms.commitmentPerYuan > t.commitmentPerYuan {
            flags.append(HealthFlag(model: model, kind: .plan, key: "commitment_per_yuan", reason:
                "promises up to \(terms.commitmentPerYuan) per yuan of revenue (\(terms.commitmentWhat)), above \(t.commitmentPerYuan)"))
        }
        return flags
    }
}

extension DayRunner {
    /// The window of `days` settled days ending with `date` (the last settled day when nil), and
    /// the shared figures of `report health`: revenue, payouts by member, inflow. The program adds
    /// its liability.
    public func healthFigures(date: Day?, window days: Int, liabilityWhat: String, payoutKinds: [Int16]) throws -> HealthFigures {
        let plans = try planBook()
        try store.useTimeZone(plans.timezone)
        let last = try settledDay(date)
        let first = max(try store.settledDays().first?.day ?? last, last.advanced(by: -Int32(days - 1)))
        var figures = HealthFigures(model: Model.name, date: last, windowFirst: first, windowDays: Int(first.distance(to: last)) + 1,
                                    liabilityWhat: liabilityWhat)
        let rows = try store.consistently { try store.healthRows(window: first...last, payoutKinds: payoutKinds) }
        figures.revenueFen = rows.revenueFen
        figures.firstOrderRevenueFen = rows.firstOrderRevenueFen
        figures.payoutFen = rows.payoutFen
        figures.paidMembers = rows.paidMembers
        figures.top1PayoutFen = rows.top1PayoutFen
        figures.top10PayoutFen = rows.top10PayoutFen
        figures.noOwnOrderPayoutFen = rows.noOwnOrderPayoutFen
        return figures
    }
}
