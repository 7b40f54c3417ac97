import SettleKernel

extension EquityReplay {
    /// The day's lines (sums per member and kind; the constant points they move are the ledger's
    /// credits, `Equity.credits`), its member changes.
    func result(planEffectiveFrom: Day) -> EquityDayResult {
        var figures = self.figures
        figures.closing = state.book(initial: plan.initialPriceFraction)
        figures.lastPrice = state.lastPrice
        let lines = Self.lines(of: fills)
        let ids = inputs.shop.tree.ids
        let changes = touched.sorted { $0.member < $1.member }.map { touch in
            EquityMemberChange(memberId: ids[Int(touch.member)], before: touch.before, after: state.holdings[Int(touch.member)])
        }
        return EquityDayResult(day: day, planEffectiveFrom: planEffectiveFrom, lines: lines,
                               postings: [], fills: fills, figures: figures,
                               changes: changes, newGives: newGives)
    }

    /// Fills summed per (member, kind), sorted; lines whose points and yuan are both 0 left out.
    static func lines(of fills: [EquityFill]) -> [EquityLine] {
        let sorted = fills.sorted { ($0.memberId, $0.kind.rawValue, $0.sequence) < ($1.memberId, $1.kind.rawValue, $1.sequence) }
        var lines: [EquityLine] = []
        for fill in sorted {                                  // bounded: the day's fills
            if let last = lines.last, last.memberId == fill.memberId, last.kind == fill.kind {
                lines[lines.count - 1].entitledFen += fill.pointsUnits
                lines[lines.count - 1].paidFen += fill.yuanFen
            } else {
                lines.append(EquityLine(memberId: fill.memberId, kind: fill.kind, pointsUnits: fill.pointsUnits, yuanFen: fill.yuanFen))
            }
        }
        return lines.filter { $0.pointsUnits != 0 || $0.yuanFen != 0 }
    }
}
