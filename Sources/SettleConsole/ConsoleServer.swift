import Dispatch
import Hummingbird
import Logging
import SettleReports

/// `settle serve`: the console over HTTP (Hummingbird 2). GET only; every request is answered by
/// `Console.respond` on a worker thread (libpq blocks), at most `workers` at once, each on its own
/// read-only connection. Off loopback every request carries the token (`Authorization: Bearer T`,
/// or HTTP Basic with T as the password, which a browser asks for).
public struct ConsoleServer: Sendable {
    public let console: Console
    public let host: String
    public let port: Int
    /// Required when set; `settle serve` refuses to listen off loopback without one.
    public let token: String?
    public let workers: Int
    public static let maximumURILength = 2048

    public init(console: Console, host: String, port: Int, token: String?, workers: Int = 4) {
        self.console = console; self.host = host; self.port = port; self.token = token; self.workers = workers
    }

    public func run(logger: Logger) async throws {
        let gate = DispatchSemaphore(value: workers)
        let console = self.console, token = self.token
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            let answer = await Self.answer(request, console: console, token: token, gate: gate)
            var headers: HTTPFields = [.contentType: answer.contentType, .cacheControl: "no-store"]
            headers[.init("X-Content-Type-Options")!] = "nosniff"
            headers[.init("Content-Security-Policy")!] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'"
            if answer.status == 401 { headers[.wwwAuthenticate] = "Basic realm=\"settle\", charset=\"UTF-8\"" }
            return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: answer.body)))
        }
        let app = Application(responder: responder, configuration: .init(address: .hostname(host, port: port), serverName: "settle"),
                              logger: logger)
        try await app.runService()
    }

    static func answer(_ request: Request, console: Console, token: String?, gate: DispatchSemaphore) async -> ConsoleResponse {
        let uri = request.uri.description
        let page = HTMLPage(language: HTMLPage.language(acceptLanguage: request.headers[.acceptLanguage]))
        let api = request.uri.path.hasPrefix("/api")
        guard request.method == .get || request.method == .head else {
            return Console.refused(.init(status: 405, message: "the console only reads: GET"), api: api, page: page)
        }
        guard uri.utf8.count <= maximumURILength else {
            return Console.refused(.init(status: 414, message: "the address is longer than \(maximumURILength) bytes"), api: api, page: page)
        }
        if let token, !authorized(request.headers[.authorization], token: token) {
            return Console.refused(.init(status: 401, message: "this console asks for its token"), api: api, page: page)
        }
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where query[String(key)] == nil { query[String(key)] = String(value) }
        let asked = ConsoleRequest(path: request.uri.path, query: query, acceptLanguage: request.headers[.acceptLanguage])
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                gate.wait()
                defer { gate.signal() }
                continuation.resume(returning: console.respond(asked))
            }
        }
    }

    /// Bearer T, or Basic with T as the password; compared in constant time.
    static func authorized(_ header: String?, token: String) -> Bool {
        guard let header else { return false }
        var presented = ""
        if header.hasPrefix("Bearer ") {
            presented = String(header.dropFirst(7))
        } else if header.hasPrefix("Basic "), let decoded = Base64.decode(String(header.dropFirst(6))),
                  let colon = decoded.firstIndex(of: UInt8(ascii: ":")) {
            presented = String(decoding: decoded[decoded.index(after: colon)...], as: UTF8.self)
        }
        return constantTimeEqual(Array(presented.utf8), Array(token.utf8))
    }

    /// Equal bytes, in a time that depends on the lengths only.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        let count = max(a.count, b.count)
        for index in 0..<count {                              // bounded: the longer of the two
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}

/// Base64 (RFC 4648) decoding of an Authorization header's credentials.
enum Base64 {
    static func decode(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        for byte in text.utf8 where byte != UInt8(ascii: "=") {  // bounded: the header
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): values.append(byte - 65)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): values.append(byte - 71)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(byte + 4)
            case UInt8(ascii: "+"): values.append(62)
            case UInt8(ascii: "/"): values.append(63)
            default: return nil
            }
        }
        var out: [UInt8] = []
        var index = 0
        while index + 1 < values.count {                      // bounded: the values
            out.append(values[index] << 2 | values[index + 1] >> 4)
            if index + 2 < values.count { out.append(values[index + 1] << 4 | values[index + 2] >> 2) }
            if index + 3 < values.count { out.append(values[index + 2] << 6 | values[index + 3]) }
            index += 4
        }
        return out
    }
}
