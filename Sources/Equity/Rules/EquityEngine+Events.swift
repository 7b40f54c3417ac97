import SettleKernel

/// The events of SPEC-equity §3.1–3.6.
extension EquityReplay {
    /// §3.1: points worth `rate` of the contribution at the price before the event, to the buyer
    /// and its ancestors, while room is left; then the pool, the buyer's quota, bound.
    mutating func purchase(order: Int, at price: Price) {
        let shop = inputs.shop
        let buyer = shop.orderMember[order], amountFen = shop.orderAmountFen[order]
        let contributionFen = plan.poolRate.applyTruncating(amountFen)
        var room = max(0, plan.totalIssuanceUnits - state.issuedUnits)
        var gives: [EquityGive] = []
        for generation in 0...plan.referralRates.count {      // bounded: at most 11 recipients
            guard let member = generation == 0 ? buyer : inputs.ancestor(of: buyer, generation: generation) else { break }
            let rate = generation == 0 ? plan.buyerRate : plan.referralRates[generation - 1]
            let want = price.fen == 0 ? 0 : Int64(Int128(contributionFen) * Int128(rate.ppb) * Int128(price.units)
                                                 / (Int128(Rate.scale) * Int128(price.fen)))
            let give = min(want, room)
            room -= give
            if give > 0 {
                hold(member, give)
                state.supplyUnits += give
                state.issuedUnits += give
                gives.append(EquityGive(generation: generation, member: member, memberId: shop.tree.ids[Int(member)], units: give))
            }
            record(.purchase, member, generation == 0 ? .buy : .referral, points: give, yuan: 0, at: price)
            record(.purchase, member, .capped, points: want - give, yuan: 0, at: price)
        }
        state.poolFen += contributionFen
        let quotaFen = plan.exitQuotaMultiplier.applyTruncating(amountFen)
        touch(buyer)
        state.holdings[Int(buyer)].quotaFen += quotaFen
        state.holdings[Int(buyer)].bound = true
        let orderGives = EquityOrderGives(orderId: shop.orderIds[order], paidOn: day, buyerId: shop.tree.ids[Int(buyer)],
                                          quotaFen: quotaFen, gives: gives)
        state.gives[orderGives.orderId] = orderGives
        newGives.append(orderGives)
        for give in gives { requeue(give.member) }
        requeue(buyer)
        figures.purchases += 1
        figures.purchaseAmountFen += amountFen
        figures.contributionFen += contributionFen
    }

    /// §3.2: each give taken back at the current book while the member still holds it; what it
    /// already spent is a shortfall; the order's quota comes off the buyer's.
    mutating func refund(order: Int, at price: Price) {
        let orderId = inputs.shop.orderIds[order]
        guard let given = state.gives.removeValue(forKey: orderId) else {
            preconditionFailure("order \(orderId) is refunded on \(day) but what it gave is not in the state")
        }
        for give in given.gives {                            // bounded: at most 11 gives
            let taken = min(give.units, state.holdings[Int(give.member)].holdingsUnits)
            if taken > 0 {
                let valueFen = value(of: taken)
                state.poolFen -= valueFen
                state.supplyUnits -= taken
                state.issuedUnits -= taken
                hold(give.member, -taken)
                figures.refundPoolFen += valueFen
                record(.refund, give.member, .refund, points: -taken, yuan: 0, at: price)
                requeue(give.member)
            }
            record(.refund, give.member, .refundShortfall, points: give.units - taken, yuan: 0, at: price)
        }
        useQuota(inputs.shop.orderMember[order], given.quotaFen)
        requeue(inputs.shop.orderMember[order])
        figures.refunds += 1
    }

