import SettleKernel
@testable import CycleModel

/// Deterministic random shops for the cycle rules: trees with chains and fans, orders with cents
/// over a few weeks (some before the program's start), refunds before and after activation, one
/// to three plan versions with their own lags, variants, generations, decimals and levels.
struct CycleShopGenerator {
    struct Shop {
        var members: [MemberRow]
        var orders: [OrderRow]
        var versions: [(effectiveFrom: Day, plan: CyclePlan)]
        var documents: [String]
        var start: Day
        var days: Int32
    }

    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    static let start = Day(iso: "2026-04-01")!

    mutating func plan(first: CyclePlan?) -> String {
        let variant = first?.variant.rawValue ?? (below(2) == 0 ? "basic" : "extended")
        let decimals = first?.weightDecimals ?? below(4)
        let generations = below(5)
        let weights = (0..<generations).map { _ in "\"\(["0", "0.5", "1", "0.25", "2"][below(5)])\"" }
        let quotas = variant == "basic" ? (0..<below(3)).map { _ in "\"\(["0.01", "0.1", "0"][below(3)])\"" } : []
        let levelCount = 1 + below(3)
        var threshold = 0, levels: [String] = []
        for index in 0..<levelCount {
            threshold += 1 + below(6)
            let minimum = decimals > 0 && below(2) == 0 ? "\(threshold).\(String(repeating: "5", count: decimals))" : "\(threshold)"
            levels.append("{\"name\": \"V\(index + 1)\", \"min_weight\": \"\(minimum)\", \"share\": \"\(["0.1", "0.2", "0.3"][below(3)])\"}")
        }
        return """
        {"timezone": "Asia/Shanghai", "variant": "\(variant)", "entry_lag_days": \(below(3)),
         "quota_multiplier": "\(["0.02", "0.05", "0.2", "2"][below(4)])", "yuan_per_weight": "\(["10", "33.33", "100", "250"][below(4)])",
         "weight_decimals": \(decimals), "referral_weight_rates": [\(weights.joined(separator: ", "))],
         "referral_quota_multipliers": [\(quotas.joined(separator: ", "))],
         "weighted_pool_rate": "\(["0.30", "0.5", "0"][below(3)])", "level_pool_rate": "\(["0.10", "0.2", "0.5"][below(3)])",
         "levels": [\(levels.joined(separator: ", "))]}
        """
    }

    mutating func shop(maxMembers: Int = 40) throws -> Shop {
        let count = 2 + below(maxMembers)
        let members = (1...count).map { id in
            MemberRow(id: Int64(id), referrerId: id == 1 || below(7) == 0 ? nil : Int64(below(2) == 0 ? id - 1 : 1 + below(id - 1)))
        }
        let days = Int32(8 + below(12))
        var orders: [OrderRow] = []
        for index in 0..<(count * (1 + below(3))) {
            let paid = Self.start.advanced(by: Int32(below(Int(days) + 3)) - 3)
            let amount = Int64(100 + below(300_000))
            let refund: Day? = below(6) == 0 ? paid.advanced(by: Int32(below(5))) : nil
            orders.append(OrderRow(id: Int64(1000 + index), memberId: Int64(1 + below(count)), amountFen: amount,
                                   paidAtMicros: Int64(index), paidOn: paid, refundedOn: refund))
        }
        var documents: [String] = [], versions: [(effectiveFrom: Day, plan: CyclePlan)] = []
        for version in 0..<(1 + below(3)) {
            let document = plan(first: versions.first?.plan)
            let parsed = try CyclePlan.parse(json: document, isKnownTimeZone: { _ in true }, firstTimeZone: versions.first?.plan.timezone,
                                             firstWeightDecimals: versions.first?.plan.weightDecimals)
            documents.append(document)
            versions.append((Self.start.advanced(by: Int32(version) * Int32(1 + below(5))), parsed))
        }
        return Shop(members: members, orders: orders, versions: versions, documents: documents, start: Self.start, days: days)
    }
}
