import CLibPQ

extension Connection {
    /// `COPY … TO STDOUT` in text format: calls `row` with each line's bytes (no newline).
    /// Returns the number of rows.
    @discardableResult
    public func copyOut(_ sql: String, row: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Int {
        try finishPending()
        PQclear(try check(PQexec(handle, sql), sql: sql))
        var count = 0
        var buffer: UnsafeMutablePointer<CChar>? = nil
        while true {
            let length = PQgetCopyData(handle, &buffer, 0)
            if length == -1 { break }                                  // done
            if length == -2 { throw lostOrFailed(sql: sql, sqlState: nil) }
            guard let data = buffer else { continue }
            defer { PQfreemem(data); buffer = nil }
            var bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: Int(length))
            if let last = bytes.last, last == 0x0A { bytes = UnsafeBufferPointer(rebasing: bytes.dropLast()) }
            try row(bytes)
            count += 1
        }
        PQclear(try check(PQgetResult(handle), sql: sql))
        while let extra = PQgetResult(handle) { PQclear(extra) }
        return count
    }

    /// `COPY … FROM STDIN` in text format. `produce` appends rows to the writer, which sends them
    /// in chunks of `copyChunkBytes`. Returns the number of rows the server says it stored, after
    /// checking it against the rows sent.
    @discardableResult
    public func copyIn(_ sql: String, produce: (inout CopyWriter) throws -> Void) throws -> Int {
        try finishPending()
        PQclear(try check(PQexec(handle, sql), sql: sql))
        var writer = CopyWriter(connection: self)
        do {
            try produce(&writer)
            try writer.flush()
        } catch {
            abortCopyIn()
            throw error
        }
        return try endCopyIn(sql, sent: writer.rows)
    }

    /// Ends a COPY FROM STDIN that failed on this side: the server discards what it received.
    func abortCopyIn() {
        _ = PQputCopyEnd(handle, "aborted by settle")
        while let extra = PQgetResult(handle) { PQclear(extra) }
    }

    /// Ends a COPY FROM STDIN; the rows the server says it stored, checked against the rows sent.
    func endCopyIn(_ sql: String, sent rows: Int) throws(StoreError) -> Int {
        guard PQputCopyEnd(handle, nil) == 1 else { throw lostOrFailed(sql: sql, sqlState: nil) }
        let result = try check(PQgetResult(handle), sql: sql)
        let stored = Int(String(cString: PQcmdTuples(result))) ?? -1
        PQclear(result)
        while let extra = PQgetResult(handle) { PQclear(extra) }
        guard stored == rows else {
            throw StoreError(.schema, "COPY stored \(stored) rows of the \(rows) sent", context: Self.summary(sql))
        }
        return stored
    }

    /// The bytes a COPY FROM STDIN writer gathers before it hands them to libpq. Less than a
    /// socket's default send buffer (208 KB on Linux), so the server reads one chunk while the
    /// next is made: with chunks of a megabyte, libpq waited until the server had read most of
    /// each, and the server waited while the next was made (a night's 303,000 lot rows: the
    /// server's 0.16 s became 0.23–0.27 s).
    static let copyChunkBytes = 64 << 10

    func putCopyData(_ bytes: UnsafeRawBufferPointer) throws(StoreError) {
        let status = PQputCopyData(handle, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
        guard status == 1 else { throw lostOrFailed(sql: "COPY FROM STDIN", sqlState: nil) }
    }

    func putCopyData(_ bytes: [UInt8]) throws(StoreError) {
        let status = bytes.withUnsafeBufferPointer { pointer in
            pointer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard status == 1 else { throw lostOrFailed(sql: "COPY FROM STDIN", sqlState: nil) }
    }
}

/// Builds COPY text rows: fields joined by tabs, `\N` for NULL, text escaped.
public struct CopyWriter {
    let connection: Connection
    var buffer: [UInt8] = []
    var atRowStart = true
    public private(set) var rows = 0

    init(connection: Connection) {
        self.connection = connection
        buffer.reserveCapacity(2 * Connection.copyChunkBytes)
    }

    public mutating func field(_ value: Int64) {
        separate()
        CopyText.appendInteger(value, to: &buffer)
    }

    public mutating func field(_ value: Int64?) {
        guard let value else { nullField(); return }
        field(value)
    }

    public mutating func field(_ value: Bool) { field(value ? "t" : "f") }

    public mutating func field(_ value: String) {
        separate()
        CopyText.appendEscaped(value, to: &buffer)
    }

    public mutating func nullField() {
        separate()
        buffer.append(contentsOf: [0x5C, 0x4E])
    }

    @inline(__always)
    mutating func separate() {
        if !atRowStart { buffer.append(0x09) }
        atRowStart = false
    }

    /// Appends one whole row already in COPY text format (without its newline).
    public mutating func raw(_ row: [UInt8]) throws(StoreError) {
        buffer.append(contentsOf: row)
        buffer.append(0x0A)
        rows += 1
        if buffer.count >= Connection.copyChunkBytes { try flush() }
    }

    public mutating func endRow() throws(StoreError) {
        buffer.append(0x0A)
        atRowStart = true
        rows += 1
        if buffer.count >= Connection.copyChunkBytes { try flush() }
    }

    mutating func flush() throws(StoreError) {
        guard !buffer.isEmpty else { return }
        try connection.putCopyData(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// COPY text format: integers in and out without allocation.
public enum CopyText {
    /// The fields of one line, as byte ranges. Supports only the unescaped values this program
    /// reads (integers, dates, booleans, NULL).
    @inline(__always)
    public static func fields(_ line: UnsafeBufferPointer<UInt8>, into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        var start = 0
        for index in 0..<line.count where line[index] == 0x09 {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<line.count)
    }

    @inline(__always)
    public static func isNull(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count == 2 && line[range.lowerBound] == 0x5C && line[range.lowerBound + 1] == 0x4E
    }

    /// Parses a decimal integer field; nil for NULL or anything else.
    @inline(__always)
    public static func integer(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int64? {
        guard !range.isEmpty, !isNull(line, range) else { return nil }
        var index = range.lowerBound
        var negative = false
        if line[index] == 0x2D { negative = true; index += 1 }
        guard index < range.upperBound else { return nil }
        var value: Int64 = 0
        while index < range.upperBound {
            let digit = line[index] &- 48
            guard digit < 10 else { return nil }
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int64(digit))
            guard !overflowA, !overflowB else { return nil }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    public static func text(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        guard !isNull(line, range) else { return nil }
        var bytes: [UInt8] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = line[index]
            if byte == 0x5C && index + 1 < range.upperBound {
                index += 1
                switch line[index] {
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                default: bytes.append(line[index])
                }
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendInteger(_ value: Int64, to buffer: inout [UInt8]) {
        if value == 0 { buffer.append(48); return }
        var magnitude = value.magnitude
        if value < 0 { buffer.append(0x2D) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while magnitude > 0 {
                raw[count] = UInt8(magnitude % 10) + 48
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(raw[index]) }
        }
    }

    static func appendEscaped(_ text: String, to buffer: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
            case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
            case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])
            default: buffer.append(byte)
            }
        }
    }
}
