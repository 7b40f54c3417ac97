import HeapModule
import SettleKernel

/// What one equity day hands the next: the pool's figures, every member's holdings, quota and
/// bound flag, and the gives of the program orders that may still be refunded.
public struct EquityState: Sendable {
    public var poolFen: Int64 = 0
    public var supplyUnits: Int64 = 0
    public var reserveUnits: Int64 = 0
    public var issuedUnits: Int64 = 0
    /// P/S the last time the supply was above 0; nil before any point existed.
    public var lastPrice: Price?
    /// Per member index.
    public var holdings: [EquityHolding]
    /// Order id → what it gave; kept until the order is refunded.
    public var gives: [Int64: EquityOrderGives]

    /// Σ holdings, kept beside the supply (pair assertion: held + reserve = supply).
    var heldUnits: Int64 = 0
    /// Bound members with holdings, keyed by their trigger price quota ÷ holdings (SPEC-equity §3.6).
    /// Lazy: an entry whose figures no longer match the member's is skipped when it surfaces.
    var exitQueue = Heap<ExitKey>()
    var exitQueueReady = false
    /// The day number each member was last touched on (its change is recorded once a day).
    var touchedOn: [Int32]

    public init(memberCount: Int) {
        holdings = [EquityHolding](repeating: EquityHolding(holdingsUnits: 0, quotaFen: 0, bound: false), count: memberCount)
        gives = [:]
        touchedOn = [Int32](repeating: Int32.min, count: memberCount)
    }

    /// A state read back from the store: the book at the end of a day, the members, the gives.
    public init(book: EquityBook, lastPrice: Price?, holdings: [EquityHolding], gives: [EquityOrderGives]) {
        self.init(memberCount: holdings.count)
        poolFen = book.poolFen; supplyUnits = book.supplyUnits; reserveUnits = book.reserveUnits; issuedUnits = book.issuedUnits
        self.lastPrice = lastPrice
        self.holdings = holdings
        for record in gives { self.gives[record.orderId] = record }
        heldUnits = holdings.reduce(0) { $0 + $1.holdingsUnits }
    }

    /// P/S, or the last price when the supply is 0 (`initial` before any point existed).
    public func price(initial: Price) -> Price {
        supplyUnits > 0 ? Price(fen: poolFen, units: supplyUnits) : lastPrice ?? initial
    }

    public func book(initial: Price) -> EquityBook {
        EquityBook(poolFen: poolFen, supplyUnits: supplyUnits, reserveUnits: reserveUnits, issuedUnits: issuedUnits, price: price(initial: initial))
    }

    /// Every bound member with holdings, queued by trigger price (once per run: O(members)).
    mutating func prepareExitQueue() {
        guard !exitQueueReady else { return }
        var keys: [ExitKey] = []
        for (member, holding) in holdings.enumerated() where holding.bound && holding.holdingsUnits > 0 {   // bounded: the members
            keys.append(ExitKey(quotaFen: holding.quotaFen, holdingsUnits: holding.holdingsUnits, member: Int32(member)))
        }
        exitQueue = Heap(keys)
        exitQueueReady = true
    }

    /// The checks of SPEC-equity §3.8 over every member (end of day: O(members)).
    func checkWhole() {
        var held: Int64 = 0
        for holding in holdings {                             // bounded: the members
            precondition(holding.holdingsUnits >= 0 && holding.quotaFen >= 0, "a holding or quota below 0")
            held += holding.holdingsUnits
        }
        precondition(held == heldUnits && held + reserveUnits == supplyUnits, "holdings + reserve ≠ supply")
        precondition(poolFen >= 0 && reserveUnits >= 0 && issuedUnits >= 0, "pool, reserve or issued below 0")
    }
}

/// A member in the exit queue: ordered by quota ÷ holdings (exactly), then by member index
/// (= id order), the order SPEC-equity §3.6 forces members out in.
struct ExitKey: Comparable, Sendable {
    var quotaFen: Int64
    var holdingsUnits: Int64
    var member: Int32

    static func < (lhs: ExitKey, rhs: ExitKey) -> Bool {
        let left = Int128(lhs.quotaFen) * Int128(rhs.holdingsUnits), right = Int128(rhs.quotaFen) * Int128(lhs.holdingsUnits)
        return left != right ? left < right : lhs.member < rhs.member
    }
}
