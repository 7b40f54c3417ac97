import SettleKernel

/// Settles one equity day (SPEC-equity §3): the day's purchases, refunds and requests replayed
/// one at a time in (instant, kind, id) order, each filled at the price of its instant, the exit
/// cascade after each, invariants asserted after each. Pure; O(members) once per day for the
/// whole-state check, otherwise O(events + exits · log members).
public enum EquityEngine {
    public static func settle(day: Day, inputs: EquityInputs, state: inout EquityState) -> EquityDayResult {
        let version = inputs.plans.version(on: day)
        precondition(state.holdings.count == inputs.memberCount, "state for another shop")
        var replay = EquityReplay(inputs: inputs, plan: version.plan, day: day)
        swap(&replay.state, &state)
        replay.state.prepareExitQueue()
        replay.figures.opening = replay.state.book(initial: version.plan.initialPriceFraction)
        for event in inputs.events(on: day) {                 // bounded: the day's events
            replay.apply(event)
        }
        replay.state.checkWhole()
        let result = replay.result(planEffectiveFrom: version.effectiveFrom)
        swap(&replay.state, &state)
        return result
    }
}

/// One day's replay: the state it moves, and what it records.
struct EquityReplay {
    let inputs: EquityInputs
    let plan: EquityPlan
    let day: Day
    var state = EquityState(memberCount: 0)
    var fills: [EquityFill] = []
    var touched: [(member: Int32, before: EquityHolding)] = []
    var newGives: [EquityOrderGives] = []
    var figures: EquityDayFigures
    /// The event being replayed (an exit's fills name it).
    var eventId: Int64 = 0

    init(inputs: EquityInputs, plan: EquityPlan, day: Day) {
        self.inputs = inputs; self.plan = plan; self.day = day
        let empty = EquityBook(poolFen: 0, supplyUnits: 0, reserveUnits: 0, issuedUnits: 0, price: plan.initialPriceFraction)
        figures = EquityDayFigures(opening: empty, closing: empty, pointDecimals: plan.pointDecimals, totalIssuanceUnits: plan.totalIssuanceUnits)
    }

    var price: Price { state.price(initial: plan.initialPriceFraction) }

    mutating func apply(_ event: EquityEvent) {
        let before = price
        eventId = event.id
        switch event.kind {
        case .purchase: purchase(order: Int(event.index), at: before)
        case .refund: refund(order: Int(event.index), at: before)
        case .request: request(inputs.requests[Int(event.index)], at: before)
        }
        afterEvent(priceBefore: before)
        exitCascade()
    }

    /// §3.8 after every event and every forced sale: the book adds up and the price never fell.
    mutating func afterEvent(priceBefore: Price) {
        precondition(state.poolFen >= 0 && state.reserveUnits >= 0 && state.issuedUnits >= 0, "pool, reserve or issued below 0")
        precondition(state.heldUnits + state.reserveUnits == state.supplyUnits, "holdings + reserve ≠ supply")
        precondition(!price.isBelow(priceBefore), "the price fell from \(priceBefore) to \(price)")
        if state.supplyUnits > 0 { state.lastPrice = Price(fen: state.poolFen, units: state.supplyUnits) }
    }

    /// Records `member`'s figures before the day first changes them.
    mutating func touch(_ member: Int32) {
        guard state.touchedOn[Int(member)] != day.number else { return }
        state.touchedOn[Int(member)] = day.number
        touched.append((member, state.holdings[Int(member)]))
    }

    /// Queues `member` again under its new trigger price (when it can be forced out).
    mutating func requeue(_ member: Int32) {
        let holding = state.holdings[Int(member)]
        precondition(holding.holdingsUnits >= 0 && holding.quotaFen >= 0, "member \(inputs.shop.tree.ids[Int(member)]): holdings or quota below 0")
        guard holding.bound, holding.holdingsUnits > 0 else { return }
        state.exitQueue.insert(ExitKey(quotaFen: holding.quotaFen, holdingsUnits: holding.holdingsUnits, member: member))
    }

    mutating func record(_ event: EquityFill.Event, _ member: Int32, _ kind: EquityKind, points: Int64, yuan: Int64, at price: Price) {
        guard points != 0 || yuan != 0 else { return }
        fills.append(EquityFill(sequence: Int32(fills.count), event: event, eventId: eventId, memberId: inputs.shop.tree.ids[Int(member)],
                                kind: kind, pointsUnits: points, yuanFen: yuan, price: price))
    }

    /// Moves `units` points of `member`'s holdings (negative: takes them away).
    mutating func hold(_ member: Int32, _ units: Int64) {
        touch(member)
        state.holdings[Int(member)].holdingsUnits += units
        state.heldUnits += units
    }

    mutating func useQuota(_ member: Int32, _ fen: Int64) {
        touch(member)
        state.holdings[Int(member)].quotaFen = max(0, state.holdings[Int(member)].quotaFen - fen)
    }

    /// trunc(q × P / S), the value of q points at the current book (S > 0).
    func value(of units: Int64) -> Int64 {
        Int64(Int128(units) * Int128(state.poolFen) / Int128(state.supplyUnits))
    }
}
