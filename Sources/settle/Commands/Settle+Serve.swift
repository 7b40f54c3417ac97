import ArgumentParser
import Dispatch
import Foundation
import Logging
import SettleConsole
import SettleJob
import SettleStore

extension Settle {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The back office in a browser: every report as a page, and as JSON under /api/ (read-only).",
            discussion: """
            Listens on 127.0.0.1:8080 by default. Any other address needs a token (--token-file, or \
            SETTLE_CONSOLE_TOKEN): each request then carries it (Authorization: Bearer TOKEN, or \
            HTTP Basic with the token as password, which a browser asks for); or keep the console on \
            loopback behind a reverse proxy with its own authentication (docs/console.md). Connect \
            with the read-only role (sql/roles/settle_read.sql): every session is read only and \
            every statement bounded (--statement-timeout).

            Examples: settle serve · settle serve --listen 0.0.0.0:8443 --token-file /etc/settle/console.token
            """)
        @OptionGroup var connection: ConnectionOptions
        @Option(help: ArgumentHelp("HOST:PORT to listen on (default 127.0.0.1:8080).", valueName: "HOST:PORT")) var listen = "127.0.0.1:8080"
        @Option(help: ArgumentHelp("A file whose first line is the token (or SETTLE_CONSOLE_TOKEN).", valueName: "FILE")) var tokenFile: String?
        @Option(help: ArgumentHelp("Milliseconds any one statement may take (default 60000).", valueName: "MS")) var statementTimeout = 60_000

        var address: (host: String, port: Int)? {
            guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]), (1...65535).contains(port) else { return nil }
            var host = String(listen[..<colon])
            if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            return host.isEmpty ? nil : (host, port)
        }

        static func isLoopback(_ host: String) -> Bool { host == "localhost" || host == "::1" || host.hasPrefix("127.") }

        func token() throws -> String? {
            if let tokenFile {
                guard let data = FileManager.default.contents(atPath: tokenFile) else { throw ValidationError("cannot read the token file \(tokenFile)") }
                let token = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                guard token.count >= 16 else { throw ValidationError("the token in \(tokenFile) is shorter than 16 characters") }
                return token
            }
            if let token = ProcessInfo.processInfo.environment["SETTLE_CONSOLE_TOKEN"], !token.isEmpty {
                guard token.count >= 16 else { throw ValidationError("SETTLE_CONSOLE_TOKEN is shorter than 16 characters") }
                return token
            }
            return nil
        }

        func validate() throws {
            guard let address else { throw ValidationError("--listen must be HOST:PORT, e.g. 127.0.0.1:8080") }
            guard (100...600_000).contains(statementTimeout) else { throw ValidationError("--statement-timeout must be 100…600000 ms") }
            if try token() == nil && !Self.isLoopback(address.host) {
                throw ValidationError("listening on \(address.host) needs a token (--token-file FILE or SETTLE_CONSOLE_TOKEN); "
                                      + "or keep 127.0.0.1 and put the console behind a reverse proxy with authentication (docs/console.md)")
            }
        }

        func run() throws {
            guard let address else { throw ValidationError("--listen must be HOST:PORT") }
            let server = ConsoleServer(console: Console(conninfo: connection.conninfo, statementTimeoutMilliseconds: statementTimeout),
                                       host: address.host, port: address.port, token: try token())
            var logger = Logger(label: "settle serve")
            logger.logLevel = .warning
            FileHandle.standardError.write(Data("settle serve: http://\(address.host.contains(":") ? "[\(address.host)]" : address.host):\(address.port)/\n".utf8))
            let outcome = Outcome()
            let done = DispatchSemaphore(value: 0)
            Task {
                do { try await server.run(logger: logger) } catch { outcome.set(error) }
                done.signal()
            }
            done.wait()
            if let error = outcome.error { throw JobError.failed("the console stopped: \(error)") }
        }
    }
}

/// The server task's failure, handed to the waiting command.
final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ error: any Error) { lock.lock(); stored = error; lock.unlock() }
    var error: (any Error)? { lock.lock(); defer { lock.unlock() }; return stored }
}
