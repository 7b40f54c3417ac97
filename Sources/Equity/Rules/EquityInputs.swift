import SettleKernel

/// What a member asks the night to fill (SPEC-equity §4, `settle.equity_requests`).
public enum EquityRequestKind: Int8, CaseIterable, Sendable {
    case sell = 0, goods = 1, toConstant = 2, fromConstant = 3
    public var name: String { ["sell", "goods", "to_constant", "from_constant"][Int(rawValue)] }
    public init?(name: String) {
        guard let found = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = found
    }
}

/// One row of `settle.equity_requests` as the store reads it: points as text (parsed at the
/// plan's decimals), amount in fen, the day in the plan's timezone.
public struct EquityRequestRow: Equatable, Sendable {
    public var id: Int64
    public var memberId: Int64
    public var kind: String
    public var pointsText: String?
    public var amountFen: Int64?
    public var requestedAtMicros: Int64
    public var day: Day
    public init(id: Int64, memberId: Int64, kind: String, pointsText: String?, amountFen: Int64?, requestedAtMicros: Int64, day: Day) {
        self.id = id; self.memberId = memberId; self.kind = kind; self.pointsText = pointsText; self.amountFen = amountFen
        self.requestedAtMicros = requestedAtMicros; self.day = day
    }
}

/// A checked request: points in units (sell, goods, to_constant) or fen (from_constant).
public struct EquityRequest: Equatable, Sendable {
    public var id: Int64
    public var member: Int32
    public var kind: EquityRequestKind
    /// Points units for sell, goods and to_constant; fen of constant points for from_constant.
    public var quantity: Int64
    public var atMicros: Int64
    public var day: Day
}

/// One event of a day, in replay order: (instant, purchase < refund < request, id).
public struct EquityEvent: Comparable, Sendable {
    public enum Kind: Int8, Sendable { case purchase = 0, refund = 1, request = 2 }
    public var atMicros: Int64
    public var kind: Kind
    public var id: Int64
    /// The order's index in the shop (purchase, refund) or the request's index.
    public var index: Int32
    public static func < (lhs: EquityEvent, rhs: EquityEvent) -> Bool {
        (lhs.atMicros, lhs.kind.rawValue, lhs.id) < (rhs.atMicros, rhs.kind.rawValue, rhs.id)
    }
}

/// What the equity model settles against: the shop, the checked requests, each day's events sorted.
public struct EquityInputs: Sendable {
    public let shop: Shop
    public let plans: EquityPlanBook
    public let requests: [EquityRequest]
    /// The first version's effective_from: earlier orders are not in the program.
    public let programStart: Day
    let eventsByDay: [Int32: [EquityEvent]]

    public var memberCount: Int { shop.tree.count }

    /// `days`: the days whose events are replayed (nil: every day); the others' are not kept.
    public init(shop: Shop, requests rows: [EquityRequestRow], plans: EquityPlanBook, days: ClosedRange<Day>? = nil) throws(InputError) {
        self.shop = shop
        self.plans = plans
        programStart = plans.versions[0].effectiveFrom
        requests = try Self.check(rows, shop: shop, unitsPerPoint: plans.versions[0].plan.unitsPerPoint,
                                  decimals: plans.versions[0].plan.pointDecimals)
        let first = max(programStart.number, days?.lowerBound.number ?? Int32.min), last = days?.upperBound.number ?? Int32.max
        var byDay: [Int32: [EquityEvent]] = [:]
        for order in 0..<shop.orderCount where shop.orderPaidOn[order] >= programStart.number {   // bounded: the orders
            if shop.orderPaidOn[order] >= first && shop.orderPaidOn[order] <= last {
                byDay[shop.orderPaidOn[order], default: []].append(
                    EquityEvent(atMicros: shop.orderPaidAtMicros[order], kind: .purchase, id: shop.orderIds[order], index: Int32(order)))
            }
            if shop.orderRefundedOn[order] != Shop.notRefunded && shop.orderRefundedOn[order] >= first && shop.orderRefundedOn[order] <= last {
                byDay[shop.orderRefundedOn[order], default: []].append(
                    EquityEvent(atMicros: shop.orderRefundedAtMicros[order], kind: .refund, id: shop.orderIds[order], index: Int32(order)))
            }
        }
        for (index, request) in requests.enumerated() where request.day.number >= first && request.day.number <= last {   // bounded: the requests
            byDay[request.day.number, default: []].append(EquityEvent(atMicros: request.atMicros, kind: .request, id: request.id, index: Int32(index)))
        }
        for key in byDay.keys { byDay[key]!.sort() }         // each day's list sorted: no hash order reaches output
        eventsByDay = byDay
    }

