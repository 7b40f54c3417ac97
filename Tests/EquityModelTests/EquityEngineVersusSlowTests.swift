import Testing
@testable import SettleKernel
@testable import EquityModel

/// The engine against the slow reading of SPEC-equity §3 (Support/SlowEquity.swift), day after
/// day, over many random shops (Support/EquityShopGenerator.swift).
///
/// Planted bugs tried by hand, one at a time (each caught by everyDayEqualsTheReference, the engine
/// file restored byte for byte afterwards and checked with sha256sum, since Sources/Models/Equity
/// was not yet tracked by git):
/// - EquityEngine+Events.swift, exitCascade: the trigger `>=` made `>`: 15 of the 320 seeds fail
///   (seed 5 among them: a member whose points are worth exactly its quota is not forced out).
/// - EquityEngine+Events.swift, fromConstant: the partial fill's `ceil(q × P/S)` made a floor:
///   seeds 1, 2, 4, 6, … fail (from_constant yuan off by one fen, unfilled too).
/// - EquityState.swift, ExitKey: ties between equal quota ÷ holdings taken highest id first:
///   28 seeds fail (seed 18 among them: exits in another order sell at other prices).
@Suite struct EquityEngineVersusSlowTests {
    static func inputs(_ shop: EquityShopGenerator.Shop) throws -> EquityInputs {
        try EquityInputs(shop: try Shop(members: shop.members, orders: shop.orders, byMember: Equity.readsOrdersByMember), requests: shop.requests, plans: shop.book)
    }

    static func slow(_ shop: EquityShopGenerator.Shop) -> SlowEquity {
        SlowEquity(members: shop.members, orders: shop.orders, requests: shop.requests, versions: shop.versions)
    }

    /// What differs between the engine's day and the reference's (empty: nothing).
    static func differences(_ result: EquityDayResult, _ state: EquityState, ids: [Int64], _ expected: SlowEquity.DayEnd) -> [String] {
        var found: [String] = []
        if result.lines != expected.lines {
            let engine = Set(result.lines), slow = Set(expected.lines)
            let show = { (lines: [EquityLine]) in lines.prefix(4).map { "\($0.memberId) \($0.kind.name) \($0.pointsUnits)/\($0.yuanFen)" } }
            found.append("lines: engine only \(show(result.lines.filter { !slow.contains($0) })), reference only \(show(expected.lines.filter { !engine.contains($0) }))")
        }
        let book = result.figures.closing
        let figures = [("pool", book.poolFen, expected.pool), ("supply", book.supplyUnits, expected.supply),
                       ("reserve", book.reserveUnits, expected.reserve), ("issued", book.issuedUnits, expected.issued),
                       ("exits", Int64(result.figures.exits), Int64(expected.exits))]
        for (name, engine, slow) in figures where engine != slow { found.append("\(name): engine \(engine), reference \(slow)") }
        if Int128(book.price.fen) * expected.priceUnits != expected.priceFen * Int128(book.price.units) {
            found.append("price: engine \(book.price), reference \(expected.priceFen)/\(expected.priceUnits)")
        }
        for (index, id) in ids.enumerated() where state.holdings[index] != expected.members[id] && found.count < 8 {
            let slow = expected.members[id].map { "\($0.holdingsUnits)/\($0.quotaFen)/\($0.bound)" } ?? "none"
            let engine = state.holdings[index]
            found.append("member \(id) (holdings/quota/bound): engine \(engine.holdingsUnits)/\(engine.quotaFen)/\(engine.bound), reference \(slow)")
        }
        return found
    }

    /// (a) Lines, the closing book and every member, engine (state carried) against the reference.
    @Test(arguments: 0..<320 as Range<UInt64>)
    func everyDayEqualsTheReference(seed: UInt64) throws {
        var generator = EquityShopGenerator(state: seed)
        let shop = try generator.shop()
        let inputs = try Self.inputs(shop)
        var state = EquityState(memberCount: inputs.memberCount)
        var slow = Self.slow(shop)
        for day in shop.dayList {
            let result = EquityEngine.settle(day: day, inputs: inputs, state: &state)
            let expected = slow.settle(day)
            let found = Self.differences(result, state, ids: inputs.shop.tree.ids, expected)
            #expect(found.isEmpty, "seed \(seed) day \(day): \(found.joined(separator: "; "))")
            if !found.isEmpty { break }                       // the first day that differs is the one to read
        }
        #expect(slow.anomalies.isEmpty, "seed \(seed): \(slow.anomalies)")
    }

    /// The state as the store would read it back at the end of a day.
    static func reloaded(_ result: EquityDayResult, _ state: EquityState) -> EquityState {
        EquityState(book: result.figures.closing, lastPrice: result.figures.lastPrice, holdings: state.holdings,
                    gives: state.gives.values.sorted { $0.orderId < $1.orderId })
    }

