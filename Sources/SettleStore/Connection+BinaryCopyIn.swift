import CLibPQ
import SettleKernel

extension Connection {
    /// `COPY … FROM STDIN (FORMAT binary)`: `produce` appends rows whose fields have exactly the
    /// columns' types (bigint, smallint, date, text, boolean), sent in chunks of about a megabyte.
    /// The server neither parses digits nor dates. Returns the number of rows the server says it
    /// stored, after checking it against the rows sent.
    @discardableResult
    public func copyInBinary(_ sql: String, produce: (inout BinaryCopyWriter) throws -> Void) throws -> Int {
        PQclear(try check(PQexec(handle, sql), sql: sql))
        var writer = BinaryCopyWriter(connection: self)
        do {
            try produce(&writer)
            try writer.finish()
        } catch {
            abortCopyIn()
            throw error
        }
        return try endCopyIn(sql, sent: writer.rows)
    }
}

/// Builds COPY binary rows: per row a field count, per field its length and its value in network
/// order (PostgreSQL's `COPY BINARY` format). Each row must have the columns' count, checked here.
public struct BinaryCopyWriter {
    let connection: Connection
    var buffer: [UInt8] = []
    var fields = 0
    var rowStart = 0
    var columns: Int? = nil
    public private(set) var rows = 0

    /// PostgreSQL dates count days from 2000-01-01; `Day` from 1970-01-01.
    static let postgresEpochDay: Int32 = 10_957

    init(connection: Connection) {
        self.connection = connection
        buffer.reserveCapacity(1 << 20)
        buffer.append(contentsOf: BinaryTuple.signature)
        append(Int64(0), as: 4)                                  // flags
        append(Int64(0), as: 4)                                  // header extension length
        beginRow()
    }

    public mutating func field(_ value: Int64) { length(8); append(value, as: 8) }
    public mutating func field(_ value: Int64?) { if let value { field(value) } else { nullField() } }
    public mutating func smallint(_ value: Int16) { length(2); append(Int64(value), as: 2) }
    public mutating func field(_ value: Day) { length(4); append(Int64(value.number - Self.postgresEpochDay), as: 4) }
    public mutating func field(_ value: Bool) { length(1); buffer.append(value ? 1 : 0) }

    public mutating func field(_ value: String) {
        var text = value
        text.withUTF8 { bytes in
            length(bytes.count)
            buffer.append(contentsOf: bytes)
        }
    }

    public mutating func nullField() { fields += 1; append(-1, as: 4) }

    public mutating func endRow() throws(StoreError) {
        guard fields == (columns ?? fields), fields <= Int(Int16.max) else {
            throw StoreError(.schema, "binary COPY: a row of \(fields) fields after rows of \(columns ?? 0)")
        }
        columns = fields
        buffer[rowStart] = UInt8(truncatingIfNeeded: fields >> 8)
        buffer[rowStart + 1] = UInt8(truncatingIfNeeded: fields)
        rows += 1
        if buffer.count >= 1 << 20 {
            try connection.putCopyData(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        beginRow()
    }

    /// The trailer (a field count of −1) in place of the row begun last, and the last chunk.
    mutating func finish() throws(StoreError) {
        precondition(fields == 0, "binary COPY: a row without endRow")
        buffer[rowStart] = 0xFF
        buffer[rowStart + 1] = 0xFF
        try connection.putCopyData(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func beginRow() {
        rowStart = buffer.count
        fields = 0
        buffer.append(contentsOf: [0, 0])                        // the field count, set by endRow
    }

    @inline(__always)
    mutating func length(_ count: Int) {
        fields += 1
        append(Int64(count), as: 4)
    }

    @inline(__always)
    mutating func append(_ value: Int64, as size: Int) {
        for shift in stride(from: (size - 1) * 8, through: 0, by: -8) {   // bounded: 1, 2, 4 or 8 bytes
            buffer.append(UInt8(truncatingIfNeeded: value >> Int64(shift)))
        }
    }
}
