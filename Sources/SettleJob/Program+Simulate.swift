import SettleKernel
import SettleReports
import SettleStore

/// What `settle simulate` asks of a program, beside the runner's replay.
public struct SimulateRequest: Sendable {
    public enum NewOrders: String, Sendable, CaseIterable { case none, pace }
    public var document: String
    /// How the candidate is named in the report (its file).
    public var planName: String
    public var from: Day?
    public var through: Day?
    /// Days ahead of the last settled day (forward), instead of a backtest.
    public var ahead: Int?
    public var newOrders: NewOrders = .none
    public var top = 10
    public init(document: String, planName: String, from: Day?, through: Day?, ahead: Int?, newOrders: NewOrders, top: Int) {
        self.document = document; self.planName = planName; self.from = from; self.through = through; self.ahead = ahead
        self.newOrders = newOrders; self.top = top
    }
}

extension ModelProgram {
    public static var paidIsOwed: Bool { false }

    public func simulate(_ request: SimulateRequest) throws -> SimulationFigures {
        let settled = try runner.store.settledDays().map(\.day)
        guard let first = settled.first, let last = settled.last else {
            throw JobError.notReady("no \(Self.model) day is settled yet: nothing to simulate")
        }
        if let ahead = request.ahead { return try forward(request, days: last.advanced(by: 1)...last.advanced(by: Int32(ahead)), last: last) }
        guard let from = request.from else { throw JobError.notReady("simulate needs --from (or --ahead)") }
        let candidate = try runner.candidateBook(request.document, from: from)
        let through = request.through ?? last
        guard from >= first, through <= last, from <= through else {
            throw JobError.notReady("\(from) … \(through) is not within the settled days of the \(Self.model) program (\(first) … \(last))")
        }
        let (replays, read) = try runner.replay(from...through, books: [try runner.planBook(), candidate]) { shop in
            var members = MemberSums(ids: shop.tree.ids)
            try runner.store.memberTotals(from: from, through: through) { members.add($0, $1, $2) }
            return (try runner.store.kindTotals(from: from, through: through), members, try liabilities(through...through)[through]?.fen ?? 0)
        }
        let (base, simulated) = (replays[0], replays[1])
        var figures = SimulationFigures(model: Self.model, plan: request.planName, from: from, through: through, ahead: false,
                                        pointDecimals: simulated.days.first.flatMap { Model.firstAmountDecimals(of: $0.summary) })
        figures.days = Self.dayRows(settled: read.0, simulated: simulated)
        figures.members = try topChanges(settled: read.1, simulated: simulated.members, top: request.top)
        let settledPaid = read.1.totalPaidFen, settledEntitled = read.1.totalEntitledFen
        let owedDelta = Self.owedFen(after: simulated.days.last!.summary) - Self.owedFen(after: base.days.last!.summary)
        let liability = read.2 + owedDelta + (Self.paidIsOwed ? simulated.paidFen - base.paidFen : 0)
        figures.pairs = Self.totalPairs(figures, settled: (settledEntitled, settledPaid), simulated: simulated, liability: (read.2, liability))
            + Self.simulationPairs(settled: base.days.map(\.summary), simulated: simulated.days.map(\.summary))
        let sameMembers = base.members.paidFen == read.1.paidFen && base.members.entitledFen == read.1.entitledFen
            && base.members.hasLine == read.1.hasLine && read.1.strays.isEmpty
        if Self.dayRows(settled: read.0, simulated: base).contains(where: { !$0.same }) || !sameMembers {
            figures.notes.append("the stored plan, settled again, does not give what was settled: an input changed since "
                                 + "(late input or a changed referrer; `settle verify` names it); the differences include it")
        }
        return figures
    }

    /// `--ahead`: the days after the last settled one under the stored plan and the candidate.
    func forward(_ request: SimulateRequest, days: ClosedRange<Day>, last: Day) throws -> SimulationFigures {
        let candidate = try runner.candidateBook(request.document, from: days.lowerBound)
        let settled = try runner.store.settledDays().map(\.day)
        let sample = request.newOrders == .pace ? Array(settled.suffix(30)) : []
        let (replays, start) = try runner.replay(last...days.upperBound, books: [try runner.planBook(), candidate],
                                                 pace: sample.first.map { $0...last }) { _ in
            try liabilities(last...last)[last]?.fen ?? 0
        }
        var figures = SimulationFigures(model: Self.model, plan: request.planName, from: days.lowerBound, through: days.upperBound, ahead: true,
                                        pointDecimals: replays[1].days.first.flatMap { Model.firstAmountDecimals(of: $0.summary) })
        var sides: [Replay] = []
        for replay in replays {                               // bounded: two sides; the last settled day is the start, not a row
            var ahead = replay
            ahead.days.removeFirst()
            sides.append(ahead)
        }
        figures.days = Self.dayRows(settled: Self.totals(of: sides[0]), simulated: sides[1])
        figures.members = try topChanges(settled: sides[0].members, simulated: sides[1].members, top: request.top)
        let owedAtStart = Self.owedFen(after: replays[0].days[0].summary)
        var paid = (Int64(0), Int64(0))
        for index in sides[0].days.indices {                  // bounded: the days ahead
            paid = (paid.0 + sides[0].days[index].totals.totalPaidFen, paid.1 + sides[1].days[index].totals.totalPaidFen)
            let owed = (Self.owedFen(after: sides[0].days[index].summary), Self.owedFen(after: sides[1].days[index].summary))
            figures.liability.append((sides[0].days[index].day,
                                      start + owed.0 - owedAtStart + (Self.paidIsOwed ? paid.0 : 0),
                                      start + owed.1 - owedAtStart + (Self.paidIsOwed ? paid.1 : 0)))
        }
        let totals = { (side: Replay) in side.days.reduce((Int64(0), Int64(0))) { ($0.0 + $1.totals.totalEntitledFen, $0.1 + $1.totals.totalPaidFen) } }
        figures.pairs = Self.totalPairs(figures, settled: totals(sides[0]), simulated: sides[1],
                                        liability: (figures.liability.last?.settledFen ?? start, figures.liability.last?.simulatedFen ?? start))
            + Self.simulationPairs(settled: sides[0].days.map(\.summary), simulated: sides[1].days.map(\.summary))
        figures.notes.append(request.newOrders == .pace && !sample.isEmpty
                             ? "new orders: those of \(sample[0]) … \(last) again, day by day, shifted" : "new orders: none")
        return figures
    }
}

