import ArgumentParser
import SettleStore

extension Settle {
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the migrations in sql/ that are not applied yet, each in its own transaction.",
            discussion: "The sql/ folder is found at $SETTLE_SQL_DIR, ../share/settle/sql beside the executable, or the source tree.")

        @OptionGroup var connection: ConnectionOptions
        @Option(help: ArgumentHelp("Folder of NNNN_name.sql migrations.", valueName: "DIR")) var sqlDir: String?

        func run() throws {
            let migrator = try Migrator(directory: sqlDir ?? Migrator.defaultDirectory())
            let applied = try migrator.apply(on: try connection.connect("migrate"))
            printOut(applied.isEmpty ? "migrate: up to date\n" : applied.map { "applied \($0)\n" }.joined())
        }
    }
}
