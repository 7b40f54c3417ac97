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

    /// The value's bytes in network order (PostgreSQL's `array_send`, `date_send`).
    var bytes: [UInt8] {
        switch self {
        case .integers(let values):
            var bytes = Self.arrayHeader(values.count, elementType: 20)
            bytes.reserveCapacity(bytes.count + values.count * 12)
            for value in values { Self.append(8, 4, to: &bytes); Self.append(value, 8, to: &bytes) }   // bounded: the values
            return bytes
        case .booleans(let values):
            var bytes = Self.arrayHeader(values.count, elementType: 16)
            bytes.reserveCapacity(bytes.count + values.count * 5)
            for value in values { Self.append(1, 4, to: &bytes); bytes.append(value ? 1 : 0) }   // bounded: the values
            return bytes
        case .day(let day):
            var bytes: [UInt8] = []
            Self.append(Int64(day.number - BinaryCopyWriter.postgresEpochDay), 4, to: &bytes)
            return bytes
        }
    }

    /// One dimension (none when empty), no NULLs, the element type's oid, the length, lower bound 1.
    static func arrayHeader(_ count: Int, elementType: Int64) -> [UInt8] {
        precondition(count < Int(Int32.max) / 12, "a binary parameter: an array too long")
        var bytes: [UInt8] = []
        append(count == 0 ? 0 : 1, 4, to: &bytes); append(0, 4, to: &bytes); append(elementType, 4, to: &bytes)
        if count > 0 { append(Int64(count), 4, to: &bytes); append(1, 4, to: &bytes) }
        return bytes
    }

    static func append(_ value: Int64, _ size: Int, to bytes: inout [UInt8]) {
        for shift in stride(from: (size - 1) * 8, through: 0, by: -8) {   // bounded: 8 bytes at most
            bytes.append(UInt8(truncatingIfNeeded: value >> Int64(shift)))
        }
    }
}

extension Connection {
    /// Runs a statement whose parameters are all sent in binary (typed by casts in `sql`, such as
    /// `$1::bigint[]`) and returns its rows as text (NULL as nil).
    public func query(_ sql: String, binary parameters: [BinaryParameter]) throws(StoreError) -> [[String?]] {
        try finishPending()
        let values = parameters.map(\.bytes)
        let lengths = values.map { Int32($0.count) }, formats = [Int32](repeating: 1, count: values.count)
        let buffers = values.map { bytes in
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
            bytes.withUnsafeBytes { raw in UnsafeMutableRawPointer(buffer).copyMemory(from: raw.baseAddress!, byteCount: bytes.count) }
            return buffer
        }
        defer { for buffer in buffers { buffer.deallocate() } }
        let pointers: [UnsafePointer<CChar>?] = buffers.map { UnsafePointer($0) }
        let result = try check(PQexecParams(handle, sql, Int32(values.count), nil, pointers, lengths, formats, 0), sql: sql)
        defer { PQclear(result) }
        return rows(of: result)
    }
}
