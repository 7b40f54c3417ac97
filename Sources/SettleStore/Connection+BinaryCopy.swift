import CLibPQ

extension Connection {
    /// `COPY … TO STDOUT (FORMAT binary)`: calls `row` with each tuple's fields. The cheapest form
    /// libpq offers for wide reads: no text formatting on the server, no digit parsing here.
    /// Returns the number of rows.
    @discardableResult
    public func copyOutBinary(_ sql: String, row: (BinaryTuple) throws -> Void) throws -> Int {
        try finishPending()
        PQclear(try check(PQexec(handle, sql), sql: sql))
        var count = 0, headerSeen = false, trailerSeen = false
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var tuple = BinaryTuple()
        while true {
            let length = PQgetCopyData(handle, &buffer, 0)
            if length == -1 { break }                                  // done
            if length == -2 { throw lostOrFailed(sql: sql, sqlState: nil) }
            guard let data = buffer else { continue }
            defer { PQfreemem(data); buffer = nil }
            var bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: Int(length))
            if !headerSeen {
                bytes = try BinaryTuple.skipHeader(bytes)
                headerSeen = true
                if bytes.isEmpty { continue }
            }
            guard try tuple.read(bytes) else { trailerSeen = true; continue }
            try row(tuple)
            count += 1
        }
        PQclear(try check(PQgetResult(handle), sql: sql))
        while let extra = PQgetResult(handle) { PQclear(extra) }
        guard trailerSeen else { throw StoreError(.schema, "binary COPY ended without its trailer: \(sql.prefix(60))") }
        return count
    }
}

/// One tuple of a binary COPY: its fields as byte ranges, decoded on demand (big-endian).
public struct BinaryTuple {
    var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var starts: [Int] = []
    var lengths: [Int] = []

    static let signature: [UInt8] = [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00]

    /// The 11-byte signature, the flags and the header extension; what follows.
    static func skipHeader(_ bytes: UnsafeBufferPointer<UInt8>) throws -> UnsafeBufferPointer<UInt8> {
        guard bytes.count >= 19, Array(bytes[0..<11]) == signature else { throw StoreError(.schema, "binary COPY: no signature") }
        let extensionLength = Int(integer(bytes, 15, 4))
        guard 19 + extensionLength <= bytes.count else { throw StoreError(.schema, "binary COPY: short header") }
        return UnsafeBufferPointer(rebasing: bytes[(19 + extensionLength)...])
    }

