import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Logging
import SettleJob
import SettlePrograms
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
    func program(_ model: any Program.Type, _ purpose: String, quiet: Bool = false) throws -> any Program {
        model.init(connection: try connectCurrent(purpose), progress: .automatic(quiet: quiet), host: Self.host)
    }

    /// A connection to a database whose schema this binary knows: one that `settle migrate` has
    /// not brought up to date is named with the migrations it lacks, before anything reads it.
    func connectCurrent(_ purpose: String) throws -> Connection {
        let connection = try connect(purpose)
        if let migrator = try? Programs.migrator(directory: Migrator.defaultDirectory()) {
            let pending = try migrator.pending(on: connection)
            guard pending.isEmpty else {
                throw JobError.failed("the database's schema is older than this settle \(SettleVersion.current): run `settle migrate` "
                                      + "(pending: \(pending.joined(separator: ", ")))")
            }
        }
        return connection
    }

    /// This machine's name, from gethostname(2) (Foundation's `ProcessInfo.hostName` asks the
    /// resolver for it, which a host without one may make wait).
    static let host: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown host" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}

extension ProgressLog {
    /// Aligned lines when standard error is a terminal, `key=value` log lines otherwise (cron).
    /// `SETTLE_LOG_LEVEL` (trace, debug, info, notice, warning, error, critical) sets the level.
    static func automatic(quiet: Bool = false) -> ProgressLog {
        let level = ProcessInfo.processInfo.environment["SETTLE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        return ProgressLog(style: quiet ? .warnings : isatty(2) == 1 ? .terminal : .log, level: level)
    }
}
