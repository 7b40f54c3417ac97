import SettleKernel

/// What `run` and `rerun` computed, as the report shows it.
public struct RunFigures: Sendable {
    public struct Late: Sendable {
        public var day: Day
        public var ordersChanged: Bool
        public var refundsChanged: Bool
        public init(day: Day, ordersChanged: Bool, refundsChanged: Bool) {
            self.day = day; self.ordersChanged = ordersChanged; self.refundsChanged = refundsChanged
        }
    }

    /// One (day, member, kind) line a rerun changed; nil where the line is absent on that side.
    public struct Change: Sendable {
        public var day: Day
        public var memberId: Int64
        public var kind: String
        public var old: (entitledFen: Int64, paidFen: Int64)?
        public var new: (entitledFen: Int64, paidFen: Int64)?
        public init(day: Day, memberId: Int64, kind: String, old: (Int64, Int64)?, new: (Int64, Int64)?) {
            self.day = day; self.memberId = memberId; self.kind = kind; self.old = old; self.new = new
        }
    }

    public var command: String
    public var model: String
    /// How the command names the program: nothing for the default program, else `--model NAME`.
    public var isDefaultProgram = false
    public var dryRun: Bool
    public var days: [Day]
    /// The day report of each day computed (before anything is written, for a dry run).
    public var dayReports: [Report]
    public var message: String?
    public var lateInputs: [Late]
    /// For a rerun.
    public var changes: [Change]
    /// Shown under the summary (for example: the days were settled but their figures could not be read).
    public var notes: [String]
    /// Members whose referrer changed since the program settled on them: (member, what).
    public var treeChanges: [(memberId: Int64, detail: String)] = []
    /// Per day computed: its run (nil for a dry run), lines, entitled and paid in all.
    public var dayTotals: [(runId: Int64?, lines: Int, entitledFen: Int64, paidFen: Int64)] = []
    /// Set when a line's two amounts are points (units at these decimals) and yuan (equity).
    public var pointDecimals: Int? = nil

    /// The two amounts of a line as cells: entitled and paid in yuan, or points and yuan.
    func amounts(_ first: Int64, _ second: Int64) -> (Cell, Cell) {
        (pointDecimals.map { .decimal(ExactDecimal.format(first, scaleDigits: $0)) } ?? .fen(first), .fen(second))
    }
    var amountNames: (String, String) { pointDecimals == nil ? ("entitled", "paid") : ("points", "yuan") }

    public init(command: String, model: String, dryRun: Bool, days: [Day], dayReports: [Report], message: String?,
                lateInputs: [Late], changes: [Change], notes: [String] = []) {
        self.command = command; self.model = model; self.dryRun = dryRun; self.days = days; self.dayReports = dayReports
        self.message = message; self.lateInputs = lateInputs; self.changes = changes; self.notes = notes
    }
}

/// What `run` and `rerun` print: the day report of every day they computed, the settled days
/// whose inputs changed, and a rerun's changes.
public enum RunReport {
    public static func build(_ figures: RunFigures) -> Report {
        let written = figures.dryRun ? "dry run: nothing written" : "\(figures.days.count) day(s) settled"
        let program = figures.isDefaultProgram ? "" : " --model \(figures.model)"
        var report = Report(kind: figures.command, title: "settle \(figures.command)\(program) · \(written)")
        report.sections.append(Section(key: "summary", title: "Summary", .fields([
            Field("dry_run", "dry run", .flag(figures.dryRun)),
            Field("days", "days computed", .count(figures.days.count)),
            Field("first_day", "first day", figures.days.first.map { .day($0) } ?? .none),
            Field("last_day", "last day", figures.days.last.map { .day($0) } ?? .none),
            Field("message", "note", figures.message.map { .text($0) } ?? .none),
        ]), notes: figures.notes))
        let late: [[Cell]] = figures.lateInputs.map { [.day($0.day), .flag($0.ordersChanged), .flag($0.refundsChanged)] }
        report.sections.append(Section(key: "late_inputs", title: "Settled days whose inputs changed since (rerun them)", .table(
            [Column("date"), Column("orders_changed", "orders"), Column("refunds_changed", "refunds")], late)))
        if !figures.treeChanges.isEmpty {
            report.sections.append(Section(key: "tree_changes", title: "Referrers changed in the shop's table (each day stays settled on the tree it had)",
                                           .table([Column("member_id", "member"), Column("detail")],
                                                  figures.treeChanges.map { [.count($0.memberId), .text($0.detail)] })))
        }
        report.sections.append(Section(key: "days", title: "Days", .reports(figures.dayReports)))
        if figures.command == "rerun" {
            report.sections.append(changesSection(figures.changes, figures))
        }
        return report
    }

    /// `--quiet`: one line per day computed (and one when there was nothing to do).
    public static func quietLines(_ figures: RunFigures) -> String {
        let verb = figures.dryRun ? "computed (dry run)" : "settled"
        guard !figures.days.isEmpty else { return "settle \(figures.command) \(figures.model): \(figures.message ?? "nothing to settle")\n" }
        let (first, second) = figures.amountNames
        return zip(figures.days, figures.dayTotals).map { day, totals in
            let amount = figures.pointDecimals.map { ExactDecimal.format(totals.entitledFen, scaleDigits: $0) } ?? Fen.formatGrouped(totals.entitledFen)
            return "settle \(figures.command) \(figures.model) \(day): \(verb)\(totals.runId.map { ", run \($0)" } ?? ""), \(totals.lines) lines, "
                + "\(first) \(amount), \(second) \(Fen.formatGrouped(totals.paidFen))"
        }.joined(separator: "\n") + "\n"
    }

    static func changesSection(_ changes: [RunFigures.Change], _ figures: RunFigures) -> Section {
        let rows: [[Cell]] = changes.map { change in
            let old = change.old.map { figures.amounts($0.entitledFen, $0.paidFen) }, new = change.new.map { figures.amounts($0.entitledFen, $0.paidFen) }
            return [.day(change.day), .count(change.memberId), .text(change.kind), old?.0 ?? .none, old?.1 ?? .none, new?.0 ?? .none, new?.1 ?? .none]
        }
        let (first, second) = figures.amountNames
        let note = changes.isEmpty ? "rerun: nothing changed; every row is identical to the rows it replaced"
                                   : "rerun changed \(changes.count) line(s)"
        return Section(key: "changes", title: "Lines that changed against the rows replaced", .table(
            [Column("date"), Column("member_id", "member"), Column("kind"), Column("old_entitled", "old \(first)"),
             Column("old_paid", "old \(second)"), Column("new_entitled", "new \(first)"), Column("new_paid", "new \(second)")], rows), notes: [note])
    }
}