    /// Day `day`'s events in replay order.
    public func events(on day: Day) -> [EquityEvent] { eventsByDay[day.number] ?? [] }

    /// Program orders paid before `day` and refunded on or after it, by id, each with its paid
    /// day (their gives are keyed by it): whose gives a restart needs.
    public func ordersRefunded(onOrAfter day: Day) -> [(id: Int64, paidOn: Day)] {
        var orders: [(id: Int64, paidOn: Day)] = []
        for order in 0..<shop.orderCount where shop.orderPaidOn[order] >= programStart.number    // bounded: the orders
            && shop.orderPaidOn[order] < day.number && shop.orderRefundedOn[order] != Shop.notRefunded
            && shop.orderRefundedOn[order] >= day.number {
            orders.append((shop.orderIds[order], Day(shop.orderPaidOn[order])))
        }
        return orders.sorted { $0.id < $1.id }
    }

    /// Ancestor of member `member` at generation `generation` (1: the referrer), or nil.
    func ancestor(of member: Int32, generation: Int) -> Int32? {
        var current = member
        for _ in 0..<generation {                             // bounded: at most 10 generations
            let parent = shop.tree.parent[Int(current)]
            guard parent >= 0 else { return nil }
            current = parent
        }
        return current
    }

    static func check(_ rows: [EquityRequestRow], shop: Shop, unitsPerPoint: Int64, decimals: Int) throws(InputError) -> [EquityRequest] {
        var requests: [EquityRequest] = []
        requests.reserveCapacity(rows.count)
        for row in rows.sorted(by: { $0.id < $1.id }) {      // bounded: the requests
            if let last = requests.last, last.id == row.id { throw .invalidRequest(requestId: row.id, reason: "appears twice") }
            guard let kind = EquityRequestKind(name: row.kind) else {
                throw .invalidRequest(requestId: row.id, reason: "kind \"\(row.kind)\" is not sell, goods, to_constant or from_constant")
            }
            guard let member = shop.tree.index(of: row.memberId) else {
                throw .invalidRequest(requestId: row.id, reason: "member \(row.memberId) is not a member")
            }
            let quantity = try quantity(of: row, kind: kind, decimals: decimals)
            requests.append(EquityRequest(id: row.id, member: member, kind: kind, quantity: quantity, atMicros: row.requestedAtMicros, day: row.day))
        }
        return requests
    }

    static func quantity(of row: EquityRequestRow, kind: EquityRequestKind, decimals: Int) throws(InputError) -> Int64 {
        if kind == .fromConstant {
            guard row.pointsText == nil, let fen = row.amountFen, fen > 0 else {
                throw .invalidRequest(requestId: row.id, reason: "from_constant needs amount > 0 and no points")
            }
            return fen
        }
        guard row.amountFen == nil, let text = row.pointsText else {
            throw .invalidRequest(requestId: row.id, reason: "\(kind.name) needs points > 0 and no amount")
        }
        guard let units = ExactDecimal.parse(text, scaleDigits: decimals), units > 0 else {
            throw .invalidRequest(requestId: row.id, reason: "points \(text) must be above 0 with at most \(decimals) decimals (point_decimals)")
        }
        return units
    }
}
