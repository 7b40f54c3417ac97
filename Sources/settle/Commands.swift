import ArgumentParser
import Foundation
import SettleJob
import SettleReports
import SettleKernel
import PointsModel
import SettleStore

struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply the migrations in sql/ that are not applied yet, each in its own transaction.",
        discussion: "The sql/ folder is found at $SETTLE_SQL_DIR, ../share/settle/sql beside the executable, or the source tree.")

    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("Folder of NNNN_name.sql migrations.", valueName: "DIR")) var sqlDir: String?

    func run() throws {
        try guarded {
            let migrator = try Migrator(directory: sqlDir ?? Migrator.defaultDirectory())
            let applied = try migrator.apply(on: try connection.connect("migrate"))
            printOut(applied.isEmpty ? "migrate: up to date\n" : applied.map { "applied \($0)\n" }.joined())
        }
    }
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Store or show versions of the reward plan (后台可修改奖金制度参数).",
        subcommands: [PlanSet.self, PlanShow.self, PlanDefault.self])
}

struct PlanSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Validate a plan document and store it as the version in force from a date.",
        discussion: "Refused (exit 3) when the document is invalid or the date is already settled.")

    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("First day the version is in force.", valueName: "YYYY-MM-DD")) var effectiveFrom: String
    @Argument(help: ArgumentHelp("The plan's JSON document; - for standard input.", valueName: "FILE")) var file: String

    func validate() throws { _ = try parseDay(effectiveFrom) }

    func run() throws {
        try guarded {
            let data: Data
            if file == "-" { data = FileHandle.standardInput.readDataToEndOfFile() }
            else {
                guard let contents = FileManager.default.contents(atPath: file) else { throw JobError.badInput("cannot read \(file)") }
                data = contents
            }
            let settler = try connection.settler("plan set")
            let day = try parseDay(effectiveFrom)
            let plan = try settler.setPlan(effectiveFrom: day, document: String(decoding: data, as: UTF8.self))
            printOut("stored plan version in force from \(day) (timezone \(plan.timezone), \(plan.giftTiers.count) gift tiers, \(plan.starTiers.count) star tiers)\n")
        }
    }
}

struct PlanShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the stored plan versions.")
    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("Only the version in force on this day.", valueName: "YYYY-MM-DD")) var date: String?

    func run() throws {
        try guarded {
            let store = SettlementStore(connection: try connection.connect("plan show"))
            var records = try store.planRecords()
            if let date {
                let day = try parseDay(date)
                records = Array(records.filter { $0.effectiveFrom <= day }.suffix(1).ifEmpty(records.prefix(1)))
            }
            guard !records.isEmpty else { throw JobError.badInput("no plan version stored") }
            for record in records { printOut("# in force from \(record.effectiveFrom)\n\(record.document)\n") }
        }
    }
}

struct PlanDefault: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "default", abstract: "Print the seed's default plan document.")
    func run() throws { printOut(Plan.defaultDocument + "\n") }
}

extension Array {
    func ifEmpty<S: Sequence>(_ other: S) -> [Element] where S.Element == Element { isEmpty ? Array(other) : self }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Settle a day, or every unsettled day through yesterday (catch-up).",
        discussion: """
        Each day is one transaction: all its rows or none. Days settle in order; a day must have \
        ended in the plan's timezone. With --dry-run the same result is computed and printed, and \
        nothing at all is written.
        """)

    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("The day to settle; default: every unsettled day through yesterday.", valueName: "YYYY-MM-DD"))
    var date: String?
    @Flag(help: "Compute and print, write nothing.") var dryRun = false
    @OptionGroup var output: OutputOptions

    func validate() throws { if let date { _ = try parseDay(date) } }

    func run() throws {
        try guarded {
            let settler = try connection.settler(dryRun ? "run --dry-run" : "run")
            let outcome = try settler.run(date: try date.map(parseDay), dryRun: dryRun)
            output.print(RunReport.build(outcome, command: "run"))
        }
    }
}

struct Rerun: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Void a settled day and every later one and settle them again, in one transaction.",
        discussion: "Prints each day's report and what changed against the rows it replaced, or that nothing changed.")

    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("The first day to settle again.", valueName: "YYYY-MM-DD")) var date: String
    @Flag(help: "Compute and print, write nothing.") var dryRun = false
    @OptionGroup var output: OutputOptions

    func validate() throws { _ = try parseDay(date) }

    func run() throws {
        try guarded {
            let settler = try connection.settler(dryRun ? "rerun --dry-run" : "rerun")
            let outcome = try settler.rerun(date: try parseDay(date), dryRun: dryRun)
            output.print(RunReport.build(outcome, command: "rerun"))
        }
    }
}
