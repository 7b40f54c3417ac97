import ArgumentParser
import SettleJob

extension Settle {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the settled history: conservation of points, caps, totals, wallets, late input.",
            discussion: """
            Lists every fault with the ids involved and exits 3 when there is one (0 when all pass, 1 \
            when it could not check). The row checks read every settled day; --from limits them to \
            recent days on a large shop.
            """)
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var model: ModelOptions
        @Option(help: ArgumentHelp("Check the rows of days from this one on.", valueName: "YYYY-MM-DD")) var from: String?
        @Option(help: ArgumentHelp("At most this many faults per check.", valueName: "N")) var limit = 100
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let from { _ = try parseDay(from) }
            guard (1...100_000).contains(limit) else { throw ValidationError("--limit must be 1…100000") }
        }

        func run() throws {
            let (report, passed) = try connection.program(model.program, "verify").verify(from: try from.map(parseDay), limit: limit)
            output.print(report)
            if !passed { throw ExitCode(ExitStatus.badInput.rawValue) }
        }
    }
}
