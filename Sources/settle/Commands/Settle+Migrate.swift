import ArgumentParser
import SettleJob
import SettleStore

extension Settle {
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the migrations in sql/ that are not applied yet, each in its own transaction.",
            discussion: "The sql/ folder is found at $SETTLE_SQL_DIR, ../share/settle/sql beside the executable, or the source tree.")

        @OptionGroup var connection: ConnectionOptions
        @Option(help: ArgumentHelp("Folder of NNNN_name.sql migrations.", valueName: "DIR")) var sqlDir: String?
        @Option(help: ArgumentHelp("settle (create settle.members and settle.orders) or external (the shop's own, as views: create them first; docs/shops.md).",
                                   valueName: "INPUTS"))
        var inputs: String = "settle"

        func validate() throws {
            guard ["settle", "external"].contains(inputs) else { throw ValidationError("--inputs must be settle or external") }
        }

        func run() throws {
            let migrator = try Migrator(directory: sqlDir ?? Migrator.defaultDirectory())
            let database = try connection.connect("migrate")
            try database.execute("SELECT set_config('settle.inputs', $1, false)", [inputs])
            if inputs == "external" {
                // The shop's views are checked before anything is applied: nothing half-migrated.
                let problems = try ExternalInputs.problems(on: database)
                guard problems.isEmpty else {
                    throw JobError.badInput("the shop's views don't meet the input contract (SPEC §5; nothing applied):\n  "
                                            + problems.joined(separator: "\n  "))
                }
            }
            let applied = try migrator.apply(on: database)
            printOut(applied.isEmpty ? "migrate: up to date\n" : applied.map { "applied \($0)\n" }.joined())
        }
    }
}
