import SettleJob
import SettleKernel
import SettlePrograms
import SettleReports
import SettleStore

/// The console's own pages, built from the same figures as the commands.
extension Console {
    /// Every program: its plan, its settled days, where to read on.
    static func programs(on connection: Connection, page: inout HTMLPage) throws -> Report {
        var rows: [[Cell]] = []
        for program in Programs.all {                         // bounded: the registered programs
            let store = SettlementStore(connection: connection, model: program.model, lockNumber: program.lockNumber, readsOrderParts: program.readsOrderParts,
                                    ordersByMember: program.readsOrdersByMember)
            let plans = try store.planRecords()
            let settled = try store.settledDays()
            rows.append([.text(program.model), .flag(!plans.isEmpty), plans.last.map { .day($0.effectiveFrom) } ?? .none,
                         settled.first.map { .day($0.day) } ?? .none, settled.last.map { .day($0.day) } ?? .none, .count(settled.count)])
            if !settled.isEmpty {
                page.navigation += [("\(program.model): member", "/programs/\(program.model)/member"),
                                    ("\(program.model): verify", "/programs/\(program.model)/verify"),
                                    ("\(program.model): runs", "/programs/\(program.model)/runs")]
            }
        }
        return Report(kind: "programs", title: "settle · the programs", sections: [
            Section(key: "programs", title: "Programs", .table([Column("model"), Column("plan"), Column("latest_plan_from", "latest plan from"),
                                                                Column("first_day", "first day"), Column("last_day", "last day settled"),
                                                                Column("days_settled", "days settled")], rows),
                    notes: ["late input and verify's checks: each program's verify page (it replays every settled day)"]),
        ])
    }

    /// `report health` over every program with a plan, with the default thresholds.
    static func health(on connection: Connection, date: Day?, window: Int) throws -> [HealthFigures] {
        var figures: [HealthFigures] = []
        for program in Programs.all {                         // bounded: the registered programs
            let opened = program.init(connection: connection, progress: ProgressLog(style: .silent), host: "console")
            guard try opened.hasPlan() else { continue }
            figures.append(try opened.health(date: date, window: window, chartDays: window, thresholds: HealthThresholds()))
        }
        return figures
    }

    /// The runs of a settled day (the last when none is named): run, rerun, and which voided which.
    static func runs(_ program: any Program.Type, on connection: Connection, date: Day?) throws -> Report {
        let store = SettlementStore(connection: connection, model: program.model, lockNumber: program.lockNumber, readsOrderParts: program.readsOrderParts,
                                    ordersByMember: program.readsOrdersByMember)
        guard let day = try date ?? store.lastSettledDay() else { throw JobError.notReady("the \(program.model) program has settled no day") }
        let runs = try store.runs(on: day)
        guard !runs.isEmpty else { throw JobError.notReady("no run of the \(program.model) program settled \(day)") }
        return Report(kind: "runs", title: "Runs of \(program.model) on \(day)", sections: [
            Section(key: "runs", title: "Runs", .table(
                [Column("run_id", "run"), Column("command"), Column("started_at", "started"), Column("finished_at", "finished"), Column("host"),
                 Column("version"), Column("lines"), Column("paid"), Column("voided_by_run", "voided by run")],
                runs.map { [.count($0.id), .text($0.command), .text($0.startedAt), .text($0.finishedAt), .text($0.host),
                            $0.version.map { .text($0) } ?? .none, .count($0.lineCount), .fen($0.paidFen),
                            $0.voidedByRun.map { .count($0) } ?? .none] }),
                    notes: ["a rerun voids the runs it replaces; `settle rerun` printed its changed lines when it ran"]),
        ])
    }
}
