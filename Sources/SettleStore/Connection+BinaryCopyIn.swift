import CLibPQ
import SettleKernel

extension Connection {
    /// `COPY … FROM STDIN (FORMAT binary)`: `produce` appends rows whose fields have exactly the
    /// columns' types (bigint, smallint, date, text, boolean), sent in chunks of `copyChunkBytes`.
    /// The server neither parses digits nor dates. Returns the number of rows the server says it
    /// stored, after checking it against the rows sent.
    @discardableResult
    public func copyInBinary(_ sql: String, produce: (inout BinaryCopyWriter) throws -> Void) throws -> Int {
        try finishPending()
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
/// Bytes go straight into one buffer that is sent and reused every `copyChunkBytes` (no array append per
/// field: that was a sixth of a night's own instructions).
public struct BinaryCopyWriter {
    let connection: Connection
    let buffer = ByteBuffer(capacity: 2 * Connection.copyChunkBytes)
    var fields = 0
    var rowStart = 0
    var columns: Int? = nil
    public private(set) var rows = 0

    /// PostgreSQL dates count days from 2000-01-01; `Day` from 1970-01-01.
    static let postgresEpochDay: Int32 = 10_957

    init(connection: Connection) {
        self.connection = connection
        buffer.append(BinaryTuple.signature)
        append(Int64(0), as: 4)                                  // flags
        append(Int64(0), as: 4)                                  // header extension length
        beginRow()
    }

    public mutating func field(_ value: Int64) { length(8); append(value, as: 8) }
    public mutating func field(_ value: Int64?) { if let value { field(value) } else { nullField() } }
    public mutating func smallint(_ value: Int16) { length(2); append(Int64(value), as: 2) }
    public mutating func integer(_ value: Int32) { length(4); append(Int64(value), as: 4) }
    public mutating func field(_ value: Day) { length(4); append(Int64(value.number - Self.postgresEpochDay), as: 4) }
    public mutating func field(_ value: Bool) { length(1); append(value ? 1 : 0, as: 1) }

    /// A one-dimensional `bigint[]` (no NULLs; an empty slice is the empty array). Concrete, not
    /// generic: a generic element sequence called from a room's module ran unspecialized (the
    /// runtime's metadata lookups per element: 0.25 s of a million-member checkpoint's COPY).
    public mutating func field(integers values: ArraySlice<Int64>) {
        length(ByteBuffer.arrayByteCount(values.count, elementSize: 8))
        values.withUnsafeBufferPointer { buffer.appendArray(integers: $0) }
    }

    public mutating func field(integers values: [Int64]) { field(integers: values[...]) }

    /// A one-dimensional `boolean[]` (no NULLs).
    public mutating func field(booleans values: ArraySlice<Bool>) {
        length(ByteBuffer.arrayByteCount(values.count, elementSize: 1))
        values.withUnsafeBufferPointer { buffer.appendArray(booleans: $0) }
    }

    public mutating func field(booleans values: [Bool]) { field(booleans: values[...]) }

    public mutating func field(_ value: String) {
        var text = value
        text.withUTF8 { bytes in
            length(bytes.count)
            buffer.append(bytes)
        }
    }

    public mutating func nullField() { fields += 1; append(-1, as: 4) }

    public mutating func endRow() throws(StoreError) {
        guard fields == (columns ?? fields), fields <= Int(Int16.max) else {
            throw StoreError(.schema, "binary COPY: a row of \(fields) fields after rows of \(columns ?? 0)")
        }
        columns = fields
        buffer.set(UInt8(truncatingIfNeeded: fields >> 8), at: rowStart)
        buffer.set(UInt8(truncatingIfNeeded: fields), at: rowStart + 1)
        rows += 1
        if buffer.count >= Connection.copyChunkBytes {
            try connection.putCopyData(buffer.bytes)
            buffer.count = 0
        }
        beginRow()
    }

    /// The trailer (a field count of −1) in place of the row begun last, and the last chunk.
    mutating func finish() throws(StoreError) {
        precondition(fields == 0, "binary COPY: a row without endRow")
        buffer.set(0xFF, at: rowStart)
        buffer.set(0xFF, at: rowStart + 1)
        try connection.putCopyData(buffer.bytes)
        buffer.count = 0
    }

    mutating func beginRow() {
        rowStart = buffer.count
        fields = 0
        append(0, as: 2)                                         // the field count, set by endRow
    }

    @inline(__always)
    mutating func length(_ count: Int) {
        fields += 1
        append(Int64(count), as: 4)
    }

    /// The low `size` (1, 2, 4 or 8) bytes of `value`, big-endian.
    @inline(__always)
    func append(_ value: Int64, as size: Int) {
        buffer.appendBigEndian(UInt64(bitPattern: value), size: size)
    }
}

/// A growable run of bytes in one allocation, written in place.
final class ByteBuffer {
    private(set) var base: UnsafeMutableRawPointer
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit { base.deallocate() }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    @inline(__always)
    func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var grown = capacity * 2
        while grown < count + extra { grown *= 2 }                // bounded: doubling past the need
        let moved = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 16)
        moved.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    @inline(__always)
    func appendBigEndian(_ value: UInt64, size: Int) {
        reserve(8)
        let at = base + count
        switch size {
        case 8: at.storeBytes(of: value.bigEndian, as: UInt64.self)
        case 4: at.storeBytes(of: UInt32(truncatingIfNeeded: value).bigEndian, as: UInt32.self)
        case 2: at.storeBytes(of: UInt16(truncatingIfNeeded: value).bigEndian, as: UInt16.self)
        default: precondition(size == 1, "a field of \(size) bytes"); at.storeBytes(of: UInt8(truncatingIfNeeded: value), as: UInt8.self)
        }
        count += size
    }

    /// The bytes of PostgreSQL's binary array (`array_send`) of `count` elements of `elementSize`
    /// bytes: one dimension (none when empty), no NULLs, the element type, the length, lower bound
    /// 1, then each element's length and value.
    static func arrayByteCount(_ count: Int, elementSize: Int) -> Int {
        precondition(count >= 0 && count <= (Int(Int32.max) - 20) / (4 + elementSize), "a binary array too long for one value")
        return count == 0 ? 12 : 20 + (4 + elementSize) * count
    }

    /// A `bigint[]` in `array_send`'s form (`arrayByteCount(values.count, elementSize: 8)` bytes).
    func appendArray(integers values: UnsafeBufferPointer<Int64>) {
        appendArrayHeader(values.count, elementType: 20, elementSize: 8)
        var at = base + count
        for value in values {                                    // bounded: the values
            at.storeBytes(of: UInt32(8).bigEndian, as: UInt32.self)
            (at + 4).storeBytes(of: value.bigEndian, as: Int64.self)
            at += 12
        }
        count += values.count * 12
    }

    /// A `boolean[]` in `array_send`'s form (`arrayByteCount(values.count, elementSize: 1)` bytes).
    func appendArray(booleans values: UnsafeBufferPointer<Bool>) {
        appendArrayHeader(values.count, elementType: 16, elementSize: 1)
        var at = base + count
        for value in values {                                    // bounded: the values
            at.storeBytes(of: UInt32(1).bigEndian, as: UInt32.self)
            (at + 4).storeBytes(of: value ? 1 : 0, as: UInt8.self)
            at += 5
        }
        count += values.count * 5
    }

    /// The array's header, with room reserved for its elements.
    private func appendArrayHeader(_ elements: Int, elementType: Int64, elementSize: Int) {
        let total = Self.arrayByteCount(elements, elementSize: elementSize)
        reserve(total)
        let before = count
        appendBigEndian(elements == 0 ? 0 : 1, size: 4); appendBigEndian(0, size: 4); appendBigEndian(UInt64(elementType), size: 4)
        if elements > 0 { appendBigEndian(UInt64(elements), size: 4); appendBigEndian(1, size: 4) }
        assert(count - before + (4 + elementSize) * elements == total, "array header and elements disagree with their count")
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let source = bytes.baseAddress { (base + count).copyMemory(from: source, byteCount: bytes.count) }
        count += bytes.count
    }

    func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

    func set(_ byte: UInt8, at offset: Int) {
        precondition(offset >= 0 && offset < count, "a byte past the buffer")
        base.storeBytes(of: byte, toByteOffset: offset, as: UInt8.self)
    }
}
