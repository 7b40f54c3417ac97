import Dispatch

/// A read running on a second connection while the caller goes on; `join` waits for it and
/// hands back its value or its error. Also a part of such a read handed over early (the members,
/// read first on the second connection and needed before the state rows are).
public final class ParallelRead<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<Value, any Error>? = nil      // written by the reader before it signals
    private var joined = false

    public init() {}

    /// Called once, by the reader.
    public func finish(_ result: Result<Value, any Error>) {
        outcome = result
        done.signal()
    }

    /// Waits for the read (once); its value, or the error it threw.
    public func join() throws -> Value {
        if !joined { done.wait(); joined = true }
        guard let outcome else { preconditionFailure("a parallel read finished without a result") }
        return try outcome.get()
    }
}

/// Moves what the reader thread needs across to it. The connection and the body are used by that
/// thread only, until it signals; the caller touches neither in between.
private struct Handoff<Value>: @unchecked Sendable {
    let connection: Connection
    let body: (SettlementStore) throws -> Value
    let store: SettlementStore
    let read: ParallelRead<Value>
}

extension SettlementStore {
    /// Runs `body` against a store of this program on a second connection that sees exactly what
    /// this transaction sees (`pg_export_snapshot`, imported with `SET TRANSACTION SNAPSHOT`), on
    /// another thread: PostgreSQL serves the two sessions on two cores. Call inside `consistently`
    /// and join before it ends. The second session is read-only and closed when the read is done.
    public func readInParallel<Value>(_ body: @escaping (SettlementStore) throws -> Value) throws -> ParallelRead<Value> {
        guard let snapshot = try connection.scalar("SELECT pg_export_snapshot()"),
              !snapshot.isEmpty, snapshot.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw StoreError(.schema, "pg_export_snapshot gave no snapshot id")
        }
        let second = try connection.sibling(applicationName: "settle (state read)")
        try second.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try second.execute("SET TRANSACTION SNAPSHOT '\(snapshot)'")       // checked above: hex digits and dashes
        let read = ParallelRead<Value>()
        let handoff = Handoff(connection: second, body: body, store: SettlementStore(connection: second, model: model, lockNumber: lockKey - Self.settlementLockBase), read: read)
        DispatchQueue.global().async {
            let result = Result { try handoff.body(handoff.store) }
            _ = try? handoff.connection.execute("COMMIT")
            handoff.read.finish(result)
        }
        return read
    }
}
