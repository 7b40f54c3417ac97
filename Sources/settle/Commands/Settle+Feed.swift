import ArgumentParser
import SettleJob

extension Settle {
    struct Feed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The members' ledger in id order: what a shop that keeps its own balances applies, each entry once.",
            discussion: """
            Every entry has an id, a member, a currency (points, cash, constant), an amount, and its \
            source (settlement, correction, adjustment, checkout, checkout_refund, opening). Entries \
            are never changed: a rerun posts corrections. Remember the last id applied and pass it \
            as --after next time. README "The members' ledger" shows the pattern in SQL.

            Example: settle feed --after 1200 --format json
            """)
        @OptionGroup var connection: ConnectionOptions
        @Option(help: ArgumentHelp("Entries with an id above this one.", valueName: "ID")) var after: Int64 = 0
        @Option(help: ArgumentHelp("At most this many entries.", valueName: "N")) var limit = 10_000
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard after >= 0 else { throw ValidationError("--after must be 0 or more") }
            guard (1...1_000_000).contains(limit) else { throw ValidationError("--limit must be 1…1000000") }
        }

        func run() throws {
            output.print(try LedgerReader(connection: try connection.connectCurrent("feed")).feed(after: after, limit: limit))
        }
    }
}
