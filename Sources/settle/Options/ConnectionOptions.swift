import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SettleJob
import SettleStore

/// Options every command that talks to the database shares.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("libpq connection string or URI; default: the PG* environment variables.",
                                                          valueName: "CONNINFO"))
    var conninfo: String = ""

    func connect(_ purpose: String) throws -> Connection {
        let name = "settle \(purpose) on \(Self.host) pid \(ProcessInfo.processInfo.processIdentifier)"
        return try Connection(conninfo: conninfo, applicationName: String(name.prefix(63)))
    }

    /// A program of `model`, on its own connection, reporting progress on standard error.
    func program(_ model: any Program.Type, _ purpose: String) throws -> any Program {
        model.init(connection: try connect(purpose), progress: .automatic(), host: Self.host)
    }

    static var host: String { ProcessInfo.processInfo.hostName }
}

extension ProgressLog {
    /// Aligned lines when standard error is a terminal, `key=value` log lines otherwise (cron).
    static func automatic() -> ProgressLog { ProgressLog(style: isatty(2) == 1 ? .terminal : .log) }
}
