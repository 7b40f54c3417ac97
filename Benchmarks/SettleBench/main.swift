import Foundation
import SettleKernel
import PointsModel
import SettleStore
import SettleSynthetic
import CycleRoom
import EquityRoom

// settle-bench: prints figures; asserts nothing about time. See README, Performance.
//   settle-bench core [--members N] [--lots N] [--depth N]

func seconds(_ duration: Duration) -> String {
    let ms = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    let fraction = String(ms % 1000)
    return "\(ms / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) s"
}

func peakRSS() -> String {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return "\(usage.ru_maxrss / 1024) MiB"
}

func measure<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = ContinuousClock.now
    let value = try body()
    say("  \(label.padding(toLength: 28, withPad: " ", startingAt: 0)) \(seconds(ContinuousClock.now - start))")
    return value
}

func option(_ name: String, _ fallback: Int) -> Int {
    let args = CommandLine.arguments
    guard let index = args.firstIndex(of: name), index + 1 < args.count, let value = Int(args[index + 1]) else { return fallback }
    return value
}

func coreBenchmark() throws {
    let members = option("--members", 1_000_000), lots = option("--lots", 3_000_000), depth = option("--depth", 1_000_000)
    let plans = PointsPlanBook([.init(effectiveFrom: Day(iso: "2025-01-01")!,
                                plan: try Plan.parse(json: Plan.defaultDocument, isKnownTimeZone: { _ in true }))])
    let lastDay = Day(iso: "2026-10-31")!
    say("core: one day in the rules engine (no database)")
    say("random tree: \(members) members, \(lots) orders (all qualifying), a year of history")
    var options = SyntheticShop.Options(members: members, orders: lots, lastDay: lastDay)
    options.qualifyingPercent = 100
    options.historyDays = 200                 // lots live ~200–330 days: most are still active
    let shop = measure("generate") { SyntheticShop(options) }
    let snapshot = try measure("snapshot (tree, sort, lots)") { try Snapshot(plans: plans, members: shop.members, orders: shop.orders) }
    var balances = try snapshot.balances(from: [])
    let result = measure("settle one day (compute)") { DayEngine.settle(day: lastDay.advanced(by: 1), snapshot: snapshot, balances: &balances) }
    let second = measure("settle the next day") { DayEngine.settle(day: lastDay.advanced(by: 2), snapshot: snapshot, balances: &balances) }
    say("  lines \(result.lines.count), active lots \(result.lots.count), paid \(Fen.formatGrouped(result.summary.totalPaidFen)), next day lines \(second.lines.count)")
    say("  star tiers: \(result.summary.membersPerStarTier)")
    say("  peak RSS so far \(peakRSS())")

    say("chain: \(depth) members, each referred by the previous, one order each")
    let chain = measure("generate") { SyntheticShop.chain(depth: depth, day: lastDay) }
    let chainSnapshot = try measure("snapshot") { try Snapshot(plans: plans, members: chain.members, orders: chain.orders) }
    var chainBalances = try chainSnapshot.balances(from: [])
    let chainResult = measure("settle one day (compute)") { DayEngine.settle(day: lastDay.advanced(by: 1), snapshot: chainSnapshot, balances: &chainBalances) }
    say("  lines \(chainResult.lines.count), paid \(Fen.formatGrouped(chainResult.summary.totalPaidFen)), forfeited \(Fen.formatGrouped(chainResult.summary.forfeitedFen.reduce(0, +)))")
    say("  peak RSS \(peakRSS())")
}


/// Prints and flushes at once, so that figures reach a file as they are measured.
func say(_ text: String) {
    Swift.print(text)
    fflush(nil)
}

/// A failure (no server, a refused statement) is a message and exit status 1, not a trace.
func runMode(_ mode: String) throws {
    switch mode {
    case "core": try coreBenchmark()
    case "generate":
        // Fills the input tables of the PG* database (migrated, empty) with a synthetic shop.
        let last = CommandLine.arguments.firstIndex(of: "--last-day").flatMap { Day(iso: CommandLine.arguments[$0 + 1]) }
            ?? Day(iso: "2026-10-31")!
        var options = SyntheticShop.Options(members: option("--members", 1_000_000), orders: option("--orders", 3_000_000), lastDay: last)
        options.seed = UInt64(option("--seed", 1))
        let shop = measure("generate (in memory)") { SyntheticShop(options) }
        let connection = try Connection(conninfo: "")
        try measure("write inputs through COPY") { try SyntheticWriter.write(shop, plan: Plan.defaultDocument, to: connection) }
        say("\(options.members) members, \(options.orders) orders paid over the 365 days through \(last), seed \(options.seed)")
    case "e2e":
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("settle").path
        try EndToEnd(members: option("--members", 1_000_000), orders: option("--orders", 3_000_000),
                     catchUpDays: option("--catch-up-days", 30), historyDays: option("--history-days", 365),
                     settleBinary: binary).run()
    case "cycle":
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("settle").path
        try CycleEndToEnd(members: option("--members", 1_000_000), orders: option("--orders", 3_000_000), settleBinary: binary).run()
    case "equity":
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("settle").path
        try EquityEndToEnd(members: option("--members", 1_000_000), orders: option("--orders", 3_000_000),
                           requests: option("--requests", 100_000), settleBinary: binary).run()
    case "unsettle":
        // A program's days in the PG* database (points unless `--model cycle|equity`): `--from` and
        // later made as if never settled (as e2e does before its timed night), so that
        // `settle run --date …` can be profiled again and again.
        guard let index = CommandLine.arguments.firstIndex(of: "--from"), index + 1 < CommandLine.arguments.count,
              let from = Day(iso: CommandLine.arguments[index + 1]) else { say("unsettle needs --from YYYY-MM-DD"); exit(2) }
        let model = CommandLine.arguments.firstIndex(of: "--model").flatMap { $0 + 1 < CommandLine.arguments.count ? CommandLine.arguments[$0 + 1] : nil }
        switch model ?? "points" {
        case "points": try EndToEnd.void(from: from, try Connection(conninfo: ""))
        case "cycle": try EndToEnd.void(from: from, try Connection(conninfo: ""), states: CycleStateStore.self)
        case "equity": try EndToEnd.void(from: from, try Connection(conninfo: ""), states: EquityStateStore.self)
        default: say("unsettle: --model is points, cycle or equity"); exit(2)
        }
        say("days from \(from) unsettled")
    case "probe":
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("settle").path
        try ScaleProbe(members: option("--members", 10_000_000), orders: option("--orders", 30_000_000), settleBinary: binary).run()
    default:
        say("usage: settle-bench core [--members N] [--lots N] [--depth N]")
        say("       settle-bench generate [--members N] [--orders N] [--seed N] [--last-day YYYY-MM-DD]   (PG* variables)")
        say("       settle-bench e2e [--members N] [--orders N] [--catch-up-days N] [--history-days N]   (PG* variables)")
        say("       settle-bench cycle [--members N] [--orders N]   (PG* variables: one cycle day against the floor)")
        say("       settle-bench equity [--members N] [--orders N] [--requests N]   (PG* variables: one equity day against the floor)")
        say("       settle-bench unsettle --from YYYY-MM-DD [--model points|cycle|equity]   (PG* variables: days from then as if never settled, to profile a night)")
        say("       settle-bench probe [--members N] [--orders N]   (PG* variables: a points night at 10M members, 30M orders by default)")
        exit(2)
    }
}

do {
    try runMode(CommandLine.arguments.dropFirst().first ?? "core")
} catch {
    FileHandle.standardError.write(Data("settle-bench: \(error)\n".utf8))
    exit(1)
}
