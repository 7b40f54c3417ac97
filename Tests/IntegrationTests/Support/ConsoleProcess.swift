import Foundation

/// `settle serve` started as a child on a free port for a test, stopped when the test is done.
final class ConsoleProcess {
    let process: Process
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    init(_ database: TestDatabase, arguments: [String] = [], listenHost: String = "127.0.0.1", environment: [String: String] = [:]) throws {
        var started: (Process, Int)? = nil
        for _ in 0..<5 {                                      // bounded: five ports tried
            let port = Int.random(in: 20_000...60_000)
            let process = try database.launch(["serve", "--listen", "\(listenHost):\(port)"] + arguments, environment: environment)
            if Self.waitUntilListening(port: port, process: process) { started = (process, port); break }
            if process.isRunning { process.terminate() }
        }
        guard let started else { throw ConsoleError.didNotStart }
        (process, port) = started
    }

    deinit { if process.isRunning { process.terminate(); process.waitUntilExit() } }

    enum ConsoleError: Error { case didNotStart }

    static func waitUntilListening(port: Int, process: Process) -> Bool {
        for _ in 0..<100 where process.isRunning {            // bounded: 10 seconds
            if (try? HTTP.get("http://127.0.0.1:\(port)/__probe"))?.status != nil { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }
}

/// A synchronous HTTP client for the tests: curl(1), which answers a 401 as it is (URLSession on
/// Linux waits on the authentication challenge), no redirects followed.
enum HTTP {
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    static func get(_ url: String, headers: [String: String] = [:], method: String = "GET") throws -> Answer {
        let headerFile = FileManager.default.temporaryDirectory.appendingPathComponent("curl-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: headerFile) }
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-s", "-g", "--max-time", "60", "-X", method, "-D", headerFile.path]
            + headers.sorted { $0.key < $1.key }.flatMap { ["-H", "\($0.key): \($0.value)"] } + [url]
        let out = Pipe()
        curl.standardOutput = out
        curl.standardError = FileHandle.nullDevice
        TestDatabase.launching.lock()
        do { try curl.run() } catch { TestDatabase.launching.unlock(); throw error }
        TestDatabase.launching.unlock()
        let body = out.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        guard curl.terminationStatus == 0, let head = try? String(contentsOf: headerFile, encoding: .utf8) else { throw CurlError.failed(curl.terminationStatus) }
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: true).map(String.init)
        if lines.count == 1 { lines = head.split(separator: "\n").map(String.init) }
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {                       // bounded: the response's headers
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Answer(status: status, headers: fields, body: String(decoding: body, as: UTF8.self))
    }

    enum CurlError: Error { case failed(Int32) }
}
