import ArgumentParser
import Foundation
import SettleJob
import SettleKernel
import SettlePrograms
import SettleReports

extension Settle {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Settle a day, or every unsettled day through yesterday (catch-up).",
            discussion: """
            Each day is one transaction: all its rows or none. Days settle in order; a day must have \
            ended in the plan's timezone. With --dry-run the same result is computed and printed, and \
            nothing at all is written. With no --model, every program that has a plan is settled, in \
            the order \(Programs.names.joined(separator: ", ")), each in its own transactions; one \
            program's failure does not stop the others, and the exit status is the first failure's.

            Examples: settle run · settle run --date 2026-03-01 --dry-run · settle run --model points
            """)

        @OptionGroup var connection: ConnectionOptions
        @Option(name: .customLong("model"), help: ArgumentHelp("Only this program (default: every program with a plan).", valueName: "MODEL"))
        var model: String?
        @Option(help: ArgumentHelp("The day to settle; default: every unsettled day through yesterday.", valueName: "YYYY-MM-DD"))
        var date: String?
        @Flag(help: "Compute and print, write nothing.") var dryRun = false
        @Flag(help: "One line per day (for cron mail); warnings still go to standard error.") var quiet = false
        @Option(help: ArgumentHelp("Write what the run did in the Prometheus text format (node_exporter's textfile collector).",
                                   valueName: "FILE"))
        var metricsFile: String?
        @Option(help: ArgumentHelp("Thresholds of the settle_health_* gauges in the metrics file (as `report health --thresholds`).",
                                   valueName: "FILE"))
        var thresholds: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let date { _ = try parseDay(date) }
            if let model { _ = try ModelOptions.program(named: model) }
        }

        func run() throws {
            let purpose = dryRun ? "run --dry-run" : "run"
            let day = try date.map(parseDay)
            let programs = try model.map { [try ModelOptions.program(named: $0)] } ?? programsWithPlans()
            // A first day writes every lot's row: with freed memory kept it peaked at 1,077 MiB at a
            // million members (decisions.md). Kept only when every program starts from stored state.
            if programs.allSatisfy({ (try? connection.program($0, purpose, quiet: true).hasSettledDay()) ?? false }) {
                BatchMemory.keepFreedPages()
            }
            var firstFailure: (any Error)? = nil
            var late = 0
            let metrics = MetricsFile()
            for program in programs {                         // bounded: the registered programs
                let started = ContinuousClock.now
                do {
                    let result = try connection.program(program, purpose, quiet: quiet).run(date: day, dryRun: dryRun)
                    if quiet { printOut(result.quiet) } else { output.print(result.report) }
                    late += result.lateInputs
                    metrics.record(model: program.model, metrics: result.metrics, status: result.lateInputs > 0 ? 5 : 0,
                                   milliseconds: Self.milliseconds(since: started), now: Self.now)
                } catch {
                    metrics.record(model: program.model, metrics: nil, status: ExitStatus(JobError.from(error)).rawValue,
                                   milliseconds: Self.milliseconds(since: started), now: Self.now)
                    guard programs.count > 1 else {
                        if let metricsFile { try? metrics.write(to: metricsFile) }
                        throw error
                    }
                    FileHandle.standardError.write(Data("settle: \(program.model): \(JobError.from(error).description)\n".utf8))
                    firstFailure = firstFailure ?? error
                }
            }
            if let metricsFile {
                try recordHealth(programs, into: metrics)
                try metrics.write(to: metricsFile)
            }
            if let firstFailure { throw firstFailure }
            if late > 0 { throw ExitCode(ExitStatus.lateInput.rawValue) }
        }

        /// The health gauges of each program that has settled a day (a program that cannot say is
        /// left out of them, with a warning: the run's own figures stand).
        func recordHealth(_ programs: [any Program.Type], into metrics: MetricsFile) throws {
            guard !dryRun else { return }
            let limits = try Settle.ReportGroup.Health.thresholds(file: thresholds, models: Programs.names)
            for program in programs {                         // bounded: the registered programs
                do {
                    let opened = try connection.program(program, "run: health", quiet: true)
                    guard try opened.hasPlan() else { continue }
                    metrics.recordHealth(try opened.health(date: nil, window: 30, chartDays: 1, thresholds: limits[program.model] ?? HealthThresholds()))
                } catch {
                    FileHandle.standardError.write(Data("warning: \(program.model): no health figures: \(JobError.from(error).description)\n".utf8))
                }
            }
        }

        static func milliseconds(since start: ContinuousClock.Instant) -> Int64 {
            let elapsed = ContinuousClock.now - start
            return elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        }

        static var now: Int64 { Int64(Date().timeIntervalSince1970.rounded(.down)) }

        /// The programs that have a plan; the first program when none has one (its error says so).
        func programsWithPlans() throws -> [any Program.Type] {
            let found = try Programs.all.filter { try connection.program($0, "run").hasPlan() }
            return found.isEmpty ? [Programs.all[0]] : found
        }
    }

    struct Rerun: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Void a settled day and every later one and settle them again, in one transaction.",
            discussion: "Prints each day's report and what changed against the rows it replaced, or that nothing changed.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var model: ModelOptions
        @Option(help: ArgumentHelp("The first day to settle again.", valueName: "YYYY-MM-DD")) var date: String
        @Flag(help: "Compute and print, write nothing.") var dryRun = false
        @Flag(help: "One line per day; warnings still go to standard error.") var quiet = false
        @OptionGroup var output: OutputOptions

        func validate() throws { _ = try parseDay(date) }

        func run() throws {
            BatchMemory.keepFreedPages()
            let program = try connection.program(model.program, dryRun ? "rerun --dry-run" : "rerun", quiet: quiet)
            let result = try program.rerun(date: try parseDay(date), dryRun: dryRun)
            if quiet { printOut(result.quiet) } else { output.print(result.report) }
            if result.lateInputs > 0 { throw ExitCode(ExitStatus.lateInput.rawValue) }
        }
    }
}
