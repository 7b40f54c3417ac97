import ArgumentParser
import Foundation
import SettleJob
import SettleReports
import SettleKernel
import PointsModel

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Read-only reports of settled days: day, member, liability.",
        discussion: "Every report prints as --format text, json or csv. Reports never take the settlement lock.",
        subcommands: [DayReportCommand.self, MemberReportCommand.self, LiabilityReportCommand.self])
}

struct DayOption: ParsableArguments {
    @Option(help: ArgumentHelp("A settled day; default: the last settled day.", valueName: "YYYY-MM-DD")) var date: String?
    func validate() throws { if let date { _ = try parseDay(date) } }
    func day() throws -> Day? { try date.map(parseDay) }
}

struct DayReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "day",
        abstract: "What a settled day paid: by kind entitled, paid and forfeited (烧伤); members paid; lots created and exhausted (出局); members per star tier; top earners; liability.",
        discussion: "`run --dry-run` and `rerun --dry-run` print the same report before anything is written.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var day: DayOption
    @Option(help: ArgumentHelp("How many top earners to list.", valueName: "N")) var top = 10
    @OptionGroup var output: OutputOptions

    func validate() throws { guard (0...1000).contains(top) else { throw ValidationError("--top must be 0…1000") } }

    func run() throws {
        try guarded {
            let reporter = Reporter(settler: try connection.settler("report day"))
            output.print(DayReport.build(try reporter.dayFigures(try day.day(), top: top)))
        }
    }
}

struct MemberReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: "One member: level, star tier, team performance split into cash and points, direct referrals, lots, the day's lines, wallet.")
    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("The member's phone number (the account name).", valueName: "PHONE")) var phone: String
    @OptionGroup var day: DayOption
    @OptionGroup var output: OutputOptions

    func run() throws {
        try guarded {
            let reporter = Reporter(settler: try connection.settler("report member"))
            output.print(MemberReport.build(try reporter.memberFigures(phone: phone, date: try day.day())))
        }
    }
}

struct LiabilityReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liability",
        abstract: "Points owed against revenue, and the next N days projected if no new order arrives.",
        discussion: """
        Locked points outstanding, wallet balances, revenue (cash and points), points owed per yuan \
        of cash revenue, days of release left at the day's pace, the day's release against an \
        average day's revenue of the last 30 days, and a projection: the settlement engine run \
        ahead in memory on the orders and refunds known now. --chart writes the projection as an \
        SVG line chart.
        """)
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var day: DayOption
    @Option(help: ArgumentHelp("Days to project.", valueName: "N")) var days = 30
    @Option(help: ArgumentHelp("Write the projection as an SVG chart to this file.", valueName: "FILE")) var chart: String?
    @OptionGroup var output: OutputOptions

    func validate() throws { guard (0...3660).contains(days) else { throw ValidationError("--days must be 0…3660") } }

    func run() throws {
        try guarded {
            let reporter = Reporter(settler: try connection.settler("report liability"))
            let figures = try reporter.liabilityFigures(try day.day(), days: days)
            if let chart {
                guard FileManager.default.createFile(atPath: chart, contents: Data(LiabilityChart.svg(figures).utf8)) else {
                    throw JobError.failed("cannot write the chart to \(chart)")
                }
            }
            output.print(LiabilityReport.build(figures, chartPath: chart))
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Where a member's share, team and peer amounts of a settled day came from.",
        discussion: """
        Lists each downline member whose static release paid the member something: the base (its \
        static release), the rate and why (share generation; differential against the rate paid \
        below, and to whom; peer of whom). With many sources the list is grouped by direct \
        referral (first-generation leg). The totals are checked against the settled lines.
        """)
    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("The member's phone number.", valueName: "PHONE")) var phone: String
    @OptionGroup var day: DayOption
    @Option(help: ArgumentHelp("auto (per member up to \(ExplainReport.autoLimit) sources, then per leg), member or leg.", valueName: "GROUPING"))
    var by: String = "auto"
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard ExplainReport.Grouping(rawValue: by) != nil else { throw ValidationError("--by must be auto, member or leg") }
    }

    func run() throws {
        try guarded {
            let reporter = Reporter(settler: try connection.settler("explain"))
            let figures = try reporter.explainFigures(phone: phone, date: try day.day())
            output.print(ExplainReport.build(figures, grouping: ExplainReport.Grouping(rawValue: by)!))
        }
    }
}

struct Adjust: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add or remove points in a member's wallet (可以给会员增加或删除积分), audited.",
        discussion: """
        One transaction. Records who (--operator, the database user and client address), when and \
        why. Refused with exit 3, nothing written, when it would leave the wallet below zero. \
        Adjustments are never edited or deleted: correct one with another.
        """)
    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("The member's phone number.", valueName: "PHONE")) var phone: String
    @Option(parsing: .unconditional, help: ArgumentHelp("Points to add (e.g. 100 or 12.50) or remove (-100).", valueName: "±N"))
    var points: String
    @Option(help: ArgumentHelp("Why, for the audit trail.", valueName: "TEXT")) var reason: String
    @Option(help: ArgumentHelp("Who asked; default: $SETTLE_OPERATOR, $USER or $LOGNAME.", valueName: "NAME")) var `operator`: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard let fen = Fen.parse(points), fen != 0 else { throw ValidationError("--points must be a non-zero amount with at most two decimals, e.g. 100, -12.50") }
        guard fen.magnitude <= 1_000_000_000_000 else { throw ValidationError("--points is larger than 10,000,000,000") }
        guard !reason.allSatisfy(\.isWhitespace) else { throw ValidationError("--reason must say why") }
    }

    func run() throws {
        try guarded {
            let environment = ProcessInfo.processInfo.environment
            let name = `operator` ?? environment["SETTLE_OPERATOR"] ?? environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
            let reporter = Reporter(settler: try connection.settler("adjust"))
            let adjustment = try reporter.adjust(phone: phone, amountFen: Fen.parse(points)!, reason: reason, operatorName: name)
            output.print(Report(kind: "adjust", title: "Adjustment \(adjustment.id) recorded", sections: [
                Section(key: "adjustment", title: "Adjustment", .fields([
                    Field("id", "adjustment", .count(adjustment.id)),
                    Field("member_id", "member", .count(adjustment.memberId)),
                    Field("phone", "phone", .text(phone)),
                    Field("points", "points", .fen(adjustment.amountFen)),
                    Field("balance_before", "balance before", .fen(adjustment.balanceBeforeFen)),
                    Field("balance_after", "balance after", .fen(adjustment.balanceAfterFen)),
                    Field("reason", "reason", .text(reason)),
                    Field("operator", "operator", .text(name)),
                    Field("created_at", "at", .text(adjustment.createdAt)),
                ])),
            ]))
        }
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the settled history: conservation of points, caps, totals, wallets, late input.",
        discussion: """
        Lists every fault with the ids involved and exits 3 when there is one (0 when all pass, 1 \
        when it could not check). The row checks read every settled day; --from limits them to \
        recent days on a large shop.
        """)
    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("Check the rows of days from this one on.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("At most this many faults per check.", valueName: "N")) var limit = 100
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let from { _ = try parseDay(from) }
        guard (1...100_000).contains(limit) else { throw ValidationError("--limit must be 1…100000") }
    }

    func run() throws {
        try guarded {
            let verifier = Verifier(settler: try connection.settler("verify"))
            let outcome = try verifier.verify(from: try from.map(parseDay), limit: limit)
            output.print(VerifyReport.build(outcome))
            if !outcome.passed { throw ExitCode(3) }
        }
    }
}
