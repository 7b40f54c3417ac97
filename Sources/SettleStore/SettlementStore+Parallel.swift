import Dispatch
import Synchronization

/// A read running on a second connection while the caller goes on; `join` waits for it and
/// hands back its value or its error.
public final class ParallelRead<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<Value, any Error>? = nil      // written by the reader before it signals
    private var joined = false

    init() {}

    /// Called once, by the reader.
    func finish(_ result: Result<Value, any Error>) {
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

/// A read that either of a night's two connections may do, whichever is free first: the second
/// connection after its own rows (`takeIfFree`), the first after the orders (`value`, which
/// waits when the other side has it). The members of a points night go on the second connection
/// (its lots are read before the orders are); a cycle's Thursday, whose second connection sums
/// six days of lines, or a rerun, which also reads the lines it replaces, read them on the first.
public final class SharedRead<Value>: @unchecked Sendable {
    private let taken = Atomic<Bool>(false)
    private let result = ParallelRead<Value>()
    private let body: (SettlementStore) throws -> Value

    public init(_ body: @escaping (SettlementStore) throws -> Value) { self.body = body }

    /// Does the read on `store` unless the other side has taken it; never waits.
    public func takeIfFree(_ store: SettlementStore) {
        guard taken.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else { return }
        result.finish(Result { try body(store) })
    }

    /// The value, read on `store` when the other side has not taken the read, else theirs.
    public func value(_ store: SettlementStore) throws -> Value {
        takeIfFree(store)
        return try result.join()
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
        let store = SettlementStore(connection: second, model: model, lockNumber: lockKey - Self.settlementLockBase, readsOrderParts: readsOrderParts,
                                    ordersByMember: ordersByMember)
        let handoff = Handoff(connection: second, body: body, store: store, read: read)
        DispatchQueue.global().async {
            let result = Result { try handoff.body(handoff.store) }
            _ = try? handoff.connection.execute("COMMIT")
            handoff.read.finish(result)
        }
        return read
    }

    /// The same, offering `shared` to the second connection once `body` is done.
    public func readInParallel<Value, Offered>(offering shared: SharedRead<Offered>,
                                               _ body: @escaping (SettlementStore) throws -> Value) throws -> ParallelRead<Value> {
        try readInParallel { second in
            let value = try body(second)
            shared.takeIfFree(second)
            return value
        }
    }
}
