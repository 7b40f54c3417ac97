import Foundation
import Testing
import SettleKernel
import SettleStore

/// `settle serve` over HTTP against a real PostgreSQL: every page and its JSON (equal to the
/// command's), bad input as 4xx pages, the token off loopback, the read-only role, the database
/// going away and coming back.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct ConsoleTests {
    static let phone = ShopFixture.phone(1)

    /// Pages (HTML) with a text each must show, and the API routes with the command whose JSON they are.
    static let pages: [(path: String, shows: String)] = [
        ("/", "days settled"), ("/health", "payout share"),
        ("/programs/points/day", "Settlement of 2026-03-06"), ("/programs/cycle/day", "Cycle settlement of 2026-03-06"),
        ("/programs/equity/day?date=2026-03-04", "Equity settlement of 2026-03-04"),
        ("/programs/points/member?phone=\(phone)", "Ledger entries"), ("/programs/cycle/member?id=1", "Ledger entries"),
        ("/programs/equity/member?id=1", "Ledger entries"), ("/programs/points/explain?id=1", "member"),
        ("/programs/points/liability?days=5", "<svg"), ("/programs/cycle/liability", "<svg"), ("/programs/equity/liability", "<svg"),
        ("/programs/points/verify", "Checks"), ("/programs/cycle/verify", "Checks"), ("/programs/equity/verify", "Checks"),
        ("/programs/points/runs", "run"), ("/ledger/member?id=1", "Ledger of member 1"),
    ]
    static let api: [(path: String, command: [String])] = [
        ("/api/programs/points/day", ["report", "day"]),
        ("/api/programs/cycle/day?date=2026-03-05&top=3", ["report", "day", "--model", "cycle", "--date", "2026-03-05", "--top", "3"]),
        ("/api/programs/equity/day", ["report", "day", "--model", "equity"]),
        ("/api/programs/points/member?phone=\(phone)", ["report", "member", "--phone", phone]),
        ("/api/programs/cycle/member?id=1", ["report", "member", "--model", "cycle", "--member-id", "1"]),
        ("/api/programs/equity/explain?id=1", ["explain", "--model", "equity", "--member-id", "1"]),
        ("/api/programs/points/explain?phone=\(phone)", ["explain", "--phone", phone]),
        ("/api/programs/points/liability?days=5", ["report", "liability", "--days", "5"]),
        ("/api/programs/cycle/liability", ["report", "liability", "--model", "cycle"]),
        ("/api/programs/equity/liability", ["report", "liability", "--model", "equity"]),
        ("/api/programs/points/verify", ["verify"]), ("/api/programs/equity/verify", ["verify", "--model", "equity"]),
        ("/api/health?window=4", ["report", "health", "--window", "4"]),
    ]

    @Test func everyPageAnswersAndEveryAPIRouteIsTheCommandsJSON() throws {
        let database = try SimulateIntegrationTests.settledShop()
        let console = try ConsoleProcess(database)
        for (path, shows) in Self.pages {
            let answer = try HTTP.get(console.base + path)
            #expect(answer.status == 200, "\(path): \(answer.body.prefix(300))")
            #expect(answer.body.contains(shows), "\(path) shows \(shows)")
            #expect(answer.headers["content-type"]?.hasPrefix("text/html") == true)
        }
        for (path, command) in Self.api {
            let answer = try HTTP.get(console.base + path)
            let printed = try database.settle(command + ["--format", "json"])
            #expect(answer.status == 200 && answer.headers["content-type"] == "application/json", "\(path): \(answer.body.prefix(200))")
            #expect(answer.body == printed.stdout, "\(path) is `settle \(command.joined(separator: " ")) --format json`")
        }
        let chinese = try HTTP.get(console.base + "/programs/points/day", headers: ["Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"])
        #expect(chinese.body.contains("日期") && chinese.body.contains("lang=\"zh-CN\""), "labels in Chinese for a Chinese browser")
        #expect(!(try HTTP.get(console.base + "/programs/points/day", headers: ["Accept-Language": "en-US,zh;q=0.1"])).body.contains("日期"))
    }

    @Test func badInputIsAFourHundredPageNeverATrace() throws {
        let database = try SimulateIntegrationTests.settledShop()
        let console = try ConsoleProcess(database)
        let cases: [(String, Int)] = [
            ("/programs/points/day?date=2026-13-01", 400), ("/programs/points/day?date=2026-02-01", 404),
            ("/programs/points/member?phone=19999999999", 404), ("/programs/points/member", 400),
            ("/programs/points/member?phone=\(Self.phone)&page=999", 404), ("/programs/points/member?id=1&page=0", 400),
            ("/programs/moon/day", 404), ("/nowhere", 404), ("/programs/points/day?top=99999", 400),
            ("/api/programs/points/day?date=tomorrow", 400), ("/programs/points/day?date=" + String(repeating: "9", count: 3000), 414),
        ]
        for (path, status) in cases {
            let answer = try HTTP.get(console.base + path)
            #expect(answer.status == status, "\(path.prefix(80)): \(answer.status) \(answer.body.prefix(200))")
            #expect(!answer.body.contains("Fatal") && !answer.body.contains(".swift") && !answer.body.contains("SQLSTATE"), "\(path.prefix(80))")
        }
        #expect(try HTTP.get(console.base + "/api/programs/points/day?date=x").body.contains("\"report\": \"error\""))
        #expect(try HTTP.get(console.base + "/", method: "POST").status == 405)
    }

    @Test func offLoopbackEveryRequestCarriesTheToken() throws {
        let database = try SimulateIntegrationTests.settledShop()
        #expect(try database.settle(["serve", "--listen", "0.0.0.0:18099"]).status == 2, "no token: refused")
        let token = "t0ken-\(UInt64.random(in: 0...UInt64.max))"
        let console = try ConsoleProcess(database, listenHost: "0.0.0.0", environment: ["SETTLE_CONSOLE_TOKEN": token])
        let refused = try HTTP.get(console.base + "/")
        #expect(refused.status == 401 && refused.headers["www-authenticate"]?.hasPrefix("Basic") == true)
        #expect(try HTTP.get(console.base + "/api/programs/points/day", headers: ["Authorization": "Bearer \(token)x"]).status == 401)
        #expect(try HTTP.get(console.base + "/api/programs/points/day", headers: ["Authorization": "Bearer \(token)"]).status == 200)
        let basic = Data("ops:\(token)".utf8).base64EncodedString()
        #expect(try HTTP.get(console.base + "/", headers: ["Authorization": "Basic \(basic)"]).status == 200)
    }

    /// With the role made before the first migrate, it reads every program's views too: the
    /// shared schema's grant runs before they exist, so each program's schema grants them.
    @Test func theReadOnlyRoleMadeFirstReadsEveryProgramsViews() throws {
        let database = try TestDatabase(migrate: false)
        let owner = try database.connect()
        try owner.executeScript(try String(contentsOf: TestDatabase.repositoryRoot.appendingPathComponent("sql/roles/settle_read.sql"), encoding: .utf8))
        #expect(try database.settle(["migrate"]).status == 0)
        let reader = try Connection(conninfo: database.conninfo + " user=settle_read")
        for view in ["settle.lot_status", "settle.cycle_paid_checkpoints", "settle.cycle_paid_totals", "settle.cycle_member_status",
                     "settle.equity_lines"] {
            #expect(try reader.scalar("SELECT count(*) >= 0 FROM \(view)") == "t", "\(view)")
        }
    }

    @Test func theReadOnlyRoleReadsAndCannotWrite() throws {
        let database = try SimulateIntegrationTests.settledShop()
        let owner = try database.connect()
        try owner.executeScript(try String(contentsOf: TestDatabase.repositoryRoot.appendingPathComponent("sql/roles/settle_read.sql"), encoding: .utf8))
        #expect(try database.settle(["migrate"]).status == 0, "grants the role what the shared schema says")
        let reader = try Connection(conninfo: database.conninfo + " user=settle_read")
        #expect(try reader.scalar("SELECT count(*) > 0 FROM settle.model_lines") == "t")
        #expect(try reader.scalar("SELECT count(*) >= 0 FROM settle.ledger_feed") == "t")
        for write in ["INSERT INTO settle.members (id, phone, joined_at) VALUES (999999, 'x', now())",
                      "UPDATE settle.plan_versions SET document = document", "DELETE FROM settle.day_lines"] {
            #expect(throws: StoreError.self, "\(write)") { try reader.execute(write) }
        }
        let console = try ConsoleProcess(database, arguments: ["--db", database.conninfo + " user=settle_read"])
        #expect(try HTTP.get(console.base + "/programs/points/member?id=1").status == 200, "the console works as the reader")
    }

    @Test func theDatabaseAwayIsA503AndTheConsoleRecovers() throws {
        let database = try TestDatabase(migrate: false)
        let missing = database.name + "_later"
        let console = try ConsoleProcess(database, arguments: ["--db", database.conninfo(database: missing)])
        let away = try HTTP.get(console.base + "/")
        #expect(away.status == 503 && away.body.contains("not reachable"), "\(away.body.prefix(200))")
        let admin = try Connection(conninfo: database.conninfo(database: "postgres"))
        try admin.executeScript("CREATE DATABASE \(missing)")
        defer { _ = try? admin.executeScript("DROP DATABASE IF EXISTS \(missing) WITH (FORCE)") }
        #expect(try database.settle(["migrate", "--db", database.conninfo(database: missing)]).status == 0)
        #expect(try HTTP.get(console.base + "/").status == 200, "the next request after the database is back")
    }
}