    /// §3.3–3.5.
    mutating func request(_ request: EquityRequest, at price: Price) {
        let member = request.member
        if request.kind == .fromConstant { return fromConstant(member, fen: request.quantity, at: price) }
        let event: EquityFill.Event = request.kind == .sell ? .sell : request.kind == .goods ? .goods : .toConstant
        let held = state.holdings[Int(member)].holdingsUnits
        let taken = min(request.quantity, held)
        record(event, member, .unfilled, points: request.quantity - taken, yuan: 0, at: price)
        switch request.kind {
        case .sell: figures.sells += 1
        case .goods: figures.goods += 1
        default: figures.toConstant += 1
        }
        guard taken > 0 else { return }
        switch request.kind {
        case .sell: sellOut(member, taken, fee: plan.sellFeeRate, event: .sell, kind: .sell, at: price)
        case .goods: sellOut(member, taken, fee: plan.goodsFeeRate, event: .goods, kind: .goods, at: price)
        default:
            let valueFen = value(of: taken)
            hold(member, -taken)
            state.reserveUnits += taken
            useQuota(member, valueFen)
            record(.toConstant, member, .toConstant, points: -taken, yuan: valueFen, at: price)
        }
        requeue(member)
    }

    /// Sells `units` of `member`'s points back to the pool: `g = q × P/S`, the member gets
    /// `trunc(g × (1 − fee))`, the rest stays in the pool; the quota shrinks by `trunc(g)`.
    mutating func sellOut(_ member: Int32, _ units: Int64, fee: Rate, event: EquityFill.Event, kind: EquityKind, at price: Price) {
        let worth = Int128(units) * Int128(state.poolFen)
        let valueFen = Int64(worth / Int128(state.supplyUnits))
        let netFen = Int64(worth * Int128(Rate.scale - fee.ppb) / (Int128(state.supplyUnits) * Int128(Rate.scale)))
        state.poolFen -= netFen
        state.supplyUnits -= units
        hold(member, -units)
        useQuota(member, valueFen)
        record(event, member, kind, points: -units, yuan: netFen, at: price)
        record(event, member, .fee, points: 0, yuan: valueFen - netFen, at: price)
    }

    /// §3.5: points from the reserve for constant points; only a partial fill rounds up.
    mutating func fromConstant(_ member: Int32, fen: Int64, at price: Price) {
        figures.fromConstant += 1
        let want = state.supplyUnits == 0 || state.poolFen == 0 ? 0
            : Int64(Int128(fen) * Int128(state.supplyUnits) / Int128(state.poolFen))
        let taken = min(want, state.reserveUnits)
        let chargedFen: Int64
        if taken == 0 { chargedFen = 0 }
        else if taken == want { chargedFen = fen }
        else {
            let worth = Int128(taken) * Int128(state.poolFen), supply = Int128(state.supplyUnits)
            chargedFen = Int64((worth + supply - 1) / supply)
        }
        state.reserveUnits -= taken
        if taken > 0 { hold(member, taken) }
        record(.fromConstant, member, .fromConstant, points: taken, yuan: -chargedFen, at: price)
        record(.fromConstant, member, .unfilled, points: 0, yuan: fen - chargedFen, at: price)
        requeue(member)
    }

    /// §3.6: while the member with the lowest trigger price (quota ÷ holdings) is at or below
    /// the price, it is sold out at the sell fee and its quota set to 0.
    mutating func exitCascade() {
        guard plan.exitEnabled else { return }
        while let top = state.exitQueue.min {                 // bounded: each pass pops an entry an event pushed
            let holding = state.holdings[Int(top.member)]
            guard holding.bound, holding.holdingsUnits > 0, holding.holdingsUnits == top.holdingsUnits, holding.quotaFen == top.quotaFen else {
                _ = state.exitQueue.removeMin()
                continue
            }
            guard Int128(holding.holdingsUnits) * Int128(state.poolFen) >= Int128(holding.quotaFen) * Int128(state.supplyUnits) else { return }
            _ = state.exitQueue.removeMin()
            let before = price
            sellOut(top.member, holding.holdingsUnits, fee: plan.sellFeeRate, event: .exit, kind: .exit, at: before)
            state.holdings[Int(top.member)].quotaFen = 0
            figures.exits += 1
            afterEvent(priceBefore: before)
        }
    }
}
