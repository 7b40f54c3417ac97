import Foundation
import Testing

/// The `settle` binary without a database: usage errors exit 2 (SPEC §5) before any connection.
@Suite struct CommandLineTests {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/settle").path

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    func settle(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.environment["SETTLE_BIN"] ?? Self.binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PGHOST"] = "/nonexistent"                 // nothing here may reach a database
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test(arguments: [["run", "--date", "2026-02-30"], ["run", "--bogus"], ["frobnicate"], ["rerun"],
                      ["run", "--model", "lottery"], ["report", "day", "--model", "lottery"], ["plan", "default", "--model", "x"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try settle(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    /// A report option a program does not use is refused for it, not ignored (issue 24).
    @Test(arguments: [(["report", "day", "--model", "equity", "--top", "5"], "--top"),
                      (["report", "liability", "--model", "equity", "--days", "5"], "--days"),
                      (["explain", "--model", "cycle", "--member-id", "1", "--by", "leg"], "--by"),
                      (["explain", "--model", "equity", "--member-id", "1", "--by", "member"], "--by")])
    func anOptionTheProgramDoesNotUseExitsTwo(arguments: [String], option: String) throws {
        let result = try settle(arguments)
        #expect(result.status == 2 && result.stderr.contains("\(option) is not an option of the"), "\(arguments): \(result.stderr)")
    }

    @Test func anUnknownModelNamesTheKnownOnes() throws {
        let result = try settle(["verify", "--model", "lottery"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown model 'lottery': this build settles points"))
    }

    @Test func theDefaultPlanIsThePointsProgramsUnlessAskedOtherwise() throws {
        let plain = try settle(["plan", "default"]), points = try settle(["plan", "default", "--model", "points"])
        #expect(plain.status == 0 && plain.stdout == points.stdout && plain.stdout.contains("\"share_rates\""))
    }

    @Test func helpShowsTheModelOption() throws {
        let result = try settle(["run", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--model") && result.stdout.contains("--dry-run"))
    }
}