    /// A big-endian signed integer of 2, 4 or 8 bytes at `at` (checked to lie inside `bytes`).
    @inline(__always)
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ size: Int) -> Int64 {
        precondition(at >= 0 && at + size <= bytes.count, "binary COPY: a read past the tuple")
        let raw = UnsafeRawPointer(bytes.baseAddress!) + at
        switch size {
        case 8: return Int64(bitPattern: UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self)))
        case 4: return Int64(Int32(bitPattern: UInt32(bigEndian: raw.loadUnaligned(as: UInt32.self))))
        case 2: return Int64(Int16(bitPattern: UInt16(bigEndian: raw.loadUnaligned(as: UInt16.self))))
        default:
            var value: UInt64 = 0
            for index in at..<(at + size) { value = value << 8 | UInt64(bytes[index]) }   // bounded: size bytes
            let shift = UInt64(64 - size * 8)
            return Int64(bitPattern: value << shift) >> Int64(shift)                       // sign-extend
        }
    }

    /// Reads one tuple; false for the trailer (field count −1). The field table is reused from
    /// tuple to tuple and filled through one buffer pointer (no append per field).
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Bool {
        guard bytes.count >= 2 else { throw StoreError(.schema, "binary COPY: short tuple") }
        let fields = Int(Self.integer(bytes, 0, 2))
        if fields == -1 { return false }
        guard fields >= 0 else { throw StoreError(.schema, "binary COPY: a tuple of \(fields) fields") }
        self.bytes = bytes
        if starts.count != fields {
            starts = [Int](repeating: 0, count: fields)
            lengths = [Int](repeating: 0, count: fields)
        }
        var at = 2
        let complete = starts.withUnsafeMutableBufferPointer { starts in
            lengths.withUnsafeMutableBufferPointer { lengths in
                for field in 0..<fields {                     // bounded: the tuple's fields
                    guard at + 4 <= bytes.count else { return false }
                    let length = Int(Self.integer(bytes, at, 4))
                    at += 4
                    starts[field] = at
                    lengths[field] = length
                    if length > 0 { at += length }
                    guard at <= bytes.count else { return false }
                }
                return true
            }
        }
        guard complete else { throw StoreError(.schema, "binary COPY: a field past the tuple") }
        return true
    }

    public var count: Int { starts.count }
    public func isNull(_ field: Int) -> Bool { lengths[field] < 0 }

    /// An int2, int4 or int8 field; nil for NULL or another width.
    public func integer(_ field: Int) -> Int64? {
        let length = lengths[field]
        guard length == 2 || length == 4 || length == 8 else { return nil }
        return Self.integer(bytes, starts[field], length)
    }

    /// A one-dimensional `bigint[]` without NULLs, its elements in order; nil for NULL, another
    /// element type, more dimensions or a NULL element. An empty array is `[]`.
    public func integers(_ field: Int) -> [Int64]? {
        let at = starts[field], length = lengths[field]
        guard length >= 12 else { return nil }
        let dimensions = Self.integer(bytes, at, 4), flags = Self.integer(bytes, at + 4, 4), element = Self.integer(bytes, at + 8, 4)
        guard flags == 0, element == 20 else { return nil }            // no NULLs; int8
        if dimensions == 0 { return length == 12 ? [] : nil }
        guard dimensions == 1, length >= 20 else { return nil }
        let count = Int(Self.integer(bytes, at + 12, 4))
        guard count >= 0, length == 20 + 12 * count else { return nil }
        var values = [Int64](repeating: 0, count: count)
        var offset = at + 20
        for index in 0..<count {                                       // bounded: the array's elements (length checked)
            guard Self.integer(bytes, offset, 4) == 8 else { return nil }
            values[index] = Self.integer(bytes, offset + 4, 8)
            offset += 12
        }
        return values
    }

    /// A timestamptz as microseconds since 1970 (the server sends them since 2000).
    public func timestampMicros(_ field: Int) -> Int64? {
        guard lengths[field] == 8 else { return nil }
        return Self.integer(bytes, starts[field], 8) + 946_684_800_000_000
    }

    /// A numeric with at most `scale` decimals as an integer of 10^−scale units; nil for NULL,
    /// NaN, more decimals, or a value past Int64. Exact, in Int64 with overflow checks: each
    /// base-10000 digit is multiplied by a power of ten, or divided by one when it lies past
    /// `scale` (only if it divides exactly).
    public func numeric(_ field: Int, scale: Int) -> Int64? {
        let at = starts[field], length = lengths[field]
        guard length >= 8, scale >= 0, scale <= 18, at + length <= bytes.count, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base) + at                  // the field lies inside the tuple (checked by read)
        func half(_ offset: Int) -> Int { Int(UInt16(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self))) }
        let digits = half(0), weight = Int(Int16(truncatingIfNeeded: half(2))), sign = half(4)
        guard sign == 0 || sign == 0x4000, length == 8 + 2 * digits else { return nil }
        var value: Int64 = 0
        for index in 0..<digits {                             // bounded: the numeric's base-10000 digits
            let digit = Int64(half(8 + 2 * index))
            guard digit < 10_000 else { return nil }
            guard digit != 0 else { continue }
            let power = 4 * (weight - index) + scale           // decimal exponent of this digit in result units
            let term: Int64
            switch power {                                     // constant divisors: no division instruction per digit
            case 0...18:
                let (product, overflow) = digit.multipliedReportingOverflow(by: Self.powerOfTen(power))
                guard !overflow else { return nil }
                term = product
            case -1:
                guard digit % 10 == 0 else { return nil }       // a digit below 10^−scale
                term = digit / 10
            case -2:
                guard digit % 100 == 0 else { return nil }
                term = digit / 100
            case -3:
                guard digit % 1000 == 0 else { return nil }
                term = digit / 1000
            default: return nil                                // past 10^18, or a nonzero digit wholly below 10^−scale
            }
            let (sum, overflow) = value.addingReportingOverflow(term)
            guard !overflow else { return nil }
            value = sum
        }
        return sign == 0 ? value : -value
    }

    /// 10^exponent for 0 ≤ exponent ≤ 18 (a switch the compiler makes a constant table).
    @inline(__always)
    static func powerOfTen(_ exponent: Int) -> Int64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        case 8: 100_000_000
        case 9: 1_000_000_000
        case 10: 10_000_000_000
        case 11: 100_000_000_000
        case 12: 1_000_000_000_000
        case 13: 10_000_000_000_000
        case 14: 100_000_000_000_000
        case 15: 1_000_000_000_000_000
        case 16: 10_000_000_000_000_000
        case 17: 100_000_000_000_000_000
        case 18: 1_000_000_000_000_000_000
        default: preconditionFailure("powerOfTen: exponent \(exponent) outside 0…18")
        }
    }
}
