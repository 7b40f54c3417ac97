import ArgumentParser
import Foundation
import SettleJob

// The one place that turns a failure into a message and SPEC §5's exit status.
let command: any ParsableCommand
do {
    command = try Settle.parseAsRoot()
} catch {
    // ArgumentParser exits 64 on a usage error; SPEC §5 says 2.
    if Settle.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((Settle.fullMessage(for: error) + "\n").utf8))
        exit(ExitStatus.usage.rawValue)
    }
    Settle.exit(withError: error)
}
do {
    var running = command
    try running.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let error where error is CleanExit || error is ValidationError || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
    // Help and usage that ArgumentParser raises while running (e.g. `settle plan --help`).
    if Settle.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((Settle.fullMessage(for: error) + "\n").utf8))
        exit(ExitStatus.usage.rawValue)
    }
    Settle.exit(withError: error)
} catch {
    let job = JobError.from(error)
    FileHandle.standardError.write(Data("settle: \(job.description)\n".utf8))
    exit(ExitStatus(job).rawValue)
}
