import ArgumentParser
import Foundation
import SettleJob
import SettleReports
import SettleKernel
import PointsModel
import SettleStore

struct Settle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settle",
        abstract: "Nightly points settlement (积分通证模型) for a shop's PostgreSQL database.",
        discussion: """
        Connects with libpq's usual PG* variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, \
        PGSERVICE, …) or --db CONNINFO.

        Exit status: 0 done · 2 usage · 3 bad input or plan (nothing written) · 4 day not ready \
        (already settled, not ended, or an earlier day unsettled) · 75 another settlement holds \
        the lock · 1 anything else. `verify` exits 3 when it finds a fault; `adjust` exits 3 when \
        it would leave a wallet below zero.
        """,
        subcommands: [Migrate.self, PlanCommand.self, Run.self, Rerun.self, ReportCommand.self, Explain.self, Adjust.self, Verify.self]
    )
}

/// Options every command that talks to the database shares.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("libpq connection string or URI; default: the PG* environment variables.",
                                                          valueName: "CONNINFO"))
    var conninfo: String = ""

    func connect(_ purpose: String) throws -> Connection {
        let host = ProcessInfo.processInfo.hostName
        let name = "settle \(purpose) on \(host) pid \(ProcessInfo.processInfo.processIdentifier)"
        return try Connection(conninfo: conninfo, applicationName: String(name.prefix(63)))
    }

    func settler(_ purpose: String, progress: ProgressLog = .automatic()) throws -> Settler {
        let connection = try connect(purpose)
        return Settler(store: SettlementStore(connection: connection), progress: progress,
                       host: ProcessInfo.processInfo.hostName)
    }
}

/// Runs a command body, turning failures into a message on standard error and SPEC's exit status.
func guarded(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        let job = JobError.from(error)
        FileHandle.standardError.write(Data("settle: \(job.description)\n".utf8))
        throw ExitCode(job.exitStatus)
    }
}

func parseDay(_ text: String) throws -> Day {
    guard let day = Day(iso: text) else { throw ValidationError("'\(text)' is not a date (YYYY-MM-DD)") }
    return day
}

func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// `--format`, shared by every command that prints a report.
struct OutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }
    @Option(help: ArgumentHelp("text (aligned for a terminal), json (stable, see README) or csv (for a spreadsheet).",
                               valueName: "FORMAT"))
    var format: Format = .text

    func render(_ report: Report) -> String {
        switch format {
        case .text: return report.text()
        case .json: return report.json()
        case .csv: return report.csv()
        }
    }

    func print(_ report: Report) { printOut(render(report)) }
}