    /// (b) Settling days 1..k, reloading the state from its end-of-day values and going on gives
    /// the same later days as carrying the state, for every cut k.
    @Test(arguments: 0..<120 as Range<UInt64>)
    func restartingFromTheStoredStateGivesTheSameDays(seed: UInt64) throws {
        var generator = EquityShopGenerator(state: seed ^ 0x5EED_0F_E9)
        let shop = try generator.shop()
        let inputs = try Self.inputs(shop)
        let days = shop.dayList
        var carried = EquityState(memberCount: inputs.memberCount)
        var straight: [EquityDayResult] = [], reloads: [EquityState] = []
        for day in days {
            let result = EquityEngine.settle(day: day, inputs: inputs, state: &carried)
            straight.append(result)
            reloads.append(Self.reloaded(result, carried))
        }
        for cut in 0..<(days.count - 1) {
            var state = reloads[cut]
            for index in (cut + 1)..<days.count {
                let result = EquityEngine.settle(day: days[index], inputs: inputs, state: &state)
                #expect(result == straight[index], "seed \(seed): restarted after \(days[cut]), day \(days[index]) differs")
            }
            #expect(state.holdings == carried.holdings && state.book(initial: .init(fen: 1, units: 1)) == carried.book(initial: .init(fen: 1, units: 1)),
                    "seed \(seed): restarted after \(days[cut]), the final state differs")
            #expect(Set(state.gives.keys) == Set(carried.gives.keys), "seed \(seed): restarted after \(days[cut]), the gives differ")
        }
    }

    /// (c) The price never falls (day by day and fill by fill within a day), and points are
    /// conserved: Σ holdings + reserve = supply ≤ issued; pool, reserve and quotas ≥ 0.
    @Test(arguments: 1000..<1400 as Range<UInt64>)
    func thePriceNeverFallsAndPointsAreConserved(seed: UInt64) throws {
        var generator = EquityShopGenerator(state: seed)
        let shop = try generator.shop()
        let inputs = try Self.inputs(shop)
        var state = EquityState(memberCount: inputs.memberCount)
        for day in shop.dayList {
            let result = EquityEngine.settle(day: day, inputs: inputs, state: &state)
            let opening = result.figures.opening, closing = result.figures.closing
            #expect(!closing.price.isBelow(opening.price), "seed \(seed) day \(day): price \(opening.price) → \(closing.price)")
            var previous = opening.price
            for fill in result.fills {
                #expect(!fill.price.isBelow(previous), "seed \(seed) day \(day): fill \(fill.sequence) at \(fill.price) after \(previous)")
                previous = fill.price
            }
            #expect(!closing.price.isBelow(previous), "seed \(seed) day \(day): closing below the last fill's price")
            let held = state.holdings.reduce(Int64(0)) { $0 + $1.holdingsUnits }
            #expect(held + state.reserveUnits == state.supplyUnits, "seed \(seed) day \(day): holdings + reserve ≠ supply")
            #expect(closing.supplyUnits == state.supplyUnits && state.supplyUnits <= state.issuedUnits, "seed \(seed) day \(day): supply above issued")
            #expect(state.poolFen >= 0 && state.reserveUnits >= 0, "seed \(seed) day \(day)")
            #expect(state.holdings.allSatisfy { $0.holdingsUnits >= 0 && $0.quotaFen >= 0 }, "seed \(seed) day \(day)")
        }
    }

    /// Partial from_constant fills of a day: a from_constant fill with points and an unfilled
    /// fill with yuan, both of the same request.
    static func partialFills(_ fills: [EquityFill]) -> Int {
        let filled = Set(fills.filter { $0.event == .fromConstant && $0.kind == .fromConstant && $0.pointsUnits > 0 }.map(\.eventId))
        let short = Set(fills.filter { $0.event == .fromConstant && $0.kind == .unfilled && $0.yuanFen > 0 }.map(\.eventId))
        return filled.intersection(short).count
    }

    /// What one day exercised.
    static func cases(of result: EquityDayResult, openingLastPrice: Price?) -> [String] {
        var seen: [String] = []
        let kinds = Set(result.lines.map(\.kind))
        for kind in [EquityKind.capped, .refund, .refundShortfall, .referral, .sell, .goods, .fee, .toConstant, .fromConstant]
        where kinds.contains(kind) { seen.append(kind.name) }
        if result.lines.contains(where: { $0.kind == .unfilled && $0.pointsUnits > 0 }) { seen.append("unfilled points") }
        if result.lines.contains(where: { $0.kind == .unfilled && $0.yuanFen > 0 }) { seen.append("unfilled yuan") }
        if result.figures.exits > 0 { seen.append("exit day") }
        if result.figures.exits > 1 { seen.append("cascade of exits") }
        if partialFills(result.fills) > 0 { seen.append("from_constant partial") }
        if result.figures.roomUnits == 0 { seen.append("cap reached") }
        if result.figures.closing.supplyUnits == 0 && result.figures.lastPrice != nil { seen.append("supply emptied") }
        if result.figures.opening.supplyUnits == 0 && openingLastPrice != nil && result.figures.purchases > 0 {
            seen.append("purchase at the last price")
        }
        return seen
    }

    /// (d) The random shops of (a) reach every rule: count the days that exercised each.
    @Test func theRandomShopsExerciseEveryRule() throws {
        var counts: [String: Int] = [:]
        for seed in 0..<320 as Range<UInt64> {
            var generator = EquityShopGenerator(state: seed)
            let shop = try generator.shop()
            let inputs = try Self.inputs(shop)
            if shop.versions.count > 1 { counts["two versions", default: 0] += 1 }
            if shop.versions.contains(where: { !$0.plan.exitEnabled }) { counts["exits off", default: 0] += 1 }
            if shop.orders.contains(where: { $0.paidOn < shop.start }) { counts["orders before the start", default: 0] += 1 }
            var state = EquityState(memberCount: inputs.memberCount)
            var lastPrice: Price? = nil
            for day in shop.dayList {
                let result = EquityEngine.settle(day: day, inputs: inputs, state: &state)
                for name in Self.cases(of: result, openingLastPrice: lastPrice) { counts[name, default: 0] += 1 }
                lastPrice = result.figures.lastPrice
            }
        }
        let expected = ["two versions", "exits off", "orders before the start", "capped", "refund", "refund_shortfall", "referral",
                        "sell", "goods", "fee", "to_constant", "from_constant", "unfilled points", "unfilled yuan", "exit day",
                        "cascade of exits", "from_constant partial", "cap reached", "supply emptied", "purchase at the last price"]
        for name in expected { #expect(counts[name, default: 0] > 0, "no random day exercised \(name): \(counts)") }
    }
}
