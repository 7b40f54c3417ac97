import ArgumentParser
import SettleJob
import SettleKernel

extension Settle {
    struct Feed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The members' ledger in feed order: what a shop that keeps its own balances applies, each entry once.",
            discussion: """
            Every entry has an id, a member, a currency (points, cash, constant), an amount, its \
            source (settlement, correction, adjustment, checkout, checkout_refund, opening) and its \
            cursor. Entries are never changed: a rerun posts corrections. Store the cursor of the \
            last entry applied (the `next` field, the last block of the CSV) with your balances, and \
            pass it as --after next time: no entry is ever skipped or shown twice, whatever runs at \
            the same time. An entry appears once every transaction that began before it has ended. \
            A bare number is an entry id stored before the upgrade to cursors (migration 0016); it \
            is accepted up to the last entry written before that upgrade. docs/ledger.md shows the \
            pattern in SQL.

            Examples:
              settle feed --after 0 --limit 1000 --format csv
              settle feed --after 7520311:1843377 --format json
            """)
        @OptionGroup var connection: ConnectionOptions
        @Option(help: ArgumentHelp("Entries after this cursor (`tx:id` as printed; 0: from the start).", valueName: "CURSOR"))
        var after = "0"
        @Option(help: ArgumentHelp("At most this many entries.", valueName: "N")) var limit = 10_000
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard FeedPosition(after) != nil else {
                throw ValidationError("--after takes a cursor as `settle feed` prints it (tx:id, e.g. 7520311:1843377) or 0")
            }
            guard (1...1_000_000).contains(limit) else { throw ValidationError("--limit must be 1…1000000") }
        }

        func run() throws {
            guard let position = FeedPosition(after) else { throw ValidationError("--after: not a cursor") }
            let reader = LedgerReader(connection: try connection.connectCurrent("feed"))
            if position.legacy {
                let boundary = try reader.legacyBoundary()
                guard position.id <= boundary else {
                    throw ValidationError("""
                        --after \(after): a bare entry id is a safe cursor only up to \(boundary), the last entry written \
                        before the feed's order changed (migration 0016); pass the cursor `settle feed` printed (tx:id)
                        """)
                }
            }
            output.print(try reader.feed(after: position, limit: limit))
        }
    }
}
