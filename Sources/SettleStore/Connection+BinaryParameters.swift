import CLibPQ
import SettleKernel

/// A statement's parameter in PostgreSQL's binary form: the server reads the values as they are,
/// parsing no digits (a night's upsert of 108,000 members sent four arrays as text: 55 ms to
/// print them here and 25 ms to parse them there).
public enum BinaryParameter {
    /// A one-dimensional `bigint[]` (no NULLs).
    case integers([Int64])
    /// A one-dimensional `boolean[]` (no NULLs).
    case booleans([Bool])
    /// A `date`.
    case day(Day)

    /// The value's bytes in network order (PostgreSQL's `array_send`, `date_send`), written by the
    /// same encoder as a binary COPY's arrays.
    var encoded: ByteBuffer {
        switch self {
        case .integers(let values):
            let buffer = ByteBuffer(capacity: ByteBuffer.arrayByteCount(values.count, elementSize: 8))
            values.withUnsafeBufferPointer { buffer.appendArray(integers: $0) }
            return buffer
        case .booleans(let values):
            let buffer = ByteBuffer(capacity: ByteBuffer.arrayByteCount(values.count, elementSize: 1))
            values.withUnsafeBufferPointer { buffer.appendArray(booleans: $0) }
            return buffer
        case .day(let day):
            let buffer = ByteBuffer(capacity: 4)
            buffer.appendBigEndian(UInt64(bitPattern: Int64(day.number - BinaryCopyWriter.postgresEpochDay)), size: 4)
            return buffer
        }
    }
}

extension Connection {
    /// Runs a statement whose parameters are all sent in binary (typed by casts in `sql`, such as
    /// `$1::bigint[]`) and returns its rows as text (NULL as nil).
    public func query(_ sql: String, binary parameters: [BinaryParameter]) throws(StoreError) -> [[String?]] {
        try finishPending()
        let values = parameters.map(\.encoded)                 // each kept alive until the statement returns
        let lengths = values.map { Int32($0.count) }, formats = [Int32](repeating: 1, count: values.count)
        let pointers: [UnsafePointer<CChar>?] = values.map { UnsafePointer($0.base.assumingMemoryBound(to: CChar.self)) }
        let result = try check(PQexecParams(handle, sql, Int32(values.count), nil, pointers, lengths, formats, 0), sql: sql)
        defer { PQclear(result) }
        withExtendedLifetime(values) {}
        return rows(of: result)
    }
}
