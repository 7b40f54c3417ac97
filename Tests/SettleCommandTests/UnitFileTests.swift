import Foundation
import Testing

/// The cron entry, the systemd units and the alert script as shipped in cron/.
@Suite struct UnitFileTests {
    static let cron = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("cron")

    static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")))
    func theServiceIsSandboxedToAnOKRating() throws {
        // systemd-analyze names the unit after its file: copy it under its own name.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)/settle.service")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.cron.appendingPathComponent("settle.service"), to: copy)
        let (status, _) = try Self.run("/usr/bin/systemd-analyze", ["security", "--offline=true", "--threshold=30", copy.path])
        #expect(status == 0, "exposure above 3.0 (OK is below 4): see `systemd-analyze security --offline=true cron/settle.service`")
        let unit = try String(contentsOf: Self.cron.appendingPathComponent("settle.service"), encoding: .utf8)
        #expect(unit.contains("SuccessExitStatus=75") && unit.contains("OnFailure=settle-alert@"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")))
    func theConsoleIsSandboxedToAnOKRatingAndListensOnLoopback() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)/settle-console.service")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.cron.appendingPathComponent("settle-console.service"), to: copy)
        let (status, output) = try Self.run("/usr/bin/systemd-analyze", ["security", "--offline=true", "--threshold=30", copy.path])
        #expect(status == 0, "exposure above 3.0: \(output.suffix(300))")
        let unit = try String(contentsOf: Self.cron.appendingPathComponent("settle-console.service"), encoding: .utf8)
        #expect(unit.contains("ExecStart=/usr/local/bin/settle serve --listen 127.0.0.1:8080") && unit.contains("PGSERVICE=settle_read"))
    }

    @Test func cronDoesNotRelyOnCronTZAndAlertsOnlyOnRealFailures() throws {
        let crontab = try String(contentsOf: Self.cron.appendingPathComponent("settle.crontab"), encoding: .utf8)
        #expect(!crontab.split(separator: "\n").contains { $0.hasPrefix("CRON_TZ") }, "Debian's cron ignores CRON_TZ")
        #expect(crontab.contains("20 * * * * /usr/local/bin/settle run --quiet") && crontab.contains("settle-alert $?"))
        let script = Self.cron.appendingPathComponent("settle-alert.sh").path
        #expect(FileManager.default.isExecutableFile(atPath: script))
        let quiet = ["SETTLE_ALERT_TO": "nobody@localhost", "SETTLE_LOG": "/dev/null", "PATH": "/usr/bin:/bin"]
        let (locked, lockedText) = try Self.run(script, ["75"], environment: quiet)
        #expect(locked == 0 && lockedText.isEmpty, "exit 75: another settlement does the work")
        let (late, lateText) = try Self.run(script, ["5"], environment: quiet)
        #expect(late == 0 && lateText.contains("late input"))
    }
}
