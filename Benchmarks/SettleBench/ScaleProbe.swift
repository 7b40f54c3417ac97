import Foundation
import SettleKernel
import PointsModel
import SettleStore
import SettleSynthetic

/// `settle-bench probe`: issue 27's scale probe. A points night at `members` members and
/// `orders` orders (by default 10M and 30M): the synthetic shop written, its first day settled
/// (every lot entered), then the next night timed as a whole process with its peak RSS. The
/// machine line says whether the server runs with fsync (the probe allows it off, and says so).
struct ScaleProbe {
    let members: Int
    let orders: Int
    let settleBinary: String
    let database = "settle_bench_probe"

    func run() throws {
        let (connection, today) = try freshDatabase(database)
        let first = today.advanced(by: -2), night = today.advanced(by: -1)
        say(try machineLine(connection))
        var options = SyntheticShop.Options(members: members, orders: orders, lastDay: first.advanced(by: -1))
        options.seed = 1
        let shop = measure("generate (in memory)") { SyntheticShop(options) }
        say("shop: \(members) members, \(orders) orders over the 365 days before \(first), seed 1")
        try measure("write inputs through COPY") { try SyntheticWriter.write(shop, plan: Plan.defaultDocument, to: connection) }
        try measure("VACUUM ANALYZE") { try connection.executeScript("VACUUM ANALYZE") }
        for (label, day) in [("the first day (every lot entered)", first), ("the night", night)] {
            let (total, result) = try ChildProcess.timedSettle(settleBinary, ["run", "--date", day.iso], database: database)
            say(String(format: "\n%@ (%@): %.1f s (process start to exit) · peak RSS %d MiB", label, day.iso, total, result.peakRSSMiB))
            say("   " + result.phases.map { "\($0.0) \(String(format: "%.2f", $0.1)) s" }.joined(separator: " · "))
        }
        let lines = try connection.scalar("SELECT count(*) FROM settle.day_lines WHERE settle_date = $1::date", [night.iso]) ?? "?"
        say("   the night's lines: \(lines)")
    }
}
