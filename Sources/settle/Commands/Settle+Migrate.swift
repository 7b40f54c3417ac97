import ArgumentParser
import SettleJob
import SettlePrograms
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
            let migrator = try Programs.migrator(directory: sqlDir ?? Migrator.defaultDirectory())
            let database = try connection.connect("migrate")
            let applied: [String]
            do {
                applied = try migrator.apply(on: database, inputs: inputs)
            } catch let refused as ExternalInputs.Refused {
                throw JobError.badInput(refused.description)     // exit 3, nothing applied
            }
            printOut(applied.isEmpty ? "migrate: up to date\n" : applied.map { "applied \($0)\n" }.joined())
        }
    }
}
