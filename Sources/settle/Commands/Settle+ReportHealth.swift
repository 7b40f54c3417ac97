import ArgumentParser
import Foundation
import SettleJob
import SettleKernel
import SettlePrograms
import SettleReports

extension Settle.ReportGroup {
    struct Health: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Is the plan sustainable? Payouts against revenue, the liability, concentration, inflow, plan risks.",
            discussion: """
            For every program with a plan (or --model), over the window of settled days ending with \
            --date: the payout share of revenue, the liability in the program's own terms and its \
            change, the days of revenue it equals and the days to pay it off at the window's pace, \
            the share of the payouts to the top 1% and 10% of members paid and to members without an \
            order of their own, first orders against repeat orders, and risks read from the stored \
            plan. Each threshold crossed prints a `warning:` line; with --check the status is 6 then. \
            Thresholds: docs/health.md; --thresholds FILE overrides them (JSON).

            Examples: settle report health · settle report health --model cycle --window 7 --check
            """)
        @OptionGroup var connection: ConnectionOptions
        @Option(name: .customLong("model"), help: ArgumentHelp("Only this program (default: every program with a plan).", valueName: "MODEL"))
        var model: String?
        @OptionGroup var day: DayOption
        @Option(help: ArgumentHelp("Settled days in the window (default 30).", valueName: "N")) var window = 30
        @Option(help: ArgumentHelp("A JSON file of thresholds (docs/health.md).", valueName: "FILE")) var thresholds: String?
        @Flag(help: "Exit 6 when any threshold is crossed or the plan carries a risk.") var check = false
        @Option(help: ArgumentHelp("Write the liability against revenue over the window as an SVG chart.", valueName: "FILE")) var chart: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (1...3660).contains(window) else { throw ValidationError("--window must be 1…3660") }
            if let model { _ = try ModelOptions.program(named: model) }
        }

        func run() throws {
            let programs = try model.map { [try ModelOptions.program(named: $0)] } ?? Self.programsWithPlans(connection)
            let limits = try Self.thresholds(file: thresholds, models: Programs.names)
            var figures: [HealthFigures] = []
            for program in programs {                              // bounded: the registered programs
                let opened = try connection.program(program, "report health")
                figures.append(try opened.health(date: try day.day(), window: window, chartDays: window,
                                                 thresholds: limits[program.model] ?? HealthThresholds()))
            }
            if let chart {
                guard FileManager.default.createFile(atPath: chart, contents: Data(HealthReport.chart(figures).utf8)) else {
                    throw JobError.failed("cannot write the chart to \(chart)")
                }
            }
            output.print(HealthReport.build(figures, date: try day.day()))
            let flags = figures.flatMap(\.flags)
            for flag in flags { FileHandle.standardError.write(Data("warning: \(flag.description)\n".utf8)) }
            if check && !flags.isEmpty { throw ExitCode(ExitStatus.unhealthy.rawValue) }
        }

        /// The thresholds of every program, from `file` (exit 3 naming the field when it is bad).
        static func thresholds(file: String?, models: [String]) throws -> [String: HealthThresholds] {
            var text: String? = nil
            if let file {
                guard let data = FileManager.default.contents(atPath: file) else { throw JobError.badInput("cannot read the thresholds file \(file)") }
                text = String(decoding: data, as: UTF8.self)
            }
            do {
                return try HealthThresholds.parse(json: text, models: models)
            } catch {
                throw JobError.badInput("thresholds field \(error.field): \(error.reason)")
            }
        }

        /// The programs that have a plan (none: the default program, whose error says so).
        static func programsWithPlans(_ connection: ConnectionOptions) throws -> [any Program.Type] {
            let found = try Programs.all.filter { try connection.program($0, "report health").hasPlan() }
            return found.isEmpty ? [Programs.defaultProgram] : found
        }
    }
}