extension ModelProgram {
    typealias Replay = DayRunner<Model, States>.Replay
    typealias Totals = [Day: [Int16: (entitledFen: Int64, paidFen: Int64)]]

    /// One row per day and kind that either side has a line of, by date and kind code.
    static func dayRows(settled: Totals, simulated: Replay) -> [SimulationFigures.DayRow] {
        var rows: [SimulationFigures.DayRow] = []
        for side in simulated.days {                          // bounded: the days compared
            var codes = side.kinds
            for code in (settled[side.day] ?? [:]).keys where !codes.contains(code) { codes.append(code) }   // bounded: the kinds
            for code in codes.sorted() {                      // bounded: the kinds
                let name = Model.Kind(code: code)?.name ?? "kind \(code)"
                let stored = settled[side.day]?[code].map { ($0.entitledFen, $0.paidFen) }
                let mine: (Int64, Int64)? = side.kinds.contains(code) ? (side.totals.entitledFen[Int(code)], side.totals.paidFen[Int(code)]) : nil
                rows.append(.init(day: side.day, kind: name, settled: stored, simulated: mine))
            }
        }
        return rows
    }

    /// A replay's per-day kind totals in the stored form (the stored plan's side, ahead).
    static func totals(of replay: Replay) -> Totals {
        var totals: Totals = [:]
        for side in replay.days {                             // bounded: the days
            for code in side.kinds { totals[side.day, default: [:]][code] = (side.totals.entitledFen[Int(code)], side.totals.paidFen[Int(code)]) }
        }
        return totals
    }

    /// The `top` members whose paid total changes most (ties: the lower id), with their phones.
    func topChanges(settled: MemberSums, simulated: MemberSums, top: Int) throws -> [SimulationFigures.MemberRow] {
        var changed: [(id: Int64, settled: Int64, simulated: Int64)] = []
        for index in settled.ids.indices where settled.paidFen[index] != simulated.paidFen[index] {   // bounded: the members
            changed.append((settled.ids[index], settled.paidFen[index], simulated.paidFen[index]))
        }
        var strays = Set(settled.strays.keys)
        strays.formUnion(simulated.strays.keys)
        for id in strays.sorted() where settled.paid(of: id) != simulated.paid(of: id) {   // bounded: members gone from the tree
            changed.append((id, settled.paid(of: id), simulated.paid(of: id)))
        }
        changed.sort { abs($0.simulated - $0.settled) != abs($1.simulated - $1.settled)
                       ? abs($0.simulated - $0.settled) > abs($1.simulated - $1.settled) : $0.id < $1.id }
        let shown = Array(changed.prefix(top))
        let phones = try runner.store.phones(of: shown.map(\.id))
        return shown.map { SimulationFigures.MemberRow(memberId: $0.id, phone: phones[$0.id], settledFen: $0.settled, simulatedFen: $0.simulated) }
    }

    /// Both sides' totals and liability at the end.
    static func totalPairs(_ figures: SimulationFigures, settled: (Int64, Int64), simulated: Replay,
                           liability: (Int64, Int64)) -> [SimulationFigures.Pair] {
        let (a, b) = figures.pointDecimals == nil ? ("entitled", "paid") : ("points", "yuan")
        let entitled = simulated.days.reduce(0) { $0 + $1.totals.totalEntitledFen }
        return [
            .init(a, a + " in all", settled: figures.first(settled.0), simulated: figures.first(entitled)),
            .init(b, b + " in all", settled: .fen(settled.1), simulated: .fen(simulated.paidFen)),
            .init("liability", "liability at the end (\(Self.liabilityWhat))", settled: .fen(liability.0), simulated: .fen(liability.1)),
        ]
    }
}

extension SimulationFigures.DayRow {
    /// Both sides have the line and the same amounts.
    public var same: Bool { settled?.0 == simulated?.0 && settled?.1 == simulated?.1 }
}
