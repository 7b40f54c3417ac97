import SettleJob
import SettleKernel
import SettlePrograms
import SettleReports
import SettleStore

/// A request as the console reads it: its path, its query and the language the browser asks for.
public struct ConsoleRequest: Sendable {
    public var path: String
    public var query: [String: String]
    public var acceptLanguage: String?
    public init(path: String, query: [String: String] = [:], acceptLanguage: String? = nil) {
        self.path = path; self.query = query; self.acceptLanguage = acceptLanguage
    }
}

public struct ConsoleResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: String
    public init(status: Int, contentType: String, body: String) { self.status = status; self.contentType = contentType; self.body = body }
}

/// The back office's pages and their JSON: the same reports as the commands, read-only. Each
/// request opens its own connection (read only, every statement bounded), builds the report
/// through the registry's programs and renders it once: HTML for a page, the command's JSON under
/// `/api/`. Synchronous and free of HTTP: the server (ConsoleServer) runs it off the event loop.
public struct Console: Sendable {
    /// libpq conninfo (nil: the PG* environment variables).
    public let conninfo: String?
    public let statementTimeoutMilliseconds: Int

    public init(conninfo: String?, statementTimeoutMilliseconds: Int = 60_000) {
        self.conninfo = conninfo; self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
    }

    /// A refusal with its status: bad input (4xx) or the database away (503).
    struct Refusal: Error {
        var status: Int
        var message: String
    }

    public func respond(_ request: ConsoleRequest) -> ConsoleResponse {
        let api = request.path.hasPrefix("/api/") || request.path == "/api"
        let path = api ? String(request.path.dropFirst(4)) : request.path
        var page = HTMLPage(language: HTMLPage.language(acceptLanguage: request.acceptLanguage))
        do {
            let route = try Route(path: path.isEmpty ? "/" : path, query: request.query)
            let connection = try connect()
            let report = try route.report(on: connection, page: &page, api: api)
            return api ? ConsoleResponse(status: 200, contentType: "application/json", body: report.json())
                       : ConsoleResponse(status: 200, contentType: "text/html; charset=utf-8", body: page.render(report))
        } catch let refusal as Refusal {
            return Self.refused(refusal, api: api, page: page)
        } catch {
            return Self.refused(Self.refusal(for: error), api: api, page: page)
        }
    }

    /// A read-only session whose every statement is bounded; the database away is a 503.
    func connect() throws -> Connection {
        let connection: Connection
        do {
            connection = try Connection(conninfo: conninfo ?? "")
        } catch {
            throw Refusal(status: 503, message: "the database is not reachable; the console tries again with the next request")
        }
        try connection.execute("SELECT set_config('default_transaction_read_only', 'on', false), "
                               + "set_config('statement_timeout', $1, false), set_config('application_name', 'settle serve', false)",
                               [String(statementTimeoutMilliseconds)])
        return connection
    }

    /// Bad input is 4xx, the database away 503; anything else 500 without its details.
    static func refusal(for error: any Error) -> Refusal {
        if let store = error as? StoreError {
            switch store.category {
            case .connection, .connectionLost: return Refusal(status: 503, message: "the database went away; try again shortly")
            case .statement where store.sqlState == "57014": return Refusal(status: 503, message: "the query took longer than the console allows")
            default: return Refusal(status: 500, message: "the database refused the request")
            }
        }
        switch JobError.from(error) {
        case .badInput(let message): return Refusal(status: message.hasPrefix("no member") ? 404 : 400, message: message)
        case .notReady(let message): return Refusal(status: 404, message: message)
        case .locked(let message): return Refusal(status: 409, message: message)
        case .failed: return Refusal(status: 500, message: "the console could not build this page")
        }
    }

    static func refused(_ refusal: Refusal, api: Bool, page: HTMLPage) -> ConsoleResponse {
        if api {
            return ConsoleResponse(status: refusal.status, contentType: "application/json",
                                   body: Report(kind: "error", title: refusal.message, sections: [
                                       Section(key: "error", title: "Error", .fields([Field("status", "status", .count(refusal.status)),
                                                                                     Field("message", "message", .text(refusal.message))]))]).json())
        }
        var shown = page
        shown.navigation = [("Home", "/")]
        let report = Report(kind: "error", title: "\(refusal.status): \(refusal.message)")
        return ConsoleResponse(status: refusal.status, contentType: "text/html; charset=utf-8", body: shown.render(report))
    }
}
