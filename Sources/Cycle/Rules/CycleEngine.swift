import SettleKernel

/// Settles one cycle day (SPEC-cycle §3) in time linear in members + the day's events: weight and
/// quota are running sums moved by the orders that start or stop counting that day.
public enum CycleEngine {
    public static func settle(day: Day, terms: CycleTerms, state: inout CycleState) -> CycleDayResult {
        let version = terms.plans.version(on: day)
        advance(&state, to: day, terms: terms)
        let revenue = revenue(on: day, terms: terms)
        var pools = Pools(plan: version.plan, revenueFen: revenue, state: state)
        let lines = pay(&pools, plan: version.plan, terms: terms, state: &state)
        let figures = pools.figures(plan: version.plan, lines: lines, state: state)
        check(figures, lines: lines, state: state)
        return CycleDayResult(day: day, planEffectiveFrom: version.effectiveFrom, lines: lines, figures: figures,
                              newTerms: terms.termsOfOrders(paidOn: day), weightDecimals: version.plan.weightDecimals)
    }

    /// R: program orders paid on the day and not refunded on or before it (SPEC-cycle §3.2).
    static func revenue(on day: Day, terms: CycleTerms) -> Int64 {
        var revenue: Int64 = 0
        for position in terms.byPaidDay[terms.range(terms.byPaidDay, on: day.number, key: terms.paidOn)]
        where terms.refundedOn(position) > day.number {          // bounded: the day's orders
            revenue += terms.shop.orderAmountFen[Int(terms.orders[Int(position)])]
        }
        return revenue
    }

    /// Moves the running weight and quota to `day`: the day's activations and refunds when the
    /// state is as of the day before, else a scan of every program order (a run's first day).
    static func advance(_ state: inout CycleState, to day: Day, terms: CycleTerms) {
        precondition(state.paidTotalFen.count == terms.memberCount, "state belongs to another shop")
        if state.asOf == day.advanced(by: -1) {
            for position in terms.byActiveDay[terms.range(terms.byActiveDay, on: day.number, key: { terms.activeFrom[Int($0)] })]
            where terms.refundedOn(position) > day.number {      // bounded: orders starting today
                grant(position, sign: 1, terms: terms, state: &state)
            }
            for position in terms.byRefundDay[terms.range(terms.byRefundDay, on: day.number, key: terms.refundedOn)]
            where terms.activeFrom[Int(position)] < day.number { // bounded: orders refunded today
                grant(position, sign: -1, terms: terms, state: &state)
            }
        } else {
            state.weightUnits = [Int64](repeating: 0, count: terms.memberCount)
            state.grantedFen = [Int64](repeating: 0, count: terms.memberCount)
            for position in terms.orders.indices where terms.isActive(position, on: day.number) {
                grant(Int32(position), sign: 1, terms: terms, state: &state)
            }
        }
        state.asOf = day
    }

    static func grant(_ position: Int32, sign: Int64, terms: CycleTerms, state: inout CycleState) {
        for grant in Int(terms.grantStart[Int(position)])..<Int(terms.grantStart[Int(position) + 1]) {
            let member = Int(terms.grantMember[grant])
            state.weightUnits[member] += sign * terms.grantWeightUnits[grant]
            state.grantedFen[member] += sign * terms.grantQuotaFen[grant]
        }
    }

    /// Entitlements and payments, member by member (SPEC-cycle §3.4–3.6).
    static func pay(_ pools: inout Pools, plan: CyclePlan, terms: CycleTerms, state: inout CycleState) -> [CycleLine] {
        var lines: [CycleLine] = []
        for member in 0..<terms.memberCount {                   // bounded: the members
            let left = state.leftFen(member)
            guard left > 0 else { continue }
            let id = terms.shop.tree.ids[member]
            let weighted = pools.weightedEntitlement(state.weightUnits[member])
            let level = pools.levelOf(state.weightUnits[member])
            let levelFen = level.map { pools.perHeadFen[$0] } ?? 0
            let paidWeighted = min(weighted, left)
            let paidLevel = min(levelFen, left - paidWeighted)
            if weighted > 0 { lines.append(CycleLine(memberId: id, kind: .weighted, entitledFen: weighted, paidFen: paidWeighted)) }
            if levelFen > 0 { lines.append(CycleLine(memberId: id, kind: .level, entitledFen: levelFen, paidFen: paidLevel)) }
            if let level { pools.levelPaidFen[level] += paidLevel }
            pools.weightedPaidFen += paidWeighted
            state.paidTotalFen[member] += paidWeighted + paidLevel
            if paidWeighted + paidLevel > 0 {
                pools.membersPaid += 1
                if state.leftFen(member) == 0 { pools.quotaRanOut += 1 }
            }
        }
        return lines
    }

    /// SPEC-cycle §3's invariants: paid ≤ entitled, no pool overpaid, returned = pool − paid.
    static func check(_ figures: CycleDayFigures, lines: [CycleLine], state: CycleState) {
        var weighted: Int64 = 0, level: Int64 = 0
        for line in lines {
            precondition(line.paidFen >= 0 && line.paidFen <= line.entitledFen, "paid outside 0…entitled for member \(line.memberId)")
            if line.kind == .weighted { weighted += line.paidFen } else { level += line.paidFen }
        }
        precondition(weighted == figures.weightedPaidFen && weighted <= figures.weightedPoolFen, "weighted pool overpaid")
        precondition(level == figures.levelPaidFen, "level lines and level figures disagree")
        for entry in figures.levels { precondition(entry.paidFen <= entry.poolFen, "level \(entry.name) overpaid") }
        precondition(figures.levelPaidFen <= figures.levelPoolFen - figures.unassignedFen, "level pools overpaid")
        precondition(figures.returnedFen >= 0, "returned below zero")
    }
}
