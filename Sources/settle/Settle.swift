import ArgumentParser
import SettleJob
import SettlePrograms

/// The root command. Each subcommand is a nested type in its own file (`Commands/Settle+X.swift`);
/// shared options live in `Options/`.
struct Settle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settle",
        abstract: "Nightly settlement of a shop's reward programs (\(Programs.names.joined(separator: ", "))) in its PostgreSQL database.",
        discussion: """
        Connects with libpq's usual PG* variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, \
        PGSERVICE, …) or --db CONNINFO. --model chooses the program (\(Programs.defaultProgram.model) when omitted); \
        `settle run` with no --model settles every program that has a plan.

        Exit status: 0 done · 2 usage · 3 bad input or plan (nothing written) · 4 day not ready \
        (already settled, not ended, or an earlier day unsettled) · 75 another settlement holds \
        the lock · 5 done, but settled days' inputs changed since (late input: rerun them) · 6 \
        `report health --check` found a flag · 1 anything else. `verify` exits 3 when it finds a \
        fault; `adjust` exits 3 when it would leave a wallet below zero.
        """,
        version: "settle \(SettleVersion.current)",
        subcommands: [Migrate.self, PlanGroup.self, Run.self, Rerun.self, ReportGroup.self, Simulate.self, Explain.self, Adjust.self, Verify.self, Feed.self, ShopGroup.self, Serve.self]
    )
}
