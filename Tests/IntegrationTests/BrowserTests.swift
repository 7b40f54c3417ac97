import Foundation
import Testing

/// The console in a real browser: headless Chromium (Debian's `chromium`, which CI installs)
/// loads each main page of a settled shop and the DOM it rendered is checked: the figures as the
/// text reports print them, the charts, the Chinese labels for a Chinese browser.
/// Skipped where no Chromium is installed, unless SETTLE_REQUIRE_CHROMIUM=1 (CI).
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured && Chromium.available, "no PostgreSQL or no chromium"))
struct BrowserTests {
    static func dom(_ url: String, language: String = "en-US") throws -> String { try Chromium.dom(url, language: language) }

    @Test func eachMainPageRendersItsFiguresAndCharts() throws {
        let database = try SimulateIntegrationTests.settledShop()
        let console = try ConsoleProcess(database)
        // The figures as `settle report … --format text` prints them.
        let dayText = try database.settle(["report", "day"]).stdout
        let total = try #require(dayText.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("total") })
        let totalPaid = String(try #require(total.split(separator: " ").dropFirst(2).first))
        let day = try Self.dom(console.base + "/programs/points/day")
        #expect(day.contains("Settlement of 2026-03-06") && day.contains(totalPaid), "the day's paid total \(totalPaid)")
        #expect(day.contains("<table"), "the tables rendered")

        let phone = ShopFixture.phone(1)
        let member = try Self.dom(console.base + "/programs/points/member?phone=\(phone)")
        #expect(member.contains(phone) && member.contains("Ledger entries") && member.contains("<form"), "the member, its ledger, the search form")

        for path in ["/programs/points/liability", "/programs/cycle/liability", "/programs/equity/liability", "/health"] {
            let page = try Self.dom(console.base + path)
            #expect(page.contains("<svg") && page.contains("<polyline"), "\(path): the chart is drawn inline")
        }
        let health = try Self.dom(console.base + "/health", language: "zh-CN,zh")
        #expect(health.contains("方案是否可持续") && health.contains("营业额"), "Chinese labels for a Chinese browser")
        let refused = try Self.dom(console.base + "/programs/points/day?date=2026-13-01")
        #expect(refused.contains("400:") && refused.contains("is not a date"), "a bad date is a page that says so")
    }
}

/// Debian's headless Chromium, for the browser tests.
enum Chromium {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { chromium != nil || ProcessInfo.processInfo.environment["SETTLE_REQUIRE_CHROMIUM"] == "1" }

    /// The DOM after the page loaded and ran (`--dump-dom`).
    static func dom(_ url: String, language: String) throws -> String {
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: try #require(chromium, "chromium is installed"))
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        browser.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(profile.path)", "--accept-lang=\(language)", "--virtual-time-budget=5000", "--dump-dom", url]
        let out = Pipe()
        browser.standardOutput = out
        browser.standardError = FileHandle.nullDevice
        TestDatabase.launching.lock()
        do { try browser.run() } catch { TestDatabase.launching.unlock(); throw error }
        TestDatabase.launching.unlock()
        let watchdog = DispatchWorkItem { if browser.isRunning { browser.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        defer { watchdog.cancel() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        browser.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
