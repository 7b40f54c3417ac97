import CLibPQ

/// One libpq connection. Every call checks libpq's return code; every value travels as a bound
/// parameter (`$1`, `$2`, …), never spliced into SQL text.
public final class Connection {
    let handle: OpaquePointer
    /// The SQL of a statement sent and not yet waited for (`send`).
    var pending: String? = nil
    /// What it connected with, for a second session of the same role (`sibling`).
    let conninfo: String

    /// Connects with a conninfo string (`--db`); an empty string means libpq's `PG*` variables.
    public init(conninfo: String, applicationName: String = "settle") throws(StoreError) {
        let keys = ["dbname", "application_name", "client_encoding"]
        let values = [conninfo, applicationName, "UTF8"]
        let connection: OpaquePointer? = Connection.withCStrings(keys) { keyPointers in
            Connection.withCStrings(values) { valuePointers in
                // expand_dbname = 1: the dbname value may itself be a conninfo string or URI.
                PQconnectdbParams(keyPointers, valuePointers, 1)
            }
        }
        guard let connection else { throw StoreError(.connection, "libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection))
            PQfinish(connection)
            throw StoreError(.connection, message, context: "cannot connect to PostgreSQL")
        }
        handle = connection
        self.conninfo = conninfo
        try execute("SET client_min_messages = warning")
        // settle's statements are COPY streams and sums over many day partitions: JIT compiled
        // thousands of expressions for one of them (3.2 s of a 3.8 s sum over 368 partitions at a
        // million members, where it then ran in 0.6 s) and gains nothing here.
        try execute("SET jit = off")
    }

    /// A second session as the same role, to read in parallel with this one (inside a snapshot
    /// this one exports); its TimeZone is this one's.
    public func sibling(applicationName: String) throws(StoreError) -> Connection {
        let second = try Connection(conninfo: conninfo, applicationName: applicationName)
        if let zone = try scalar("SELECT current_setting('TimeZone')") {
            try second.execute("SELECT set_config('TimeZone', $1, false)", [zone])
        }
        return second
    }

    deinit { PQfinish(handle) }

    /// The server's process id: what another session sees in `pg_stat_activity`.
    public var backendPID: Int32 { PQbackendPID(handle) }

    public var errorMessage: String { String(cString: PQerrorMessage(handle)) }

    /// Runs a statement and returns its rows as text (NULL as nil).
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = []) throws(StoreError) -> [[String?]] {
        let result = try run(sql, parameters)
        defer { PQclear(result) }
        return rows(of: result)
    }

    /// A result's rows as text (NULL as nil).
    func rows(of result: OpaquePointer) -> [[String?]] {
        let rows = Int(PQntuples(result)), columns = Int(PQnfields(result))
        var table: [[String?]] = []
        table.reserveCapacity(rows)
        for row in 0..<rows {
            var values: [String?] = []
            values.reserveCapacity(columns)
            for column in 0..<columns {
                if PQgetisnull(result, Int32(row), Int32(column)) == 1 { values.append(nil) }
                else { values.append(String(cString: PQgetvalue(result, Int32(row), Int32(column)))) }
            }
            table.append(values)
        }
        return table
    }

    public func execute(_ sql: String, _ parameters: [String?] = []) throws(StoreError) {
        PQclear(try run(sql, parameters))
    }

    /// The first column of the first row, or nil.
    public func scalar(_ sql: String, _ parameters: [String?] = []) throws(StoreError) -> String? {
        try query(sql, parameters).first?.first ?? nil
    }

    func run(_ sql: String, _ parameters: [String?]) throws(StoreError) -> OpaquePointer {
        try finishPending()
        let result: OpaquePointer? = Connection.withOptionalCStrings(parameters) { pointers in
            PQexecParams(handle, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        return try check(result, sql: sql)
    }

    func check(_ result: OpaquePointer?, sql: String) throws(StoreError) -> OpaquePointer {
        guard let result else { throw lostOrFailed(sql: sql, sqlState: nil) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_COPY_OUT, PGRES_COPY_IN:
            return result
        default:
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            let message = String(cString: PQresultErrorMessage(result))
            PQclear(result)
            if PQstatus(handle) != CONNECTION_OK { throw StoreError(.connectionLost, message, sqlState: state, context: Connection.summary(sql)) }
            throw StoreError(.statement, message, sqlState: state, context: Connection.summary(sql))
        }
    }

    func lostOrFailed(sql: String, sqlState: String?) -> StoreError {
        let category: StoreError.Category = PQstatus(handle) == CONNECTION_OK ? .statement : .connectionLost
        return StoreError(category, errorMessage, sqlState: sqlState, context: Connection.summary(sql))
    }

    /// The first words of a statement, for error context (statements carry no values).
    static func summary(_ sql: String) -> String {
        let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(6).joined(separator: " ")
        return words.count > 70 ? String(words.prefix(70)) + "…" : words
    }

    // MARK: A statement not waited for

    /// Sends a statement and returns at once (its rows, if any, are not read): the server works
    /// on it while the caller prepares what comes next. The next statement on this connection
    /// first waits for it and throws its error, if it failed.
    public func send(_ sql: String, _ parameters: [String?] = []) throws(StoreError) {
        try finishPending()
        let sent = Connection.withOptionalCStrings(parameters) { pointers in
            PQsendQueryParams(handle, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        guard sent == 1 else { throw lostOrFailed(sql: sql, sqlState: nil) }
        pending = sql
    }

    /// Waits for the statement `send` left running, if any; throws its error.
    func finishPending() throws(StoreError) {
        guard let sql = pending else { return }
        pending = nil
        var failure: StoreError? = nil
        while let result = PQgetResult(handle) {              // bounded: one statement's results, then NULL
            if failure == nil {
                do throws(StoreError) { PQclear(try check(result, sql: sql)) } catch { failure = error }
            } else {
                PQclear(result)
            }
        }
        if let failure { throw failure }
        if PQstatus(handle) != CONNECTION_OK { throw lostOrFailed(sql: sql, sqlState: nil) }
    }

    /// ROLLBACK, after waiting for (and ignoring the error of) a statement left running.
    public func rollback() {
        _ = try? finishPending()
        _ = try? execute("ROLLBACK")
    }

    // MARK: Transactions

    /// Runs `body` in a transaction: COMMIT when it returns, ROLLBACK when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            rollback()
            throw error
        }
    }

    // MARK: C strings

    static func withCStrings<R>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        withOptionalCStrings(strings.map { Optional($0) }) { pointers in body(pointers + [nil]) }
    }

    static func withOptionalCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let buffers: [UnsafeMutablePointer<CChar>?] = strings.map { string in
            guard let string else { return nil }
            let utf8 = Array(string.utf8CString)
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
            buffer.initialize(from: utf8, count: utf8.count)
            return buffer
        }
        defer { for buffer in buffers { buffer?.deallocate() } }
        return body(buffers.map { $0.map { UnsafePointer($0) } })
    }
}
