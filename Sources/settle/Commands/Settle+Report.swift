import ArgumentParser
import Foundation
import SettleJob

extension Settle {
    struct ReportGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Read-only reports of settled days: day, member, liability, health.",
            discussion: "Every report prints as --format text, json or csv. Reports never take the settlement lock.",
            subcommands: [Day.self, Member.self, Liability.self, Health.self])
    }
}

extension Settle.ReportGroup {
    struct Day: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What a settled day paid: by kind entitled, paid and forfeited (烧伤); members paid; lots created and exhausted (出局); members per star tier; top earners; liability.",
            discussion: "`run --dry-run` and `rerun --dry-run` print the same report before anything is written.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var model: ModelOptions
        @OptionGroup var day: DayOption
        @Option(help: ArgumentHelp("How many top earners to list (points, cycle; default 10).", valueName: "N")) var top: Int?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...1000).contains(top ?? 10) else { throw ValidationError("--top must be 0…1000") }
            try model.refuse(.top, given: top != nil)
        }

        func run() throws {
            output.print(try connection.program(model.program, "report day").dayReport(date: try day.day(), top: top ?? 10))
        }
    }

    struct Member: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One member: level, star tier, team performance split into cash and points, direct referrals, lots, the day's lines, wallet.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var model: ModelOptions
        @OptionGroup var who: MemberOptions
        @OptionGroup var day: DayOption
        @OptionGroup var output: OutputOptions

        func run() throws {
            output.print(try connection.program(model.program, "report member").memberReport(member: who.member, date: try day.day()))
        }
    }

    struct Liability: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Points owed against revenue, and the next N days projected if no new order arrives.",
            discussion: """
            Locked points outstanding, wallet balances, revenue (cash and points), points owed per yuan \
            of cash revenue, days of release left at the day's pace, the day's release against an \
            average day's revenue of the last 30 days, and a projection: the settlement engine run \
            ahead in memory on the orders and refunds known now. --chart writes the projection as an \
            SVG line chart.
            """)
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var model: ModelOptions
        @OptionGroup var day: DayOption
        @Option(help: ArgumentHelp("Days to project (points, cycle; default 30).", valueName: "N")) var days: Int?
        @Option(help: ArgumentHelp("Write the projection as an SVG chart to this file.", valueName: "FILE")) var chart: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...3660).contains(days ?? 30) else { throw ValidationError("--days must be 0…3660") }
            try model.refuse(.days, given: days != nil)
        }

        func run() throws {
            let program = try connection.program(model.program, "report liability")
            let (report, svg) = try program.liability(date: try day.day(), days: days ?? 30, chartPath: chart)
            if let chart {
                guard FileManager.default.createFile(atPath: chart, contents: Data(svg.utf8)) else {
                    throw JobError.failed("cannot write the chart to \(chart)")
                }
            }
            output.print(report)
        }
    }
}
