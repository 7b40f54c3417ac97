import SettleReports
import SettleKernel
import PointsModel

/// What `run` and `rerun` print: the day report of every day they computed (before anything is
/// written, for a dry run), the settled days whose inputs changed, and a rerun's changes.
public enum RunReport {
    public static func build(_ outcome: Settler.Outcome, command: String) -> Report {
        let written = outcome.dryRun ? "dry run: nothing written" : "\(outcome.days.count) day(s) settled"
        var report = Report(kind: command, title: "settle \(command) · \(written)")
        report.sections.append(Section(key: "summary", title: "Summary", .fields([
            Field("dry_run", "dry run", .flag(outcome.dryRun)),
            Field("days", "days computed", .count(outcome.days.count)),
            Field("first_day", "first day", outcome.days.first.map { .day($0.day) } ?? .none),
            Field("last_day", "last day", outcome.days.last.map { .day($0.day) } ?? .none),
            Field("message", "note", outcome.message.map { .text($0) } ?? .none),
        ])))
        let late: [[Cell]] = outcome.lateInputs.map { [.day($0.day), .flag($0.ordersChanged), .flag($0.refundsChanged)] }
        report.sections.append(Section(key: "late_inputs", title: "Settled days whose inputs changed since (rerun them)", .table(
            [Column("date"), Column("orders_changed", "orders"), Column("refunds_changed", "refunds")], late)))
        report.sections.append(Section(key: "days", title: "Days", .reports(outcome.days.map { DayReport.build($0.figures) })))
        if command == "rerun" {
            report.sections.append(changesSection(outcome.changes))
        }
        return report
    }

    static func changesSection(_ changes: [LineChange]) -> Section {
        let rows: [[Cell]] = changes.map { change in
            [.day(change.day), .count(change.memberId), .text(change.kind.name),
             change.old.map { .fen($0.entitledFen) } ?? .none, change.old.map { .fen($0.paidFen) } ?? .none,
             change.new.map { .fen($0.entitledFen) } ?? .none, change.new.map { .fen($0.paidFen) } ?? .none]
        }
        let note = changes.isEmpty ? "rerun: nothing changed; every row is identical to the rows it replaced"
                                   : "rerun changed \(changes.count) line(s)"
        return Section(key: "changes", title: "Lines that changed against the rows replaced", .table(
            [Column("date"), Column("member_id", "member"), Column("kind"), Column("old_entitled", "old entitled"),
             Column("old_paid", "old paid"), Column("new_entitled", "new entitled"), Column("new_paid", "new paid")], rows), notes: [note])
    }
}
