import SettleKernel

/// How every program's day report opens: the title (the day, its plan, its run or "dry run") and
/// the "day" section; the program adds its own fields to that section and its own sections.
public struct DayHeading: Sendable {
    public var day: Day
    public var planEffectiveFrom: Day
    /// The run that settled the day; nil for a dry run.
    public var runId: Int64?
    public var dryRun: Bool

    public init(day: Day, planEffectiveFrom: Day, runId: Int64?, dryRun: Bool) {
        self.day = day; self.planEffectiveFrom = planEffectiveFrom; self.runId = runId; self.dryRun = dryRun
    }

    /// `"<what> of DAY · plan of D · run N"`, with the day section: `model` first when given.
    public func report(_ what: String, model: String? = nil, fields: [Field] = []) -> Report {
        var report = Report(kind: "day", title: "\(what) of \(day) · plan of \(planEffectiveFrom) · "
                            + (dryRun ? "dry run: nothing written" : runId.map { "run \($0)" } ?? "settled"))
        report.sections.append(Section(key: "day", title: "Day", .fields((model.map { [Field("model", "program", .text($0))] } ?? []) + [
            Field("date", "date", .day(day)),
            Field("plan_effective_from", "plan in force from", .day(planEffectiveFrom)),
            Field("run_id", "run", runId.map { .count($0) } ?? .none),
            Field("dry_run", "dry run", .flag(dryRun)),
        ] + fields)))
        return report
    }
}
