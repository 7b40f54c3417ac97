import SettleKernel
import SettleStore

/// A settled day whose inputs changed after it was settled (SPEC §3.8).
public struct LateInput: Equatable, Sendable {
    public var day: Day
    public var ordersChanged: Bool
    public var refundsChanged: Bool
    public var requestsChanged: Bool

    public init(day: Day, ordersChanged: Bool, refundsChanged: Bool, requestsChanged: Bool = false) {
        self.day = day; self.ordersChanged = ordersChanged; self.refundsChanged = refundsChanged; self.requestsChanged = requestsChanged
    }

    public var description: String {
        let what = [ordersChanged ? "orders paid that day" : nil, refundsChanged ? "refunds made that day" : nil,
                    requestsChanged ? "requests made that day" : nil]
            .compactMap { $0 }.joined(separator: " and ")
        return "\(day): \(what) changed after it was settled (rerun --date \(day) to include them)"
    }

    /// The settled days whose digests, recomputed from `shop` (and the model's own input digests
    /// `requests`), differ from the stored ones. Pure.
    public static func find(in shop: Shop, settled: [SettlementStore.SettledDay], requests: [Day: UInt64] = [:]) -> [LateInput] {
        guard let first = settled.first?.day, let last = settled.last?.day else { return [] }
        let now = InputDigest.byDay(shop, days: first...last)
        return settled.compactMap { day in
            var current = now[day.day] ?? DayDigest()
            current.requests = requests[day.day] ?? 0
            guard current != day.digest else { return nil }
            return LateInput(day: day.day, ordersChanged: current.paid != day.digest.paid,
                             refundsChanged: current.refunds != day.digest.refunds, requestsChanged: current.requests != day.digest.requests)
        }
    }
}
