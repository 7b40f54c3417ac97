import SettleKernel

/// What `settle simulate` compares: the days as settled (or, ahead, as the stored plan would
/// settle them) and as the candidate plan settles them, day by day and kind by kind, member by
/// member, with each side's totals and the program's own figures.
public struct SimulationFigures: Sendable {
    public struct DayRow: Sendable {
        public var day: Day
        public var kind: String
        public var settled: (Int64, Int64)?
        public var simulated: (Int64, Int64)?
        public init(day: Day, kind: String, settled: (Int64, Int64)?, simulated: (Int64, Int64)?) {
            self.day = day; self.kind = kind; self.settled = settled; self.simulated = simulated
        }
    }
    public struct MemberRow: Sendable {
        public var memberId: Int64
        public var phone: String?
        public var settledFen: Int64
        public var simulatedFen: Int64
        public init(memberId: Int64, phone: String?, settledFen: Int64, simulatedFen: Int64) {
            self.memberId = memberId; self.phone = phone; self.settledFen = settledFen; self.simulatedFen = simulatedFen
        }
    }
    /// A figure on both sides: `settled_<key>` and `simulated_<key>`.
    public struct Pair: Sendable {
        public var key: String
        public var label: String
        public var settled: Cell
        public var simulated: Cell
        public init(_ key: String, _ label: String, settled: Cell, simulated: Cell) {
            self.key = key; self.label = label; self.settled = settled; self.simulated = simulated
        }
    }

    public var model: String
    public var plan: String
    public var from: Day
    public var through: Day
    /// `--ahead`: days not settled yet, under the stored plan ("settled") and the candidate.
    public var ahead: Bool
    /// The first amount is points at these decimals (equity), else fen.
    public var pointDecimals: Int?
    public var days: [DayRow] = []
    public var pairs: [Pair] = []
    public var members: [MemberRow] = []
    /// Ahead: the liability at the end of each day on both sides.
    public var liability: [(day: Day, settledFen: Int64, simulatedFen: Int64)] = []
    public var notes: [String] = []

    public init(model: String, plan: String, from: Day, through: Day, ahead: Bool, pointDecimals: Int?) {
        self.model = model; self.plan = plan; self.from = from; self.through = through; self.ahead = ahead; self.pointDecimals = pointDecimals
    }

    var amountNames: (String, String) { pointDecimals == nil ? ("entitled", "paid") : ("points", "yuan") }

    public func first(_ value: Int64) -> Cell { pointDecimals.map { .decimal(ExactDecimal.format(value, scaleDigits: $0)) } ?? .fen(value) }
}

public enum SimulateReport {
    public static func build(_ f: SimulationFigures) -> Report {
        let what = f.ahead ? "\(f.from) … \(f.through) ahead: the stored plan (settled_) against \(f.plan) (simulated_)"
                           : "\(f.from) … \(f.through) settled again under \(f.plan)"
        var report = Report(kind: "simulate", title: "Simulation of the \(f.model) program: \(what)")
        let (a, b) = f.amountNames
        report.sections.append(Section(key: "summary", title: "Summary", .fields([
            Field("model", "program", .text(f.model)), Field("plan", "candidate plan", .text(f.plan)),
            Field("mode", "mode", .text(f.ahead ? "ahead" : "backtest")),
            Field("from", "from", .day(f.from)), Field("to", "through", .day(f.through)),
        ] + f.pairs.flatMap { pair in
            [Field("settled_" + pair.key, (f.ahead ? "stored plan: " : "settled: ") + pair.label, pair.settled),
             Field("simulated_" + pair.key, "simulated: " + pair.label, pair.simulated)]
        }), notes: f.notes))
        let dayRows: [[Cell]] = f.days.map { row in
            [.day(row.day), .text(row.kind), row.settled.map { f.first($0.0) } ?? .none, row.simulated.map { f.first($0.0) } ?? .none,
             row.settled.map { .fen($0.1) } ?? .none, row.simulated.map { .fen($0.1) } ?? .none]
        }
        report.sections.append(Section(key: "days", title: "Days by kind", .table(
            [Column("date"), Column("kind"), Column("settled_" + a), Column("simulated_" + a), Column("settled_" + b), Column("simulated_" + b)],
            dayRows), notes: f.days.isEmpty ? ["no line on either side"] : []))
        report.sections.append(Section(key: "members", title: "Members whose \(b) changes most", .table(
            [Column("member_id"), Column("phone"), Column("settled"), Column("simulated"), Column("difference")],
            f.members.map { [.count($0.memberId), $0.phone.map { .text($0) } ?? .none, .fen($0.settledFen), .fen($0.simulatedFen),
                             .fen($0.simulatedFen - $0.settledFen)] }),
            notes: f.members.isEmpty ? ["no member's total changes"] : []))
        if f.ahead {
            report.sections.append(Section(key: "liability", title: "Liability at the end of each day", .table(
                [Column("date"), Column("settled_liability", "stored plan"), Column("simulated_liability", "candidate")],
                f.liability.map { [.day($0.day), .fen($0.settledFen), .fen($0.simulatedFen)] })))
        }
        return report
    }

    /// Ahead: the liability under the stored plan and under the candidate, day by day (SVG).
    public static func chart(_ f: SimulationFigures) -> String {
        LineChart.svg(title: "\(f.model) liability: stored plan against \(f.plan)", firstDay: f.liability.first?.day ?? f.from, series: [
            LineChart.Series(label: "stored plan", colour: "#7f8c8d", valuesFen: f.liability.map(\.settledFen)),
            LineChart.Series(label: "candidate", colour: "#c0392b", valuesFen: f.liability.map(\.simulatedFen)),
        ])
    }
}
