import SettleKernel

/// What `verify` found: each check with its number of faults, the program's own summary, every
/// fault with its ids.
public struct VerifyFigures: Sendable {
    public struct Check: Sendable {
        public var name: String
        public var what: String
        public var faults: Int
        public init(name: String, what: String, faults: Int) { self.name = name; self.what = what; self.faults = faults }
    }

    public var checks: [Check] = []
    public var faults: [Fault] = []
    /// A model's own summary (points: conservation; cycle: quota granted, paid and outstanding).
    public var summary: Section?
    public var from: Day?
    public var passed: Bool { faults.isEmpty }
    public init() {}
}

/// The verify report: each check with its verdict, then every fault found.
public enum VerifyReport {
    public static func build(_ outcome: VerifyFigures) -> Report {
        var report = Report(kind: "verify", title: outcome.passed ? "verify: every check passed" : "verify: \(outcome.faults.count) fault(s) found")
        let rows: [[Cell]] = outcome.checks.map { [.text($0.name), .text($0.faults == 0 ? "ok" : "FAILED"), .count($0.faults), .text($0.what)] }
        report.sections.append(Section(key: "checks", title: "Checks" + (outcome.from.map { " (rows of days from \($0))" } ?? ""),
                                       .table([Column("check"), Column("result"), Column("faults"), Column("what")], rows)))
        if let summary = outcome.summary { report.sections.append(summary) }
        let faults: [[Cell]] = outcome.faults.map {
            [.text($0.check), $0.day.map { .day($0) } ?? .none, $0.memberId.map { .count($0) } ?? .none,
             $0.orderId.map { .count($0) } ?? .none, .text($0.detail)]
        }
        report.sections.append(Section(key: "faults", title: "Faults", .table(
            [Column("check"), Column("date"), Column("member_id", "member"), Column("order_id", "order"), Column("detail")], faults)))
        return report
    }
}
